"""head office's answer to segment feedback

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds `segment_feedback.status`, `reply` and `answered_at` as the server's migration
    0013 does: cached feedback is open until the server sends head office's answer."""
    with op.batch_alter_table("segment_feedback") as batch:
        batch.add_column(
            sa.Column("status", sa.String(length=10), nullable=False, server_default="open")
        )
        batch.add_column(sa.Column("reply", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("answered_at", client.schema.base.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("segment_feedback") as batch:
        batch.drop_column("answered_at")
        batch.drop_column("reply")
        batch.drop_column("status")
