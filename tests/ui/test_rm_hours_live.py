"""The RM's own working hours and open tasks on a live in-process server: from "My
calendar" the RM sets their hours (Alt+H, a small dialog); the server makes their blocks,
which reach the workstation by the pull and show in next week's calendar at those times;
"My tasks (N)" lists the task given to them, and closing it from there is saved locally,
uploaded, and then held done by the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from client.schema.enums import TaskStatus
from client.schema.models import Task
from sync.demo import SERVER_FILE
from sync.server import feed
from sync.server.db import Database
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.homes.calendar import CalendarHome
from ui.homes.hours import HoursDialog
from ui.homes.tasks import TasksHome
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.teller.items import CloseTaskDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
HOURS = "mon-sun 07:15-07:45"
"""Times no demo RM works, so every block at 07:15 is one these hours made."""
SHANGHAI = ZoneInfo("Asia/Shanghai")
TITLE = "call back about the wealth plan"


def _id(value: object) -> uuid.UUID:
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("hours-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def rm(bank: Bank) -> str:
    return user_of(bank, "relationship_manager", bank.teller_branch())


@pytest.fixture(scope="module")
def task_id(bank: Bank, rm: str) -> uuid.UUID:
    """An open task on the server, given to the RM, due yesterday."""
    ((rm_id,),) = bank.query("SELECT id FROM user_account WHERE username = ?", rm)
    ((customer_id,),) = bank.query(
        "SELECT id FROM customer WHERE owning_rm_id = ? ORDER BY customer_number LIMIT 1", rm_id
    )
    task = Task(
        id=uuid.uuid4(),
        version=0,
        deleted=False,
        customer_id=_id(customer_id),
        interaction_id=None,
        assigned_to_id=_id(rm_id),
        title=TITLE,
        due_on=date.today() - timedelta(days=1),
        status=TaskStatus.OPEN,
        completed_at=None,
    )
    db = Database(f"sqlite:///{bank.folder / SERVER_FILE}")
    try:
        with db.writer() as session, session.begin():
            session.add(task)
            session.flush()
            feed.record(
                session, [feed.PendingChange(task, "task", "insert")], None, datetime.now(UTC)
            )
    finally:
        db.dispose()
    return task.id


@pytest.fixture
def window(
    app: QApplication,
    qtbot: QtBot,
    bank: Bank,
    rm: str,
    task_id: uuid.UUID,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MainWindow]:
    folder = tmp_path_factory.mktemp("hours-ws") / "profile"
    session: AppSession = station(folder, bank, rm, [bank.teller_branch()], "rm desk")
    try:
        with live_window(app, qtbot, session) as win:
            yield win
    finally:
        session.close()


def made_blocks(calendar: CalendarHome) -> list[datetime]:
    """The starts of the blocks shown at 07:15 Shanghai time."""
    starts = []
    for row in range(calendar.shown.rowCount()):
        entry = calendar.shown.line_at(row)
        local = entry.starts_at.astimezone(SHANGHAI)
        if not entry.is_appointment and (local.hour, local.minute) == (7, 15):
            starts.append(entry.starts_at)
    return starts


def test_the_rm_sets_their_hours_and_the_blocks_arrive_with_the_sync(
    window: MainWindow, qtbot: QtBot, bank: Bank, rm: str
) -> None:
    tabs = window.findChild(QTabWidget, "homeTabs")
    calendar = window.findChild(CalendarHome)
    assert tabs is not None and calendar is not None
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert tabs.currentWidget() is calendar and calendar.hours_button.isVisible()
    calendar.step(1)  # next week: every day of it is still to come
    qtbot.waitUntil(lambda: calendar.loaded_at is not None, timeout=15_000)
    assert made_blocks(calendar) == []

    qtbot.keyClick(calendar.table, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: isinstance(calendar.hours_dialog, HoursDialog), timeout=5_000)
    dialog = calendar.hours_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "mon-sun 07:45-07:15")  # the server points at the mistake
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "Not set" in dialog.error.text() and "character" in dialog.error.text()
    assert dialog.isVisible()

    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, HOURS)
    dialog.slot.setValue(15)
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    assert "Working hours set: mon-sun 07:15-07:45 (15-minute slots)" in calendar.status.text()

    qtbot.waitUntil(lambda: len(made_blocks(calendar)) == 7, timeout=30_000)
    assert {start.astimezone(SHANGHAI).weekday() for start in made_blocks(calendar)} == set(
        range(7)
    )
    ((hours,),) = bank.query(
        "SELECT h.hours FROM server_working_hours h JOIN user_account u ON u.id = h.user_id "
        "WHERE u.username = ?",
        rm,
    )
    assert hours == HOURS


def test_the_rm_closes_a_task_from_my_tasks_and_the_server_holds_it_done(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester, bank: Bank, task_id: uuid.UUID
) -> None:
    tabs = window.findChild(QTabWidget, "homeTabs")
    page = window.findChild(TasksHome)
    assert tabs is not None and page is not None
    qtbot.waitUntil(
        lambda: any(page.shown.line_at(r).task_id == task_id for r in range(page.shown.rowCount())),
        timeout=15_000,
    )
    qtmodeltester.check(page.shown)
    index = tabs.indexOf(page)
    assert tabs.tabText(index) == f"My tasks ({page.shown.rowCount()})"
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert tabs.currentWidget() is page and page.table.hasFocus()
    qtbot.keyClicks(page.filter, "wealth plan")
    assert page.shown.rowCount() == 1 and tabs.tabText(index) == "My tasks (1)"
    page.table.setFocus()
    page.table.setCurrentIndex(page.shown.index(0, 0))
    line = page.current_line()
    assert line is not None and line.task_id == task_id and line.overdue

    qtbot.keyClick(page, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: isinstance(page.flows.dialog, CloseTaskDialog), timeout=5_000)
    dialog = page.flows.dialog
    assert isinstance(dialog, CloseTaskDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.keyClicks(dialog.note, "called, booked a review")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.shown.rowCount() == 0, timeout=10_000)
    assert "saved locally" in page.status.text()
    assert tabs.tabText(index) == "My tasks (0)"

    def server_done() -> bool:
        rows = bank.query("SELECT status FROM task WHERE id = ?", task_id.bytes)
        return bool(rows) and rows[0][0] == "done"

    qtbot.waitUntil(server_done, timeout=30_000)
