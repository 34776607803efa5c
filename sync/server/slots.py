"""An RM's calendar: overlapping bookings and the nearest free slots."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import AppointmentStatus, CalendarBlockKind
from client.schema.models import Appointment, CalendarBlock
from sync.protocol import Slot

SLOT = timedelta(minutes=30)
SEARCH_WINDOW = timedelta(days=14)


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


def nearest_free_slots(
    session: Session, rm_id: uuid.UUID, wanted: datetime, count: int = 3
) -> list[Slot]:
    """The `count` 30-minute slots nearest to `wanted` inside the RM's available blocks
    (within two weeks either side) that overlap no appointment and no busy or leave block."""
    low, high = wanted - SEARCH_WINDOW, wanted + SEARCH_WINDOW
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
    free: list[datetime] = []
    for block in blocks:
        if block.kind != CalendarBlockKind.AVAILABLE:
            continue
        start = block.starts_at
        while start + SLOT <= block.ends_at:
            end = start + SLOT
            if not any(s < end and e > start for s, e in taken):
                free.append(start)
            start = end
    free = sorted(set(free), key=lambda s: (abs(s - wanted), s))[:count]
    return [Slot(starts_at=s, ends_at=s + SLOT) for s in sorted(free)]
