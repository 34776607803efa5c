"""Head office's "Feedback" home on a live in-process server: a teller's segment feedback
reaches it; head office filters to it, accepts a move and rejects a "wrong" from the
keyboard, each with a reply; the server holds the answers and the move; after its pull the
teller's workstation shows them in the 360. A teller's window has no such tab."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from client.customer360 import load_customer_360
from client.schema.enums import FeedbackVerdict
from client.work import segment_feedback
from sync.engine.feedback import server_feedback
from sync.feedback_protocol import FeedbackShown
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.homes.feedback import FeedbackHome
from ui.homes.registry import FEEDBACK, tabs_for
from ui.mainwindow import MainWindow
from ui.models import feedback as columns
from ui.session import AppSession
from ui.widgets.customer import Customer360View
from ui.work.actions import WorkActions
from ui.work.choices import FeedbackDialog


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("fb-bank"))
    yield running
    running.server.stop()


def _uuid(value: object) -> uuid.UUID:
    """A UUID as the server's SQLite database holds it (16 bytes)."""
    assert isinstance(value, bytes)
    return uuid.UUID(bytes=value)


def _customers(bank: Bank, branch: str, count: int = 2) -> list[tuple[str, uuid.UUID, uuid.UUID]]:
    """The first customers of `branch` in a segment: (number, customer id, segment id)."""
    rows = bank.query(
        "SELECT c.customer_number, c.id, c.segment_id FROM customer c "
        "JOIN branch b ON b.id = c.home_branch_id "
        "WHERE b.code = ? AND c.segment_id IS NOT NULL AND c.deleted = 0 "
        "ORDER BY c.customer_number LIMIT ?",
        branch,
        count,
    )
    return [(str(n), _uuid(c), _uuid(s)) for n, c, s in rows]


def _segment_other_than(bank: Bank, segment: uuid.UUID) -> tuple[uuid.UUID, str]:
    rows = bank.query("SELECT id, name FROM segment WHERE deleted = 0 ORDER BY code")
    return next((_uuid(i), str(name)) for i, name in rows if _uuid(i) != segment)


def _status_of(bank: Bank, feedback_id: uuid.UUID) -> tuple[object, ...]:
    rows = bank.query("SELECT status, reply FROM segment_feedback WHERE id = ?", feedback_id.bytes)
    return rows[0]


@pytest.fixture
def teller(bank: Bank, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppSession]:
    folder = tmp_path_factory.mktemp("fb-teller") / "profile"
    opened = station(folder, bank, bank.server.teller, [bank.teller_branch()], "counter 6")
    try:
        yield opened
    finally:
        opened.close()


