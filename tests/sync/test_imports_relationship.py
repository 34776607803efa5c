"""The rest of the relationship as imports: accounts, relationships, interactions and
external data; each re-run changes nothing twice, and what loads reaches the workstations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from client.schema.enums import Channel, InteractionKind, RelationshipKind
from client.schema.models import (
    Account,
    AccountHolder,
    Customer,
    ExternalRecord,
    Interaction,
    PartyRelationship,
)
from sync.server.db import Database
from sync.server.imports.run import import_csv
from tests.sync.conftest import Api, seed_org
from tests.sync.imports_kit import add_reference_data, count, feed_state, load_customers, run, write

ACCOUNTS = """account_number,customer_number,product_code,currency,status,opened_on,balance,\
joint_holder_numbers
6222000001,C001,SAV,CNY,open,2020-05-01,12500.50,C002
6222000002,C003,SAV,CNY,open,2019-01-15,900000.00,
"""
RELATIONSHIPS = """customer_number,related_number,kind,since
C001,C002,household,2015-06-01
C001,C003,director_of,
"""
INTERACTIONS = """customer_number,occurred_at,kind,channel,subject,notes,staff,external_id
C001,2025-11-03 14:30,call,call_centre,询问理财产品,客户想了解收益,call_centre_agent@BJ01,cc-1001
C002,2025-11-04T09:15:00+00:00,service_request,internet,网银登录问题,,,web-2002
C003,2025-11-05 10:00,complaint,mobile,转账延迟,,,
"""
EXTERNAL = """customer_number,source,attribute,value,as_of
C001,pboc_credit,credit_score,712,2025-10-31
C001,census,education,本科,2025-06-30
"""


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Database:
    database = Database(database_url)
    seed_org(database)
    add_reference_data(database)
    load_customers(database, tmp_path)
    return database


def _numbers(db: Database) -> dict[object, str]:
    with db.reader() as session:
        return dict(session.execute(select(Customer.id, Customer.customer_number)).all())


def test_accounts_rerun_keeps_the_balance_time_and_a_new_balance_moves_it(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.csv", ACCOUNTS)
    assert run(db, "import", "accounts", path) == 0
    assert (count(db, Account), count(db, AccountHolder)) == (2, 3)
    with db.reader() as session:
        first = dict(session.execute(select(Account.account_number, Account.balance_as_of)).all())
    state = feed_state(db)
    assert run(db, "import", "accounts", path) == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert feed_state(db) == state
    moved = write(tmp_path, "b.csv", ACCOUNTS.replace("12500.50", "13000.00"))
    assert run(db, "import", "accounts", moved) == 0
    assert "0 created, 1 updated, 1 unchanged" in capsys.readouterr().out
    with db.reader() as session:
        rows = {a.account_number: a for a in session.scalars(select(Account))}
    assert rows["6222000001"].balance_as_of > first["6222000001"]
    assert rows["6222000002"].balance_as_of == first["6222000002"]
    assert str(rows["6222000001"].balance) == "13000.0000"


def test_relationships_are_matched_both_ways_and_keep_their_date(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import", "relationships", write(tmp_path, "r.csv", RELATIONSHIPS)) == 0
    numbers = _numbers(db)
    with db.reader() as session:
        found = {
            (numbers[r.from_customer_id], r.kind, numbers[r.to_customer_id]): r.note
            for r in session.scalars(select(PartyRelationship))
        }
    assert found == {
        ("C001", RelationshipKind.HOUSEHOLD, "C002"): "since 2015-06-01",
        ("C001", RelationshipKind.DIRECTOR_OF, "C003"): "",
    }
    reversed_ = "customer_number,related_number,kind,since\nC002,C001,household,\n"
    assert run(db, "import", "relationships", write(tmp_path, "s.csv", reversed_)) == 0
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    redated = "customer_number,related_number,kind,since\nC002,C001,household,2016-01-01\n"
    assert run(db, "import", "relationships", write(tmp_path, "t.csv", redated)) == 0
    assert "0 created, 1 updated" in capsys.readouterr().out
    one_way = "customer_number,related_number,kind,since\nC003,C001,director_of,\n"
    assert run(db, "import", "relationships", write(tmp_path, "u.csv", one_way)) == 0
    assert "1 created" in capsys.readouterr().out, "C003 director of C001 is another one"
    itself = "customer_number,related_number,kind,since\nC001,C001,spouse,\n"
    assert run(db, "import", "relationships", write(tmp_path, "v.csv", itself)) == 1
    assert "line 2: related_number C001 is the customer itself" in capsys.readouterr().err
    assert count(db, PartyRelationship) == 3


def test_interactions_are_added_once_with_their_staff_branch_and_time(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "i.csv", INTERACTIONS)
    assert run(db, "import", "interactions", path) == 0
    numbers = _numbers(db)
    with db.reader() as session:
        rows = {numbers[i.customer_id]: i for i in session.scalars(select(Interaction))}
    call = rows["C001"]
    assert (call.kind, call.channel, call.external_id) == (
        InteractionKind.CALL,
        Channel.CALL_CENTRE,
        "cc-1001",
    )
    assert call.occurred_at == datetime(2025, 11, 3, 6, 30, tzinfo=UTC), "Beijing time"
    assert call.user_id is not None and call.branch_id is not None
    assert call.notes == "客户想了解收益"
    web = rows["C002"]
    assert web.occurred_at == datetime(2025, 11, 4, 9, 15, tzinfo=UTC)
    assert (web.user_id, web.branch_id) == (None, None)
    assert rows["C003"].external_id is None
    state = feed_state(db)
    assert run(db, "import", "interactions", path) == 0
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert feed_state(db) == state and count(db, Interaction) == 3
    unknown = INTERACTIONS.replace("call_centre_agent@BJ01", "nobody")
    assert run(db, "import", "interactions", write(tmp_path, "j.csv", unknown)) == 1
    assert "line 2: unknown staff 'nobody' (a username)" in capsys.readouterr().err


def test_interactions_without_a_header_for_notes_staff_or_external_id(
    db: Database, tmp_path: Path
) -> None:
    lean = (
        "customer_number,occurred_at,kind,channel,subject\nC001,2025-11-03 14:30,call,mobile,Hi\n"
    )
    summary = import_csv(db, "interactions", Path(write(tmp_path, "i.csv", lean)))
    assert summary.created == 1
    assert import_csv(db, "interactions", Path(write(tmp_path, "i.csv", lean))).unchanged == 1


def test_external_data_keeps_each_date_and_changes_a_known_value(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "e.csv", EXTERNAL)
    assert run(db, "import", "external", path) == 0
    with db.reader() as session:
        records = session.scalars(select(ExternalRecord).order_by(ExternalRecord.kind)).all()
    score = {"attribute": "credit_score", "value": "712", "as_of": "2025-10-31"}
    education = {"attribute": "education", "value": "本科", "as_of": "2025-06-30"}
    assert [(r.source, r.kind, r.payload) for r in records] == [
        ("pboc_credit", "credit_score", score),
        ("census", "education", education),
    ]
    state = feed_state(db)
    assert run(db, "import", "external", path) == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert feed_state(db) == state
    newer = EXTERNAL.replace("712,2025-10-31", "730,2025-10-31") + (
        "C001,pboc_credit,credit_score,745,2025-11-30\n"
    )
    assert run(db, "import", "external", write(tmp_path, "f.csv", newer)) == 0
    assert "1 created, 1 updated, 1 unchanged" in capsys.readouterr().out
    with db.reader() as session:
        scores = session.scalars(
            select(ExternalRecord.payload).where(ExternalRecord.kind == "credit_score")
        ).all()
    assert sorted((p["as_of"], p["value"]) for p in scores) == [
        ("2025-10-31", "730"),
        ("2025-11-30", "745"),
    ]


def test_what_loads_reaches_the_branch_by_the_normal_pull(api: Api, tmp_path: Path) -> None:
    add_reference_data(api.db)
    load_customers(api.db, tmp_path)
    teller = api.login("teller@BJ01")
    _, cursor = api.pull_all(teller)
    for kind, text in (
        ("accounts", ACCOUNTS),
        ("relationships", RELATIONSHIPS),
        ("interactions", INTERACTIONS),
        ("external", EXTERNAL),
    ):
        import_csv(api.db, kind, Path(write(tmp_path, f"{kind}.csv", text)))  # type: ignore[arg-type]
    changes, _ = api.pull_all(teller, cursor)
    tables = {c["table"] for c in changes}
    assert {"account", "account_holder", "party_relationship", "interaction"} <= tables
    assert "external_record" in tables
    channels = {c["row"]["channel"] for c in changes if c["table"] == "interaction"}
    assert channels == {"call_centre", "internet"}, "C003 (SH01) is not BJ01's"
    household = [c["row"] for c in changes if c["table"] == "party_relationship"]
    assert {r["kind"] for r in household} >= {"household"}
    external = [c["row"]["payload"] for c in changes if c["table"] == "external_record"]
    assert {"attribute": "credit_score", "value": "712", "as_of": "2025-10-31"} in external
