"""evaluation: milestones and the accounts' quarter figures

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = client.schema.base.GUID
STAMP = client.schema.base.UTCDateTime


def upgrade() -> None:
    """Adds `server_milestone` (head office's half-year targets) and the evaluation's
    `server_evaluation_account_quarter` and `server_evaluation_history_seen`
    (`sync.server.tables`)."""
    op.create_table(
        "server_milestone",
        sa.Column("branch_id", GUID(length=16), nullable=False),
        sa.Column("period", sa.String(length=6), nullable=False),
        sa.Column("figure", sa.String(length=60), nullable=False),
        sa.Column("target", sa.Numeric(20, 4), nullable=False),
        sa.Column("set_at", STAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_server_milestone_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("branch_id", "period", "figure", name=op.f("pk_server_milestone")),
    )
    op.create_table(
        "server_evaluation_account_quarter",
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("end_balance", sa.BigInteger(), nullable=False),
        sa.Column("net_12m", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "account_id", "quarter", name=op.f("pk_server_evaluation_account_quarter")
        ),
    )
    op.create_index(
        "ix_server_evaluation_account_quarter_quarter",
        "server_evaluation_account_quarter",
        ["quarter"],
    )
    op.create_table(
        "server_evaluation_history_seen",
        sa.Column("account_id", GUID(length=16), nullable=False),
        sa.Column("history_version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_server_evaluation_history_seen")),
    )


def downgrade() -> None:
    """Drops them."""
    op.drop_table("server_evaluation_history_seen")
    op.drop_index(
        "ix_server_evaluation_account_quarter_quarter",
        table_name="server_evaluation_account_quarter",
    )
    op.drop_table("server_evaluation_account_quarter")
    op.drop_table("server_milestone")
