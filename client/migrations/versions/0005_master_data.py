"""master data: user e-mail, product family and line, slot length of calendar blocks

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FAMILIES = ("deposit", "loan", "card", "wealth", "insurance", "payment")
LINES = ("retail", "commercial")
FAMILY_OF_CATEGORY = {
    "current": "deposit",
    "savings": "deposit",
    "time_deposit": "deposit",
    "card": "card",
    "mortgage": "loan",
    "loan": "loan",
    "wealth": "wealth",
    "insurance": "insurance",
}
"""As the server's migration 0007 derives them: cached rows match the server's."""


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(
        *values, name=name, native_enum=False, create_constraint=True, length=max(map(len, values))
    )


def upgrade() -> None:
    """Adds user e-mail, product family and line (derived from the category for cached
    products) and the slot length of calendar blocks."""
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(
            sa.Column("email", sa.String(length=254), server_default="", nullable=False)
        )
    with op.batch_alter_table("product") as batch:
        batch.add_column(
            sa.Column(
                "family",
                _enum(FAMILIES, "productfamily_enum"),
                server_default="deposit",
                nullable=False,
            )
        )
        batch.add_column(
            sa.Column(
                "line", _enum(LINES, "productline_enum"), server_default="retail", nullable=False
            )
        )
    product = sa.table("product", sa.column("category", sa.String), sa.column("family", sa.String))
    for category, family in FAMILY_OF_CATEGORY.items():
        op.execute(product.update().where(product.c.category == category).values(family=family))
    with op.batch_alter_table("calendar_block") as batch:
        batch.add_column(
            sa.Column("slot_minutes", sa.Integer(), server_default="30", nullable=False)
        )


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("calendar_block") as batch:
        batch.drop_column("slot_minutes")
    with op.batch_alter_table("product") as batch:
        batch.drop_column("line")
        batch.drop_column("family")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("email")
