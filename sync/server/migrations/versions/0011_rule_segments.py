"""rule segments: membership history, segment rules and lists, account profit

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = client.schema.base.GUID
STAMP = client.schema.base.UTCDateTime


def upgrade() -> None:
    """Adds the replicated `segment_membership_history` (as the client's migration 0007)
    and the server's `server_segment_rule`, `server_segment_member` and
    `server_account_profit` (`sync.server.rules.tables`)."""
    op.create_table(
        "segment_membership_history",
        sa.Column("customer_id", GUID(length=16), nullable=False),
        sa.Column("segment_id", GUID(length=16), nullable=True),
        sa.Column("previous_segment_id", GUID(length=16), nullable=True),
        sa.Column("changed_at", STAMP(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", STAMP(timezone=True), nullable=False),
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
    op.create_table(
        "server_segment_rule",
        sa.Column("segment_id", GUID(length=16), nullable=False),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("changed_at", STAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"], name=op.f("fk_server_segment_rule_segment_id_segment")
        ),
        sa.PrimaryKeyConstraint("segment_id", name=op.f("pk_server_segment_rule")),
    )
    op.create_table(
        "server_segment_member",
        sa.Column("segment_id", GUID(length=16), nullable=False),
        sa.Column("customer_id", GUID(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_server_segment_member_customer_id_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segment.id"],
            name=op.f("fk_server_segment_member_segment_id_segment"),
        ),
        sa.PrimaryKeyConstraint("segment_id", "customer_id", name=op.f("pk_server_segment_member")),
    )
    op.create_index(
        op.f("ix_server_segment_member_customer_id"),
        "server_segment_member",
        ["customer_id"],
        unique=False,
    )
    op.create_table(
        "server_account_profit",
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("period_to", sa.Integer(), nullable=False),
        sa.Column("net_units", sa.BigInteger(), nullable=False),
        sa.Column("history_version", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_server_account_profit_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_server_account_profit")),
    )


def downgrade() -> None:
    """Drops them."""
    op.drop_table("server_account_profit")
    op.drop_index(op.f("ix_server_segment_member_customer_id"), table_name="server_segment_member")
    op.drop_table("server_segment_member")
    op.drop_table("server_segment_rule")
    op.drop_index(
        "ix_segment_membership_history_customer_time", table_name="segment_membership_history"
    )
    op.drop_table("segment_membership_history")
