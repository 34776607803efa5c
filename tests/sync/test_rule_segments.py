"""Rule segments: one primary segment per customer by priority, the members the rules name,
membership history, the feed to the workstations, the commands and the import hook."""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client.schema.enums import AccountStatus, HolderRole
from client.schema.models import (
    Account,
    AccountHolder,
    Customer,
    Product,
    Segment,
    SegmentMembershipHistory,
)
from sync.server import segments
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.rules.parse import RuleError, parse_rule
from sync.server.tables import change_log
from tests.sync.conftest import Api, entry
from tests.sync.engine_kit import seed_customers, workstation
from tests.sync.rules_kit import HAND_SEGMENT, NOW, TODAY, build_bank, decide, read_people

SEGMENTS = (
    # code, priority, rule (None: the list)
    ("RICH", 10, 'total_balance >= 1000000 and kind = "individual"'),
    ("SENIOR", 20, "age >= 60"),
    ("VIP", 5, None),
    ("QUIET", 30, 'months_since_contact >= 6 and not consent("marketing")'),
    ("BIZ", 20, 'kind = "business" and account_count >= 1'),
)


def _add_all(db: Database, listed: list[str]) -> None:
    with db.writer() as session, session.begin():
        for code, priority, rule in SEGMENTS:
            segments.add_segment(
                session,
                code,
                code.title(),
                "",
                NOW,
                rule=rule,
                members=listed if rule is None else None,
                priority=priority,
            )


def _expected(
    db: Database, listed: set[str], before: dict[str, str | None]
) -> dict[str, str | None]:
    """Each customer's segment in Python: the first rule (by priority, then code) it matches;
    else none if it was in a rule segment, else the segment it had."""
    order = sorted(SEGMENTS, key=lambda s: (s[1], s[0]))
    with db.reader() as session:
        people = read_people(session)
    out: dict[str, str | None] = {}
    for person in people.values():
        chosen = None
        for code, _, rule in order:
            if (person.number in listed) if rule is None else decide(parse_rule(rule), person):
                chosen = code
                break
        was = before[person.number]
        out[person.number] = chosen if chosen or was != HAND_SEGMENT else HAND_SEGMENT
    return out


def _now(db: Database) -> dict[str, str | None]:
    with db.reader() as session:
        rows = session.execute(
            select(Customer.customer_number, Segment.code).outerjoin(
                Segment, Segment.id == Customer.segment_id
            )
        )
        return dict(rows.all())


def test_each_customer_lands_in_the_first_segment_its_rules_name(database_url: str) -> None:
    db = Database(database_url)
    bank = build_bank(db)
    listed = bank.customers[:6]
    _add_all(db, listed)
    before = _now(db)
    with db.writer() as session, session.begin():
        result = segments.evaluate(session, NOW, today=TODAY)
    after = _now(db)
    assert after == _expected(db, set(listed), before)
    assert all(after[n] == "VIP" for n in listed)  # the list's priority 5 beats every rule
    assert {code for code in after.values()} >= {"RICH", "SENIOR", "QUIET", "BIZ", HAND_SEGMENT}
    moved = sum(1 for n in after if after[n] != before[n])
    assert result.moved == moved > 0
    with db.reader() as session:
        member_numbers = {m.customer_number for m in segments.members(session, "SENIOR")}
        assert member_numbers == {n for n, c in after.items() if c == "SENIOR"}
        # every move is in the history and in the feed: the customer update and the history row
        assert session.scalar(select(func.count()).select_from(SegmentMembershipHistory)) == moved
        logged = session.execute(
            select(change_log.c.table_name, func.count()).group_by(change_log.c.table_name)
        ).all()
        assert dict(logged) == {
            "segment_membership_history": moved,
            "customer": moved,
            "segment": 5,
        }
    # a second evaluation over the same rows moves nobody
    with db.writer() as session, session.begin():
        assert segments.evaluate(session, NOW, today=TODAY).moved == 0
    db.dispose()


def test_a_change_moves_the_customer_and_the_history_keeps_both_moves(database_url: str) -> None:
    db = Database(database_url)
    bank = build_bank(db, customers=30)
    _add_all(db, [])
    with db.writer() as session, session.begin():
        segments.evaluate(session, NOW, today=TODAY)
    now = _now(db)
    number = next(n for n in bank.customers if now[n] not in ("RICH", "VIP"))
    with db.writer() as session, session.begin():
        customer = session.scalars(select(Customer).where(Customer.customer_number == number)).one()
        customer.kind = "individual"  # type: ignore[assignment]
        product = session.scalars(select(Product).where(Product.code == "SAV")).one()
        account = Account(
            id=uuid.uuid4(),
            version=1,
            account_number="RICH-0001",
            product_id=product.id,
            branch_id=customer.home_branch_id,
            currency="USD",
            status=AccountStatus.OPEN,
            opened_on=TODAY,
            balance=Decimal("200000"),  # 1,436,000 CNY at 7.18
            balance_as_of=NOW,
        )
        session.add(account)
        session.flush()
        session.add(
            AccountHolder(account_id=account.id, customer_id=customer.id, role=HolderRole.PRIMARY)
        )
        session.flush()
        only = segments.evaluate(session, NOW, today=TODAY, customer_ids={customer.id})
    assert (only.checked, only.moved, only.into) == (1, 1, {"RICH": 1})
    assert _now(db)[number] == "RICH"
    with db.reader() as session:
        moves = segments.history(session, number)
    assert moves[-1].segment == "RICH" and moves[-1].source == "rule"
    assert moves[-1].previous == now[number]
    # the account goes: the customer leaves RICH for the next rule, or for no segment
    with db.writer() as session, session.begin():
        session.get(Account, account.id).status = AccountStatus.CLOSED  # type: ignore[union-attr]
        session.flush()
        segments.evaluate(session, NOW, today=TODAY, code="RICH")
    with db.reader() as session:
        moves = segments.history(session, number)
    assert [m.previous for m in moves[-2:]] == [now[number], "RICH"]
    assert moves[-1].segment == (now[number] if now[number] != HAND_SEGMENT else None)
    db.dispose()


