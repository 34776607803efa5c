"""The 360 shows when each part was synced and where the teller's edits stand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.online_kit import Bank, live_window, start_bank, workstation
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.work import WorkActions
from ui.work.dialogs import InteractionDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SUBJECT = "Came in about a mortgage"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("edit-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def session(bank: Bank, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppSession]:
    """The demo teller's workstation, replicating its branch."""
    folder = tmp_path_factory.mktemp("edit-ws") / "profile"
    opened = workstation(folder, bank, bank.server.teller, [bank.teller_branch()])
    yield opened
    opened.close()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, session: AppSession) -> Iterator[MainWindow]:
    with live_window(app, qtbot, session) as win:
        yield win


def a_customer(bank: Bank) -> str:
    rows = bank.query(
        "SELECT c.customer_number FROM customer c JOIN branch b ON b.id = c.home_branch_id "
        "WHERE b.code = ? AND c.deleted = 0 ORDER BY c.customer_number LIMIT 1",
        bank.teller_branch(),
    )
    return str(rows[0][0])


def open_customer(window: MainWindow, qtbot: QtBot, number: str) -> None:
    window.open_customer(number)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == number,
        timeout=10_000,
    )


def log_interaction(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.findChild(WorkActions)
    assert actions is not None
    window.customer.setFocus()
    qtbot.keyClick(window.customer, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InteractionDialog), timeout=5_000)
    dialog = actions.dialog
    assert isinstance(dialog, InteractionDialog)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
    dialog.subject.setText(SUBJECT)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)


def test_every_part_of_the_360_says_when_it_was_synced(
    window: MainWindow, qtbot: QtBot, bank: Bank
) -> None:
    open_customer(window, qtbot, a_customer(bank))
    lines = window.customer.sync_lines
    qtbot.waitUntil(lambda: lines["contact"].isVisible(), timeout=10_000)
    for name in ("customer", "contact", "accounts", "profitability", "activity"):
        assert lines[name].isVisible(), name
        assert lines[name].text().startswith("Synced 20"), lines[name].text()
    assert lines["accounts"].toolTip().startswith("Latest change of this data: 20")


def test_an_edit_shows_saved_locally_then_uploaded(
    window: MainWindow, qtbot: QtBot, bank: Bank
) -> None:
    uploads: list[int] = []
    window.workspace.upload_on_save = False  # the edit waits in the outbox until asked
    window.workspace.localEditSaved.connect(lambda saved: uploads.append(len(saved.edits)))
    open_customer(window, qtbot, a_customer(bank))
    line = window.customer.sync_lines["activity"]
    qtbot.waitUntil(lambda: line.isVisible(), timeout=10_000)
    assert "Saved locally" not in line.text()

    log_interaction(window, qtbot)
    qtbot.waitUntil(lambda: "Saved locally" in line.text(), timeout=10_000)
    assert "interaction" in line.text() and uploads == [1]
    assert "Uploaded" not in line.text()
    assert "Saved locally" not in window.customer.sync_lines["contact"].text()

    window.workspace.sync_now()
    qtbot.waitUntil(lambda: "Uploaded" in line.text(), timeout=20_000)
    assert "Saved locally" not in line.text()
    provider = window.workspace.status
    assert provider.status().pending == 0
