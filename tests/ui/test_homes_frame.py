"""The role homes frame over the demo cache, no server: each role's window has the tabs of
its row of the one table (less what the permission table refuses it), lands on its home,
counts rows in the tab titles, switches tabs with Ctrl+1 … and opens a customer's 360
from the RM's book with Enter; a teller's window stays the customer screen, untabbed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from client.profile import Profile
from client.schema.enums import Role
from client.schema.models import Customer, User
from client.store import LocalCache
from client.work import Staff
from ui.homes import registry
from ui.homes.book import BookHome
from ui.homes.calendar import CalendarHome
from ui.homes.pipeline import PipelineHome
from ui.homes.registry import ROLE_TABS, TABS, tabs_for
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.workspace import Workspace


def busiest_rm(profile: Profile) -> Staff:
    with LocalCache.open(profile) as cache, cache.read_session() as session:
        rm = session.execute(
            select(Customer.owning_rm_id)
            .group_by(Customer.owning_rm_id)
            .order_by(func.count().desc(), Customer.owning_rm_id)
            .limit(1)
        ).scalar_one()
        user = session.get(User, rm)
        assert user is not None
        return Staff(user.id, user.branch_id)


@contextmanager
def role_window(
    app: QApplication, qtbot: QtBot, profile: Profile, role: Role, staff: Staff | None = None
) -> Iterator[MainWindow]:
    translations = Translations(app)
    translations.switch("en")
    session = AppSession(profile, staff=staff, role=role.value)
    window = MainWindow(Workspace(profile, session=session, sync=False), translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=30_000)
    try:
        yield window
    finally:
        window.close()


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.findChild(QTabWidget, "homeTabs")
    if tabs is None:
        return []
    return [tabs.tabText(i) for i in range(tabs.count())]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_the_tabs_of_its_row_of_the_table(
    app: QApplication, qtbot: QtBot, demo_profile: Profile, role: Role
) -> None:
    expected = [TABS[key] for key in ROLE_TABS[role]]
    assert list(tabs_for(role)) == [tab for tab in expected if tab.shown_to(role.value)]
    with role_window(app, qtbot, demo_profile, role) as window:
        titles = [title.split(" (")[0] for title in tab_titles(window)]
        if len(tabs_for(role)) == 1:
            assert titles == [] and window.homes.tabs is None
            assert window.centralWidget() is not None
        else:
            assert titles == [tab.title for tab in tabs_for(role)]
            assert titles[0] == "Customers"


def test_a_tab_the_permission_table_refuses_is_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    wider = dict(ROLE_TABS)
    wider[Role.CALL_CENTRE_AGENT] = (registry.CUSTOMERS, registry.PIPELINE, registry.CALENDAR)
    monkeypatch.setattr(registry, "ROLE_TABS", wider)
    keys = [tab.key for tab in tabs_for(Role.CALL_CENTRE_AGENT)]
    assert keys == [registry.CUSTOMERS, registry.CALENDAR]  # it reads no referral


def test_the_rm_lands_on_the_book_counts_rows_and_switches_tabs_by_keyboard(
    app: QApplication, qtbot: QtBot, demo_profile: Profile
) -> None:
    staff = busiest_rm(demo_profile)
    with role_window(app, qtbot, demo_profile, Role.RELATIONSHIP_MANAGER, staff) as window:
        tabs = window.findChild(QTabWidget, "homeTabs")
        book = window.findChild(BookHome)
        pipeline = window.findChild(PipelineHome)
        calendar = window.findChild(CalendarHome)
        assert tabs is not None and book is not None and pipeline is not None
        assert calendar is not None
        assert tabs.currentWidget() is book
        qtbot.waitUntil(lambda: book.tab_count() is not None, timeout=15_000)
        count = book.model.rowCount()
        assert count > 0
        qtbot.waitUntil(lambda: tabs.tabText(1) == f"My book ({count:,})", timeout=5_000)
        qtbot.waitUntil(lambda: pipeline.tab_count() is not None, timeout=15_000)
        assert tabs.tabText(2) == f"My pipeline ({pipeline.shown.rowCount():,})"

        qtbot.keyClicks(book.filter, book.model.line_at(0).customer_number)
        assert book.model.rowCount() == 1
        assert tabs.tabText(1) == "My book (1)"

        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentWidget() is pipeline and pipeline.table.hasFocus()
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentWidget() is calendar
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 0 and window.search.box.hasFocus()

        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentWidget() is book and book.table.hasFocus()
        number = book.model.line_at(book.table.currentIndex().row()).customer_number
        qtbot.keyClick(book.table, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: (
                window.customer.view is not None and window.customer.view.customer_number == number
            ),
            timeout=10_000,
        )
        assert tabs.currentIndex() == 0


def test_a_window_nobody_signed_in_to_has_no_tabs(app: QApplication, window: MainWindow) -> None:
    assert window.homes.tabs is None and tab_titles(window) == []


def test_the_rm_pages_say_so_without_a_signed_in_user(
    app: QApplication, qtbot: QtBot, demo_profile: Profile
) -> None:
    with role_window(app, qtbot, demo_profile, Role.RELATIONSHIP_MANAGER) as window:
        book = window.findChild(BookHome)
        assert book is not None
        assert "Sign in" in book.status.text() and book.tab_count() is None
        assert book.user_id is None
