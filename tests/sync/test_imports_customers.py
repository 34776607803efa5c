"""The customers import: lifecycle, national IDs held twice, dry runs, the feed, progress."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from client.schema.enums import Lifecycle
from client.schema.models import ContactPoint, Customer
from sync.server.db import Database
from sync.server.imports import bulk
from sync.server.imports import run as run_module
from sync.server.imports.csvfile import Meter
from sync.server.imports.run import import_csv
from sync.server.tables import change_log
from tests.sync.conftest import Api, seed_org
from tests.sync.imports_kit import (
    CUSTOMERS,
    CUSTOMERS_HEADER,
    add_reference_data,
    count,
    feed_state,
    run,
    write,
)

WITH_LIFECYCLE = CUSTOMERS_HEADER + ",lifecycle"


@pytest.fixture
def db(database_url: str) -> Database:
    database = Database(database_url)
    seed_org(database)
    add_reference_data(database)
    return database


def _lifecycles(db: Database) -> dict[str, Lifecycle]:
    with db.reader() as session:
        return dict(session.execute(select(Customer.customer_number, Customer.lifecycle)).all())


def test_lifecycle_is_optional_active_for_new_customers_and_kept_when_absent(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = (
        f"{WITH_LIFECYCLE}\n"
        "C001,individual,张伟,Zhang Wei,,,,BJ01,,,prospect\n"
        "C002,individual,李娜,Li Na,,,,BJ01,,,\n"
    )
    assert run(db, "import", "customers", write(tmp_path, "a.csv", given)) == 0
    assert _lifecycles(db) == {"C001": Lifecycle.PROSPECT, "C002": Lifecycle.ACTIVE}
    without = f"{CUSTOMERS_HEADER}\nC001,individual,张伟,Zhang Wei,,,,BJ01,,\n"
    assert run(db, "import", "customers", write(tmp_path, "b.csv", without)) == 0
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    assert _lifecycles(db)["C001"] is Lifecycle.PROSPECT
    closing = f"{WITH_LIFECYCLE}\nC001,individual,张伟,Zhang Wei,,,,BJ01,,,closed\n"
    assert run(db, "import", "customers", write(tmp_path, "c.csv", closing)) == 0
    assert "0 created, 1 updated" in capsys.readouterr().out
    assert _lifecycles(db)["C001"] is Lifecycle.CLOSED
    wrong = f"{WITH_LIFECYCLE}\nC001,individual,张伟,Zhang Wei,,,,BJ01,,,asleep\n"
    assert run(db, "import", "customers", write(tmp_path, "d.csv", wrong)) == 1
    assert (
        "line 2: lifecycle 'asleep' is not one of prospect, active, dormant, closed"
        in capsys.readouterr().err
    )


def test_a_national_id_moves_between_customers_only_when_the_file_frees_it(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import", "customers", write(tmp_path, "base.csv", CUSTOMERS)) == 0
    # C001's ID given to C009, while C001 keeps it: refused, naming both numbers
    taken = f"{CUSTOMERS_HEADER}\nC009,individual,王芳,Wang Fang,110101199001011234,,,BJ01,,\n"
    capsys.readouterr()
    assert run(db, "import", "customers", write(tmp_path, "taken.csv", taken)) == 1
    assert "C009 is already held by C001 (in the database)" in capsys.readouterr().err
    # the same file, where C001 gets another ID: the old one is free
    swapped = (
        f"{CUSTOMERS_HEADER}\n"
        "C009,individual,王芳,Wang Fang,110101199001011234,,,BJ01,,\n"
        "C001,individual,张伟,Zhang Wei,110101199001019999,,,BJ01,,\n"
    )
    assert run(db, "import", "customers", write(tmp_path, "swapped.csv", swapped)) == 0
    assert "1 created, 1 updated" in capsys.readouterr().out
    # a deliberate duplicate (one person, two customer numbers)
    twice = f"{CUSTOMERS_HEADER}\nC010,individual,王芳,Wang Fang,110101199001011234,,,BJ01,,\n"
    path = write(tmp_path, "twice.csv", twice)
    assert run(db, "import", "customers", path) == 1
    assert run(db, "import", "customers", path, "--allow-duplicate-id") == 0
    with db.reader() as session:
        holders = session.scalars(
            select(Customer.customer_number).where(Customer.national_id == "110101199001011234")
        ).all()
    assert sorted(holders) == ["C009", "C010"]


def test_allow_duplicate_id_is_for_customers_only(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "e.csv", "customer_number,source,attribute,value,as_of\n")
    assert run(db, "import", "external", path, "--allow-duplicate-id") == 2
    assert "for a customers file only" in capsys.readouterr().err


def test_a_dry_run_says_what_would_change_and_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "c.csv", CUSTOMERS)
    state = feed_state(db)
    assert run(db, "import", "customers", path, "--dry-run") == 0
    assert "dry run, nothing changed: would have 3 created" in capsys.readouterr().out
    assert count(db, Customer) == 0 and feed_state(db) == state
    assert run(db, "import", "customers", path) == 0
    changed = write(tmp_path, "d.csv", CUSTOMERS.replace("Li Na,", "Li Na Jr,"))
    state = feed_state(db)
    assert run(db, "import", "customers", changed, "--dry-run") == 0
    assert "would have 0 created, 1 updated, 2 unchanged" in capsys.readouterr().out
    assert feed_state(db) == state


def test_every_loaded_row_is_in_the_feed_with_what_it_was(db: Database, tmp_path: Path) -> None:
    version, entries = feed_state(db)
    assert run(db, "import", "customers", write(tmp_path, "c.csv", CUSTOMERS)) == 0
    rows = count(db, Customer) + count(db, ContactPoint)
    assert (rows, feed_state(db)) == (6, (version + 7, entries + 7)), "and the run's audit event"
    moved = CUSTOMERS.replace(
        "Li Na,110101199202023456,13800000002,,BJ01", "Li Na,,13900000002,,SH01"
    )
    assert run(db, "import", "customers", write(tmp_path, "m.csv", moved)) == 0
    with db.reader() as session:
        log = session.execute(
            select(change_log.c.table_name, change_log.c.op, change_log.c.before)
            .where(change_log.c.seq > version + 7, change_log.c.table_name != "audit_event")
            .order_by(change_log.c.seq)
        ).all()
        branches = dict(session.execute(select(Customer.customer_number, Customer.version)).all())
    assert [(t, op) for t, op, _ in log] == [("customer", "update"), ("contact_point", "update")]
    assert set(log[0].before) == {"national_id", "home_branch_id"}
    assert log[0].before["national_id"] == "110101199202023456"
    assert log[1].before == {"value": "13800000002"}
    assert branches["C002"] == version + 8, "the row carries its feed version"


def test_imported_customers_reach_the_branch_by_the_normal_pull(api: Api, tmp_path: Path) -> None:
    add_reference_data(api.db)
    teller = api.login("teller@BJ01")
    _, cursor = api.pull_all(teller)
    import_csv(api.db, "customers", Path(write(tmp_path, "c.csv", CUSTOMERS)))
    changes, cursor = api.pull_all(teller, cursor)
    numbers = {c["row"]["customer_number"] for c in changes if c["table"] == "customer"}
    assert numbers == {"C001", "C002"}, "BJ01's customers, not SH01's"
    values = {c["row"]["value"] for c in changes if c["table"] == ContactPoint.__tablename__}
    assert values == {"13800000001", "zw@example.cn", "13800000002"}
    assert all(c["version"] == c["row"]["version"] for c in changes)
    import_csv(
        api.db,
        "customers",
        Path(write(tmp_path, "d.csv", CUSTOMERS.replace("Li Na,", "Li Na Jr,"))),
    )
    changes, _ = api.pull_all(teller, cursor)
    assert [c["row"]["name_latin"] for c in changes] == ["Li Na Jr"]


def test_a_progress_line_is_shown_on_a_terminal_only(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(run_module, "LINES", 2)
    shown, hidden = Terminal(), io.StringIO()
    path = Path(write(tmp_path, "c.csv", CUSTOMERS))
    import_csv(db, "customers", path, dry_run=True, meter=Meter("customers", hidden))
    assert hidden.getvalue() == ""
    import_csv(db, "customers", path, meter=Meter("customers", shown))
    text = shown.getvalue()
    assert "\rcustomers: checked 2 lines (" in text and "% of the file), wrote " in text
    assert text.endswith("\rcustomers: checked 3 lines, wrote 6 rows\033[K\n")


@pytest.mark.parametrize("strategy", ["in-lists", "temporary table", "whole table"])
def test_every_way_of_looking_up_known_rows_finds_them(
    strategy: str, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(write(tmp_path, "c.csv", CUSTOMERS))
    import_csv(db, "customers", path)
    if strategy != "in-lists":
        monkeypatch.setattr(bulk, "TEMP_TABLE_FROM", 1)
        monkeypatch.setattr(bulk, "SCAN_SHARE", 0 if strategy == "temporary table" else 100)
    again = import_csv(db, "customers", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    changed = import_csv(
        db, "customers", Path(write(tmp_path, "d.csv", CUSTOMERS.replace("13800000002", "139")))
    )
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 2)
    assert count(db, ContactPoint) == 3


def test_a_file_read_in_batches_loads_whole_or_not_at_all(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(run_module, "LINES", 1)
    assert run(db, "import", "customers", write(tmp_path, "base.csv", CUSTOMERS)) == 0
    state, customers = feed_state(db), count(db, Customer)
    late = (
        f"{CUSTOMERS_HEADER}\n"
        "C004,individual,王芳,Wang Fang,,,,BJ01,,\n"
        "C005,individual,赵磊,Zhao Lei,,,,BJ01,,\n"
        "C004,individual,王芳,Wang Fang,,,,XX99,,\n"
    )
    capsys.readouterr()
    assert run(db, "import", "customers", write(tmp_path, "late.csv", late)) == 1
    err = capsys.readouterr().err
    assert (
        "line 4: unknown branch code 'XX99' (branch_code); customer_number C004 already on line 2"
        in err
    )
    assert (feed_state(db), count(db, Customer)) == (state, customers), "all rolled back"
    # C009 takes C001's national ID on line 2; line 3 gives C001 another: both load
    swap = (
        f"{CUSTOMERS_HEADER}\n"
        "C009,individual,王芳,Wang Fang,110101199001011234,,,BJ01,,\n"
        "C001,individual,张伟,Zhang Wei,110101199001019999,,,BJ01,,\n"
    )
    assert run(db, "import", "customers", write(tmp_path, "swap.csv", swap)) == 0
    assert "1 created, 1 updated" in capsys.readouterr().out
    # and when no later line frees it, the waiting line is refused at the end
    keep = f"{CUSTOMERS_HEADER}\nC010,individual,李娜,Li Na,110101199202023456,,,BJ01,,\n"
    assert (
        run(
            db,
            "import",
            "customers",
            write(tmp_path, "keep.csv", keep + "C011,individual,李四,Li Si,,,,BJ01,,\n"),
        )
        == 1
    )
    assert (
        "line 2: national_id 110***********3456 of C010 is already held by C002"
        in capsys.readouterr().err
    )
    assert count(db, Customer) == customers + 1
