"""sign-in failures and lockouts per username

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds server_signin_failure and the session start of a token (for the session cap)."""
    op.create_table(
        "server_signin_failure",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("locked_until", client.schema.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_server_signin_failure")),
    )
    with op.batch_alter_table("server_token") as batch:
        batch.add_column(
            sa.Column(
                "session_started_at",
                client.schema.base.UTCDateTime(timezone=True),
                nullable=True,
            )
        )


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("server_token") as batch:
        batch.drop_column("session_started_at")
    op.drop_table("server_signin_failure")
