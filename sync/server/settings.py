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
    """How long a checked token is trusted without a query (longer than a client's long-poll,
    so its waits and pulls skip the check): a revocation or disabled account made outside
    this process takes effect within it; a logout here at once (0: check every request)."""
    snapshot_dir: Path | None = None
    """Where prebuilt first downloads are kept (`sync.server.snapshot_files`); None: none are
    built and every first sync goes page by page."""
    snapshot_max_age: timedelta = timedelta(hours=12)
    """A scope's newest file older than this is still offered while a new one is built."""
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    clock: Callable[[], datetime] = utcnow
