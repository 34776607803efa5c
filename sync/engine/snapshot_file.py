"""The first sync from a prebuilt file: download it in chunks, then copy its tables whole.

The server offers a cache file it built for the user's scope (see
`sync.server.snapshot_files`), encrypted with a one-off key it sends with the offer. The
file is written to the profile folder as it arrives (still encrypted: nothing readable
touches the disk), and after each chunk the bytes received are recorded in the cache, so a
killed download resumes at the chunk it was waiting for. The key is never stored: a resumed
download asks for the offer again and goes on only if the same file is still offered.

The copy attaches the file and runs `INSERT INTO main.t SELECT * FROM snapshot.t` per
table: into an empty table with the same columns and indexes SQLite copies the records and
index entries in order, page by page, without sorting or parsing a row. It is one
transaction that also stores the feed cursor, so a killed copy leaves the cache as it was.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from client import migrations as cache_migrations
from client.schema.local import search_term
from sync.engine import state
from sync.engine.transport import NotFoundError, ServerError, Transport
from sync.protocol import SNAPSHOT_CHUNK, PullScope, SnapshotChunkRequest, SnapshotFileRequest

log = logging.getLogger(__name__)

DOWNLOAD_NAME = "snapshot.download"
Progress = Callable[[int, int], None]
"""Called after each chunk with (rows received, by the share of bytes; rows in the file)."""


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
        if conn.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is not None:
            return False
    return True


def fetch(
    db: Engine,
    transport: Transport,
    folder: Path,
    scope: PullScope | None,
    tables: list[str],
    progress: Progress,
    chunk: int = SNAPSHOT_CHUNK,
) -> FileCopy | None:
    """Does the first sync from the server's file; None when none is offered (or usable)."""
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
    assert offer.file_id and offer.size is not None and offer.key and offer.sha256
    assert offer.feed_version is not None and offer.rows is not None
    plan: dict[str, Any] = {"file_id": offer.file_id, "received": 0}
    if saved is not None and saved.get("file_id") == offer.file_id:
        plan["received"] = int(saved["received"])
    rows = offer.rows

    def received(done: int, size: int) -> None:
        progress(rows * done // max(size, 1), rows)

    downloaded = _download(db, transport, partial, plan, offer.size, scope, chunk, received)
    if _sha256(partial) != offer.sha256:
        _refuse(db, partial, offer.file_id)
        raise DamagedFileError(
            "the snapshot file arrived damaged (its checksum differs); the next sync "
            "downloads the rows page by page"
        )
    try:
        _copy(db, partial, offer.key, offer.tables, offer.feed_version)
    except (DamagedFileError, DBAPIError) as exc:
        _refuse(db, partial, offer.file_id)
        raise DamagedFileError(
            f"the snapshot file cannot be copied into the cache ({exc}); the next sync "
            "downloads the rows page by page"
        ) from exc
    partial.unlink(missing_ok=True)
    return FileCopy(offer.rows, downloaded, offer.feed_version)


def _download(
    db: Engine,
    transport: Transport,
    partial: Path,
    plan: dict[str, Any],
    size: int,
    scope: PullScope | None,
    chunk: int,
    progress: Progress,
) -> int:
    """Appends chunks to `partial` from `plan["received"]` on; returns the bytes fetched."""
    received = int(plan["received"])
    if not partial.exists() or partial.stat().st_size < received:
        received = 0
    fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
    fetched = 0
    with os.fdopen(fd, "r+b") as out:
        out.truncate(received)
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
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            received += len(data)
            fetched += len(data)
            with db.begin() as conn:
                state.put_json(conn, state.SNAPSHOT_FILE, {**plan, "received": received})
            progress(received, size)
    return fetched


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _forget(db: Engine, partial: Path) -> None:
    with db.begin() as conn:
        state.remove(conn, state.SNAPSHOT_FILE)
    partial.unlink(missing_ok=True)


def _refuse(db: Engine, partial: Path, file_id: str) -> None:
    """Never uses this file again (the next sync goes page by page) and deletes its bytes."""
    with db.begin() as conn:
        state.put_json(conn, state.SNAPSHOT_FILE, {"refused": file_id})
    partial.unlink(missing_ok=True)


def _columns(conn: Connection, schema: str, table: str) -> list[tuple[Any, ...]]:
    return [
        tuple(r[1:]) for r in conn.exec_driver_sql(f'PRAGMA {schema}.table_info("{table}")').all()
    ]


def _copy(db: Engine, partial: Path, key: str, tables: list[str], feed_version: int) -> None:
    """Copies every table of the file into the cache and sets the cursor, in one transaction."""
    wanted = [*tables, search_term.name]
    with db.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        literal = f"x'{bytes.fromhex(key).hex()}'"  # hex digits only: safe to inline
        raw.execute(f'ATTACH DATABASE ? AS snapshot KEY "{literal}"', (str(partial),))
        try:
            with conn.begin():
                for table in wanted:
                    if _columns(conn, "main", table) != _columns(conn, "snapshot", table):
                        raise DamagedFileError(
                            f"the snapshot file's table {table} does not match this cache"
                        )
                    conn.exec_driver_sql(
                        f'INSERT INTO main."{table}" SELECT * FROM snapshot."{table}"'
                    )
                state.put(conn, state.CURSOR, str(feed_version))
                state.remove(conn, state.SNAPSHOT_FILE)
                state.remove(conn, state.INDEX_DIRTY)
        finally:
            raw.execute("DETACH DATABASE snapshot")
