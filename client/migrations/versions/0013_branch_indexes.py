"""a branch's customers, accounts, interactions and staff's events from their indexes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_customer_home_branch", "customer", ["home_branch_id", "id"]),
    (
        "ix_account_branch_opened",
        "account",
        ["branch_id", "opened_on", "product_id", "id", "deleted"],
    ),
    (
        "ix_interaction_branch_time",
        "interaction",
        ["branch_id", "occurred_at", "kind", "channel", "deleted"],
    ),
    (
        "ix_audit_event_user_time",
        "audit_event",
        ["user_id", "occurred_at", "action", "customer_id", "deleted"],
    ),
)
"""The indexes of `client.schema.models` that cover what the evaluation of one branch
reads (its customers, accounts, interactions and its staff's audit events)."""


def upgrade() -> None:
    """Adds them; `ix_customer_home_branch` replaces `ix_customer_home_branch_id`."""
    op.drop_index("ix_customer_home_branch_id", table_name="customer")
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    """Drops them and brings back `ix_customer_home_branch_id`."""
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.create_index("ix_customer_home_branch_id", "customer", ["home_branch_id"])