def test_head_office_answers_the_branchs_feedback_and_the_branch_reads_it(
    app: QApplication,
    qtbot: QtBot,
    bank: Bank,
    teller: AppSession,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    branch = bank.teller_branch()
    (moved, moved_id, segment), (kept, kept_id, kept_segment) = _customers(bank, branch)
    other, other_name = _segment_other_than(bank, segment)
    assert teller.engine is not None and teller.staff is not None
    cache = teller.engine.cache
    with cache.session() as session:
        move = segment_feedback(
            session,
            teller.staff,
            segment,
            FeedbackVerdict.SUGGEST_OTHER,
            customer_id=moved_id,
            suggested_segment_id=other,
            comment="runs a tea shop",
        )
        wrong = segment_feedback(
            session,
            teller.staff,
            kept_segment,
            FeedbackVerdict.DISAGREE,
            customer_id=kept_id,
            comment="retired last year",
        )
    teller.engine.sync()
    assert _status_of(bank, move.row_id) == ("open", "")

    folder = tmp_path_factory.mktemp("fb-ho") / "profile"
    head = station(folder, bank, user_of(bank, "head_office"), [branch], "head office desk")
    try:
        with live_window(app, qtbot, head) as window:
            tabs = window.findChild(QTabWidget, "homeTabs")
            home = window.findChild(FeedbackHome)
            assert tabs is not None and home is not None
            tabs.setCurrentWidget(home)
            qtbot.waitUntil(lambda: home.loaded_at is not None, timeout=20_000)
            assert home.model.rowCount() >= 2
            shown = home.shown.rowCount()
            assert tabs.tabText(tabs.currentIndex()) == f"Feedback ({shown})"

            _accept_by_keyboard(qtbot, window, home, moved, "agreed: a business customer now")
            qtbot.waitUntil(lambda: _status_of(bank, move.row_id)[0] == "accepted", timeout=10_000)
            assert _status_of(bank, move.row_id) == ("accepted", "agreed: a business customer now")
            moved_to = bank.query(
                "SELECT segment_id FROM customer WHERE customer_number = ?", moved
            )
            assert moved_to[0][0] == other.bytes  # the move is made at once
            qtbot.waitUntil(lambda: "accepted" in home.status.text(), timeout=10_000)

            _reject_by_keyboard(qtbot, home, kept, "still a mass customer")
            qtbot.waitUntil(lambda: _status_of(bank, wrong.row_id)[0] == "rejected", timeout=10_000)

            # open feedback only: both answered ones are gone; "Answered" shows them
            qtbot.waitUntil(lambda: _numbers_shown(home) == set(), timeout=10_000)
            assert tabs.tabText(tabs.currentIndex()) == "Feedback (0)"
            home.which.setCurrentIndex(1)
            qtbot.waitUntil(lambda: _numbers_shown(home) == {moved, kept}, timeout=10_000)
            statuses = {
                home.shown.index(r, columns.STATUS).data() for r in range(home.shown.rowCount())
            }
            assert statuses == {"accepted", "rejected"}
            assert tabs.tabText(tabs.currentIndex()) == "Feedback (2)"
    finally:
        head.close()

    # the branch's workstation pulls the answers and shows them in the 360
    teller.engine.sync()
    with cache.read_session() as session:
        view = load_customer_360(session, customer_number=moved)
    assert [(f.status, f.reply) for f in view.segment_feedback] == [
        ("accepted", "agreed: a business customer now")
    ]
    shown_360 = Customer360View()
    qtbot.addWidget(shown_360)
    shown_360.show_customer(view)
    model = shown_360.feedback_model
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert f"wrong, should be {other_name}" in cells
    assert "accepted" in cells and "agreed: a business customer now" in cells
    activity = shown_360.activity
    assert activity.tabText(activity.count() - 1) == "Segment feedback (1)"


def _numbers_shown(home: FeedbackHome) -> set[str]:
    """The customers of the rows shown whose feedback the test wrote (filter on)."""
    return {home.shown.line_at(r).customer_number for r in range(home.shown.rowCount())}


def _accept_by_keyboard(
    qtbot: QtBot, window: MainWindow, home: FeedbackHome, number: str, reply: str
) -> None:
    home.filter.setFocus()
    qtbot.keyClicks(home.filter, number)
    assert home.shown.rowCount() == 1
    qtbot.keyClick(home.filter, Qt.Key.Key_Return)  # into the list, its first row
    assert home.table.hasFocus() and home.current_line() is not None
    qtbot.keyClick(
        home.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: home.dialog is not None and home.dialog.isVisible(), timeout=5_000)
    dialog = home.dialog
    assert dialog is not None and dialog.accepting()
    qtbot.waitUntil(dialog.reply.hasFocus, timeout=5_000)  # the reply is typed at once
    assert "moves" in dialog.effect.text()
    qtbot.keyClicks(dialog.reply, reply)
    qtbot.keyClick(dialog.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: home.dialog is None, timeout=10_000)


def _reject_by_keyboard(qtbot: QtBot, home: FeedbackHome, number: str, reply: str) -> None:
    home.filter.clear()
    home.filter.setFocus()
    qtbot.keyClicks(home.filter, number)
    qtbot.waitUntil(lambda: home.shown.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(home.filter, Qt.Key.Key_Return)
    qtbot.keyClick(
        home.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: home.dialog is not None and home.dialog.isVisible(), timeout=5_000)
    dialog = home.dialog
    assert dialog is not None and not dialog.accepting()
    assert not dialog.ok.isEnabled()  # a reply first
    qtbot.waitUntil(dialog.reply.hasFocus, timeout=5_000)
    qtbot.keyClicks(dialog.reply, reply)
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: home.dialog is None or dialog.error.isVisible(), timeout=10_000)
    assert home.dialog is None, dialog.error.text()
    home.filter.clear()


def test_a_teller_has_no_feedback_tab() -> None:
    assert FEEDBACK not in [tab.key for tab in tabs_for("teller")]
    assert FEEDBACK not in [tab.key for tab in tabs_for("branch_manager")]
    assert FEEDBACK in [tab.key for tab in tabs_for("head_office")]


def test_a_teller_says_watch_with_ctrl_g_and_head_office_reads_it(
    app: QApplication,
    qtbot: QtBot,
    bank: Bank,
    teller: AppSession,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    number, customer_id, _segment = _customers(bank, bank.teller_branch(), 3)[2]
    with live_window(app, qtbot, teller) as window:
        window.open_customer(number)
        qtbot.waitUntil(
            lambda: (
                window.customer.view is not None and window.customer.view.customer_number == number
            ),
            timeout=10_000,
        )
        actions = window.findChild(WorkActions)
        assert actions is not None
        window.customer.setFocus()
        qtbot.keyClick(window.customer, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=5_000
        )
        dialog = actions.dialog
        assert isinstance(dialog, FeedbackDialog)
        qtbot.waitUntil(lambda: dialog.segment_id is not None, timeout=10_000)
        watch = dialog.verdict.findData(FeedbackVerdict.WATCH.value)
        assert watch >= 0 and dialog.verdict.itemText(watch).startswith("Watch")
        dialog.verdict.setCurrentIndex(watch)
        assert not dialog.suggested.isEnabled()  # nothing to suggest
        dialog.comment.setFocus()
        qtbot.keyClicks(dialog.comment, "salary moved here last month")
        qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())

        def uploaded() -> bool:
            return bool(
                bank.query(
                    "SELECT 1 FROM segment_feedback WHERE customer_id = ? AND verdict = 'watch'",
                    customer_id.bytes,
                )
            )

        qtbot.waitUntil(uploaded, timeout=30_000)

    folder = tmp_path_factory.mktemp("fb-ho-watch") / "profile"
    head = station(folder, bank, user_of(bank, "head_office"), [bank.teller_branch()], "ho 2")
    try:
        assert head.engine is not None
        lines = server_feedback(head.engine, FeedbackShown.OPEN).lines
        assert [(f.verdict, f.reason) for f in lines if f.customer_number == number] == [
            ("watch", "salary moved here last month")
        ]
    finally:
        head.close()
