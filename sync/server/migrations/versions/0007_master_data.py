"""master data: user e-mail, first-sign-in password change, working hours, product family, line

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import client.schema.base

revision: str = "0007"
down_revision: str | None = "0006"
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
"""As `client.schema.enums.FAMILY_OF_CATEGORY` was when this was written (frozen here)."""


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(
        *values, name=name, native_enum=False, create_constraint=True, length=max(map(len, values))
    )


def derive_families() -> None:
    """Each existing product's family from its category (the client migration does the same)."""
    product = sa.table("product", sa.column("category", sa.String), sa.column("family", sa.String))
    for category, family in FAMILY_OF_CATEGORY.items():
        op.execute(product.update().where(product.c.category == category).values(family=family))


def upgrade() -> None:
    """Adds user e-mail, product family and line, the slot length of calendar blocks, the
    must-change flag of credentials and the RMs' working hours."""
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
    derive_families()
    with op.batch_alter_table("calendar_block") as batch:
        batch.add_column(
            sa.Column("slot_minutes", sa.Integer(), server_default="30", nullable=False)
        )
    with op.batch_alter_table("server_credential") as batch:
        batch.add_column(
            sa.Column("must_change", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "server_working_hours",
        sa.Column("user_id", client.schema.base.GUID(length=16), nullable=False),
        sa.Column("hours", sa.String(length=300), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=60), nullable=False),
        sa.Column("changed_at", client.schema.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_server_working_hours_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_server_working_hours")),
    )


def downgrade() -> None:
    """Undoes upgrade()."""
    op.drop_table("server_working_hours")
    with op.batch_alter_table("server_credential") as batch:
        batch.drop_column("must_change")
    with op.batch_alter_table("calendar_block") as batch:
        batch.drop_column("slot_minutes")
    with op.batch_alter_table("product") as batch:
        batch.drop_column("line")
        batch.drop_column("family")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("email")
