"""Every role lands on its own home, from the one table (`ui.homes.registry.LANDS_ON`);
the offline banner sits above the tabs, so it shows on the teller's Today; a customer
opened from anywhere (Today, or `open_customer`) shows on the Customers tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.profile import Profile
from client.schema.enums import Role
from client.schema.models import Customer
from client.store import LocalCache
from tests.ui.live_kit import Live, live_window
from tests.ui.test_homes_frame import role_window
from ui.homes import registry
from ui.homes.registry import LANDS_ON, TABS, landing_tab, tabs_for
from ui.mainwindow import MainWindow
from ui.teller.today import TodayHome

EXPECTED = {
    Role.TELLER: registry.TODAY,
    Role.RELATIONSHIP_MANAGER: registry.BOOK,
    Role.CALL_CENTRE_AGENT: registry.CALLERS,
    Role.BRANCH_MANAGER: registry.BRANCH_WEEK,
    Role.HEAD_OFFICE: registry.EVALUATION,
    Role.AUDITOR: registry.AUDIT,
}
"""Where issue 15 says each role starts."""


def first_customer(profile: Profile) -> str:
    with LocalCache.open(profile) as cache, cache.read_session() as session:
        return session.scalars(
            select(Customer.customer_number).order_by(Customer.customer_number).limit(1)
        ).one()


def tabs_of(window: MainWindow) -> QTabWidget:
    tabs = window.findChild(QTabWidget, "homeTabs")
    assert tabs is not None
    return tabs


def test_every_role_has_a_home_of_its_own_to_land_on() -> None:
    assert set(LANDS_ON) == set(Role)
    for role in Role:
        assert LANDS_ON[role] == EXPECTED[role]
        keys = [tab.key for tab in tabs_for(role)]
        assert LANDS_ON[role] in keys, (role, keys)  # the permission table lets it have it
        assert landing_tab(role) == EXPECTED[role]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_lands_on_its_home(
    app: QApplication, qtbot: QtBot, demo_profile: Profile, role: Role
) -> None:
    with role_window(app, qtbot, demo_profile, role) as window:
        tabs = tabs_of(window)
        landing = landing_tab(role)
        assert window.homes.current() == landing
        assert tabs.currentWidget() is window.homes.page(landing)
        title = tabs.tabText(tabs.currentIndex()).split(" (")[0]
        assert title == TABS[landing].title
        assert window.sync_ui.banner.parent() is not tabs.currentWidget()


def test_a_customer_opened_from_today_shows_on_the_customers_tab(
    app: QApplication, qtbot: QtBot, demo_profile: Profile
) -> None:
    with role_window(app, qtbot, demo_profile, Role.TELLER) as window:
        tabs = tabs_of(window)
        today = window.findChild(TodayHome)
        assert today is not None and tabs.currentWidget() is today
        number = first_customer(demo_profile)
        today.openRequested.emit(number)
        qtbot.waitUntil(
            lambda: (
                window.customer.view is not None and window.customer.view.customer_number == number
            ),
            timeout=10_000,
        )
        assert tabs.currentWidget() is window.homes.page(registry.CUSTOMERS)
        assert window.customer.isVisible()

        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Today
        assert tabs.currentWidget() is today
        window.open_customer(number)  # from the menu, a dialog, another tab
        assert tabs.currentWidget() is window.homes.page(registry.CUSTOMERS)


@pytest.fixture
def live(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    with live_window(app, qtbot, tmp_path, monkeypatch) as running:
        yield running


def test_the_offline_banner_shows_on_the_tellers_today(live: Live, qtbot: QtBot) -> None:
    window = live.window
    tabs = tabs_of(window)
    today = window.findChild(TodayHome)
    assert today is not None and tabs.currentWidget() is today  # the teller lands on Today
    banner = live.sync_ui.banner
    assert not banner.isVisible()
    live.stop_server()
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert tabs.currentWidget() is today and today.isVisible()
    assert banner.text().startswith("Offline: your work is saved on this computer")
    top = banner.mapTo(window, banner.rect().topLeft()).y()
    assert top < tabs.mapTo(window, tabs.rect().topLeft()).y()  # above the tabs
    live.start_server()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
