"""The auditor's home on a live server: an auditor signs in, lands on the audit tab, searches
by customer number from the keyboard and sees another user's "viewed" event with who, when
and from which workstation; the tab counts the rows; the search is itself audited; Enter on
a row opens that customer's 360; a teller's window has no audit tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.schema.models import AuditEvent
from client.store import LocalCache
from tests.ui.audit_kit import Trail, station, teller_views_and_changes, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.audit.home import AuditHome
from ui.mainwindow import MainWindow
from ui.models.audit import ACTION, CUSTOMER, USER, WORKSTATION
from ui.session import AppSession


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("audit-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def trail(bank: Bank, tmp_path_factory: pytest.TempPathFactory) -> Trail:
    return teller_views_and_changes(tmp_path_factory.mktemp("audit-teller") / "profile", bank)


@pytest.fixture(scope="module")
def auditor(
    bank: Bank, trail: Trail, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppSession]:
    folder = tmp_path_factory.mktemp("audit-ws") / "profile"
    opened = station(folder, bank, user_of(bank, "auditor"), [bank.teller_branch()], "audit 1")
    yield opened
    opened.close()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, auditor: AppSession) -> Iterator[MainWindow]:
    with live_window(app, qtbot, auditor) as win:
        yield win


def home_of(window: MainWindow) -> tuple[QTabWidget, AuditHome]:
    tabs = window.findChild(QTabWidget, "homeTabs")
    home = window.findChild(AuditHome)
    assert tabs is not None and home is not None
    return tabs, home


def search_by_customer(qtbot: QtBot, home: AuditHome, number: str) -> None:
    """Types the number in the customer field (focused at start) and presses Enter."""
    qtbot.waitUntil(home.customer.hasFocus, timeout=5_000)
    qtbot.keyClicks(home.customer, number.lower())
    qtbot.keyClick(home.customer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: home.found is not None, timeout=15_000)


def cell(home: AuditHome, row: int, column: int) -> str:
    return str(home.shown.index(row, column).data())


def test_the_auditor_finds_another_users_view_of_a_customer(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    tabs, home = home_of(window)
    assert tabs.currentWidget() is home
    search_by_customer(qtbot, home, trail.number)
    assert home.found is not None and home.found.online
    rows = range(home.shown.rowCount())
    views = [r for r in rows if cell(home, r, ACTION) == "viewed"]
    assert views, [cell(home, r, ACTION) for r in rows]
    row = views[0]
    assert (cell(home, row, USER), cell(home, row, WORKSTATION)) == (trail.teller, trail.station)
    assert cell(home, row, CUSTOMER) == trail.number
    view = next(line for line in home.found.lines if line.action == "view")
    assert view.occurred_at.tzinfo is not None
    assert "changed" in [cell(home, r, ACTION) for r in rows]
    count = home.shown.rowCount()
    assert tabs.tabText(1) == f"Audit trail ({count})"
    assert home.status.text().startswith(f"{count} events found.")


def test_the_filter_narrows_the_rows_and_the_tab_count(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    tabs, home = home_of(window)
    search_by_customer(qtbot, home, trail.number)
    total = home.shown.rowCount()
    qtbot.keyClick(home, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert home.filter.hasFocus()
    qtbot.keyClicks(home.filter, "viewed")
    shown = home.shown.rowCount()
    assert 0 < shown < total
    assert tabs.tabText(1) == f"Audit trail ({shown})"


def test_each_search_is_recorded_as_an_audit_event(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    _, home = home_of(window)
    search_by_customer(qtbot, home, trail.number)

    def recorded() -> list[AuditEvent]:
        with LocalCache.open(window.profile) as cache, cache.read_session() as session:
            return list(
                session.scalars(select(AuditEvent).where(AuditEvent.entity == "audit_event"))
            )

    qtbot.waitUntil(lambda: len(recorded()) > 0, timeout=10_000)
    event = recorded()[-1]
    assert event.action == "view" and event.customer_id is not None
    assert f"customer {trail.number}" in event.detail and "event(s) shown" in event.detail


def test_enter_on_an_event_opens_its_customer(
    window: MainWindow, qtbot: QtBot, trail: Trail
) -> None:
    tabs, home = home_of(window)
    search_by_customer(qtbot, home, trail.number)
    home.table.setFocus()
    home.table.setCurrentIndex(home.shown.index(0, 0))
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.customer.view is not None
            and window.customer.view.customer_number == trail.number
        ),
        timeout=10_000,
    )
    assert tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is home and home.customer.hasFocus()


def test_a_teller_has_no_audit_tab(
    app: QApplication, qtbot: QtBot, bank: Bank, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("audit-teller-ws") / "profile"
    session = station(folder, bank, bank.server.teller, [bank.teller_branch()], "counter 8")
    try:
        with live_window(app, qtbot, session) as win:
            assert win.findChild(AuditHome) is None
            tabs = win.findChild(QTabWidget, "homeTabs")  # the teller's own homes, if any
            titles = [] if tabs is None else [tabs.tabText(i) for i in range(tabs.count())]
            assert not any(title.startswith("Audit trail") for title in titles)
    finally:
        session.close()
