"""Alembic environment: runs on the connection handed over by `client.migrations.upgrade`."""

from __future__ import annotations

from alembic import context

from client.schema.local import local_metadata
from client.schema.models import Base

target_metadata = [Base.metadata, local_metadata]

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run cache migrations through client.migrations.upgrade()")
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
