"""The cache's migrations build exactly the schema the models and local tables declare."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from client import migrations
from client.schema.local import local_metadata
from client.schema.models import Base


def test_the_migrations_give_the_declared_schema(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'cache.db'}")
    try:
        migrations.upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, [Base.metadata, local_metadata])
    finally:
        engine.dispose()
    assert differences == []
