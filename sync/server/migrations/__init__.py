"""Schema versions of the central server's database (shared CRM tables + server tables)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from client.errors import GuitaiError

HERE = Path(__file__).parent
VERSION_TABLE = "server_schema_version"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def upgrade(engine: Engine) -> str | None:
    """Creates or upgrades the schema to the newest version; returns the version it found."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current == script.get_current_head():
        return current
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise GuitaiError(
            f"the database was written by a newer Guitai server (schema {current}); "
            "run that version or newer"
        )
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return current
