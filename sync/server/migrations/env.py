"""Alembic environment: runs on the connection handed over by `sync.server.migrations`."""

from __future__ import annotations

from alembic import context

from client.schema.models import Base
from sync.server.migrations import VERSION_TABLE
from sync.server.tables import all_server_tables

target_metadata = [Base.metadata, all_server_tables()]

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run server migrations through sync.server.migrations.upgrade()")
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
