"""The branch manager's week, from the cache: the branch's appointments of the week (Monday
to Sunday, in the workstation's time zone), its pipeline by stage and value, its tasks and
KYC reviews overdue, and its segment feedback with head office's answers.

`branch_week(session, branch_id, day)` reads it all; the window shows it as lists and
charts (`ui.homes.branch_week`). What belongs to the branch: appointments of its customers
or of its RMs (as `client.today.appointments_on` counts them, cancelled left out); referrals,
tasks and KYC reviews of its customers (closed customers left out of KYC); feedback the
branch gave. Every figure is a count over the lines it holds (`StageLine` sums its
referrals' expected values, amounts in CNY as entered), so the screen and a plain count of
the same rows agree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from client.schema.enums import Lifecycle, ReferralStage, TaskStatus
from client.schema.models import Branch, Customer, Referral, Segment, SegmentFeedback, Task, User
from client.store import LocalCache
from client.today import AppointmentLine, appointments_on, local_zone

STAGES = tuple(ReferralStage)


@dataclass(frozen=True)
class StageLine:
    """One pipeline stage of the branch: its referrals and their expected value."""

    stage: ReferralStage
    count: int
    value: Decimal


@dataclass(frozen=True)
class OverdueTask:
    task_id: uuid.UUID
    due_on: date
    days_overdue: int
    customer_number: str
    customer_name: str
    title: str
    assignee: str


@dataclass(frozen=True)
class OverdueKyc:
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    review_date: date
    days_overdue: int


@dataclass(frozen=True)
class FeedbackLine:
    feedback_id: uuid.UUID
    created_at: datetime
    segment: str
    customer_number: str
    """"" for feedback on the segment as a whole."""
    verdict: str
    comment: str
    status: str
    """Head office's answer: open (none yet), accepted, rejected or lifted."""
    reply: str
    answered_at: datetime | None

    @property
    def answered(self) -> bool:
        return self.status != "open"


@dataclass(frozen=True)
class BranchWeek:
    branch_code: str
    monday: date
    today: date
    appointments: tuple[AppointmentLine, ...]
    stages: tuple[StageLine, ...]
    """Every stage, in pipeline order, zero where the branch has none."""
    tasks_overdue: tuple[OverdueTask, ...]
    kyc_overdue: tuple[OverdueKyc, ...]
    feedback: tuple[FeedbackLine, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=n) for n in range(7))

    def appointments_per_day(self, zone: tzinfo | None = None) -> tuple[int, ...]:
        """Appointments starting on each day of the week (Monday first)."""
        zone = zone or local_zone()
        counts = dict.fromkeys(self.days, 0)
        for line in self.appointments:
            day = line.starts_at.astimezone(zone).date()
            if day in counts:
                counts[day] += 1
        return tuple(counts.values())

    @property
    def open_pipeline(self) -> tuple[int, Decimal]:
        """Referrals in an open stage, and their expected value."""
        lines = [s for s in self.stages if s.stage.is_open]
        return sum(s.count for s in lines), sum((s.value for s in lines), Decimal(0))

    @property
    def feedback_answered(self) -> int:
        return sum(1 for f in self.feedback if f.answered)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _stages(session: Session, branch_id: uuid.UUID) -> tuple[StageLine, ...]:
    rows = session.execute(
        select(Referral.stage, Referral.expected_value)
        .join(Customer, Customer.id == Referral.customer_id)
        .where(
            Referral.deleted.is_(False),
            Customer.deleted.is_(False),
            Customer.home_branch_id == branch_id,
        )
    ).all()
    counts = dict.fromkeys(STAGES, 0)
    values = dict.fromkeys(STAGES, Decimal(0))
    for stage, value in rows:
        stage = ReferralStage(stage)
        counts[stage] += 1
        values[stage] += Decimal(value or 0)
    return tuple(StageLine(s, counts[s], values[s].quantize(Decimal("0.01"))) for s in STAGES)


def _tasks_overdue(session: Session, branch_id: uuid.UUID, today: date) -> tuple[OverdueTask, ...]:
    assignee = aliased(User)
    rows = session.execute(
        select(Task, Customer.customer_number, Customer.legal_name, assignee.display_name)
        .join(Customer, Customer.id == Task.customer_id)
        .outerjoin(assignee, assignee.id == Task.assigned_to_id)
        .where(
            Task.deleted.is_(False),
            Customer.deleted.is_(False),
            Customer.home_branch_id == branch_id,
            Task.status == TaskStatus.OPEN,
            Task.due_on < today,
        )
        .order_by(Task.due_on, Customer.customer_number)
    ).all()
    return tuple(
        OverdueTask(t.id, t.due_on, (today - t.due_on).days, number, name, t.title, who or "")
        for t, number, name, who in rows
    )


def _kyc_overdue(session: Session, branch_id: uuid.UUID, today: date) -> tuple[OverdueKyc, ...]:
    rows = session.execute(
        select(Customer.id, Customer.customer_number, Customer.legal_name, Customer.kyc_review_date)
        .where(
            Customer.deleted.is_(False),
            Customer.home_branch_id == branch_id,
            Customer.lifecycle != Lifecycle.CLOSED,
            Customer.kyc_review_date.is_not(None),
            Customer.kyc_review_date < today,
        )
        .order_by(Customer.kyc_review_date, Customer.customer_number)
    ).all()
    return tuple(
        OverdueKyc(cid, number, name, review, (today - review).days)
        for cid, number, name, review in rows
        if review is not None
    )


def _feedback(session: Session, branch_id: uuid.UUID) -> tuple[FeedbackLine, ...]:
    rows = session.execute(
        select(SegmentFeedback, Segment.name, Customer.customer_number)
        .join(Segment, Segment.id == SegmentFeedback.segment_id)
        .outerjoin(Customer, Customer.id == SegmentFeedback.customer_id)
        .where(SegmentFeedback.deleted.is_(False), SegmentFeedback.branch_id == branch_id)
        .order_by(SegmentFeedback.created_at.desc())
    ).all()
    return tuple(
        FeedbackLine(
            f.id,
            f.created_at,
            segment,
            number or "",
            str(getattr(f.verdict, "value", f.verdict)),
            f.comment or "",
            f.status or "open",
            f.reply or "",
            f.answered_at,
        )
        for f, segment, number in rows
    )


def branch_week(
    session: Session, branch_id: uuid.UUID, day: date, zone: tzinfo | None = None
) -> BranchWeek:
    """The branch's week holding `day` (see the module docstring)."""
    zone = zone or local_zone()
    monday = monday_of(day)
    branch = session.get(Branch, branch_id)
    appointments = tuple(
        line
        for n in range(7)
        for line in appointments_on(session, branch_id, monday + timedelta(days=n), zone)
    )
    return BranchWeek(
        branch.code if branch is not None else "",
        monday,
        day,
        appointments,
        _stages(session, branch_id),
        _tasks_overdue(session, branch_id, day),
        _kyc_overdue(session, branch_id, day),
        _feedback(session, branch_id),
    )


def load_branch_week(
    cache: LocalCache, branch_id: uuid.UUID, day: date | None = None
) -> BranchWeek:
    """`branch_week` in a read session of its own (a read op of the window)."""
    zone = local_zone()
    with cache.read_session() as session:
        return branch_week(session, branch_id, day or datetime.now(zone).date(), zone)
