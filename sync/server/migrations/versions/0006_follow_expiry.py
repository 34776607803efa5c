"""follow expiry and pins

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds when a follow was last opened (from when it was followed) and whether it is pinned."""
    with op.batch_alter_table("server_device_follow") as batch:
        batch.add_column(
            sa.Column(
                "last_opened_at", client.schema.base.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch.add_column(
            sa.Column("pinned", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    follow = sa.table(
        "server_device_follow",
        sa.column("followed_at", client.schema.base.UTCDateTime(timezone=True)),
        sa.column("last_opened_at", client.schema.base.UTCDateTime(timezone=True)),
    )
    op.execute(follow.update().values(last_opened_at=follow.c.followed_at))
    with op.batch_alter_table("server_device_follow") as batch:
        batch.alter_column(
            "last_opened_at",
            existing_type=client.schema.base.UTCDateTime(timezone=True),
            nullable=False,
        )


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("server_device_follow") as batch:
        batch.drop_column("pinned")
        batch.drop_column("last_opened_at")
