"""the last synced evaluation reports, for offline

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 14:30:00
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
    """Adds the local table evaluation_report."""
    op.create_table(
        "evaluation_report",
        sa.Column("user_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("quarter", sa.String(length=10), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("fetched_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "quarter", "branch", name=op.f("pk_evaluation_report")),
    )


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_table("evaluation_report")
