"""the referral stage "qualified" becomes "meeting"

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = ("new", "contacted", "qualified", "proposal", "won", "lost")
AFTER = ("new", "contacted", "meeting", "proposal", "won", "lost")
BOTH = ("new", "contacted", "qualified", "meeting", "proposal", "won", "lost")


def _stage_type(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="referralstage_enum", native_enum=False, create_constraint=True)


def _move(old: str, new: str, before: tuple[str, ...], after: tuple[str, ...]) -> None:
    """Widens the stage's check to both words, rewrites the rows, narrows it again."""
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.alter_column(
            "stage",
            existing_type=_stage_type(before),
            type_=_stage_type(BOTH),
            existing_nullable=False,
        )
    op.execute(
        sa.text("UPDATE referral SET stage = :new WHERE stage = :old").bindparams(old=old, new=new)
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.alter_column(
            "stage",
            existing_type=_stage_type(BOTH),
            type_=_stage_type(after),
            existing_nullable=False,
        )


def upgrade() -> None:
    """Referrals at "qualified" are at "meeting" (the stages the pipeline shows)."""
    _move("qualified", "meeting", BEFORE, AFTER)


def downgrade() -> None:
    """Undoes upgrade()."""
    _move("meeting", "qualified", AFTER, BEFORE)
