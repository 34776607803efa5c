"""Prebuilt first downloads: per scope, a ready cache file that a new workstation copies whole.

A first sync page by page makes every workstation insert millions of rows one at a time and
build its own search index. With a snapshot folder configured, the server does that work
once per scope instead: a builder process (`sync.server.snapshot_build`) runs the client's
own first download (`sync.replica.load`) over this database and keeps the cache file, encrypted
with a one-off key, as `<folder>/<scope key>/<feed version>.db` with a `.json` beside it.
A workstation downloads the file in chunks, copies its tables into its own cache (under its
own key) and pulls the changes made since the file's feed version.

The scope key is derived from what the user may read (each table's reach for the role, the
fields it may not read, the home branch where a reach is "own branch", the branches the
workstation narrows to), so two users who may read the same rows and fields share a file
and nobody gets a file of a scope they may not read. Devices that follow customers outside
their scope get pages, as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from client import migrations as cache_migrations
from client.schema.rows import replicated_tables
from client.store import PAGE_HMAC
from sync.protocol import (
    PullRequest,
    PullScope,
    SnapshotChunkRequest,
    SnapshotFile,
    SnapshotFileRequest,
)
from sync.server import follows, scope
from sync.server.auth import Actor
from sync.server.errors import ApiError
from sync.server.pull import _narrowing

log = logging.getLogger(__name__)

LOCK_NAME = "building"
KEEP_FILES = 2
"""Files kept per scope: the newest, and the one before it for downloads still under way."""
STALE_BUILD = timedelta(hours=3)
"""A build lock older than this is taken to be from a builder that died."""


def scope_key(session: Session, role: Any, branch_id: uuid.UUID, request: PullScope | None) -> str:
    """32 hex digits naming what a user of `role` at `branch_id` with this narrowing may read."""
    tables = sorted(replicated_tables())
    reach = {t: scope.reach(scope.READ, role, t).value for t in tables}
    hidden = {t: sorted(scope.hidden(role, t)) for t in tables if scope.hidden(role, t)}
    narrow = _narrowing(session, PullRequest(scope=request))
    spec = {
        "reach": reach,
        "hidden": hidden,
        "own": str(branch_id) if scope.Reach.OWN.value in reach.values() else None,
        "narrow": None if narrow is None else sorted(str(b) for b in narrow),
        "schema": cache_migrations.head_revision(),
        "format": PAGE_HMAC,
    }
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()
    return digest[:32]


@dataclass(frozen=True)
class BuiltFile:
    """A ready file and what its `.json` says of it."""

    path: Path
    feed_version: int
    size: int
    sha256: str
    key: str
    rows: int
    tables: list[str]
    built_at: datetime

    @property
    def file_id(self) -> str:
        return f"{self.path.parent.name}-{self.feed_version}"

    def meta(self) -> dict[str, Any]:
        return {
            "feed_version": self.feed_version,
            "size": self.size,
            "sha256": self.sha256,
            "key": self.key,
            "rows": self.rows,
            "tables": self.tables,
            "built_at": self.built_at.isoformat(),
        }


def read_meta(path: Path) -> BuiltFile | None:
    """The file described by `path` (a `.json`), or None when either is missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        built = BuiltFile(
            path=path.with_suffix(".db"),
            feed_version=int(data["feed_version"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            key=str(data["key"]),
            rows=int(data["rows"]),
            tables=[str(t) for t in data["tables"]],
            built_at=datetime.fromisoformat(data["built_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring the snapshot description %s: %s", path, exc)
        return None
    if not built.path.is_file() or built.path.stat().st_size != built.size:
        return None
    return built


def write_meta(built: BuiltFile) -> None:
    """Writes the `.json` (readable by the server's account only) once the file is in place."""
    target = built.path.with_suffix(".json")
    tmp = target.with_suffix(".json.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(built.meta(), out)
    os.replace(tmp, target)


def ready_files(folder: Path) -> list[BuiltFile]:
    """The scope folder's ready files, newest feed version first."""
    if not folder.is_dir():
        return []
    found = [read_meta(p) for p in folder.glob("*.json")]
    return sorted((f for f in found if f is not None), key=lambda f: -f.feed_version)


def prune(folder: Path, keep: int = KEEP_FILES) -> None:
    """Removes all but the `keep` newest ready files of a scope."""
    for old in ready_files(folder)[keep:]:
        old.path.with_suffix(".json").unlink(missing_ok=True)
        old.path.unlink(missing_ok=True)


class SnapshotFiles:
    """The server's snapshot folder: offers ready files, serves chunks, starts builds."""

    def __init__(self, root: Path, database_url: str, max_age: timedelta) -> None:
        self.root = root
        self.database_url = database_url
        self.max_age = max_age

    def offer(
        self,
        session: Session,
        actor: Actor,
        request: SnapshotFileRequest,
        now: datetime,
        follow_since: datetime | None = None,
    ) -> SnapshotFile:
        """A ready file of the actor's scope; none for a device with live follows at
        `follow_since` (None: any follow), whose first sync goes page by page."""
        if request.schema_revision != cache_migrations.head_revision():
            return SnapshotFile(
                available=False,
                reason=f"the server builds files for cache schema "
                f"{cache_migrations.head_revision()}, the workstation has "
                f"{request.schema_revision}",
            )
        if follows.followed(session, actor.device_id, follow_since):
            return SnapshotFile(available=False, reason="this device follows customers")
        key = scope_key(session, actor.role, actor.branch_id, request.scope)
        files = ready_files(self.root / key)
        newest = files[0] if files else None
        if newest is None or now - newest.built_at > self.max_age:
            self.start_build(key, actor, request.scope)
        if newest is None:
            return SnapshotFile(available=False, reason="a file for this scope is being built")
        return SnapshotFile(
            available=True,
            file_id=newest.file_id,
            feed_version=newest.feed_version,
            size=newest.size,
            sha256=newest.sha256,
            key=newest.key,
            rows=newest.rows,
            tables=newest.tables,
        )

    def chunk(self, session: Session, actor: Actor, request: SnapshotChunkRequest) -> bytes:
        """The bytes asked for, if the file is of the actor's own scope and still kept."""
        key, version = request.file_id.split("-")
        if key != scope_key(session, actor.role, actor.branch_id, request.scope):
            raise ApiError(404, f"no snapshot file {request.file_id} for this user's scope")
        path = self.root / key / f"{int(version)}.db"
        try:
            with path.open("rb") as source:
                source.seek(request.offset)
                return source.read(request.length)
        except FileNotFoundError:
            raise ApiError(
                404, f"the snapshot file {request.file_id} is no longer kept: ask for a new one"
            ) from None

    def start_build(self, key: str, actor: Actor, narrow: PullScope | None) -> bool:
        """Starts a builder process for the scope unless one is running; True if started."""
        folder = self.root / key
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = folder / LOCK_NAME
        if not take_build_lock(lock):
            return False
        spec = {
            "database": self.database_url,
            "root": str(self.root),
            "role": actor.role.value,
            "branch_id": str(actor.branch_id),
            "branch_codes": None if narrow is None else narrow.branch_codes,
            "lock": str(lock),
        }
        with (folder / "build.log").open("ab") as out:
            builder = subprocess.Popen(  # noqa: S603 - our own executable or build tool, fixed arguments
                [sys.executable, "-m", "sync.server.snapshot_build", json.dumps(spec)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        lock.write_text(f"{builder.pid} {datetime.now(UTC).isoformat()}\n")
        log.info("building a snapshot file for scope %s (process %d)", key, builder.pid)
        return True


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs (assumed so where that cannot be asked)."""
    if os.name != "posix" or pid <= 0:
        return pid > 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def take_build_lock(lock: Path) -> bool:
    """Creates the build lock; a lock left by a builder that died long ago is taken over."""
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                age = time.time() - lock.stat().st_mtime
                holder = int(lock.read_text().split()[0])
            except FileNotFoundError:
                continue
            except (ValueError, IndexError):
                holder = 0
            if age < STALE_BUILD.total_seconds() and _alive(holder):
                return False
            lock.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w") as out:
            out.write(f"{os.getpid()} {datetime.now(UTC).isoformat()}\n")
        return True
    return False
