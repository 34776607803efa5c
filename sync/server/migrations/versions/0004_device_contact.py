"""devices: last contact, app version, user of the device

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds server_device_contact and server_auth_epoch (its one row)."""
    op.create_table(
        "server_device_contact",
        sa.Column("device_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("user_id", client.schema.base.GUID(length=16), nullable=True),
        sa.Column("last_contact_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_server_device_contact_device_id_device")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_server_device_contact")),
    )
    epoch = op.create_table(
        "server_auth_epoch",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_auth_epoch")),
    )
    op.bulk_insert(epoch, [{"id": 1, "value": 0}])


def downgrade() -> None:
    """Drops them."""
    op.drop_table("server_auth_epoch")
    op.drop_table("server_device_contact")
