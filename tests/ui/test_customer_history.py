"""The 360's History and External data on a live server.

A teller changed a customer's phone at another workstation; the branch manager opening the
customer sees that change in History with the teller's name, its time and that
workstation, the numbers masked, plus the external data `import external` loaded (source,
attribute, value, as-of date). A teller, whose role may not see History, sees External
data but no History section.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sync.demo import SERVER_FILE
from sync.server.cli import main as server_main
from tests.ui.audit_kit import NEW_PHONE, Trail, station, teller_views_and_changes, user_of
from tests.ui.live_kit import open_customer
from tests.ui.online_kit import Bank, live_window, start_bank
from ui import format as fmt
from ui.mainwindow import MainWindow
from ui.models.audit import ACTION, USER, VALUES, WHAT, WHEN, WORKSTATION
from ui.session import AppSession

EXTERNAL = [
    ("pboc_credit", "credit_score", "688", "2025-09-30"),
    ("pboc_credit", "credit_score", "712", "2026-02-28"),
    ("census", "income_band", "C", "2025-12-31"),
]


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("history-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def trail(bank: Bank, tmp_path_factory: pytest.TempPathFactory) -> Trail:
    """The teller's view and change, then the customer's external data imported."""
    done = teller_views_and_changes(tmp_path_factory.mktemp("history-teller") / "p", bank)
    csv = tmp_path_factory.mktemp("history-import") / "external.csv"
    lines = ["customer_number,source,attribute,value,as_of"]
    lines += [f"{done.number},{s},{a},{v},{d}" for s, a, v, d in EXTERNAL]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    database = f"sqlite:///{bank.folder / SERVER_FILE}"
    assert server_main(["import", "external", str(csv), "--database", database]) == 0
    return done


def session_of(bank: Bank, folder: Path, role: str, name: str) -> AppSession:
    branch = bank.teller_branch()
    username = bank.server.teller if role == "teller" else user_of(bank, role, branch)
    return station(folder, bank, username, [branch], name)


@pytest.fixture(scope="module")
def manager(
    bank: Bank, trail: Trail, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppSession]:
    opened = session_of(bank, tmp_path_factory.mktemp("bm") / "p", "branch_manager", "office 1")
    yield opened
    opened.close()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, manager: AppSession) -> Iterator[MainWindow]:
    with live_window(app, qtbot, manager) as win:
        yield win


def test_a_change_made_at_another_workstation_shows_in_history(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    open_customer(window, qtbot, trail.number)
    customer = window.customer
    assert customer.history_box.isVisibleTo(window)
    shown = customer.history_sorted
    qtbot.waitUntil(lambda: shown.rowCount() > 0, timeout=15_000)
    rows = range(shown.rowCount())
    changes = [r for r in rows if shown.index(r, ACTION).data() == "changed"]
    assert len(changes) == 1
    row = changes[0]
    line = shown.line_at(row)
    assert (shown.index(row, USER).data(), shown.index(row, WORKSTATION).data()) == (
        trail.teller,
        trail.station,
    )
    assert shown.index(row, WHEN).data() == fmt.moment(line.occurred_at)
    assert shown.index(row, WHAT).data() == "Contact: value"
    assert shown.index(row, VALUES).data().endswith(f"→ 139****{NEW_PHONE[-4:]}")
    assert NEW_PHONE not in shown.index(row, VALUES).data()
    assert "viewed" in [shown.index(r, ACTION).data() for r in rows]
    assert customer.history_box.title() == f"History ({shown.rowCount()})"
    assert "every workstation" in customer.history_note.text()


def test_the_external_data_shows_with_source_and_date(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    open_customer(window, qtbot, trail.number)
    model = window.customer.external_model
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert cells == [
        ["census", "income_band", "C", "2025-12-31"],
        ["pboc_credit", "credit_score", "712", "2026-02-28"],
        ["pboc_credit", "credit_score", "688", "2025-09-30"],
    ]
    assert window.customer.external_box.title() == "External data (3)"


def test_a_teller_sees_external_data_but_no_history(
    app: QApplication,
    qtbot: QtBot,
    bank: Bank,
    trail: Trail,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    session = session_of(bank, tmp_path_factory.mktemp("teller-ws") / "p", "teller", "counter 9")
    try:
        with live_window(app, qtbot, session) as win:
            open_customer(win, qtbot, trail.number)
            assert win.customer.external_box.isVisibleTo(win)
            assert win.customer.external_model.rowCount() == len(EXTERNAL)
            assert not win.customer.history_box.isVisibleTo(win)
            assert win.customer.history_model.rowCount() == 0
    finally:
        session.close()
