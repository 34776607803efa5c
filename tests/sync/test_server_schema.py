"""The server's migrations build exactly the schema its models and tables declare, on SQLite
and PostgreSQL (a migration that forgets a column or a table fails here, not in production)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from client.schema.models import Base
from sync.server import migrations
from sync.server.db import make_engine
from sync.server.tables import all_server_tables


def test_the_migrations_give_the_declared_schema(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "version_table": migrations.VERSION_TABLE},
            )
            differences = compare_metadata(context, [Base.metadata, all_server_tables()])
    finally:
        engine.dispose()
    assert differences == []
