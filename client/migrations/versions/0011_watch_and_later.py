"""the segment feedback verdict "watch" and the offer status "later"

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERDICTS = ("agree", "disagree", "suggest_other")
STATUSES = ("suggested", "presented", "accepted", "declined", "expired")


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _check(
    table: str, column: str, name: str, before: tuple[str, ...], after: tuple[str, ...]
) -> None:
    """The column's check from `before`'s words to `after`'s (the length stays: the longest
    word is in both)."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            column,
            existing_type=_enum(name, before),
            type_=_enum(name, after),
            existing_nullable=False,
        )


def upgrade() -> None:
    """A branch may say "watch" of a segment; a customer may answer an offer "later"."""
    _check("segment_feedback", "verdict", "feedbackverdict_enum", VERDICTS, (*VERDICTS, "watch"))
    _check("offer", "status", "offerstatus_enum", STATUSES, (*STATUSES, "later"))


def downgrade() -> None:
    """Undoes upgrade(): "watch" becomes "agree" (the segment is right for now), "later"
    becomes "presented" (what it was stored as before)."""
    op.execute(sa.text("UPDATE segment_feedback SET verdict = 'agree' WHERE verdict = 'watch'"))
    op.execute(sa.text("UPDATE offer SET status = 'presented' WHERE status = 'later'"))
    _check("segment_feedback", "verdict", "feedbackverdict_enum", (*VERDICTS, "watch"), VERDICTS)
    _check("offer", "status", "offerstatus_enum", (*STATUSES, "later"), STATUSES)
