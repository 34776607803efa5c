"""rule segments: segment membership history

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def history_table() -> None:
    """`segment_membership_history`, as the server's migration 0011 makes it."""
    op.create_table(
        "segment_membership_history",
        sa.Column("customer_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("segment_id", client.schema.base.GUID(length=16), nullable=True),
        sa.Column("previous_segment_id", client.schema.base.GUID(length=16), nullable=True),
        sa.Column("changed_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_segment_membership_history_customer_id_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["previous_segment_id"],
            ["segment.id"],
            name=op.f("fk_segment_membership_history_previous_segment_id_segment"),
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segment.id"],
            name=op.f("fk_segment_membership_history_segment_id_segment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_membership_history")),
    )
    op.create_index(
        "ix_segment_membership_history_customer_time",
        "segment_membership_history",
        ["customer_id", "changed_at"],
        unique=False,
    )


def upgrade() -> None:
    """Adds `segment_membership_history`: customers' moves between segments, pulled from
    the server (none is cached yet)."""
    history_table()


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_index(
        "ix_segment_membership_history_customer_time", table_name="segment_membership_history"
    )
    op.drop_table("segment_membership_history")
