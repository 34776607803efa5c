"""channel service accounts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds server_service_account: the channels' service accounts and their token digests."""
    op.create_table(
        "server_service_account",
        sa.Column("id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", client.schema.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", client.schema.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_service_account")),
        sa.UniqueConstraint("name", name=op.f("uq_server_service_account_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_server_service_account_token_hash")),
    )


def downgrade() -> None:
    """Drops it."""
    op.drop_table("server_service_account")
