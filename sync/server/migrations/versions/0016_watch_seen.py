"""what each user has seen of the watched groups' changes

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = client.schema.base.GUID
STAMP = client.schema.base.UTCDateTime


def upgrade() -> None:
    """Adds `server_watch_seen`: the feed version up to which a user has seen a watched
    group's changes in the window (`sync.server.steer_tables`, `sync.server.watch_api`)."""
    op.create_table(
        "server_watch_seen",
        sa.Column("group_id", GUID(length=16), nullable=False),
        sa.Column("user_id", GUID(length=16), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("seen_at", STAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["server_watch_group.id"],
            name=op.f("fk_server_watch_seen_group_id_server_watch_group"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_server_watch_seen_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("group_id", "user_id", name=op.f("pk_server_watch_seen")),
    )


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_table("server_watch_seen")
