"""An RM's calendar: their appointments and calendar blocks over a day or a week, and what
the RM does to an appointment (confirm or decline a tentative booking, complete or cancel).

`my_calendar` reads the entries overlapping [low, high) in time order. `act_on` saves a
change of an appointment's status as an offline edit with its outbox entry in the caller's
transaction, allowed by the permission table (the server's push checks the same grants).
The transitions (`ACTIONS`): confirm and decline take a tentative booking; complete and
cancel take a tentative or confirmed one; a done or cancelled appointment stays as it is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from client import audit
from client.errors import NotFoundError, UsageError
from client.outbox import Edit, update_row
from client.reasons import Reason
from client.schema.enums import AppointmentStatus, CalendarBlockKind, Channel
from client.schema.models import Appointment, CalendarBlock, Customer
from client.schema.permissions import may
from client.store import LocalCache
from client.work import signed_in


class AppointmentAction(StrEnum):
    CONFIRM = "confirm"
    DECLINE = "decline"
    COMPLETE = "complete"
    CANCEL = "cancel"


ACTIONS: dict[AppointmentAction, tuple[frozenset[AppointmentStatus], AppointmentStatus]] = {
    AppointmentAction.CONFIRM: (
        frozenset({AppointmentStatus.TENTATIVE}),
        AppointmentStatus.CONFIRMED,
    ),
    AppointmentAction.DECLINE: (
        frozenset({AppointmentStatus.TENTATIVE}),
        AppointmentStatus.CANCELLED,
    ),
    AppointmentAction.COMPLETE: (
        frozenset({AppointmentStatus.TENTATIVE, AppointmentStatus.CONFIRMED}),
        AppointmentStatus.DONE,
    ),
    AppointmentAction.CANCEL: (
        frozenset({AppointmentStatus.TENTATIVE, AppointmentStatus.CONFIRMED}),
        AppointmentStatus.CANCELLED,
    ),
}
"""Each action: the statuses it takes, the status it leaves."""


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """An appointment (`status` set) or a calendar block (`block` set)."""

    row_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus | None = None
    block: CalendarBlockKind | None = None
    customer_id: uuid.UUID | None = None
    customer_number: str = ""
    customer_name: str = ""
    purpose: str = ""
    channel: Channel | None = None

    @property
    def is_appointment(self) -> bool:
        return self.status is not None

    def may(self, action: AppointmentAction) -> bool:
        """Whether `action` applies to this entry as it stands."""
        return self.status is not None and self.status in ACTIONS[action][0]


def may_act(role: str | None) -> bool:
    """Whether `role` may change an appointment's status (nobody signed in: yes)."""
    return role is None or may(role, "appointment", "update", "status")


def week_of(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def span(day: date, days: int, zone: tzinfo) -> tuple[datetime, datetime]:
    """[midnight of `day`, midnight `days` later) in the time zone `zone`."""
    low = datetime.combine(day, time(0), zone)
    return low, datetime.combine(day + timedelta(days=days), time(0), zone)


def my_calendar(
    session: Session, rm_id: uuid.UUID, low: datetime, high: datetime
) -> tuple[CalendarEntry, ...]:
    """The RM's appointments and blocks overlapping [low, high), in time order."""
    appointments = session.execute(
        select(
            Appointment.id,
            Appointment.starts_at,
            Appointment.ends_at,
            Appointment.status,
            Appointment.customer_id,
            Customer.customer_number,
            Customer.legal_name,
            Appointment.purpose,
            Appointment.channel,
        )
        .outerjoin(Customer, Customer.id == Appointment.customer_id)
        .where(
            Appointment.rm_id == rm_id,
            Appointment.deleted.is_(False),
            Appointment.starts_at < high,
            Appointment.ends_at > low,
        )
    ).all()
    blocks = session.execute(
        select(
            CalendarBlock.id, CalendarBlock.starts_at, CalendarBlock.ends_at, CalendarBlock.kind
        ).where(
            CalendarBlock.user_id == rm_id,
            CalendarBlock.deleted.is_(False),
            CalendarBlock.starts_at < high,
            CalendarBlock.ends_at > low,
        )
    ).all()
    entries = [
        CalendarEntry(
            rid,
            starts,
            ends,
            status=AppointmentStatus(status),
            customer_id=cid,
            customer_number=number or "",
            customer_name=name or "",
            purpose=purpose,
            channel=Channel(channel),
        )
        for rid, starts, ends, status, cid, number, name, purpose, channel in appointments
    ]
    entries += [
        CalendarEntry(bid, starts, ends, block=CalendarBlockKind(kind))
        for bid, starts, ends, kind in blocks
    ]
    entries.sort(key=lambda e: (e.starts_at, e.block is not None, e.ends_at))
    return tuple(entries)


def load_calendar(
    cache: LocalCache, rm_id: uuid.UUID, low: datetime, high: datetime
) -> tuple[CalendarEntry, ...]:
    """`my_calendar` in a read session of its own."""
    with cache.read_session() as session:
        return my_calendar(session, rm_id, low, high)


def act_on(
    session: Session,
    appointment_id: uuid.UUID,
    action: AppointmentAction,
    *,
    now: datetime | None = None,
) -> Edit:
    """Changes the appointment's status by `action` (see the module docstring)."""
    who = signed_in(session)
    if who is not None and not may_act(who.role):
        raise audit.NotAllowedError(
            f"changing an appointment is not allowed for the role {who.role.value}"
        )
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.deleted:
        raise NotFoundError(f"no appointment {appointment_id} in this cache")
    takes, leaves = ACTIONS[action]
    status = AppointmentStatus(appointment.status)
    if status not in takes:
        raise UsageError(
            f"{action.value}: not possible for an appointment that is {status.value}",
            code=Reason.USAGE,
            field="status",
        )
    edit = update_row(session, "appointment", appointment.id, {"status": leaves}, now=now)
    assert edit is not None  # noqa: S101 - the status changes: narrows for mypy
    return edit


def save_action(cache: LocalCache, appointment_id: uuid.UUID, action: AppointmentAction) -> Edit:
    """`act_on` in a transaction of its own (a write op of the window)."""
    with cache.session() as session:
        return act_on(session, appointment_id, action)
