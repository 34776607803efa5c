"""evaluation: the change feed by table and time

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds `ix_server_change_log_table_time` (`sync.server.tables.change_log`): the
    evaluation's new customers, converted prospects and presented offers read one table's
    changes of a few quarters, not the whole feed."""
    op.create_index(
        "ix_server_change_log_table_time",
        "server_change_log",
        ["table_name", "committed_at"],
    )


def downgrade() -> None:
    """Drops it."""
    op.drop_index("ix_server_change_log_table_time", table_name="server_change_log")
