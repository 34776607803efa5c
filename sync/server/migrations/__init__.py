"""Schema versions of the central server's database (shared CRM tables + server tables)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine

from client.errors import GuitaiError
from client.migrations.runner import MigrationHistory

VERSION_TABLE = "server_schema_version"
HISTORY = MigrationHistory(
    folder=Path(__file__).parent,
    version_table=VERSION_TABLE,
    error=GuitaiError,
    newer_message="the database was written by a newer Guitai server (schema {current}); "
    "run that version or newer",
)


def alembic_config() -> Config:
    return HISTORY.config()


def head_revision() -> str:
    return HISTORY.head_revision()


def current_revision(engine: Engine) -> str | None:
    return HISTORY.current_revision(engine)


def upgrade(engine: Engine) -> str | None:
    """Creates or upgrades the schema to the newest version; returns the version it found."""
    return HISTORY.upgrade(engine)
