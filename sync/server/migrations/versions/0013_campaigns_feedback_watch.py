"""head office steers: feedback answers, campaign rules, watch groups

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = client.schema.base.GUID
STAMP = client.schema.base.UTCDateTime


def upgrade() -> None:
    """Adds head office's answer to `segment_feedback` (`status`, `reply`, `answered_at`:
    every row so far is open), `server_campaign_rule` (a campaign's rule, priority and reason),
    `server_watch_group`, `server_watch_member` and `server_watch_look` (`sync.server.tables`
    of `sync.server.campaigns` and `sync.server.watch_groups`)."""
    with op.batch_alter_table("segment_feedback") as batch:
        batch.add_column(
            sa.Column("status", sa.String(length=10), nullable=False, server_default="open")
        )
        batch.add_column(sa.Column("reply", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("answered_at", STAMP(timezone=True), nullable=True))
    op.create_table(
        "server_campaign_rule",
        sa.Column("campaign_id", GUID(length=16), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", STAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_server_campaign_rule_campaign_id_campaign"),
        ),
        sa.PrimaryKeyConstraint("campaign_id", name=op.f("pk_server_campaign_rule")),
    )
    op.create_table(
        "server_watch_group",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("rule", sa.Text(), nullable=True),
        sa.Column("created_at", STAMP(timezone=True), nullable=False),
        sa.Column("created_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_watch_group")),
        sa.UniqueConstraint("code", name=op.f("uq_server_watch_group_code")),
    )
    op.create_table(
        "server_watch_member",
        sa.Column("group_id", GUID(length=16), nullable=False),
        sa.Column("customer_id", GUID(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["server_watch_group.id"],
            name=op.f("fk_server_watch_member_group_id_server_watch_group"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_server_watch_member_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("group_id", "customer_id", name=op.f("pk_server_watch_member")),
    )
    op.create_table(
        "server_watch_look",
        sa.Column("group_id", GUID(length=16), nullable=False),
        sa.Column("branch", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("looked_at", STAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["server_watch_group.id"],
            name=op.f("fk_server_watch_look_group_id_server_watch_group"),
        ),
        sa.PrimaryKeyConstraint("group_id", "branch", name=op.f("pk_server_watch_look")),
    )


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_table("server_watch_look")
    op.drop_table("server_watch_member")
    op.drop_table("server_watch_group")
    op.drop_table("server_campaign_rule")
    with op.batch_alter_table("segment_feedback") as batch:
        batch.drop_column("answered_at")
        batch.drop_column("reply")
        batch.drop_column("status")
