"""Schema versions of the workstation cache, managed with Alembic from the first release on."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine

from client.errors import CacheError
from client.migrations.runner import MigrationHistory

HISTORY = MigrationHistory(
    folder=Path(__file__).parent,
    version_table="alembic_version",
    error=CacheError,
    newer_message="the cache was written by a newer version of Guitai (schema {current}); "
    "install that version or newer to open it",
)


def alembic_config() -> Config:
    return HISTORY.config()


def head_revision() -> str:
    return HISTORY.head_revision()


def current_revision(engine: Engine) -> str | None:
    return HISTORY.current_revision(engine)


def is_older(revision: str | None) -> bool:
    """True when a cache at `revision` would be changed by `upgrade` (older, not empty)."""
    return HISTORY.is_older(revision)


def upgrade(engine: Engine) -> None:
    """Brings the cache to the newest schema; refuses a cache written by a newer Guitai."""
    HISTORY.upgrade(engine)
