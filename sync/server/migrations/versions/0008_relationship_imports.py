"""imports: interaction external ids

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds `interaction.external_id`: the id in the system an interaction came from,
    unique where set (a unique index; every database lets NULLs repeat in one)."""
    with op.batch_alter_table("interaction") as batch:
        batch.add_column(sa.Column("external_id", sa.String(length=100), nullable=True))
        batch.create_index("ix_interaction_external_id", ["external_id"], unique=True)


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("interaction") as batch:
        batch.drop_index("ix_interaction_external_id")
        batch.drop_column("external_id")
