"""The window offers no action the server would refuse, for every role and every home tab,
checked against the permission table (`client.schema.permissions`).

Every button of every home page is either declared here as writing (with the permission it
needs) or as not writing; a new button that is neither fails the test, so it cannot slip in
unchecked. The Work menu's actions are checked on a customer of the user's own branch (all
that a role may write there) and on a customer of another branch (nothing, for a role whose
grants reach its own branch only: the server refuses such rows as outside its scope). The
server's side of the same jobs is `tests/sync/test_offered_pushes.py`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import counter
from client.pipeline import MOVED_FIELDS
from client.profile import Profile
from client.schema.enums import Role
from client.schema.models import Customer, User
from client.schema.permissions import (
    Action,
    Reach,
    feedback_answer_reach,
    may,
    own_hours_reach,
    reach,
)
from client.store import LocalCache
from client.work import Staff
from tests.ui.test_homes_frame import role_window
from ui.homes.registry import tabs_for
from ui.mainwindow import MainWindow
from ui.work import WorkActions

Check = Callable[[Role], bool]


def _updates(table: str, *fields: str) -> Check:
    return lambda role: all(may(role, table, Action.UPDATE, f) for f in fields)


def _creates(table: str) -> Check:
    return lambda role: may(role, table, Action.CREATE)


WRITING_BUTTONS: dict[str, Check] = {
    "todayCloseTask": _updates("task", "status"),
    "todayReassign": _updates("task", "assigned_to_id"),
    "todayRespond": _updates("offer", "status"),
    "tasksClose": _updates("task", "status"),
    "tasksReassign": _updates("task", "assigned_to_id"),
    "pipeline_next": _updates("referral", *MOVED_FIELDS),
    "pipeline_previous": _updates("referral", *MOVED_FIELDS),
    "pipeline_won": _updates("referral", *MOVED_FIELDS),
    "pipeline_lost": _updates("referral", *MOVED_FIELDS),
    "callerBook": _creates("appointment"),
    "feedback_accept": lambda role: feedback_answer_reach(role) is not Reach.NONE,
    "feedback_reject": lambda role: feedback_answer_reach(role) is not Reach.NONE,
    "calendarHours": lambda role: own_hours_reach(role) is not Reach.NONE,
}
"""Buttons that change data, and the permission each needs."""

CALENDAR_STATUS = _updates("appointment", "status")
"""The calendar's confirm, decline, complete and cancel buttons (`CalendarHome.allowed`)."""

READING_BUTTONS = frozenset(
    {
        "",  # unnamed: navigation, view toggles (day, week, today, before, after)
        "qt_tableview_cornerbutton",
        "ScrollLeftButton",
        "ScrollRightButton",
        "todayOpen",
        "callerOpen",
        "auditSearch",
        "evaluationRefresh",
        "watchedRefresh",
        "watchedMine",
        "watchedMarkSeen",  # the user's own "seen" mark on the watch list, not CRM data
    }
)
"""Buttons that only find, show or refresh."""

WORK_TABLES = {name: counter.WORK_TABLES[name] for name in counter.WORK_TABLES}


def _customers(profile: Profile) -> tuple[str, str, uuid.UUID, Staff]:
    """(a customer of branch X, one of another branch, X, a teller-like staff of X)."""
    with LocalCache.open(profile) as cache, cache.read_session() as session:
        first = session.scalars(select(Customer).order_by(Customer.customer_number)).first()
        assert first is not None
        other = session.scalars(
            select(Customer)
            .where(Customer.home_branch_id != first.home_branch_id)
            .order_by(Customer.customer_number)
        ).first()
        assert other is not None, "the demo bank has one branch only"
        user = session.scalars(select(User).where(User.branch_id == first.home_branch_id)).first()
        assert user is not None
        return (
            first.customer_number,
            other.customer_number,
            first.home_branch_id,
            Staff(user.id, first.home_branch_id),
        )


def _open(window: MainWindow, qtbot: QtBot, number: str) -> None:
    window.open_customer(number)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == number,
        timeout=10_000,
    )


def _work(window: MainWindow) -> WorkActions:
    found = window.findChild(WorkActions)
    assert found is not None
    return found


def _page(window: MainWindow, key: str) -> QWidget:
    page = window.homes.page(key) if window.homes.tabs is not None else None
    return page if page is not None else window.customer


@pytest.mark.parametrize("role", list(Role))
def test_every_button_of_every_home_is_one_the_role_may_press(
    app: QApplication, qtbot: QtBot, demo_profile: Profile, role: Role
) -> None:
    with role_window(app, qtbot, demo_profile, role) as window:
        for tab in tabs_for(role):
            page = _page(window, tab.key) if tab.build is not None else window.customer
            for button in page.findChildren(QAbstractButton):
                name = button.objectName()
                if name in WRITING_BUTTONS:
                    shown = button.isVisibleTo(page)
                    assert not shown or WRITING_BUTTONS[name](role), (role, tab.key, name)
                elif name in READING_BUTTONS or not button.isVisibleTo(page):
                    continue
                elif type(page).__name__ == "CalendarHome":
                    assert getattr(page, "allowed", False) is CALENDAR_STATUS(role), name
                else:
                    pytest.fail(f"{role}: {tab.key}: button {name!r} is not declared here")
            if hasattr(page, "allowed"):  # the page's own gate on its writing buttons
                gate = page.allowed
                if type(page).__name__ == "PipelineHome":
                    assert gate == _updates("referral", *MOVED_FIELDS)(role)
                elif type(page).__name__ == "CalendarHome":
                    assert gate == CALENDAR_STATUS(role)
                elif type(page).__name__ == "FeedbackHome":
                    assert gate == (feedback_answer_reach(role) is not Reach.NONE)
            if hasattr(page, "may_book"):
                assert page.may_book == may(role, "appointment", Action.CREATE)
                assert getattr(page, "may_refer") == may(role, "referral", Action.CREATE)  # noqa: B009


@pytest.mark.parametrize("role", list(Role))
def test_the_work_menu_offers_what_the_role_may_write_and_no_more(
    app: QApplication, qtbot: QtBot, demo_profile: Profile, role: Role
) -> None:
    ours, theirs, _, staff = _customers(demo_profile)
    with role_window(app, qtbot, demo_profile, role, staff) as window:
        work = _work(window)
        _open(window, qtbot, ours)
        for name, action in work.actions.items():
            granted = may(role, WORK_TABLES[name], Action.CREATE)
            assert action.isEnabled() == granted, (role, name)
        teller = {
            "new_customer": may(role, "customer", Action.CREATE),
            "close_task": may(role, "task", Action.UPDATE, "status"),
            "reassign_task": may(role, "task", Action.UPDATE, "assigned_to_id"),
            "offer_response": may(role, "offer", Action.UPDATE, "status"),
        }
        for name, action in work.teller_actions.items():
            assert action.isEnabled() == teller[name], (role, name)
        _open(window, qtbot, theirs)  # another branch's customer (head office reads all)
        for name, action in work.actions.items():
            everywhere = reach(role, WORK_TABLES[name], Action.CREATE) is Reach.ALL
            assert action.isEnabled() == everywhere, (role, name, "another branch")
        for name in work.teller_actions:
            if name == "new_customer" or not teller[name]:
                continue
            if reach(role, counter.ITEM_TABLES[name], Action.UPDATE) is Reach.ALL:
                continue
            window.statusBar().clearMessage()
            work.act_on_item(name)  # a task or an offer of the walk-in: changed at their branch
            assert "another branch" in window.statusBar().currentMessage(), (role, name)
