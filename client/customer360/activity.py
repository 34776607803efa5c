"""Contact tracking and the pipeline: interactions, open tasks, referrals, offers, appointments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from client.customer360.queries import (
    ACTIVE_OFFERS_QUERY,
    INTERACTIONS,
    NEXT_APPOINTMENT,
    OPEN_REFERRALS,
    OPEN_TASKS,
)
from client.customer360.reader import Reader
from client.customer360.views import (
    AppointmentView,
    InteractionView,
    OfferView,
    ReferralView,
    TaskView,
)


@dataclass(frozen=True)
class Activity:
    interactions: tuple[InteractionView, ...]
    open_tasks: tuple[TaskView, ...]
    open_referrals: tuple[ReferralView, ...]
    active_offers: tuple[OfferView, ...]
    next_appointment: AppointmentView | None


def load_activity(reader: Reader, now: datetime, today: date) -> Activity:
    """Latest interactions, what is still open, offers not expired by `today`, the next visit."""
    interactions = tuple(
        InteractionView(i.occurred_at, i.kind, i.channel, i.subject, i.outcome, i.staff)
        for i in reader.rows(INTERACTIONS)
    )
    tasks = tuple(
        TaskView(t.due_on, t.title, t.assigned_to, t.task_id) for t in reader.rows(OPEN_TASKS)
    )
    referrals = tuple(
        ReferralView(r.created_at, r.product, r.stage, r.expected_value, r.assigned_to)
        for r in reader.rows(OPEN_REFERRALS)
    )
    offers = tuple(
        OfferView(o.product, o.reason, o.score, o.status, o.expires_on, o.offer_id)
        for o in reader.rows(ACTIVE_OFFERS_QUERY, today=today)
    )
    appointment = next(
        (
            AppointmentView(a.starts_at, a.ends_at, a.purpose, a.status, a.channel, a.rm)
            for a in reader.rows(NEXT_APPOINTMENT, now=now)
        ),
        None,
    )
    return Activity(interactions, tasks, referrals, offers, appointment)
