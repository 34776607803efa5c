"""The server's database: engine setup for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from client.errors import UsageError

ENV_DATABASE_URL = "GUITAI_DATABASE_URL"
WRITE_OPTION = "guitai_write"
"""Execution option marking a connection that will write (SQLite: BEGIN IMMEDIATE)."""


def default_database_url() -> str:
    """$GUITAI_DATABASE_URL, else a SQLite file in the user's data folder (development)."""
    url = os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    folder = Path(platformdirs.user_data_dir("Guitai", appauthor=False)) / "server"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'guitai-server.db'}"


def normalize_url(url: str) -> str:
    """Makes `postgresql://` mean psycopg 3; refuses anything but SQLite and PostgreSQL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UsageError(
            f"{url!r} is not a database URL (sqlite:///FILE or postgresql://...)"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise UsageError(f"unsupported database {parsed.drivername!r}: use SQLite or PostgreSQL")
    return parsed.render_as_string(hide_password=False)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        writing = conn.get_execution_options().get(WRITE_OPTION, False)
        # straight to the driver: every request begins one, and SQLAlchemy's statement path
        # costs more than the statement
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        # more pooled connections than request threads (ServerSettings.worker_threads): opening one
        # (and its pragmas) per request would cost more than most requests
        engine = create_engine(url, pool_size=40, max_overflow=10)
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class Database:
    """An engine plus two session factories: one for reads, one for writing transactions."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    def reader(self) -> Session:
        return self._read()

    def writer(self) -> Session:
        """A session whose transaction may write; on SQLite it takes the write lock at BEGIN."""
        return self._write()

    def dispose(self) -> None:
        self.engine.dispose()
