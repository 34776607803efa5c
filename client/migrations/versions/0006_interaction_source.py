"""imports: interaction external ids

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Adds `interaction.external_id` as the server's migration 0008 does: cached
    interactions came from the server or from this workstation, so none has one yet."""
    with op.batch_alter_table("interaction") as batch:
        batch.add_column(sa.Column("external_id", sa.String(length=100), nullable=True))
        batch.create_index("ix_interaction_external_id", ["external_id"], unique=True)


def downgrade() -> None:
    """Undoes upgrade()."""
    with op.batch_alter_table("interaction") as batch:
        batch.drop_index("ix_interaction_external_id")
        batch.drop_column("external_id")
