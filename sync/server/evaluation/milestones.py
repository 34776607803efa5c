"""Head office's half-year targets per branch and figure (`server_milestone`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.models import Branch
from sync.server.evaluation.figures import figure
from sync.server.evaluation.quarters import parse_half
from sync.server.tables import milestone


@dataclass(frozen=True)
class Milestone:
    branch_code: str
    period: str
    figure: str
    target: Decimal
    set_at: datetime


def branch_by_code(session: Session, code: str) -> Branch:
    found = session.scalars(
        select(Branch).where(Branch.code == code, Branch.deleted.is_(False))
    ).first()
    if found is None:
        raise UsageError(f"no branch with code {code!r} (see `guitai-server branch list`)")
    return found


def parse_target(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise UsageError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise UsageError(f"not a number: {text!r}")
    return value


def set_milestone(
    session: Session, branch_code: str, period: str, name: str, target: Decimal, now: datetime
) -> Milestone:
    """Sets (or replaces) a branch's target for a figure over a half year."""
    half = parse_half(period)
    figure(name)
    branch = branch_by_code(session, branch_code)
    key = (
        milestone.c.branch_id == branch.id,
        milestone.c.period == half.label,
        milestone.c.figure == name,
    )
    session.execute(delete(milestone).where(*key))
    session.execute(
        insert(milestone).values(
            branch_id=branch.id, period=half.label, figure=name, target=target, set_at=now
        )
    )
    return Milestone(branch.code, half.label, name, target, now)


def list_milestones(session: Session, period: str | None = None) -> list[Milestone]:
    stmt = (
        select(
            Branch.code,
            milestone.c.period,
            milestone.c.figure,
            milestone.c.target,
            milestone.c.set_at,
        )
        .join(Branch, Branch.id == milestone.c.branch_id)
        .order_by(milestone.c.period, Branch.code, milestone.c.figure)
    )
    if period is not None:
        stmt = stmt.where(milestone.c.period == period)
    return [Milestone(*row) for row in session.execute(stmt)]
