"""The first sync from a prebuilt file: download it in chunks, then restore it page by page.

The server offers a cache file it built for the user's scope (see
`sync.server.snapshot_files`), encrypted with a one-off key it sends with the offer. The
file is written to the profile folder as it arrives (still encrypted: nothing readable
touches the disk), and after each chunk the bytes received are recorded in the cache, so a
killed download resumes at the chunk it was waiting for. The key is never stored: a resumed
download asks for the offer again and goes on only if the same file is still offered.

Then SQLite's backup API copies the file's pages into the cache, decrypting each with the
file's key (which checks its authentication code) and encrypting it with the cache's: no
row is parsed or inserted. The backup holds the cache's write lock from its first step to
its end, and in between, once the lock is held, this workstation's own rows (sync state,
outbox, sync issues) are read from the cache and written into the file being copied, so
nothing another process saved before the lock is lost and nothing can be saved during it.
Readers keep reading the old content until the backup commits, all at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine

from client import migrations as cache_migrations
from client.errors import CacheError
from client.schema.local import cache_meta, search_term
from client.store import RawConnection, connect_raw
from sync.engine.transport import NotFoundError, ServerError, Transport
from sync.protocol import SNAPSHOT_CHUNK, PullScope, SnapshotChunkRequest, SnapshotFileRequest
from sync.replica import state

log = logging.getLogger(__name__)

DOWNLOAD_NAME = "snapshot.download"
COPY_STAGE = "copy"
"""The progress stage while pages are copied: the cache is write-locked, so no query on it."""
BACKUP_STEP = 256
"""Pages per backup step (1 MiB): the cache's own rows move into the file after the first."""
LOCAL_TABLES = (
    "cache_meta",
    "outbox",
    "sync_issue",
    "customer_pin",
    "customer_follow",
    "sqlite_sequence",
)
"""The workstation's own tables: kept from the cache, not taken from the file."""
KEPT_ROWS = ("audit_event",)
"""Replicated tables whose rows the cache may hold before its first sync (this
workstation's audit events, from its sign-in): kept beside the file's."""
Progress = Callable[[int, int, str], None]
"""Called with (rows done, by the share of bytes or pages; rows in the file; "download" or
"copy") after each chunk received, and each percent copied."""


@dataclass
class FileCopy:
    rows: int
    bytes_downloaded: int
    feed_version: int


class DamagedFileError(ServerError):
    """The downloaded file is not what the server described (size or checksum)."""


def empty(conn: Connection, tables: list[str]) -> bool:
    """True when none of `tables` (nor the search index) holds a row."""
    for table in [*tables, search_term.name]:
        if conn.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is not None:  # noqa: S608 - identifiers from the table registry or constants; values are bound
            return False
    return True


