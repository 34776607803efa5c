"""outbox and sync issues

Revision ID: 0002
Revises: 0001
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
    guid = client.schema.base.GUID(length=16)
    stamp = client.schema.base.UTCDateTime(timezone=True)
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry_id", guid, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", guid, nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.BigInteger(), nullable=True),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("shadow", sa.Text(), nullable=False),
        sa.Column("customer_id", guid, nullable=True),
        sa.Column("created_at", stamp, nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_outbox_entry_id")),
    )
    op.create_index("ix_outbox_row", "outbox", ["table_name", "row_id"], unique=False)
    op.create_table(
        "sync_issue",
        sa.Column("entry_id", guid, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", guid, nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("customer_id", guid, nullable=True),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("edited_at", stamp, nullable=False),
        sa.Column("reported_at", stamp, nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_sync_issue")),
    )
    op.create_index("ix_sync_issue_customer", "sync_issue", ["customer_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sync_issue_customer", table_name="sync_issue")
    op.drop_table("sync_issue")
    op.drop_index("ix_outbox_row", table_name="outbox")
    op.drop_table("outbox")
