"""RMs' working hours: `calendar set|import|list|refresh|clear` make an RM bookable, their
blocks replicate, and bad hours are refused naming the position. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from client.calendar import free_slots
from client.lookups import next_free_slots
from client.schema.enums import AppointmentStatus, CalendarBlockKind
from client.schema.models import Appointment, CalendarBlock, User
from client.work import Staff, book_appointment
from sync.server.cli import main
from sync.server.feed import PendingChange, latest_version, record
from sync.server.working_hours import (
    HoursError,
    parse_hours,
    refresh_all,
    rm_for_hours,
    set_hours,
)
from tests.sync.conftest import Api, entry, iso
from tests.sync.engine_kit import seed_customers, workstation

HOURS = "mon-fri 09:00-12:00,13:30-17:00"
RM = "relationship_manager@BJ01"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def run(api: Api, *argv: str) -> int:
    return main([*argv, "--database", api.db.engine.url.render_as_string(hide_password=False)])


def blocks(api: Api, username: str = RM) -> list[CalendarBlock]:
    with api.db.reader() as session:
        return list(
            session.scalars(
                select(CalendarBlock)
                .join(User, User.id == CalendarBlock.user_id)
                .where(User.username == username, CalendarBlock.deleted.is_(False))
                .order_by(CalendarBlock.starts_at)
            )
        )


def feed_version(api: Api) -> int:
    with api.db.reader() as session:
        return latest_version(session)


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("mon-fri 09:00-12:00,13:30-17:60", 30, "minute 60 is not 00-59"),
        ("mon-fri 25:00-26:00", 9, "hour 25 is not 00-23"),
        ("fri-mon 09:00-12:00", 5, "the days run backwards"),
        ("mon-fry 09:00-12:00", 5, "expected a day"),
        ("mon-fri 09:00-12:00,11:00-13:00", 21, "overlaps 09:00-12:00"),
        ("mon-fri 12:00-09:00", 9, "ends before it starts"),
        ("mon-fri 09:00-09:10", 9, "shorter than one 30-minute slot"),
        ("mon-fri 09:00 12:00", 15, "expected '-' between two times"),
        ("mon-fri 09:00-12:00 sat", 21, "expected ';' or ','"),
        ("mon-fri", 8, "expected a time HH:MM"),
    ],
)
def test_bad_hours_name_the_position(text: str, position: int, words: str) -> None:
    with pytest.raises(HoursError) as refused:
        parse_hours(text)
    assert refused.value.position == position and words in str(refused.value)
    assert f"at character {position}" in str(refused.value)


def test_hours_are_read_in_their_forms() -> None:
    assert parse_hours(HOURS).text() == HOURS
    assert parse_hours("Mon-Fri 9:00-12:00 ; sat 09:00-11:00").text() == (
        "mon-fri 09:00-12:00; sat 09:00-11:00"
    )
    assert parse_hours("mon-fri 09:00-12:00; sat 09:00-12:00").text() == "mon-sat 09:00-12:00"
    assert parse_hours("mon,wed 08:00-24:00").text() == "mon 08:00-24:00; wed 08:00-24:00"
    week = parse_hours("mon-fri 09:00-12:00; sat 10:00-11:00").stretches
    assert len(week) == 6 and {s.weekday for s in week} == set(range(6))


def test_a_new_rm_is_bookable_once_their_hours_are_set(
    api: Api, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    add = ("user", "add", "new.rm", "--role", "relationship_manager", "--branch", "BJ01")
    assert run(api, *add) == 0
    with api.db.reader() as session:
        rm_id = session.scalars(select(User.id).where(User.username == "new.rm")).one()
        soon = datetime.now(UTC)
        assert free_slots(session, rm_id, soon, soon + timedelta(days=14)) == []
    assert run(api, "calendar", "set", "new.rm", "--hours", HOURS) == 0
    assert "30-minute slots" in capsys.readouterr().out
    made = blocks(api, "new.rm")
    assert made and all(b.kind is CalendarBlockKind.AVAILABLE for b in made)
    local = [b.starts_at.astimezone(SHANGHAI) for b in made]
    assert {t.strftime("%H:%M") for t in local} == {"09:00", "13:30"}
    assert {t.weekday() for t in local} <= set(range(5))
    with api.db.reader() as session:
        slots = free_slots(session, rm_id, soon, soon + timedelta(days=14))
    assert len(slots) >= 9 * 14  # at least nine working days of 14 half-hour slots each
    assert all(s.ends_at - s.starts_at == timedelta(minutes=30) for s in slots)
    # the RM's branch workstations get the blocks (and the call centre books from them)
    changes, _ = api.pull_all(api.login("teller@BJ01"))
    pulled = {c["row"]["id"] for c in changes if c["table"] == "calendar_block"}
    assert {str(b.id) for b in made} <= pulled
    changes, _ = api.pull_all(api.login("teller@SH01"))
    assert not {str(b.id) for b in made} & {c["row"]["id"] for c in changes}


def test_setting_the_same_hours_again_changes_nothing_and_new_hours_replace_the_coming_blocks(
    api: Api, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(api, "calendar", "set", RM, "--hours", HOURS) == 0
    first = [(b.id, b.version) for b in blocks(api)]
    version = feed_version(api)
    assert run(api, "calendar", "set", RM, "--hours", HOURS) == 0
    assert "0 block(s) made, 0 removed" in capsys.readouterr().out
    assert feed_version(api) == version
    assert [(b.id, b.version) for b in blocks(api)] == first
    # a block the RM made by hand is theirs: new hours leave it alone
    own = uuid.uuid4()
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    results = api.push(
        api.login(RM),
        entry(
            "calendar_block",
            own,
            user_id=str(api.seeded.users[RM]),
            kind="busy",
            starts_at=iso(tomorrow),
            ends_at=iso(tomorrow + timedelta(hours=1)),
        ),
    )
    assert results[0]["status"] == "applied", results
    set_at = datetime.now(UTC)
    assert (
        run(api, "calendar", "set", RM, "--hours", "mon-fri 10:00-16:00", "--slot-minutes", "60")
        == 0
    )
    now = blocks(api)
    # a block already under way when the hours change is kept as it is (the slots an RM is
    # in the middle of do not vanish): the coming ones are the new hours'
    made = [b for b in now if b.id != own and b.starts_at > set_at]
    assert own in {b.id for b in now}
    assert {b.starts_at.astimezone(SHANGHAI).strftime("%H:%M") for b in made} == {"10:00"}
    assert {b.slot_minutes for b in made} == {60}
    under_way = [b.ends_at for b in now if b.id != own and b.starts_at <= set_at]
    with api.db.reader() as session:
        soon = max([datetime.now(UTC), *under_way])
        slots = free_slots(session, api.seeded.users[RM], soon, soon + timedelta(days=14))
    assert slots and all(s.ends_at - s.starts_at == timedelta(hours=1) for s in slots)
    capsys.readouterr()
    assert run(api, "calendar", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["username"] == RM and listed["hours"] == "mon-fri 10:00-16:00"
    assert (listed["slot_minutes"], listed["time_zone"]) == (60, "Asia/Shanghai")
    cleared_at = datetime.now(UTC)
    assert run(api, "calendar", "clear", RM) == 0
    # what is left: the RM's own block, and a made one only if it was under way
    assert [b.id for b in blocks(api) if b.starts_at > cleared_at] == [own]


def test_calendar_set_refuses_bad_hours_and_people_who_are_not_rms(
    api: Api, capsys: pytest.CaptureFixture[str]
) -> None:
    version = feed_version(api)
    assert run(api, "calendar", "set", RM, "--hours", "mon-fri 09:00-12:00,13:30-17:60") == 2
    assert "at character 30: minute 60 is not 00-59" in capsys.readouterr().err
    assert run(api, "calendar", "set", "teller@BJ01", "--hours", HOURS) == 2
    assert "working hours are for relationship managers" in capsys.readouterr().err
    assert run(api, "calendar", "set", "nobody", "--hours", HOURS) == 2
    assert run(api, "calendar", "set", RM, "--hours", HOURS, "--slot-minutes", "0") == 2
    assert run(api, "calendar", "set", RM, "--hours", HOURS, "--time-zone", "Mars/Base") == 2
    assert "unknown time zone" in capsys.readouterr().err
    assert feed_version(api) == version and blocks(api) == []


def test_calendar_import_sets_many_rms_and_lists_every_problem(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hours.csv"
    path.write_text(
        "username,hours,slot_minutes\n"
        f'{RM},"{HOURS}",30\n'
        '"relationship_manager@SH01","mon-fri 09:00-17:00",\n'
        '"teller@BJ01","mon 09:00-10:00",30\n'
        'nobody,"mon 9-10",x\n',
        encoding="utf-8",
    )
    assert run(api, "calendar", "import", str(path)) == 1
    err = capsys.readouterr().err
    assert "2 bad row(s); nothing was imported" in err
    assert "line 4: username 'teller@BJ01' is a teller, not a relationship manager" in err
    assert "line 5: unknown username 'nobody'" in err
    assert "slot_minutes 'x' is not a whole number" in err and "hours: at character 5" in err
    assert blocks(api) == []
    assert run(api, "import", "calendar", str(path), "--skip-bad-rows", "--dry-run") == 0
    assert "would have 2 created" in capsys.readouterr().out and blocks(api) == []
    assert run(api, "calendar", "import", str(path), "--skip-bad-rows") == 0
    assert "2 created, 0 updated, 0 unchanged, 2 bad line(s) skipped" in capsys.readouterr().out
    assert blocks(api) and blocks(api, "relationship_manager@SH01")
    version = feed_version(api)
    assert run(api, "import", "calendar", str(path), "--skip-bad-rows") == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert feed_version(api) == version


def test_refresh_moves_the_horizon_on(api: Api) -> None:
    monday = datetime(2031, 3, 3, 0, 0, tzinfo=UTC)  # a Monday, 08:00 in Shanghai
    with api.db.writer() as session, session.begin():
        pending: list[PendingChange] = []
        set_hours(
            session,
            pending,
            rm_for_hours(session, RM),
            parse_hours(HOURS),
            30,
            "Asia/Shanghai",
            monday,
            horizon_days=7,
        )
        record(session, pending, None, monday)
    assert [b.starts_at for b in blocks(api)][:2] == [
        datetime(2031, 3, 3, 1, 0, tzinfo=UTC),
        datetime(2031, 3, 3, 5, 30, tzinfo=UTC),
    ]
    assert len(blocks(api)) == 10
    later = monday + timedelta(days=7)
    with api.db.writer() as session, session.begin():
        pending = []
        ((name, outcome),) = refresh_all(session, pending, later, horizon_days=7)
        record(session, pending, None, later)
    assert name == RM and not isinstance(outcome, str)
    assert (outcome.created, outcome.removed) == (10, 0)
    assert len(blocks(api)) == 20
    assert max(b.starts_at for b in blocks(api)).date() == date(2031, 3, 14)


def test_a_teller_books_an_hour_long_slot_of_an_rm_whose_hours_were_set(
    api: Api, tmp_path: Path
) -> None:
    assert (
        run(api, "calendar", "set", RM, "--hours", "mon-sun 09:00-12:00", "--slot-minutes", "60")
        == 0
    )
    seed_customers(api, "BJ01", 1)
    station = workstation(api, tmp_path / "teller", "teller@BJ01")
    try:
        station.engine.sync()
        rm_id = api.seeded.users[RM]
        offered = next_free_slots(station.cache, rm_id)
        assert offered and {s.ends_at - s.starts_at for s in offered} == {timedelta(hours=1)}
        with station.cache.session() as session:
            staff = Staff(api.seeded.users["teller@BJ01"], api.seeded.branches["BJ01"])
            customer = station.customer("CBJ0100000")
            done = book_appointment(
                session, staff, customer.id, rm_id, offered[0].starts_at, "mortgage advice"
            )
            session.commit()
        station.engine.sync()
        with station.cache.session() as session:
            booked = session.get_one(Appointment, done.row_id)
            assert booked.ends_at - booked.starts_at == timedelta(hours=1)
            assert AppointmentStatus(booked.status) is AppointmentStatus.TENTATIVE  # the RM's
        assert next_free_slots(station.cache, rm_id)[0] != offered[0]
    finally:
        station.close()
