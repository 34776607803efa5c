"""Pins and lapsed follows in the cache alone: what leaves with a customer, what stays, the
commands' answers (the engine and the server together: tests/sync/test_pins.py)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from client import cli, lease, pins
from client.audit import USER_KEY
from client.profile import Profile
from client.schema.local import cache_meta, customer_follow, customer_pin, outbox, search_term
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Branch,
    ContactPoint,
    Customer,
    Interaction,
    PartyRelationship,
    Product,
    User,
)
from client.search.index import reindex_customers
from client.store import LocalCache

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=pins.DEFAULT_FOLLOW_DAYS + 1)


class Cache:
    """Branch BJ01 with its customer C1 (in scope) and C2, C3 of SH01, followed."""

    def __init__(self, folder: Path) -> None:
        self.profile = Profile.open(folder, create=True)
        self.ids: dict[str, uuid.UUID] = {}
        with LocalCache.open(self.profile) as cache, cache.session() as session:
            bj = Branch(code="BJ01", name="Beijing", city="Beijing")
            sh = Branch(code="SH01", name="Shanghai", city="Shanghai")
            product = Product(code="SAV", name="Savings", category="savings")
            session.add_all([bj, sh, product])
            session.flush()
            rm = User(
                username="rm", display_name="RM", role="relationship_manager", branch_id=bj.id
            )
            session.add(rm)
            for number, branch in (("C1", bj), ("C2", sh), ("C3", sh)):
                customer = Customer(
                    customer_number=number,
                    kind="individual",
                    legal_name=f"王{number}",
                    name_latin=f"Wang {number}",
                    home_branch_id=branch.id,
                )
                session.add(customer)
                session.flush()
                self.ids[number] = customer.id
                session.add(
                    ContactPoint(customer_id=customer.id, kind="phone", value="13800000000")
                )
                session.add(
                    Interaction(
                        customer_id=customer.id,
                        kind="visit",
                        channel="counter",
                        occurred_at=NOW,
                        subject="hello",
                    )
                )
            session.flush()
            own = Account(
                account_number="62220001",
                product_id=product.id,
                branch_id=sh.id,
                currency="CNY",
                status="open",
                opened_on=date(2024, 1, 2),
                balance=Decimal(0),
                balance_as_of=NOW,
            )
            joint = Account(
                account_number="62220002",
                product_id=product.id,
                branch_id=sh.id,
                currency="CNY",
                status="open",
                opened_on=date(2024, 1, 2),
                balance=Decimal(0),
                balance_as_of=NOW,
            )
            session.add_all([own, joint])
            session.flush()
            self.ids |= {"own": own.id, "joint": joint.id, "rm": rm.id}
            session.add_all(
                [
                    AccountHolder(account_id=own.id, customer_id=self.ids["C2"], role="primary"),
                    AccountHolder(account_id=joint.id, customer_id=self.ids["C2"], role="primary"),
                    AccountHolder(account_id=joint.id, customer_id=self.ids["C1"], role="joint"),
                    AccountHistory(account_id=own.id, months=()),
                    PartyRelationship(
                        from_customer_id=self.ids["C2"],
                        to_customer_id=self.ids["C1"],
                        kind="spouse",
                    ),
                ]
            )
            session.flush()
            reindex_customers(session, [self.ids[n] for n in ("C1", "C2", "C3")])
            conn = session.connection()
            info = {"id": str(rm.id), "branch_id": str(bj.id), "role": "head_office"}
            conn.execute(insert(cache_meta).values(key=USER_KEY, value=json.dumps(info)))
            for number in ("C2", "C3"):
                conn.execute(
                    insert(customer_follow).values(customer_id=self.ids[number], opened_at=OLD)
                )

    def open(self) -> LocalCache:
        return LocalCache.open(self.profile)

    def count(self, model: type, **where: object) -> int:
        with self.open() as cache, cache.engine.connect() as conn:
            table = model.__table__  # type: ignore[attr-defined]
            query = select(func.count()).select_from(table)
            for name, value in where.items():
                query = query.where(table.c[name] == value)
            return int(conn.execute(query).scalar_one())


@pytest.fixture
def bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cache:
    monkeypatch.setattr(lease, "clock", lambda: NOW)
    return Cache(tmp_path / "profile")


def _numbers(bank: Cache) -> set[str]:
    with bank.open() as cache, cache.engine.connect() as conn:
        return set(conn.execute(select(Customer.customer_number)).scalars())


def test_opening_the_cache_removes_lapsed_follows_with_what_is_only_theirs(bank: Cache) -> None:
    assert _numbers(bank) == {"C1"}  # opening it already let C2 and C3 go
    c2 = bank.ids["C2"]
    assert bank.count(ContactPoint, customer_id=c2) == bank.count(Interaction, customer_id=c2) == 0
    assert bank.count(Account, id=bank.ids["own"]) == bank.count(AccountHistory) == 0
    assert bank.count(Account, id=bank.ids["joint"]) == 1  # C1 holds it too
    assert bank.count(AccountHolder, customer_id=c2) == 1  # the joint account's, with C1's
    assert bank.count(PartyRelationship) == 1  # it names C1, who stays
    assert bank.count(ContactPoint, customer_id=bank.ids["C1"]) == 1
    with bank.open() as cache, cache.engine.connect() as conn:
        indexed = set(conn.execute(select(search_term.c.customer_id).distinct()).scalars())
        assert indexed == {bank.ids["C1"]}
        assert set(map(str, pins.dropped(conn))) == {str(c2), str(bank.ids["C3"])}
        assert conn.execute(select(func.count()).select_from(customer_follow)).scalar_one() == 0


def test_a_recent_view_a_pin_or_an_unsent_edit_keeps_a_follow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lease, "clock", lambda: OLD)  # built while the follows were fresh
    bank = Cache(tmp_path / "profile")
    with bank.open() as cache, cache.session() as session:
        conn = session.connection()
        pins.pin(conn, "c2", OLD)  # any letter case
        conn.execute(
            insert(outbox).values(
                entry_id=uuid.uuid4(),
                table_name=ContactPoint.__tablename__,
                row_id=uuid.uuid4(),
                op="update",
                changed="{}",
                shadow="{}",
                customer_id=bank.ids["C3"],
                created_at=OLD,
            )
        )
    monkeypatch.setattr(lease, "clock", lambda: NOW)
    assert _numbers(bank) == {"C1", "C2", "C3"}
    with bank.open() as cache, cache.session() as session:
        conn = session.connection()
        assert pins.expire(conn, NOW).kept == {bank.ids["C3"]}
        conn.execute(outbox.delete())
        pins.unpin(conn, "C2")
    assert _numbers(bank) == {"C1"}


def test_an_appointment_today_or_tomorrow_pins_itself_until_its_day_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lease, "clock", lambda: OLD)
    bank = Cache(tmp_path / "other")
    tomorrow = OLD + timedelta(days=pins.DEFAULT_FOLLOW_DAYS + 2)
    with bank.open() as cache, cache.session() as session:
        session.add(
            Appointment(
                rm_id=bank.ids["rm"],
                customer_id=bank.ids["C2"],
                booked_by_id=bank.ids["rm"],
                starts_at=tomorrow,
                ends_at=tomorrow + timedelta(minutes=30),
                purpose="loan review",
                status="confirmed",
                channel="counter",
            )
        )
    monkeypatch.setattr(lease, "clock", lambda: tomorrow - timedelta(days=1))
    assert _numbers(bank) == {"C1", "C2"}
    with bank.open() as cache, cache.engine.connect() as conn:
        assert [(p.customer_number, p.source) for p in pins.pins(conn)] == [("C2", "appointment")]
    monkeypatch.setattr(lease, "clock", lambda: tomorrow)
    assert _numbers(bank) == {"C1", "C2"}  # its day
    monkeypatch.setattr(lease, "clock", lambda: tomorrow + timedelta(days=1))
    assert _numbers(bank) == {"C1"}  # the day after: the pin is gone, and the follow lapsed


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_commands_pin_list_and_unpin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lease, "clock", lambda: OLD)
    bank = Cache(tmp_path / "profile")
    folder = str(bank.profile.folder)
    assert run(capsys, "pins", "--profile", folder)[1] == "no customer is pinned\n"
    code, out, _ = run(capsys, "pin", "C3", "--profile", folder)
    assert code == 0 and "pinned C3 王C3" in out
    code, out, _ = run(capsys, "pins", "--profile", folder, "--json")
    assert code == 0
    assert [(p["customer_number"], p["source"], p["followed"]) for p in json.loads(out)] == [
        ("C3", "user", True)
    ]
    monkeypatch.setattr(lease, "clock", lambda: NOW)
    assert _numbers(bank) == {"C1", "C3"}
    code, out, _ = run(capsys, "unpin", "C3", "--profile", folder)
    assert (code, out) == (0, "unpinned C3\n")
    assert _numbers(bank) == {"C1"}


def test_a_pin_of_a_customer_the_cache_does_not_hold_is_refused_clearly(
    bank: Cache, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "pin", "C9", "--profile", str(bank.profile.folder))
    assert code != 0 and out == ""
    assert 'no customer numbered "C9" in this cache' in err
    assert "open it first" in err and "Traceback" not in err
    with bank.open() as cache, cache.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(customer_pin)).scalar_one() == 0
