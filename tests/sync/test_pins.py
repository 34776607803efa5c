"""Follows lapse after `follow_days`, pins keep them: a workstation and the server together
(SQLite, and PostgreSQL when reachable)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from client import lease, pins
from client.schema.local import sync_issue
from client.schema.models import Interaction
from sync.replica import state
from sync.server.app import create_app
from tests.sync.conftest import Api, entry, iso, make_settings, seed_org
from tests.sync.engine_kit import Workstation, workstation
from tests.sync.world_kit import build_world

FOLLOW_DAYS = 14


class Clock:
    """The server's, the engine's and the lease's clock, moved by the test."""

    def __init__(self) -> None:
        # the test's own start, not the module's import: a long run must not leave the
        # server's clock behind the rows the test builds now
        self.start = datetime.now(UTC).replace(microsecond=0)
        self.now = self.start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    moved = Clock()
    monkeypatch.setattr(lease, "clock", moved)
    return moved


@pytest.fixture
def bank(database_url: str, clock: Clock) -> Iterator[Api]:
    settings = make_settings(
        clock=clock,
        follow_days=FOLLOW_DAYS,
        token_ttl=timedelta(days=60),
        session_cap=timedelta(days=60),
    )
    app = create_app(database_url, settings)
    seeded = seed_org(app.state.guitai.db)
    with TestClient(app) as client:
        yield Api(client, seeded, app.state.guitai.db)


@pytest.fixture
def world(bank: Api) -> dict[str, uuid.UUID]:
    return build_world(bank)


@pytest.fixture
def ws(
    bank: Api, world: dict[str, uuid.UUID], tmp_path: Path, clock: Clock
) -> Iterator[Workstation]:
    """Head office at BJ01, narrowed to its branch: the SH01 customer is outside its scope."""
    station = workstation(bank, tmp_path / "ws", "head_office@BJ01", clock=clock)
    with station.engine.db.begin() as conn:
        state.put_json(conn, state.SCOPE, ["BJ01"])
    station.engine.sync()
    assert station.customer("C00000") is not None and station.customer("C10001") is None
    yield station
    station.close()


def _interactions(ws: Workstation, customer: uuid.UUID) -> int:
    with ws.cache.engine.connect() as conn:
        return len(
            conn.execute(select(Interaction.id).where(Interaction.customer_id == customer)).all()
        )


def _note(bank: Api, customer: uuid.UUID, clock: Clock) -> None:
    """An interaction recorded at the customer's branch (SH01), on the server's clock."""
    note = entry(
        "interaction",
        uuid.uuid4(),
        customer_id=str(customer),
        kind="call",
        channel="call_centre",
        occurred_at=iso(clock.now),
        subject="later news",
    )
    assert bank.push(bank.login("branch_manager@SH01"), note)[0]["status"] == "applied"


def _pin(ws: Workstation, number: str, pinned: bool = True) -> Any:
    with ws.cache.session() as session:
        conn = session.connection()
        return pins.pin(conn, number, lease.clock()) if pinned else pins.unpin(conn, number)


def test_an_opened_customer_lapses_and_leaves_the_cache_and_the_pull(
    bank: Api, world: dict[str, uuid.UUID], ws: Workstation, clock: Clock
) -> None:
    sh = world["customer@SH01"]
    assert ws.engine.open_from_server(sh) > 0
    clock.now += timedelta(days=FOLLOW_DAYS - 1)
    _note(bank, sh, clock)
    ws.engine.sync()
    assert ws.customer("C10001") is not None and _interactions(ws, sh) == 2  # still followed
    clock.now += timedelta(days=2)
    report = ws.engine.sync()
    assert ws.customer("C10001") is None and sh in report.customers
    assert _interactions(ws, sh) == 0
    assert ws.customer("C00000") is not None
    _note(bank, sh, clock)
    ws.engine.sync()
    assert ws.customer("C10001") is None and _interactions(ws, sh) == 0  # not pulled any more
    ws.engine.open_from_server(sh)  # opening it again brings it back, followed anew
    assert ws.customer("C10001") is not None and _interactions(ws, sh) == 3


def test_a_pinned_customer_stays_and_keeps_coming(
    bank: Api, world: dict[str, uuid.UUID], ws: Workstation, clock: Clock
) -> None:
    sh = world["customer@SH01"]
    ws.engine.open_from_server(sh)
    assert _pin(ws, "C10001").source == "user"
    ws.engine.sync()
    clock.now += timedelta(days=FOLLOW_DAYS * 3)
    _note(bank, sh, clock)
    ws.engine.sync()
    assert ws.customer("C10001") is not None and _interactions(ws, sh) == 2
    assert _pin(ws, "C10001", pinned=False) is None
    ws.engine.sync()
    assert ws.customer("C10001") is None


def test_an_appointment_tomorrow_pins_its_customer_until_the_day_has_passed(
    bank: Api, world: dict[str, uuid.UUID], ws: Workstation, clock: Clock
) -> None:
    sh = world["customer@SH01"]
    ws.engine.open_from_server(sh)
    rm = bank.seeded.users["relationship_manager@BJ01"]
    day = clock.start + timedelta(days=FOLLOW_DAYS + 1)
    from client.schema.models import Appointment

    with ws.cache.session() as session:  # as a pull brings it: the test need not book a slot
        session.add(
            Appointment(
                rm_id=rm,
                customer_id=sh,
                booked_by_id=rm,
                starts_at=day,
                ends_at=day + timedelta(minutes=30),
                purpose="loan review",
                status="confirmed",
                channel="counter",
            )
        )
    clock.now = day - timedelta(days=1)
    ws.engine.sync()
    assert ws.customer("C10001") is not None
    with ws.cache.engine.connect() as conn:
        assert [(p.customer_number, p.source) for p in pins.pins(conn)] == [
            ("C10001", "appointment")
        ]
    clock.now = day + timedelta(days=1)
    ws.engine.sync()
    assert ws.customer("C10001") is None


def test_an_unsent_edit_keeps_a_lapsed_customer_until_it_is_settled(
    bank: Api, world: dict[str, uuid.UUID], ws: Workstation, clock: Clock
) -> None:
    from client.schema.enums import Channel, InteractionKind
    from client.work import Staff, log_interaction

    sh = world["customer@SH01"]
    ws.engine.open_from_server(sh)
    clock.now += timedelta(days=FOLLOW_DAYS + 1)
    staff = Staff(bank.seeded.users["head_office@BJ01"], bank.seeded.branches["BJ01"])
    with ws.cache.session() as session:
        log_interaction(
            session,
            staff,
            sh,
            InteractionKind.VISIT,
            "came by",
            channel=Channel.COUNTER,
            occurred_at=clock.now,
        )
    assert ws.customer("C10001") is not None
    with ws.cache.engine.begin() as conn:
        assert pins.expire(conn, clock.now).kept == {sh}  # offline: kept for its edit
    ws.engine.sync()  # uploads it: a head office may not write interactions
    with ws.cache.engine.begin() as conn:
        refused = conn.execute(select(sync_issue.c.reason)).scalars().all()
        assert refused == ["a head_office may not write interaction"]
    assert ws.customer("C10001") is not None  # the refusal waits in the inbox, with it
    with ws.cache.engine.begin() as conn:
        conn.execute(sync_issue.delete())  # as taking the server's side does
    ws.engine.sync()
    assert ws.customer("C10001") is None
