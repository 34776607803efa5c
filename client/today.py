"""The teller's "Today": what the branch has on today, from the cache (offline too).

`today_at(session, branch_id, day=..., zone=...)` builds four lists:

- `appointments`: customers booked in at the branch on `day` (appointments, not cancelled,
  of the branch's customers or with the branch's RMs), in time order;
- `tasks`: the branch's open tasks due on `day` or overdue (`client.tasks.open_tasks`);
- `kyc`: the branch's customers whose KYC review (`Customer.kyc_review_date`) is due within
  `KYC_WINDOW_DAYS` days or has passed (closed customers left out), the most overdue first;
- `offers`: offers to present to the customers booked in today: suggested, or presented
  and not yet answered, or answered "later" (shown again), not expired.

`day` is a calendar day in `zone` (the workstation's own time zone unless given): an
appointment counts on the day its start falls on there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from client.schema.enums import AppointmentStatus, Lifecycle, OfferStatus
from client.schema.models import Appointment, Customer, Offer, Product, User
from client.tasks import TaskLine, open_tasks

KYC_WINDOW_DAYS = 30
OPEN_OFFERS = (OfferStatus.SUGGESTED, OfferStatus.PRESENTED, OfferStatus.LATER)


@dataclass(frozen=True)
class AppointmentLine:
    appointment_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    status: str
    purpose: str
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    rm: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.appointment_id),
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "status": self.status,
            "purpose": self.purpose,
            "customer_id": str(self.customer_id),
            "customer_number": self.customer_number,
            "customer_name": self.customer_name,
            "rm": self.rm,
        }


@dataclass(frozen=True)
class KycLine:
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    review_date: date
    overdue: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "customer_id": str(self.customer_id),
            "customer_number": self.customer_number,
            "customer_name": self.customer_name,
            "kyc_review_date": self.review_date.isoformat(),
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class OfferLine:
    offer_id: uuid.UUID
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    product: str
    status: str
    score: int
    reason: str
    expires_on: date

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.offer_id),
            "customer_id": str(self.customer_id),
            "customer_number": self.customer_number,
            "customer_name": self.customer_name,
            "product": self.product,
            "status": self.status,
            "score": self.score,
            "reason": self.reason,
            "expires_on": self.expires_on.isoformat(),
        }


@dataclass(frozen=True)
class Today:
    day: date
    appointments: list[AppointmentLine] = field(default_factory=list)
    tasks: list[TaskLine] = field(default_factory=list)
    kyc: list[KycLine] = field(default_factory=list)
    offers: list[OfferLine] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "appointments": [a.to_dict() for a in self.appointments],
            "tasks": [t.to_dict() for t in self.tasks],
            "kyc": [k.to_dict() for k in self.kyc],
            "offers": [o.to_dict() for o in self.offers],
        }


def local_zone() -> tzinfo:
    """This workstation's time zone."""
    return datetime.now().astimezone().tzinfo or UTC


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC start and end (exclusive) of `day` in `zone`."""
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def appointments_on(
    session: Session, branch_id: uuid.UUID, day: date, zone: tzinfo
) -> list[AppointmentLine]:
    start, end = day_bounds(day, zone)
    rm = aliased(User)
    rows = session.execute(
        select(Appointment, Customer.customer_number, Customer.legal_name, rm.display_name)
        .join(Customer, Customer.id == Appointment.customer_id)
        .join(rm, rm.id == Appointment.rm_id, isouter=True)
        .where(
            Appointment.deleted.is_(False),
            Customer.deleted.is_(False),
            Appointment.status != AppointmentStatus.CANCELLED,
            Appointment.starts_at >= start,
            Appointment.starts_at < end,
            or_(Customer.home_branch_id == branch_id, rm.branch_id == branch_id),
        )
        .order_by(Appointment.starts_at, Customer.customer_number)
    ).all()
    return [
        AppointmentLine(
            appointment_id=a.id,
            starts_at=a.starts_at,
            ends_at=a.ends_at,
            status=str(a.status),
            purpose=a.purpose,
            customer_id=a.customer_id,
            customer_number=number,
            customer_name=name,
            rm=rm_name or "",
        )
        for a, number, name, rm_name in rows
    ]


def kyc_due(session: Session, branch_id: uuid.UUID, day: date) -> list[KycLine]:
    """The branch's customers whose KYC review falls due within the window or has passed."""
    rows = session.execute(
        select(Customer.id, Customer.customer_number, Customer.legal_name, Customer.kyc_review_date)
        .where(
            Customer.deleted.is_(False),
            Customer.home_branch_id == branch_id,
            Customer.lifecycle != Lifecycle.CLOSED,
            Customer.kyc_review_date.is_not(None),
            Customer.kyc_review_date <= day + timedelta(days=KYC_WINDOW_DAYS),
        )
        .order_by(Customer.kyc_review_date, Customer.customer_number)
    ).all()
    return [
        KycLine(cid, number, name, review, review < day)
        for cid, number, name, review in rows
        if review is not None
    ]


def offers_for(session: Session, customer_ids: list[uuid.UUID], day: date) -> list[OfferLine]:
    """Offers still to present to or answered "later" by these customers, best first."""
    if not customer_ids:
        return []
    rows = session.execute(
        select(Offer, Customer.customer_number, Customer.legal_name, Product.name)
        .join(Customer, Customer.id == Offer.customer_id)
        .join(Product, Product.id == Offer.product_id, isouter=True)
        .where(
            Offer.deleted.is_(False),
            Offer.customer_id.in_(customer_ids),
            Offer.status.in_(OPEN_OFFERS),
            Offer.expires_on >= day,
        )
        .order_by(Customer.customer_number, Offer.score.desc())
    ).all()
    return [_offer_line(o, number, name, product) for o, number, name, product in rows]


def offers_of(session: Session, customer_id: uuid.UUID) -> list[OfferLine]:
    """Every offer of one customer, whatever its status, best first (`guitai show --json`)."""
    rows = session.execute(
        select(Offer, Customer.customer_number, Customer.legal_name, Product.name)
        .join(Customer, Customer.id == Offer.customer_id)
        .join(Product, Product.id == Offer.product_id, isouter=True)
        .where(Offer.deleted.is_(False), Offer.customer_id == customer_id)
        .order_by(Offer.score.desc(), Offer.expires_on)
    ).all()
    return [_offer_line(o, number, name, product) for o, number, name, product in rows]


def _offer_line(o: Offer, number: str, name: str, product: str | None) -> OfferLine:
    return OfferLine(
        offer_id=o.id,
        customer_id=o.customer_id,
        customer_number=number,
        customer_name=name,
        product=product or "",
        status=str(o.status),
        score=o.score,
        reason=o.reason,
        expires_on=o.expires_on,
    )


def today_at(
    session: Session,
    branch_id: uuid.UUID,
    *,
    day: date | None = None,
    zone: tzinfo | None = None,
) -> Today:
    """The branch's day (see the module docstring)."""
    zone = zone or local_zone()
    day = day or datetime.now(zone).date()
    appointments = appointments_on(session, branch_id, day, zone)
    booked = list(dict.fromkeys(a.customer_id for a in appointments))
    return Today(
        day=day,
        appointments=appointments,
        tasks=open_tasks(session, today=day, branch_id=branch_id, due_by=day),
        kyc=kyc_due(session, branch_id, day),
        offers=offers_for(session, booked, day),
    )
