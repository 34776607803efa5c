"""The server's tunables, fixed when the app is created."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from client.schema.base import utcnow

ENV_SNAPSHOT_DIR = "GUITAI_SNAPSHOT_DIR"


@dataclass(frozen=True)
class ServerSettings:
    token_ttl: timedelta = timedelta(hours=12)
    offline_grace_days: int = 7
    max_wait_seconds: float = 60.0
    worker_threads: int = 8
    """Threads running the requests' database work, per process. Few: the work holds the GIL
    most of the time, and 40 threads taking turns made every request slower (load bench:
    pull p99 about 0.6 s with 8, 1.1 s with 16 or 40)."""
    token_recheck: timedelta = timedelta(seconds=30)
    """How long a checked token is trusted without its full check (longer than a client's
    long-poll, so its waits and pulls skip it). Each request still reads the revocation epoch
    (one row by its key, `sync.server.auth.cached_actor`): a revoked device or a disabled
    account, wherever revoked, is refused at its next request (0: full check every time)."""
    snapshot_dir: Path | None = None
    """Where prebuilt first downloads are kept (`sync.server.snapshot_files`); None: none are
    built and every first sync goes page by page."""
    snapshot_max_age: timedelta = timedelta(hours=12)
    """A scope's newest file older than this is still offered while a new one is built."""
    session_cap: timedelta = timedelta(hours=24)
    """No token of one sign-in outlives it by more than this, however often it is refreshed
    (`POST /v1/refresh`): then the user must give the password again."""
    signin_max_failures: int = 5
    """Wrong passwords in a row that lock a user name (`sync.server.lockout`)."""
    signin_lockout: timedelta = timedelta(minutes=15)
    """How long such a lockout lasts."""
    max_body_bytes: int = 32 * 1024 * 1024
    """Request bodies larger than this are answered 413 before they are read further or
    their token is checked. The largest legitimate body is a push of MAX_PUSH_ENTRIES
    interactions with notes at their 10,000-character limit in Chinese (about 31 MB);
    snapshot requests are small (the chunks are in the answers)."""
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    clock: Callable[[], datetime] = utcnow
