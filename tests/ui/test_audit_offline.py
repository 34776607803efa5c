"""The audit screens without a server: a branch manager's History says it needs the server,
an auditor's reads this computer's copy of the trail, and the auditor's search says it is
searched on the server instead of failing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.profile import Profile
from tests.ui.live_kit import open_customer
from ui.audit.home import AuditHome
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.workspace import Workspace


@pytest.fixture
def offline_window(
    app: QApplication, qtbot: QtBot, demo_profile: Profile, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The demo cache's window, signed in as the parametrized role, with no server."""
    translations = Translations(app)
    translations.switch("en")
    session = AppSession(demo_profile, role=request.param)
    win = MainWindow(Workspace(demo_profile, session=session, sync=False), translations)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.ready, timeout=30_000)
    yield win
    win.close()


def first_number(window: MainWindow, qtbot: QtBot) -> str:
    window.search.box.setText("C0000000")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
    return str(window.search.model.hit(0).customer_number)


@pytest.mark.parametrize("offline_window", ["branch_manager"], indirect=True)
def test_a_branch_managers_history_waits_for_the_server(
    offline_window: MainWindow, qtbot: QtBot
) -> None:
    customer = offline_window.customer
    open_customer(offline_window, qtbot, first_number(offline_window, qtbot))
    assert customer.history_box.isVisibleTo(offline_window)
    qtbot.waitUntil(lambda: "when online" in customer.history_note.text(), timeout=5_000)
    assert offline_window.findChild(AuditHome) is None


@pytest.mark.parametrize("offline_window", ["auditor"], indirect=True)
def test_an_auditor_reads_the_cached_trail_and_is_told_searches_need_the_server(
    offline_window: MainWindow, qtbot: QtBot
) -> None:
    customer = offline_window.customer
    home = offline_window.findChild(AuditHome)
    assert home is not None
    qtbot.keyClick(offline_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    open_customer(offline_window, qtbot, first_number(offline_window, qtbot))
    qtbot.waitUntil(lambda: "Nothing recorded" in customer.history_note.text(), timeout=5_000)
    qtbot.keyClick(offline_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(home.customer, "C000000001")
    qtbot.keyClick(home.customer, Qt.Key.Key_Return)
    assert home.status.text().startswith("Offline: the audit trail is searched on the server")
    home.since.setText("yesterday")
    qtbot.keyClick(home.since, Qt.Key.Key_Return)
    assert home.status.text().startswith("Give the date as YYYY-MM-DD")
    assert home.since.hasFocus()
