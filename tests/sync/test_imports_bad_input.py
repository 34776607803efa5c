"""Bad input to every CSV import: each problem of each line is listed, and nothing loads.

For each kind of file: a wrong header, bytes that are not UTF-8 (GBK, as Excel writes on a
Chinese Windows), a byte-order mark (accepted), and one file with a duplicate, an unknown
reference (branch or customer), a bad date and a too-long field at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from client.schema.models import Account, Customer, ExternalRecord, Interaction, PartyRelationship
from sync.server.db import Database
from tests.sync.conftest import seed_org
from tests.sync.imports_kit import (
    CUSTOMERS_HEADER,
    add_reference_data,
    count,
    feed_state,
    load_customers,
    run,
    write,
)


@dataclass(frozen=True)
class Case:
    kind: str
    model: type
    header: str
    good: str
    """A good line, at line 2."""
    bad: tuple[tuple[str, str], ...]
    """Lines 3, 4, ...: each with (a part of) what the refusal says about it."""
    chinese: str
    """A good line holding Chinese text, for the GBK file."""
    wrong_header: str


CASES = (
    Case(
        "customers",
        Customer,
        CUSTOMERS_HEADER,
        "C010,individual,王芳,Wang Fang,110101198502033333,13900000000,,BJ01,,1985-02-03",
        (
            (
                "C011,individual,赵磊,Zhao Lei,110101198502033333,,,BJ01,,",
                "line 3: national_id 110***********3333 of C011 is already held by C010 (line 2)",
            ),
            (
                "C012,individual,刘洋,Liu Yang,,,,XX99,,31/12/1990",
                "line 4: unknown branch code 'XX99' (branch_code); "
                "birth_date '31/12/1990' is not a date (YYYY-MM-DD)",
            ),
            (
                f"C013,individual,{'陈' * 201},Chen Jing,,,,BJ01,,",
                "line 5: name: at most 200 characters (201 given)",
            ),
            (
                "C014,individual,周杰,Zhou Jie,110101199001011234,,,BJ01,,",
                "line 6: national_id 110***********1234 of C014 is already held by C001 "
                "(in the database)",
            ),
        ),
        "C020,individual,黄勇,Huang Yong,,,,SH01,,",
        CUSTOMERS_HEADER.replace("customer_number", "customer_no"),
    ),
    Case(
        "accounts",
        Account,
        "account_number,customer_number,product_code,currency,status,opened_on,balance",
        "6222000001,C001,SAV,CNY,open,2020-05-01,100.00",
        (
            (
                "6222000001,C002,SAV,CNY,open,2020-05-01,5.00",
                "line 3: account_number 6222000001 already on line 2",
            ),
            (
                "6222000002,C999,SAV,CNY,open,2020-05-01,5.00",
                "line 4: unknown customer_number 'C999'",
            ),
            (
                "6222000003,C002,SAV,CNY,open,2020-13-01,5.00",
                "line 5: opened_on '2020-13-01' is not a date (YYYY-MM-DD)",
            ),
            (
                f"{'6' * 35},C002,SAV,CNY,open,2020-05-01,5.00",
                "line 6: account_number: at most 34 characters (35 given)",
            ),
        ),
        "6222000009,C002,SAV,CNY,open,2020-05-01,5.00,活期",
        "account_number,customer_no,product_code,currency,status,opened_on,balance",
    ),
    Case(
        "relationships",
        PartyRelationship,
        "customer_number,related_number,kind,since",
        "C001,C002,spouse,2015-06-01",
        (
            ("C002,C001,spouse,", "line 3: C002 spouse C001 already on line 2"),
            ("C001,C999,parent_of,", "line 4: unknown related_number 'C999'"),
            (
                "C001,C003,director_of,2015/06/01",
                "line 5: since '2015/06/01' is not a date (YYYY-MM-DD)",
            ),
            (
                f"{'C' * 21},C003,employee_of,",
                "line 6: customer_number: at most 20 characters (21 given)",
            ),
        ),
        "C002,C003,director_of,2016-01-01,董事",
        "customer_number,related,kind,since",
    ),
    Case(
        "interactions",
        Interaction,
        "customer_number,occurred_at,kind,channel,subject,notes,staff,external_id",
        "C001,2025-11-03 14:30,call,call_centre,询问理财产品,,call_centre_agent@BJ01,cc-1",
        (
            (
                "C002,2025-11-03 15:00,call,call_centre,投诉,,,cc-1",
                "line 3: external_id cc-1 already on line 2",
            ),
            (
                "C999,2025-11-03 15:00,call,internet,登录问题,,,web-7",
                "line 4: unknown customer_number 'C999'",
            ),
            (
                "C002,03/11/2025 15:00,call,mobile,转账,,,app-9",
                "line 5: occurred_at '03/11/2025 15:00' is not a date and time",
            ),
            (
                f"C002,2025-11-03 16:00,email,internet,{'长' * 201},,,web-8",
                "line 6: subject: at most 200 characters (201 given)",
            ),
        ),
        "C002,2025-11-04 09:00,complaint,mobile,转账失败,客户很着急,,app-1",
        "customer_number,occured_at,kind,channel,subject,notes,staff,external_id",
    ),
    Case(
        "external",
        ExternalRecord,
        "customer_number,source,attribute,value,as_of",
        "C001,pboc_credit,credit_score,712,2025-10-31",
        (
            (
                "C001,pboc_credit,credit_score,700,2025-10-31",
                "line 3: C001 pboc_credit credit_score 2025-10-31 already on line 2",
            ),
            ("C999,pboc_credit,credit_score,650,2025-10-31", "line 4: unknown customer_number"),
            ("C002,census,household_size,3,2025-10-32", "line 5: as_of '2025-10-32' is not a date"),
            (
                f"C002,census,{'a' * 61},3,2025-10-31",
                "line 6: attribute: at most 60 characters (61 given)",
            ),
        ),
        "C002,census,education,本科,2025-10-31",
        "customer_number,source,atribute,value,as_of",
    ),
)
IDS = [case.kind for case in CASES]


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Database:
    """Branches BJ01 and SH01 with their staff, product SAV, segment MASS, and three
    customers C001..C003 (C001's national ID is 110101199001011234)."""
    database = Database(database_url)
    seed_org(database)
    add_reference_data(database)
    load_customers(database, tmp_path)
    return database


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_problem_of_every_line_is_listed_and_nothing_loads(
    case: Case, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, state = count(db, case.model), feed_state(db)
    lines = [case.header, case.good, *(line for line, _ in case.bad)]
    path = write(tmp_path, "bad.csv", "\n".join(lines) + "\n")
    capsys.readouterr()
    assert run(db, "import", case.kind, path) == 1
    err = capsys.readouterr().err
    assert f"{len(case.bad)} bad row(s); nothing was imported" in err
    for _, said in case.bad:
        assert said in err
    assert "line 2:" not in err, "the good line is not a problem"
    assert "Traceback" not in err
    assert count(db, case.model) == before and feed_state(db) == state

    assert run(db, "import", case.kind, path, "--skip-bad-rows") == 0
    out = capsys.readouterr().out
    assert f"1 created, 0 updated, 0 unchanged, {len(case.bad)} bad line(s) skipped" in out
    assert count(db, case.model) == before + 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_wrong_header_is_named_and_nothing_loads(
    case: Case, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, state = count(db, case.model), feed_state(db)
    path = write(tmp_path, "wrong.csv", f"{case.wrong_header}\n{case.good}\n")
    capsys.readouterr()
    assert run(db, "import", case.kind, path) == 2
    err = capsys.readouterr().err
    assert "line 1: the header lacks the column(s)" in err
    assert "did you mean" in err, "the misspelt column is pointed at"
    assert "nothing was imported" in err
    assert count(db, case.model) == before and feed_state(db) == state


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_gbk_file_is_named_as_such_and_nothing_loads(
    case: Case, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, state = count(db, case.model), feed_state(db)
    header = case.header + (",note" if case.chinese.count(",") > case.header.count(",") else "")
    path = write(tmp_path, "gbk.csv", f"{header}\n{case.good}\n{case.chinese}\n", "gbk")
    capsys.readouterr()
    assert run(db, "import", case.kind, path) == 1
    err = capsys.readouterr().err
    assert "line 3:" in err and "not UTF-8 text" in err
    assert "it reads as GBK/GB18030" in err and "CSV UTF-8" in err
    assert count(db, case.model) == before and feed_state(db) == state


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_byte_order_mark_is_accepted(
    case: Case, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(db, case.model)
    path = write(tmp_path, "bom.csv", f"{case.header}\r\n{case.good}\r\n", "utf-8-sig")
    assert Path(path).read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert run(db, "import", case.kind, path) == 0
    assert "1 created" in capsys.readouterr().out
    assert count(db, case.model) == before + 1
