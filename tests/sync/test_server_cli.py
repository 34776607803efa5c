"""`guitai-server` commands: init, user add, device revoke, CSV imports."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client.schema.models import Account, AccountHistory, AccountHolder, ContactPoint, Customer
from sync.server.cli import main
from sync.server.db import Database
from sync.server.feed import latest_version
from sync.server.snapshot_files import ready_files
from tests.sync.conftest import seed_org

CUSTOMER_HEADER = (
    "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,birth_date"
)
CUSTOMERS = (
    CUSTOMER_HEADER
    + """,extra
C001,individual,张伟,Zhang Wei,110101199001011234,13800000001,zw@example.cn,BJ01,,1990-01-01,x
C002,business,上海贸易有限公司,Shanghai Trading,91310000,,,SH01,,2005-06-30,
C003,individual,李娜,Li Na,,13800000003,,BJ01,,,
"""
)
BAD_CUSTOMERS = (
    CUSTOMER_HEADER
    + """
C010,individual,王芳,Wang Fang,,,,BJ01,,1985-02-03
C011,robot,赵磊,Zhao Lei,,,,BJ01,,
C012,individual,刘洋,Liu Yang,,,,XX99,,
C013,individual,陈静,Chen Jing,,,,BJ01,,31/12/1990
C014,individual,,Yang Min,,,,BJ01,,
C010,individual,王芳,Wang Fang,,,,BJ01,,1985-02-03
C015,individual,黄勇,Huang Yong,,,,SH01,,
"""
)
ACCOUNTS = """account_number,customer_number,product_code,currency,status,opened_on,balance,\
joint_holder_numbers
6222000001,C001,SAV,CNY,open,2020-05-01,12500.50,C003
6222000002,C002,SAV,CNY,open,2019-01-15,900000.00,
"""
PROFITABILITY = """account_number,period,end_balance,interest_income,fee_income,\
funding_cost,operating_cost,risk_cost
6222000001,202510,12000.00,10.50,2.00,3.25,1.00,0.10
6222000001,202511,12500.50,11.00,2.00,3.30,1.00,0.10
6222000002,202511,900000.00,800.00,0,300.00,20.00,5.00
"""


@pytest.fixture
def db(database_url: str) -> Database:
    database = Database(database_url)
    seed_org(database)
    with database.writer() as session, session.begin():
        from client.schema.enums import ProductCategory
        from client.schema.models import Product

        session.add(
            Product(
                id=uuid.uuid4(),
                code="SAV",
                name="Savings",
                category=ProductCategory.SAVINGS,
                version=0,
                deleted=False,
            )
        )
    return database


def _run(db: Database, *argv: str) -> int:
    url = db.engine.url.render_as_string(hide_password=False)
    return main([*argv, "--database", url])


def _count(db: Database, model: type) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _csv(tmp_path: Path, text: str, name: str = "file.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_init_creates_then_reports_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert main(["init", "--database", url]) == 0
    assert "created the database schema" in capsys.readouterr().out
    assert main(["init", "--database", url]) == 0
    assert "already at schema" in capsys.readouterr().out


def test_commands_on_an_uninitialised_database_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert main(["device", "revoke", str(uuid.uuid4()), "--database", url]) == 2
    assert "run `guitai-server init` first" in capsys.readouterr().err


def test_user_add_reads_the_password_from_stdin(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert (
        _run(db, "user", "add", "wang.rm", "--role", "relationship_manager", "--branch", "BJ01")
        == 0
    )
    assert "added relationship_manager wang.rm" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert _run(db, "user", "add", "li", "--role", "teller", "--branch", "NOPE") == 2
    assert "no branch with code 'NOPE'" in capsys.readouterr().err


def test_device_revoke_of_an_unknown_device(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, "device", "revoke", "not-a-uuid") == 2
    assert _run(db, "device", "revoke", str(uuid.uuid4())) == 3
    assert "no device" in capsys.readouterr().err


def test_import_is_idempotent_and_goes_through_the_feed(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customers = _csv(tmp_path, CUSTOMERS, "customers.csv")
    assert _run(db, "import", "customers", customers) == 0
    assert "3 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    with db.reader() as session:
        before = latest_version(session)
    assert _run(db, "import", "customers", customers) == 0
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out
    with db.reader() as session:
        assert latest_version(session) == before, "an unchanged re-run adds nothing to the feed"
    changed = _csv(tmp_path, CUSTOMERS.replace("Li Na,", "Li Na Jr,"), "changed.csv")
    assert _run(db, "import", "customers", changed) == 0
    assert "0 created, 1 updated, 2 unchanged" in capsys.readouterr().out
    assert (_count(db, Customer), _count(db, ContactPoint)) == (3, 3)
    assert _run(db, "import", "accounts", _csv(tmp_path, ACCOUNTS, "a.csv")) == 0
    assert _run(db, "import", "accounts", _csv(tmp_path, ACCOUNTS, "a.csv")) == 0
    assert (_count(db, Account), _count(db, AccountHolder)) == (2, 3)
    profit = _csv(tmp_path, PROFITABILITY, "p.csv")
    assert _run(db, "import", "profitability", profit) == 0
    assert _run(db, "import", "profitability", profit) == 0
    with db.reader() as session:
        histories = session.scalars(select(AccountHistory)).all()
        assert sorted(len(h.months) for h in histories) == [1, 2]
        assert latest_version(session) > before


def test_a_file_with_bad_rows_loads_nothing_and_lists_every_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _csv(tmp_path, BAD_CUSTOMERS)
    assert _run(db, "import", "customers", bad) == 1
    err = capsys.readouterr().err
    assert "5 bad row(s); nothing was imported" in err
    for expected in (
        "line 3: kind 'robot' is not one of individual, business",
        "line 4: unknown branch code 'XX99'",
        "line 5: birth_date '31/12/1990' is not a date",
        "line 6: missing name",
        "line 7: customer_number C010 already on line 2",
    ):
        assert expected in err
    assert "Traceback" not in err
    assert _count(db, Customer) == 0
    assert _run(db, "import", "customers", bad, "--skip-bad-rows") == 0
    captured = capsys.readouterr()
    assert "2 created" in captured.out and "5 bad line(s) skipped" in captured.out
    assert "skipped line 4: unknown branch code 'XX99'" in captured.err
    assert _count(db, Customer) == 2


def test_import_errors_about_the_file_itself(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, "import", "customers", str(tmp_path / "missing.csv")) == 2
    assert "cannot read" in capsys.readouterr().err
    assert _run(db, "import", "accounts", _csv(tmp_path, "account_number,balance\n1,2\n")) == 2
    assert "the header lacks the column(s) customer_number" in capsys.readouterr().err


def test_seed_demo_fills_the_feed(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "seed-demo", "--customers", "30") == 0
    assert "30 customer, 30 contact_point, 30 account" in capsys.readouterr().out
    assert _run(db, "seed-demo", "--customers", "5") == 0
    assert _count(db, Customer) == 35
    with db.reader() as session:
        assert latest_version(session) >= 35 * 5


def test_snapshot_build_prebuilds_a_users_file_and_names_an_unknown_user(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(db, "seed-demo", "--customers", "20") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert _run(db, "user", "add", "li", "--role", "teller", "--branch", "BJ01") == 0
    capsys.readouterr()
    folder = tmp_path / "snapshots"

    assert _run(db, "snapshot", "build", "--user", "li", "--snapshot-dir", str(folder)) == 0
    built = capsys.readouterr().out
    assert _run(db, "snapshot", "build", "--user", "nobody", "--snapshot-dir", str(folder)) != 0

    assert built.startswith("built ") and " rows, " in built
    files = ready_files(next(folder.iterdir()))
    assert len(files) == 1 and files[0].rows > 0
    assert "no user 'nobody'" in capsys.readouterr().err
