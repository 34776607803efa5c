"""An Alembic migration history run on a given engine; the cache and the server have one each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from client.errors import GuitaiError


@dataclass(frozen=True)
class MigrationHistory:
    folder: Path
    version_table: str
    error: type[GuitaiError]
    newer_message: str
    """Said when the database is at a revision this history does not know; gets {current}."""

    def config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(self.folder))
        return config

    def head_revision(self) -> str:
        head = ScriptDirectory.from_config(self.config()).get_current_head()
        assert head is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        return head

    def current_revision(self, engine: Engine) -> str | None:
        with engine.connect() as conn:
            opts = {"version_table": self.version_table}
            return MigrationContext.configure(conn, opts=opts).get_current_revision()

    def is_older(self, revision: str | None) -> bool:
        """True for a known revision before the head: a database an upgrade would change."""
        script = ScriptDirectory.from_config(self.config())
        known = {r.revision for r in script.walk_revisions()}
        return revision is not None and revision != script.get_current_head() and revision in known

    def upgrade(self, engine: Engine) -> str | None:
        """Brings the database to the newest schema; returns the revision it found."""
        script = ScriptDirectory.from_config(self.config())
        current = self.current_revision(engine)
        if current == script.get_current_head():
            return current
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise self.error(self.newer_message.format(current=current))
        config = self.config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        return current
