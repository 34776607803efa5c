"""Bookings made offline: an RM's own is confirmed when the server takes it, another's stays
tentative (holding the slot) until the RM confirms it; refused ones become issues."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from client.conflicts import list_issues
from client.rm_calendar import AppointmentAction, save_action
from client.schema.enums import AppointmentStatus
from client.schema.models import Appointment
from client.work import Staff, book_appointment
from tests.sync.conftest import TOMORROW_9, Api, entry, iso
from tests.sync.engine_kit import Workstation, seed_customers, workstation


@pytest.fixture
def pair(api: Api, tmp_path: Path) -> Iterator[tuple[Workstation, Workstation]]:
    """Two synced BJ01 workstations (an RM's and a teller's) and an RM with an open morning."""
    rm = api.seeded.users["relationship_manager@BJ01"]
    results = api.push(
        api.login("relationship_manager@BJ01"),
        entry(
            "calendar_block",
            uuid.uuid4(),
            user_id=str(rm),
            kind="available",
            starts_at=iso(TOMORROW_9),
            ends_at=iso(TOMORROW_9 + timedelta(hours=3)),
        ),
    )
    assert [r["status"] for r in results] == ["applied"]
    seed_customers(api, "BJ01", 1)
    a = workstation(api, tmp_path / "a", "relationship_manager@BJ01")
    b = workstation(api, tmp_path / "b", "teller@BJ01")
    try:
        a.engine.sync()
        b.engine.sync()
        yield a, b
    finally:
        a.close()
        b.close()


def _book(api: Api, station: Workstation, user: str, starts_at: datetime) -> uuid.UUID:
    """Books the RM's slot at `starts_at` on `station`, offline, as `user`."""
    with station.cache.session() as session:
        customer = station.customer("CBJ0100000")
        staff = Staff(api.seeded.users[user], api.seeded.branches["BJ01"])
        done = book_appointment(
            session,
            staff,
            customer.id,
            api.seeded.users["relationship_manager@BJ01"],
            starts_at,
            "mortgage advice",
        )
        session.commit()
        return done.row_id


def _status(station: Workstation, row_id: uuid.UUID) -> AppointmentStatus | None:
    with station.cache.session() as session:
        found = session.scalars(select(Appointment).where(Appointment.id == row_id)).first()
        return None if found is None else AppointmentStatus(found.status)


def test_the_rms_own_booking_is_confirmed_when_the_server_takes_it(
    api: Api, pair: tuple[Workstation, Workstation]
) -> None:
    a, b = pair
    booked = _book(api, a, "relationship_manager@BJ01", TOMORROW_9 + timedelta(minutes=30))
    assert _status(a, booked) is AppointmentStatus.TENTATIVE

    report = a.engine.sync()

    assert report.rejected == 0
    assert _status(a, booked) is AppointmentStatus.CONFIRMED
    b.engine.sync()
    assert _status(b, booked) is AppointmentStatus.CONFIRMED


def test_a_tellers_booking_holds_the_slot_tentative_until_the_rm_confirms_it(
    api: Api, pair: tuple[Workstation, Workstation]
) -> None:
    rm, teller = pair
    slot = TOMORROW_9 + timedelta(minutes=30)
    booked = _book(api, teller, "teller@BJ01", slot)

    assert teller.engine.sync().rejected == 0
    assert _status(teller, booked) is AppointmentStatus.TENTATIVE
    clash = _book(api, rm, "relationship_manager@BJ01", slot)  # offline, not knowing it

    assert rm.engine.sync().rejected == 1  # the tentative booking holds the slot
    assert _status(rm, clash) is None
    assert _status(rm, booked) is AppointmentStatus.TENTATIVE

    save_action(rm.cache, booked, AppointmentAction.CONFIRM)
    assert rm.engine.sync().rejected == 0
    teller.engine.sync()
    assert _status(teller, booked) is AppointmentStatus.CONFIRMED


def test_a_slot_booked_twice_offline_is_refused_with_the_nearest_free_slots(
    api: Api, pair: tuple[Workstation, Workstation]
) -> None:
    a, b = pair
    slot = TOMORROW_9 + timedelta(minutes=30)
    first = _book(api, a, "relationship_manager@BJ01", slot)
    second = _book(api, b, "teller@BJ01", slot)
    a.engine.sync()

    report = b.engine.sync()

    assert report.rejected == 1
    assert _status(b, second) is None
    assert _status(b, first) is AppointmentStatus.CONFIRMED
    with b.cache.session() as session:
        [issue] = list_issues(session)
    assert issue.kind == "rejected" and issue.table == "appointment"
    assert "already booked" in issue.reason
    offered = [TOMORROW_9 + timedelta(minutes=m) for m in (0, 60, 90)]
    assert all(f"{s:%Y-%m-%d %H:%M}" in issue.reason for s in offered), issue.reason
