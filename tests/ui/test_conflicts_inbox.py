"""The conflicts inbox: the same phone changed here offline and by another teller meanwhile;
the inbox shows mine, the server's and the original value, and settles it as chosen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from client.conflicts import Issue
from client.inbox import InboxItem
from tests.ui.live_kit import (
    Live,
    customer_with_phone,
    edit_phone_in_window,
    live_window,
    other_teller,
    other_teller_sets_phone,
)
from ui.conflicts import ConflictsInbox
from ui.conflicts.dialog import ConflictsDialog
from ui.mainwindow import MainWindow

MINE = "139 1111 2222"
THEIRS = "139 3333 4444"


@pytest.fixture
def live(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    with live_window(app, qtbot, tmp_path, monkeypatch) as running:
        yield running


def inbox_of(live: Live) -> ConflictsInbox:
    found = live.window.findChild(ConflictsInbox)
    assert found is not None
    return found


def make_conflict(live: Live, qtbot: QtBot) -> tuple[uuid.UUID, str]:
    """While this window is offline, it and another teller change the same phone; the server
    comes back; returns the contact's id and its original value."""
    number, contact_id, original = customer_with_phone(live)
    with other_teller(live) as (cache, engine):
        live.stop_server()
        qtbot.waitUntil(lambda: live.status_text()[0] == "● Offline", timeout=10_000)
        edit_phone_in_window(live, qtbot, number, MINE)
        other_teller_sets_phone(cache, engine, live, number, THEIRS)
    live.start_server()
    qtbot.waitUntil(
        lambda: live.status_text() == ("● Online", "Pending uploads: 0", "Conflicts: 1"),
        timeout=20_000,
    )
    return contact_id, original


def open_by_clicking_the_count(live: Live, qtbot: QtBot) -> ConflictsDialog:
    label = live.window.sync_status.conflicts
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    dialog = inbox_of(live).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.issues.rowCount() == 1, timeout=5_000)
    return dialog


def shown_fields(dialog: ConflictsDialog) -> list[list[str]]:
    model = dialog.fields
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def settled(live: Live, dialog: ConflictsDialog) -> bool:
    return dialog.issues.rowCount() == 0 and live.status_text() == (
        "● Online",
        "Pending uploads: 0",
        "Conflicts: 0",
    )


def test_keep_mine_shows_the_three_values_and_uploads_mine(live: Live, qtbot: QtBot) -> None:
    contact_id, original = make_conflict(live, qtbot)
    assert live.server_contact(contact_id) == THEIRS
    assert live.local_contact(contact_id) == THEIRS, "the cache shows the server until settled"

    dialog = open_by_clicking_the_count(live, qtbot)
    issues = dialog.issues
    assert issues.data(issues.index(0, 1)) == "Contact: value"
    assert issues.data(issues.index(0, 2)) == "In conflict"
    assert shown_fields(dialog) == [["value", MINE, THEIRS, original]]
    assert dialog.keep_mine.isVisible() and dialog.keep_mine.isEnabled()
    assert not dialog.dismiss.isVisible()

    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(live, dialog), timeout=15_000)
    qtbot.waitUntil(
        lambda: (
            live.window.statusBar().currentMessage()
            == "Settled — your change is saved locally and uploads now"
        ),
        timeout=5_000,
    )
    assert live.server_contact(contact_id) == MINE
    assert live.local_contact(contact_id) == MINE
    assert dialog.summary.text().startswith("No conflicts")


def test_take_theirs_keeps_the_server_value(live: Live, qtbot: QtBot) -> None:
    contact_id, _ = make_conflict(live, qtbot)
    inbox_of(live).action.trigger()  # Sync > Conflicts… (Ctrl+Shift+C)
    dialog = inbox_of(live).dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.issues.rowCount() == 1, timeout=5_000)

    qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(live, dialog), timeout=15_000)
    assert live.server_contact(contact_id) == THEIRS
    assert live.local_contact(contact_id) == THEIRS


def test_edit_uploads_the_value_typed(live: Live, qtbot: QtBot) -> None:
    contact_id, _ = make_conflict(live, qtbot)
    assert inbox_of(live).action.shortcut().toString() == "Ctrl+Shift+C"
    dialog = open_by_clicking_the_count(live, qtbot)

    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(editor.isVisible, timeout=5_000)
    field = editor.findChild(QLineEdit)
    assert field is not None and field.text() == MINE
    field.selectAll()
    qtbot.keyClicks(field, "139 5555 6666")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: settled(live, dialog), timeout=15_000)
    assert live.server_contact(contact_id) == "139 5555 6666"
    assert live.local_contact(contact_id) == "139 5555 6666"


def test_a_refused_change_shows_its_reason_and_can_be_dismissed(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    refused = Issue(
        entry_id=uuid.uuid4(),
        kind="rejected",
        table="appointment",
        row_id=uuid.uuid4(),
        op="insert",
        customer_id=uuid.uuid4(),
        changed={"purpose": "Review"},
        fields=[],
        server_version=None,
        reason="the RM is already booked at that time",
        edited_at=now,
        reported_at=now,
    )
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_items([InboxItem(refused, "C000000042", "Zhang Wei")])
    assert dialog.issues.data(dialog.issues.index(0, 0)) == "C000000042 Zhang Wei"
    assert dialog.issues.data(dialog.issues.index(0, 2)) == "Refused"
    assert dialog.reason.text().endswith("the RM is already booked at that time")
    assert not dialog.keep_mine.isVisible()
    assert dialog.dismiss.isVisible() and dialog.send_again.isVisible()

    with qtbot.waitSignal(dialog.settleRequested) as asked:
        qtbot.mouseClick(dialog.dismiss, Qt.MouseButton.LeftButton)
    assert asked.args is not None and asked.args[:2] == [refused.entry_id, "theirs"]
    assert not dialog.dismiss.isEnabled(), "no second click while it is being settled"


def test_the_inbox_speaks_chinese_and_says_when_nothing_waits(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.switch_language("zh_CN")
    inbox = window.findChild(ConflictsInbox)
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.menu.title() == "同步(&Y)", timeout=5_000)
    assert inbox.action.text() == "冲突(&C)…"
    dialog = inbox.open_inbox()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("没有冲突"), timeout=5_000)
    assert dialog.keep_mine.text() == "保留我的(&M)"
    header = [dialog.fields.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert header == ["字段", "我的", "服务器", "原值"]
    assert not dialog.keep_mine.isEnabled()