def fetch(
    db: Engine,
    connect: Callable[[], RawConnection],
    transport: Transport,
    folder: Path,
    scope: PullScope | None,
    tables: list[str],
    progress: Progress,
    chunk: int = SNAPSHOT_CHUNK,
) -> FileCopy | None:
    """Does the first sync from the server's file; None when none is offered (or usable).

    `connect` opens a new raw connection to the cache (two are used: the backup's target
    and a reader of the cache's committed rows)."""
    with db.connect() as conn:
        saved = state.get_json(conn, state.SNAPSHOT_FILE)
        usable = empty(conn, tables)
        conn.rollback()
    if not usable:
        return None
    try:
        offer = transport.snapshot_file(
            SnapshotFileRequest(scope=scope, schema_revision=cache_migrations.head_revision())
        )
    except NotFoundError:
        return None  # a server from before snapshot files
    partial = folder / DOWNLOAD_NAME
    if not offer.available:
        log.info("no snapshot file: %s", offer.reason)
        _forget(db, partial)
        return None
    if saved is not None and saved.get("refused") == offer.file_id:
        return None  # this file arrived damaged before: pages instead
    file_id, key, sha256 = offer.file_id, offer.key, offer.sha256
    size, version, rows = offer.size, offer.feed_version, offer.rows
    if not (file_id and key and sha256) or size is None or version is None or rows is None:
        raise ServerError("the server offered a snapshot file without saying what it is")
    plan: dict[str, Any] = {"file_id": file_id, "received": 0}
    if saved is not None and saved.get("file_id") == file_id:
        plan["received"] = int(saved["received"])
        plan["checked"] = bool(saved.get("checked")) and partial.exists()

    def received(done: int, size: int) -> None:
        progress(rows * done // max(size, 1), rows, "download")

    def copied(done: int, pages: int) -> None:
        progress(rows * done // max(pages, 1), rows, COPY_STAGE)

    started = time.perf_counter()
    downloaded = 0
    if not plan.get("checked"):  # else a copy was cut short: the file is whole (and in use)
        downloaded, digest = _download(db, transport, partial, plan, size, scope, chunk, received)
        if digest != sha256:
            _refuse(db, partial, file_id)
            raise DamagedFileError(
                f"the snapshot file {file_id} arrived damaged (its checksum differs); "
                "the next sync downloads the rows page by page instead"
            )
        with db.begin() as conn:
            plan.update(received=size, checked=True)
            state.put_json(conn, state.SNAPSHOT_FILE, plan)
    copying = time.perf_counter()
    try:
        _restore(connect, partial, key, tables, version, copied)
    except NotRestorableError as exc:
        log.info("the snapshot file is not used: %s", exc)
        _forget(db, partial)
        return None
    except sqlcipher3.DatabaseError as exc:
        _refuse(db, partial, file_id)
        raise DamagedFileError(
            f"the snapshot file {file_id} cannot be read ({exc}): it is damaged; the "
            "next sync downloads the rows page by page instead"
        ) from exc
    _delete(partial)
    log.info(
        "snapshot file %s: %d bytes downloaded in %.1f s, restored in %.1f s",
        file_id,
        downloaded,
        copying - started,
        time.perf_counter() - copying,
    )
    return FileCopy(rows, downloaded, version)


def _download(
    db: Engine,
    transport: Transport,
    partial: Path,
    plan: dict[str, Any],
    size: int,
    scope: PullScope | None,
    chunk: int,
    progress: Callable[[int, int], None],
) -> tuple[int, str]:
    """Appends chunks to `partial` from `plan["received"]` on; returns the bytes fetched and
    the SHA-256 of the whole file (hashed in a thread while the next chunk arrives)."""
    received = int(plan["received"])
    if not partial.exists() or partial.stat().st_size < received:
        received = 0
    fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
    fetched = 0
    digest = hashlib.sha256()
    with os.fdopen(fd, "r+b") as out, ThreadPoolExecutor(1) as hasher:
        out.truncate(received)
        while block := out.read(min(1 << 20, received - out.tell())):
            digest.update(block)
        out.seek(received)
        with db.begin() as conn:
            state.put_json(conn, state.SNAPSHOT_FILE, {**plan, "received": received})
        while received < size:
            request = SnapshotChunkRequest(
                file_id=plan["file_id"], scope=scope, offset=received, length=chunk
            )
            data = transport.snapshot_chunk(request)
            if not data or len(data) > size - received:
                raise DamagedFileError(
                    f"the server sent {len(data)} bytes at offset {received} of a "
                    f"{size}-byte snapshot file"
                )
            hashed = hasher.submit(digest.update, data)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            hashed.result()
            received += len(data)
            fetched += len(data)
            with db.begin() as conn:
                state.put_json(conn, state.SNAPSHOT_FILE, {**plan, "received": received})
            progress(received, size)
    return fetched, digest.hexdigest()


def _delete(partial: Path) -> None:
    """The download and the rollback journal SQLite may have left beside it."""
    partial.unlink(missing_ok=True)
    partial.with_name(partial.name + "-journal").unlink(missing_ok=True)


def _forget(db: Engine, partial: Path) -> None:
    with db.begin() as conn:
        state.remove(conn, state.SNAPSHOT_FILE)
    _delete(partial)


def _refuse(db: Engine, partial: Path, file_id: str) -> None:
    """Never uses this file again (the next sync goes page by page) and deletes its bytes."""
    with db.begin() as conn:
        state.put_json(conn, state.SNAPSHOT_FILE, {"refused": file_id})
    _delete(partial)


class NotRestorableError(Exception):
    """The file cannot replace this cache's content, which is fine: the rows come page by
    page instead. The cache got replicated rows while the file was downloading (a customer
    opened from the server, say), or it has another page format (made by an older version)."""


def _restore(
    connect: Callable[[], RawConnection],
    partial: Path,
    key: str,
    tables: list[str],
    feed_version: int,
    progress: Callable[[int, int], None],
) -> None:
    """Copies the file's pages over the cache, with the cache's own rows moved into it;
    `progress(pages copied, pages)` about every percent."""
    try:
        source = connect_raw(partial, bytes.fromhex(key))
    except CacheError as exc:
        raise sqlcipher3.DatabaseError(str(exc)) from exc
    try:
        pages = source.execute("PRAGMA page_count").fetchone()[0]
        target, reader = connect(), connect()
        try:
            formats = [
                c.execute("PRAGMA cipher_hmac_algorithm").fetchone() for c in (source, target)
            ]
            if formats[0] != formats[1]:
                raise NotRestorableError(f"page formats differ: {formats}")
            # As for pulled rows: a power cut may undo the copy (the cache is then as it was
            # before it, own rows included), never corrupt it; the log is not forced to disk
            # before the checkpoint below writes the pages into the file.
            target.execute("PRAGMA synchronous = NORMAL")
            moved: list[bool] = []

            reported = [0]

            def between_steps(_status: int, remaining: int, total: int) -> None:
                if not moved:  # the backup holds the cache's write lock from here on
                    _move_local_rows(reader, source, tables, feed_version)
                    moved.append(True)
                if (total - remaining) * 100 // max(total, 1) > reported[0]:
                    reported[0] = (total - remaining) * 100 // max(total, 1)
                    progress(total - remaining, total)

            source.backup(
                target, pages=BACKUP_STEP if pages > BACKUP_STEP else 1, progress=between_steps
            )
            if not moved:
                raise sqlcipher3.DatabaseError("the file ended before the backup's first step")
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            reader.close()
            target.close()
    finally:
        source.close()


def _move_local_rows(
    cache: RawConnection, file: RawConnection, tables: list[str], feed_version: int
) -> None:
    """Puts the cache's committed own rows into the file, and the feed cursor to pull from."""
    for table in [*tables, search_term.name]:
        if cache.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:  # noqa: S608 - identifiers from the table registry or constants; values are bound
            raise NotRestorableError(f"the cache holds rows of {table} already")
    present = "SELECT name FROM sqlite_master WHERE type = 'table'"
    in_cache = {r[0] for r in cache.execute(present)}
    in_file = {r[0] for r in file.execute(present)}
    file.execute("BEGIN IMMEDIATE")
    try:
        for table in LOCAL_TABLES:
            rows = cache.execute(f'SELECT * FROM "{table}"').fetchall() if table in in_cache else []  # noqa: S608 - identifiers from the table registry or constants; values are bound
            if table in in_file:
                file.execute(f'DELETE FROM "{table}"')  # noqa: S608 - identifiers from the table registry or constants; values are bound
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                file.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)  # noqa: S608 - identifiers from the table registry or constants; values are bound
        for table in KEPT_ROWS:
            rows = cache.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608 - identifiers from the table registry or constants; values are bound
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                file.executemany(f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', rows)  # noqa: S608 - identifiers from the table registry or constants; values are bound
        forget = (state.SNAPSHOT_FILE, state.SNAPSHOT, state.INDEX_DIRTY, state.BULK_INDEXES)
        file.execute(
            f"DELETE FROM {cache_meta.name} WHERE key IN ({', '.join('?' for _ in forget)})",  # noqa: S608 - identifiers from the table registry or constants; values are bound
            forget,
        )
        file.execute(
            f"INSERT OR REPLACE INTO {cache_meta.name} (key, value) VALUES (?, ?)",  # noqa: S608 - identifiers from the table registry or constants; values are bound
            (state.CURSOR, str(feed_version)),
        )
        file.execute("COMMIT")
    except BaseException:
        file.execute("ROLLBACK")
        raise
