"""pinned customers and follow expiry

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
    """Adds the local tables customer_pin and customer_follow."""
    op.create_table(
        "customer_pin",
        sa.Column("customer_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("pinned_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_pin")),
    )
    op.create_table(
        "customer_follow",
        sa.Column("customer_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("opened_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_follow")),
    )


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_table("customer_follow")
    op.drop_table("customer_pin")
