"""A copy of the encrypted cache file, made before its schema is upgraded.

The copy is the file itself, still encrypted with the profile's key, so restoring it is
putting it back in place of `cache.db`. Only the newest `KEPT` copies are kept.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from client.errors import CacheError

if TYPE_CHECKING:
    from sqlite3 import Connection

log = logging.getLogger(__name__)

KEPT = 3
"""How many backups of one cache stay next to it; older ones are deleted."""


def backup_name(path: Path, revision: str, moment: datetime, attempt: int = 0) -> Path:
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    extra = f"-{attempt}" if attempt else ""
    return path.with_name(f"{path.name}.before-{revision}-{stamp}{extra}.bak")


def backups_of(path: Path) -> list[Path]:
    """The backups of the cache at `path`, oldest first."""
    found = path.parent.glob(f"{path.name}.before-*.bak")
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def back_up(conn: Connection, path: Path, revision: str) -> Path:
    """Copies the cache at `path` (open on `conn`, schema `revision`); returns the copy.

    The write-ahead log is first folded into the file, then the file is copied while `conn`
    holds the write lock, so no other program can change it half-way through the copy.
    """
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wal = path.with_name(path.name + "-wal")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if busy or (wal.exists() and wal.stat().st_size > 0):
            raise CacheError(
                f"the cache {path} is in use by another program, so it cannot be backed up "
                "before its upgrade; close that program and try again"
            )
        target = _copy(path, revision)
    finally:
        conn.execute("ROLLBACK")
    log.warning("backed up the cache (schema %s) before upgrading it: %s", revision, target)
    _prune(path)
    return target


def _copy(path: Path, revision: str) -> Path:
    moment = datetime.now(UTC)
    for attempt in range(100):
        target = backup_name(path, revision, moment, attempt)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as out, path.open("rb") as source:
                shutil.copyfileobj(source, out, length=1 << 20)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise CacheError(
                f"the cache {path} could not be backed up before its upgrade ({exc}); "
                "nothing was changed"
            ) from exc
        return target
    raise CacheError(f"too many backups of {path} made at {moment:%Y-%m-%d %H:%M:%S} UTC")


def _prune(path: Path) -> None:
    for old in backups_of(path)[:-KEPT]:
        log.info("deleted an old backup of the cache: %s", old)
        old.unlink(missing_ok=True)


def delete_backups(path: Path) -> list[Path]:
    """Deletes every backup of the cache at `path` (a wipe); returns those deleted."""
    gone = backups_of(path)
    for old in gone:
        old.unlink(missing_ok=True)
    return gone
