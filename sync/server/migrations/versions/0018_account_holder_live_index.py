"""account holders: an index covering a customer's live holdings

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 15:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds `ix_account_holder_customer_live` (`client.schema.models.AccountHolder`): the
    accounts a customer holds, with their deleted flag, read without the rows."""
    op.create_index(
        "ix_account_holder_customer_live",
        "account_holder",
        ["customer_id", "account_id", "deleted"],
    )


def downgrade() -> None:
    """Drops it."""
    op.drop_index("ix_account_holder_customer_live", table_name="account_holder")
