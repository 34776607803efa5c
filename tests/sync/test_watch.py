"""Watched groups: the changes listed are exactly the members' new accounts, balance moves,
interactions and segment changes since the last look (or a date), from the change feed."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from client.schema.base import utcnow
from client.schema.enums import Channel, InteractionKind
from client.schema.models import Customer, Interaction
from sync.server import segments
from sync.server.db import Database
from sync.server.feed import PendingChange, record
from tests.sync.conftest import seed_org
from tests.sync.imports_kit import add_reference_data, load_customers, run, write

ACCOUNTS_HEADER = (
    "account_number,customer_number,product_code,currency,status,opened_on,balance,"
    "joint_holder_numbers"
)


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Database:
    database = Database(database_url)
    seed_org(database)
    add_reference_data(database)
    load_customers(database, tmp_path)  # C001, C002 at BJ01, C003 at SH01
    return database


def _changes(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[str, ...]]:
    assert run(db, "watch", "changes", *argv, "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    return [(r["customer_number"], r["kind"], r["detail"]) for r in rows]


def _interaction(db: Database, number: str, subject: str) -> None:
    now = utcnow()
    with db.writer() as session, session.begin():
        cid = session.scalars(select(Customer.id).where(Customer.customer_number == number)).one()
        row = Interaction(
            id=uuid.uuid4(),
            version=0,
            customer_id=cid,
            kind=InteractionKind.CALL,
            channel=Channel.CALL_CENTRE,
            occurred_at=now,
            subject=subject,
        )
        session.add(row)
        record(session, [PendingChange(row, Interaction.__tablename__, "insert")], None, now)


def test_the_members_changes_since_the_last_look(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = write(tmp_path, "watched.txt", "C001\nC003  # the trading company\n")
    assert run(db, "watch", "add", "LIST", "--name", "Picked", "--members", members) == 0
    assert run(db, "watch", "add", "BJ", "--rule", 'branch = "BJ01"') == 0
    assert run(db, "watch", "add", "BAD", "--rule", "branch = ") != 0
    capsys.readouterr()
    assert _changes(db, capsys, "LIST") == []  # nothing since the group was added
    accounts = (
        f"{ACCOUNTS_HEADER}\n"
        "A1,C001,SAV,CNY,open,2026-01-05,100.00,\n"
        "A2,C002,SAV,CNY,open,2026-01-05,50.00,\n"
    )
    assert run(db, "import", "accounts", write(tmp_path, "a.csv", accounts)) == 0
    moved = accounts.replace(
        "A1,C001,SAV,CNY,open,2026-01-05,100.00", "A1,C001,SAV,CNY,open,2026-01-05,5000.00"
    )
    assert run(db, "import", "accounts", write(tmp_path, "b.csv", moved)) == 0
    _interaction(db, "C002", "asked about rates")
    _interaction(db, "C003", "wants a loan")
    now = utcnow()
    with db.writer() as session, session.begin():
        segments.add_segment(session, "BIG", "Big", "", now, rule="total_balance >= 1000")
        segments.add_segment(session, "SHS", "Shanghai", "", now, rule='branch = "SH01"')
        segments.evaluate(session, now)
    capsys.readouterr()
    expected_list = [
        ("C001", "new account", "A1 (CNY)"),
        ("C001", "balance", "A1: CNY 100.00 -> 5,000.00"),
        ("C003", "interaction", "call: wants a loan"),
        ("C001", "segment", "MASS -> BIG"),
        ("C003", "segment", "(none) -> SHS"),
    ]
    assert _changes(db, capsys, "LIST") == expected_list
    assert _changes(db, capsys, "LIST") == []  # looked at: nothing new
    assert _changes(db, capsys, "BJ", "--branch", "BJ01") == [
        ("C001", "new account", "A1 (CNY)"),
        ("C002", "new account", "A2 (CNY)"),
        ("C001", "balance", "A1: CNY 100.00 -> 5,000.00"),
        ("C002", "interaction", "call: asked about rates"),
        ("C001", "segment", "MASS -> BIG"),
    ]
    # by date: everything of the day again (the import of the customers too), the look kept
    since = now.date().isoformat()
    added = [("C001", "new customer", ""), ("C003", "new customer", "")]
    assert _changes(db, capsys, "LIST", "--since", since) == added + expected_list
    assert _changes(db, capsys, "LIST", "--branch", "SH01") == [  # that branch's first look
        ("C003", "interaction", "call: wants a loan"),
        ("C003", "segment", "(none) -> SHS"),
    ]
    assert run(db, "watch", "list", "--json") == 0
    listed = {g["code"]: g for g in json.loads(capsys.readouterr().out)}
    assert listed["LIST"]["listed"] == 2 and listed["BJ"]["rule"] == 'branch = "BJ01"'
