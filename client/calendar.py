"""An RM's calendar: free slots inside their available blocks (30 minutes long unless a block
says otherwise: working hours set on the server choose the length), and clashes.

The same rules serve the workstation (booking from the cache, offline too) and the central
server (refusing a slot taken twice and offering the nearest free ones).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import AppointmentStatus, CalendarBlockKind
from client.schema.models import Appointment, CalendarBlock

SLOT = timedelta(minutes=30)
SEARCH_WINDOW = timedelta(days=14)


@dataclass(frozen=True, order=True)
class FreeSlot:
    starts_at: datetime
    ends_at: datetime


def overlapping(
    session: Session, rm_id: uuid.UUID, starts_at: datetime, ends_at: datetime, exclude: uuid.UUID
) -> Appointment | None:
    """A live appointment of the RM overlapping [starts_at, ends_at), other than `exclude`."""
    return session.scalars(
        select(Appointment)
        .where(
            Appointment.rm_id == rm_id,
            Appointment.id != exclude,
            Appointment.deleted.is_(False),
            Appointment.status != AppointmentStatus.CANCELLED,
            Appointment.starts_at < ends_at,
            Appointment.ends_at > starts_at,
        )
        .limit(1)
    ).first()


def free_slots(session: Session, rm_id: uuid.UUID, low: datetime, high: datetime) -> list[FreeSlot]:
    """Every free slot of the RM between `low` and `high`, in time order: inside an
    available block, overlapping no live appointment and no busy or leave block."""
    blocks = session.scalars(
        select(CalendarBlock).where(
            CalendarBlock.user_id == rm_id,
            CalendarBlock.deleted.is_(False),
            CalendarBlock.starts_at < high,
            CalendarBlock.ends_at > low,
        )
    ).all()
    taken = [
        (a.starts_at, a.ends_at)
        for a in session.scalars(
            select(Appointment).where(
                Appointment.rm_id == rm_id,
                Appointment.deleted.is_(False),
                Appointment.status != AppointmentStatus.CANCELLED,
                Appointment.starts_at < high,
                Appointment.ends_at > low,
            )
        )
    ]
    taken += [(b.starts_at, b.ends_at) for b in blocks if b.kind != CalendarBlockKind.AVAILABLE]
    free: dict[datetime, datetime] = {}
    for block in blocks:
        if block.kind != CalendarBlockKind.AVAILABLE:
            continue
        step = block_slot(block)
        start = block.starts_at
        while start + step <= block.ends_at:
            end = start + step
            if low <= start and end <= high and not any(s < end and e > start for s, e in taken):
                free.setdefault(start, end)
            start = end
    return [FreeSlot(s, free[s]) for s in sorted(free)]


def block_slot(block: CalendarBlock) -> timedelta:
    """The length of one slot of an available block (30 minutes unless it says otherwise)."""
    return timedelta(minutes=block.slot_minutes) if block.slot_minutes else SLOT


def slot_length(session: Session, rm_id: uuid.UUID, starts_at: datetime) -> timedelta:
    """How long an appointment starting at `starts_at` lasts: the slot length of the RM's
    available block it starts in (30 minutes outside any)."""
    block = session.scalars(
        select(CalendarBlock)
        .where(
            CalendarBlock.user_id == rm_id,
            CalendarBlock.deleted.is_(False),
            CalendarBlock.kind == CalendarBlockKind.AVAILABLE,
            CalendarBlock.starts_at <= starts_at,
            CalendarBlock.ends_at > starts_at,
        )
        .limit(1)
    ).first()
    return SLOT if block is None else block_slot(block)


def nearest_free_slots(
    session: Session, rm_id: uuid.UUID, wanted: datetime, count: int = 3
) -> list[FreeSlot]:
    """The `count` free slots nearest to `wanted` (within two weeks either side), in order."""
    free = free_slots(session, rm_id, wanted - SEARCH_WINDOW, wanted + SEARCH_WINDOW)
    nearest = sorted(free, key=lambda slot: (abs(slot.starts_at - wanted), slot.starts_at))
    return sorted(nearest[:count])
