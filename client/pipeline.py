"""An RM's pipeline: the referrals passed to them, by stage, and moving one along.

The stages (`ReferralStage`) run new, contacted, meeting, proposal, then won or lost;
`move_referral` saves a move as an offline edit with its outbox entry in the caller's
transaction, allowed by the permission table (`client.schema.permissions`: the server's
push checks the same grants). A move to won or lost closes the referral: it needs the
outcome, which is added to the referral's notes with the date, and sets `closed_at`. A
closed referral stays where it is.

Days in stage: a new referral counts from its `created_at`; a closed one from its
`closed_at`; one in between from the row's last change (`updated_at`: the schema keeps no
time of the last stage change, and a stage move is the change made to a referral).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from client import audit
from client.errors import NotFoundError, UsageError
from client.outbox import Edit, update_row
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.enums import ReferralStage
from client.schema.models import Customer, Product, Referral, User
from client.schema.permissions import may
from client.store import LocalCache
from client.text_rules import clean_text
from client.work import signed_in

OPEN_STAGES = (
    ReferralStage.NEW,
    ReferralStage.CONTACTED,
    ReferralStage.MEETING,
    ReferralStage.PROPOSAL,
)
STAGES = (*OPEN_STAGES, ReferralStage.WON, ReferralStage.LOST)
"""Every stage in pipeline order."""
MOVED_FIELDS = ("stage", "closed_at", "notes")
"""The referral fields a move writes (all must be granted)."""
MAX_OUTCOME = 500
MAX_NOTES = 10_000


@dataclass(frozen=True, slots=True)
class PipelineLine:
    """One referral of the pipeline."""

    referral_id: uuid.UUID
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    product: str
    stage: ReferralStage
    value: Decimal
    stage_since: datetime
    referred_by: str
    created_at: datetime
    notes: str

    def days_in_stage(self, now: datetime) -> int:
        return max(0, (now - self.stage_since).days)


def next_stage(stage: ReferralStage) -> ReferralStage | None:
    """The stage after `stage` (proposal: won); None for a closed one."""
    if not stage.is_open:
        return None
    return STAGES[OPEN_STAGES.index(stage) + 1]


def previous_stage(stage: ReferralStage) -> ReferralStage | None:
    """The open stage before `stage`; None for new and the closed ones."""
    if not stage.is_open or stage is ReferralStage.NEW:
        return None
    return OPEN_STAGES[OPEN_STAGES.index(stage) - 1]


def may_move(role: str | None) -> bool:
    """Whether `role` may move referrals (every field a move writes); nobody signed in (a
    demo profile): yes, as the window offers everything there."""
    return role is None or all(may(role, "referral", "update", f) for f in MOVED_FIELDS)


def _since(
    stage: ReferralStage, created: datetime, closed: datetime | None, changed: datetime
) -> datetime:
    if stage is ReferralStage.NEW:
        return created
    if not stage.is_open and closed is not None:
        return closed
    return changed


def my_pipeline(session: Session, rm_id: uuid.UUID) -> tuple[PipelineLine, ...]:
    """The live referrals assigned to `rm_id`, in pipeline order, the newest first."""
    referrer = aliased(User)
    rows = session.execute(
        select(
            Referral.id,
            Referral.customer_id,
            Customer.customer_number,
            Customer.legal_name,
            Product.name,
            Referral.stage,
            Referral.expected_value,
            Referral.created_at,
            Referral.closed_at,
            Referral.updated_at,
            referrer.display_name,
            Referral.notes,
        )
        .join(Customer, Customer.id == Referral.customer_id)
        .outerjoin(Product, Product.id == Referral.product_id)
        .outerjoin(referrer, referrer.id == Referral.referred_by_id)
        .where(Referral.assigned_to_id == rm_id, Referral.deleted.is_(False))
    ).all()
    lines = [
        PipelineLine(
            rid,
            cid,
            number,
            name,
            product or "",
            ReferralStage(stage),
            value,
            _since(ReferralStage(stage), created, closed, changed),
            by or "",
            created,
            notes or "",
        )
        for (
            rid,
            cid,
            number,
            name,
            product,
            stage,
            value,
            created,
            closed,
            changed,
            by,
            notes,
        ) in rows
    ]
    lines.sort(key=lambda line: (STAGES.index(line.stage), -line.created_at.timestamp()))
    return tuple(lines)


def load_pipeline(cache: LocalCache, rm_id: uuid.UUID) -> tuple[PipelineLine, ...]:
    """`my_pipeline` in a read session of its own."""
    with cache.read_session() as session:
        return my_pipeline(session, rm_id)


def move_referral(
    session: Session,
    referral_id: uuid.UUID,
    stage: ReferralStage,
    *,
    outcome: str = "",
    now: datetime | None = None,
) -> Edit:
    """Moves a referral to `stage` (see the module docstring); the edit waiting for upload."""
    who = signed_in(session)
    if who is not None and not may_move(who.role):
        raise audit.NotAllowedError(
            f"moving a referral is not allowed for the role {who.role.value}"
        )
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted:
        raise NotFoundError(f"no referral {referral_id} in this cache")
    current = ReferralStage(referral.stage)
    if not current.is_open:
        raise UsageError(
            f"the referral is {current.value} already", code=Reason.USAGE, field="stage"
        )
    if stage is current:
        raise UsageError(
            f"the referral is at {stage.value} already", code=Reason.USAGE, field="stage"
        )
    now = now or utcnow()
    values: dict[str, object] = {"stage": stage}
    if not stage.is_open:
        said = clean_text("outcome", outcome.strip())
        if not said:
            raise UsageError(
                "outcome: please say how it ended", code=Reason.REQUIRED, field="outcome"
            )
        if len(said) > MAX_OUTCOME:
            raise UsageError(
                f"outcome: at most {MAX_OUTCOME} characters ({len(said)} given)",
                code=Reason.TOO_LONG,
                field="outcome",
                details={"limit": MAX_OUTCOME},
            )
        line = f"{now:%Y-%m-%d} {stage.value}: {said}"
        notes = f"{referral.notes}\n{line}" if referral.notes else line
        values["notes"] = notes[-MAX_NOTES:]
        values["closed_at"] = now
    edit = update_row(session, "referral", referral.id, values, now=now)
    assert edit is not None  # noqa: S101 - the stage changes: narrows for mypy
    return edit


def save_move(
    cache: LocalCache, referral_id: uuid.UUID, stage: ReferralStage, outcome: str = ""
) -> Edit:
    """`move_referral` in a transaction of its own (a write op of the window)."""
    with cache.session() as session:
        return move_referral(session, referral_id, stage, outcome=outcome)
