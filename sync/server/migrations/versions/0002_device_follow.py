"""device follows the customers it opened

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 00:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds server_device_follow."""
    op.create_table(
        "server_device_follow",
        sa.Column("device_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("customer_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("followed_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_server_device_follow_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", "customer_id", name=op.f("pk_server_device_follow")),
    )


def downgrade() -> None:
    """Drops server_device_follow."""
    op.drop_table("server_device_follow")