def test_a_bad_rule_adds_no_segment(database_url: str) -> None:
    db = Database(database_url)
    build_bank(db, customers=2)
    with db.writer() as session, session.begin(), pytest.raises(RuleError, match="column 8"):
        segments.add_segment(session, "BAD", "Bad", "", NOW, rule='age >= "sixty"')
    with db.writer() as session, session.begin(), pytest.raises(Exception, match="not known"):
        segments.add_segment(session, "LIST", "List", "", NOW, members=["NOPE"])
    with db.reader() as session:
        assert session.scalars(select(Segment.code)).all() == [HAND_SEGMENT]
    db.dispose()


def test_a_workstation_sees_the_move_after_a_pull(api: Api, tmp_path: Path) -> None:
    ids = seed_customers(api, "BJ01", 3)
    seed_customers(api, "SH01", 2)
    station = workstation(api, tmp_path / "bj", "teller@BJ01")
    try:
        station.engine.sync()
        assert station.customer("CBJ0100000").segment_id is None
        with api.db.writer() as session, session.begin():
            segment = segments.add_segment(
                session, "BJ", "Beijing", "", NOW, rule='branch = "BJ01"', priority=1
            )
            result = segments.evaluate(session, NOW)
        assert result.moved == 3
        station.engine.sync()
        assert station.customer("CBJ0100000").segment_id == segment.id
        with station.cache.session() as session:
            moves = session.scalars(select(SegmentMembershipHistory)).all()
            assert {m.customer_id for m in moves} == set(ids)
            assert {(m.segment_id, m.previous_segment_id, m.source) for m in moves} == {
                (segment.id, None, "rule")
            }
        # a teller may not write history, nor set a segment
        auth = api.login("teller@BJ01")
        history_row = entry(
            "segment_membership_history",
            uuid.uuid4(),
            customer_id=str(ids[0]),
            segment_id=None,
            previous_segment_id=str(segment.id),
            changed_at=NOW.isoformat(),
            source="rule",
        )
        results = api.push(auth, history_row)
        assert results[0]["status"] == "rejected", results
        assert "set by the import only" in results[0]["reason"], results
    finally:
        station.close()


def test_the_commands(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(database_url)
    bank = build_bank(db, customers=20)
    db.dispose()
    base = ["--database", database_url]
    rule = 'kind = "individual" and age >= 30'
    assert server_main(["segment", "add", "ADULT", "--name", "Adults", "--rule", rule, *base]) == 0
    out = capsys.readouterr().out
    assert "customer type is individual and age is at least 30" in out
    members_file = tmp_path / "list.txt"
    members_file.write_text(f"# chosen\n{bank.customers[0]}\n{bank.customers[1]}, note\n")
    command = ["segment", "add", "PICK", "--name", "Picked", "--members", str(members_file)]
    assert server_main([*command, "--priority", "1", *base]) == 0
    bad = ["segment", "add", "BAD", "--name", "Bad", "--rule", "age >= 30 and (", *base]
    assert server_main(bad) != 0
    assert "line 1, column 16" in capsys.readouterr().err
    day = ["--day", TODAY.isoformat()]
    assert server_main(["segment", "evaluate", *day, "--json", *base]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["into"]["PICK"] == 2 and counts["moved"] >= 2
    assert server_main(["segment", "members", "PICK", "--json", *base]) == 0
    picked = json.loads(capsys.readouterr().out)
    assert [m["customer_number"] for m in picked] == sorted(bank.customers[:2])
    assert server_main(["segment", "history", bank.customers[0], "--json", *base]) == 0
    moves = json.loads(capsys.readouterr().out)
    assert moves[-1]["segment"] == "PICK" and moves[-1]["source"] == "list"
    assert server_main(["segment", "list", "--language", "zh_CN", "--json", *base]) == 0
    listing = {s["code"]: s for s in json.loads(capsys.readouterr().out)}
    assert listing["ADULT"]["rule_in_words"] == "客户类型为个人，且年龄不低于30"
    assert listing["PICK"]["listed"] == 2 and listing[HAND_SEGMENT]["set_by"] == "by hand"
    assert server_main(["segment", "list", *base]) == 0
    assert "rule: customer type is individual" in capsys.readouterr().out


def test_an_import_evaluates_the_customers_it_changed(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(database_url)
    bank = build_bank(db, customers=10)
    with db.writer() as session, session.begin():
        segments.add_segment(session, "SH", "Shanghai", "", NOW, rule='branch = "SH01"')
        segments.evaluate(session, NOW)
    before = _now(db)
    number = next(n for n in bank.customers if before[n] != "SH")
    with db.reader() as session:
        customer = session.scalars(select(Customer).where(Customer.customer_number == number)).one()
    db.dispose()
    csv = tmp_path / "customers.csv"
    csv.write_text(
        "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,"
        "birth_date\n"
        f"{number},{customer.kind.value},{customer.legal_name},,,,,SH01,,\n",
        encoding="utf-8",
    )
    assert server_main(["import", "customers", str(csv), "--database", database_url]) == 0
    out = capsys.readouterr().out
    # the customer and those its rows name (a joint holder): re-stamped for the new branch
    assert re.search(r"segments: \d+ changed customers evaluated, 1 moved", out), out
    assert _now(Database(database_url))[number] == "SH"
