"""The "Watched" home on a live in-process server: head office watches the branch's
customers; the RM's tab lists the members' changes they have not seen, newest first, with
the count in its title; the filter and "Only my customers" narrow it; Enter opens the 360;
"Mark all seen" empties it and a new change shows after the next pull; offline it says the
list needs the server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from client.schema.base import utcnow
from client.schema.enums import Channel, InteractionKind
from client.schema.models import Interaction
from sync.demo import SERVER_FILE
from sync.server import feed
from sync.server.db import Database
from sync.server.watch_groups import add_group
from sync.watch_protocol import WatchedChange
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.homes.registry import WATCHED, tabs_for
from ui.homes.watched import WatchedHome
from ui.mainwindow import MainWindow
from ui.models.watched import CUSTOMER, WHAT, WatchedFilter, WatchedModel
from ui.session import AppSession


@dataclass
class Watched:
    rm: str
    own: str
    """A customer of the RM's (their number)."""
    other: str
    """A customer of the branch the RM does not own."""


def _id(value: object) -> uuid.UUID:
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


def _server(bank: Bank) -> Database:
    return Database(f"sqlite:///{bank.folder / SERVER_FILE}")


def interaction(bank: Bank, number: str, subject: str) -> None:
    """An interaction with the customer, recorded on the server (as a channel would)."""
    ((customer_id,),) = bank.query("SELECT id FROM customer WHERE customer_number = ?", number)
    db = _server(bank)
    try:
        now = utcnow()
        with db.writer() as session, session.begin():
            row = Interaction(
                id=uuid.uuid4(),
                version=0,
                customer_id=_id(customer_id),
                kind=InteractionKind.CALL,
                channel=Channel.CALL_CENTRE,
                occurred_at=now,
                subject=subject,
            )
            session.add(row)
            session.flush()
            feed.record(
                session, [feed.PendingChange(row, Interaction.__tablename__, "insert")], None, now
            )
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("watch-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def watched(bank: Bank) -> Watched:
    """A watch group of the teller's branch, then a call with one of the RM's customers and
    one with another customer of the branch."""
    branch = bank.teller_branch()
    rm = user_of(bank, "relationship_manager", branch)
    ((rm_id,),) = bank.query("SELECT id FROM user_account WHERE username = ?", rm)
    ((own,),) = bank.query(
        "SELECT customer_number FROM customer WHERE owning_rm_id = ? "
        "ORDER BY customer_number LIMIT 1",
        rm_id,
    )
    ((other,),) = bank.query(
        "SELECT c.customer_number FROM customer c JOIN branch b ON b.id = c.home_branch_id "
        "WHERE b.code = ? AND (c.owning_rm_id IS NULL OR c.owning_rm_id != ?) "
        "ORDER BY c.customer_number LIMIT 1",
        branch,
        rm_id,
    )
    db = _server(bank)
    try:
        with db.writer() as session, session.begin():
            add_group(session, "BRANCH", "The branch", utcnow(), rule=f'branch = "{branch}"')
    finally:
        db.dispose()
    interaction(bank, str(own), "asked about a salary account")
    interaction(bank, str(other), "wants a term deposit")
    return Watched(rm, str(own), str(other))


@pytest.fixture
def window(
    app: QApplication,
    qtbot: QtBot,
    bank: Bank,
    watched: Watched,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MainWindow]:
    folder = tmp_path_factory.mktemp("watch-ws") / "profile"
    opened: AppSession = station(folder, bank, watched.rm, [bank.teller_branch()], "rm desk")
    try:
        with live_window(app, qtbot, opened) as win:
            yield win
    finally:
        opened.close()


def _shown_numbers(home: WatchedHome) -> list[str]:
    return [home.shown.line_at(row).customer_number for row in range(home.shown.rowCount())]


def test_the_model_sorts_by_when_and_keeps_the_users_own(
    app: QApplication, qtmodeltester: ModelTester
) -> None:
    at = utcnow()
    lines = [
        WatchedChange(
            seq=seq,
            at=at,
            group="G",
            customer_number=number,
            name=number.lower(),
            branch="BJ01",
            rm=rm,
            mine=rm == "me",
            kind=kind,
            detail="",
        )
        for seq, number, rm, kind in ((7, "C2", None, "segment"), (9, "C1", "me", "balance"))
    ]
    model = WatchedModel()
    model.set_lines(lines)
    qtmodeltester.check(model)
    shown = WatchedFilter(model)
    shown.sort(0, Qt.SortOrder.DescendingOrder)
    assert [shown.line_at(r).seq for r in range(shown.rowCount())] == [9, 7]
    assert shown.index(0, WHAT).data() == "Balance moved"
    shown.set_mine_only(True)
    assert [shown.line_at(r).customer_number for r in range(shown.rowCount())] == ["C1"]


def test_the_tab_is_the_rms_and_the_branch_managers() -> None:
    for role in ("relationship_manager", "branch_manager"):
        assert WATCHED in [t.key for t in tabs_for(role)]
    for role in ("teller", "call_centre_agent", "auditor"):
        assert WATCHED not in [t.key for t in tabs_for(role)]


def test_the_rm_sees_marks_and_is_shown_anew_what_changed(
    window: MainWindow, qtbot: QtBot, bank: Bank, watched: Watched
) -> None:
    tabs = window.findChild(QTabWidget, "homeTabs")
    home = window.findChild(WatchedHome)
    assert tabs is not None and home is not None
    index = tabs.indexOf(home)
    qtbot.waitUntil(lambda: home.answer is not None and home.answer.total == 2, timeout=20_000)
    assert tabs.tabText(index) == "Watched (2)"
    assert _shown_numbers(home) == [watched.other, watched.own]  # newest first
    assert home.model.index(0, WHAT).data() == "Interaction"
    assert "The branch (BRANCH) 2" in home.status.text()

    tabs.setCurrentIndex(index)
    qtbot.keyClicks(home.filter, watched.own)
    assert _shown_numbers(home) == [watched.own] and tabs.tabText(index) == "Watched (1)"
    home.filter.clear()
    assert home.mine.isVisible()
    home.mine.setChecked(True)
    assert _shown_numbers(home) == [watched.own]
    home.mine.setChecked(False)
    home.table.sortByColumn(CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert _shown_numbers(home) == sorted([watched.own, watched.other])

    home.focus_first()
    first = home.shown.line_at(home.table.currentIndex().row()).customer_number
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == first,
        timeout=10_000,
    )
    assert tabs.currentIndex() == 0

    tabs.setCurrentIndex(index)
    assert home.mark.isEnabled()
    qtbot.keyClick(
        home.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: home.answer is not None and home.answer.total == 0, timeout=20_000)
    assert tabs.tabText(index) == "Watched (0)" and home.shown.rowCount() == 0
    assert "Marked as seen" in home.status.text()
    assert bank.query("SELECT count(*) FROM server_watch_seen") == [(1,)]

    interaction(bank, watched.own, "came back about the salary account")  # pulled, then listed
    qtbot.waitUntil(lambda: home.answer is not None and home.answer.total == 1, timeout=30_000)
    assert _shown_numbers(home) == [watched.own] and tabs.tabText(index) == "Watched (1)"

    bank.server.stop()
    qtbot.waitUntil(lambda: not window.workspace.status.status().online, timeout=30_000)
    qtbot.waitUntil(lambda: "go online" in home.status.text(), timeout=10_000)
    assert not home.mark.isEnabled()
    assert _shown_numbers(home) == [watched.own]  # the last list stays, said to be so
    assert "the list as read at" in home.status.text()
