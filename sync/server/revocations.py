"""Hearing of a revocation at the next request, in every server process, cheaply.

A token checked in full is trusted from the token cache (`sync.server.auth.TokenCache`) for
a while; a revocation (`device revoke`, `user disable`, made by any process) raises the
revocation epoch in the database (`auth.bump_epoch`) and must empty every process's cache
before its next request. Reading the epoch row in a worker thread on every request cost a
thread hop and a transaction each (load bench: pull p99 0.25 s -> 0.68 s), so each request
asks an `EpochSignal` instead, on the event loop:

- SQLite (one host by nature): the revoking transaction, once committed, replaces a marker
  file beside the database (`<database>.revoked`); a request compares the file's identity
  (inode, time, size) with the one it saw last: one `stat`, no query.
- PostgreSQL (processes on several hosts): the epoch row is read over one asynchronous
  connection of the process's own: no worker thread, no pooled session.

Either way the signal only says "something was revoked since": the cache is emptied and
the token checked in full against the database, which decides.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import tempfile
from collections.abc import Hashable
from pathlib import Path
from typing import Protocol

import psycopg
from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sync.server.tables import auth_epoch

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".revoked"
EPOCH_QUERY = str(
    select(auth_epoch.c.value)
    .where(auth_epoch.c.id == 1)
    .compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
)


class EpochSignal(Protocol):
    async def current(self) -> Hashable:
        """A value that differs from the last one once a revocation has been committed."""
        ...

    async def close(self) -> None: ...


def marker_path(database_url: str) -> Path | None:
    """The marker file of a SQLite database file; None for PostgreSQL or an in-memory one."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).with_name(Path(url.database).name + MARKER_SUFFIX)


class MarkerFile:
    """SQLite: the identity of the marker file (absent: None)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    async def current(self) -> Hashable:
        try:
            found = os.stat(self.path)  # a local stat: no waiting worth a thread
        except FileNotFoundError:
            return None
        return (found.st_ino, found.st_mtime_ns, found.st_size)

    async def close(self) -> None:
        return None


class InProcess:
    """An in-memory SQLite database: only this process can reach it, and it counts here."""

    revocations = 0

    async def current(self) -> Hashable:
        return InProcess.revocations

    async def close(self) -> None:
        return None


class EpochRow:
    """PostgreSQL: the epoch row, read over this process's own asynchronous connection.

    One request at a time reads it (a lock): each read starts after its request arrived,
    so a revocation committed before the request is always seen."""

    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo
        self._conn: psycopg.AsyncConnection[tuple[int]] | None = None
        self._lock = asyncio.Lock()

    async def current(self) -> Hashable:
        async with self._lock:
            for attempt in range(2):
                try:
                    if self._conn is None or self._conn.closed:
                        self._conn = await psycopg.AsyncConnection.connect(
                            self.conninfo, autocommit=True
                        )
                    cursor = await self._conn.execute(EPOCH_QUERY)
                    row = await cursor.fetchone()
                    return 0 if row is None else int(row[0])
                except psycopg.OperationalError:
                    await self._drop()
                    if attempt:
                        raise
        raise AssertionError("unreachable")

    async def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                await self._conn.close()
        self._conn = None

    async def close(self) -> None:
        async with self._lock:
            await self._drop()


def signal_for(database_url: str) -> EpochSignal:
    """The cheapest signal that is exact for the database at `database_url`."""
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return EpochRow(url.set(drivername="postgresql").render_as_string(hide_password=False))
    path = marker_path(database_url)
    return InProcess() if path is None else MarkerFile(path)


def announce_after_commit(session: Session) -> None:
    """Makes the revocation in `session`'s transaction heard once it commits (SQLite:
    replaces the marker file; PostgreSQL needs nothing: the epoch row is read)."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    if make_url(url).get_backend_name() == "postgresql":
        return
    path = marker_path(url)

    @event.listens_for(session, "after_commit", once=True)
    def _announce(_session: Session) -> None:
        if path is None:
            InProcess.revocations += 1
        else:
            replace_marker(path)


def replace_marker(path: Path) -> None:
    """Writes a new marker file in place of the old (a new inode: always a change)."""
    try:
        fd, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        with os.fdopen(fd, "w") as out:
            out.write(str(os.getpid()))
        os.replace(temporary, path)
    except OSError as exc:  # the revocation stands; other processes see it within token_recheck
        log.error(
            "revocation committed, but its marker %s could not be written (%s): other server "
            "processes refuse the revoked tokens only at their next full check",
            path,
            exc,
        )
