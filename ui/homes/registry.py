"""THE table of home tabs: which tabs each role's window has, and where it lands.

Every tab is a `HomeTab`: its title and tooltip (translated when shown, context
"HomeTabs"), how its page is built, how many rows it shows (the count in its title; None:
no count yet), how it takes the focus, and whether the permission table lets a role have
it at all (`shown_to`: a tab is never offered to a role the server would refuse its
reads). `ROLE_TABS` lists each role's tabs in order; "customers" (the search and the 360,
the window's own central widget) comes first for every role. `LANDS_ON` names the tab a
role starts on (else the customers tab). A role with no tab but "customers" gets the
window as it is, without tabs.

A page is a QWidget; when it has the signals `countChanged(int)` and `openRequested(str)`
(a customer number) the frame (`ui.homes.frame`) retitles its tab and opens the 360.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from client.audit_query import may_search_trail
from client.schema.enums import Role
from client.schema.permissions import (
    Reach,
    caller_lookup_reach,
    evaluation_reach,
    feedback_answer_reach,
    may,
    watch_reach,
)

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow
    from ui.workspace import Workspace

CONTEXT = "HomeTabs"
CUSTOMERS, AUDIT, BOOK, PIPELINE, CALENDAR = "customers", "audit", "book", "pipeline", "calendar"
TODAY = "today"
CALLERS, BRANCH_WEEK = "callers", "branch-week"
EVALUATION = "evaluation"
MY_TASKS = "my-tasks"
FEEDBACK = "feedback"
WATCHED = "watched"

Builder = Callable[["MainWindow", "Workspace", QWidget], QWidget]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls)."""
    return text


@dataclass(frozen=True)
class HomeTab:
    """One tab of the frame (see the module docstring)."""

    key: str
    title: str
    """Source text, translated in the context "HomeTabs" when shown."""
    tooltip: str
    build: Builder | None
    """None: the window's customer screen."""
    count: Callable[[QWidget], int | None]
    focus: Callable[[QWidget], None]
    shown_to: Callable[[str | None], bool]

    def title_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def tooltip_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.tooltip)


def _no_count(page: QWidget) -> int | None:
    return None


def _page_count(page: QWidget) -> int | None:
    count = getattr(page, "tab_count", None)
    return count() if callable(count) else None


def _focus_first(page: QWidget) -> None:
    focus = getattr(page, "focus_first", None)
    if callable(focus):
        focus()
    else:
        page.setFocus()


def _build_audit(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.audit.install import audit_home

    return audit_home(workspace, parent)


def _audit_count(page: QWidget) -> int | None:
    from ui.audit.install import audit_count

    return audit_count(page)


def _build_book(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.book import BookHome

    return BookHome(workspace, parent)


def _build_pipeline(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.pipeline import PipelineHome

    return PipelineHome(workspace, parent)


def _build_calendar(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.calendar import CalendarHome

    return CalendarHome(workspace, parent)


def _build_today(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.teller.today import TodayHome

    return TodayHome(workspace, parent)


def _build_tasks(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.tasks import TasksHome

    return TasksHome(workspace, parent)


def _build_callers(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.callcentre.home import CallersHome

    return CallersHome(workspace, parent)


def _build_branch_week(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.branch_week import BranchWeekHome

    return BranchWeekHome(workspace, parent)


def _build_watched(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.watched import WatchedHome

    return WatchedHome(workspace, parent)


def _watches(role: str | None) -> bool:
    """Shown to a role that is listed the watched groups' changes."""
    return role is None or watch_reach(role) is not Reach.NONE


def _build_evaluation(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.evaluation import EvaluationHome

    return EvaluationHome(workspace, parent)


def _evaluates(role: str | None) -> bool:
    """Shown to a role that reads the quarterly evaluation on the server."""
    return role is None or evaluation_reach(role) is not Reach.NONE


def _build_feedback(window: MainWindow, workspace: Workspace, parent: QWidget) -> QWidget:
    from ui.homes.feedback import FeedbackHome

    return FeedbackHome(workspace, parent)


def _answers_feedback(role: str | None) -> bool:
    """Shown to a role that reads and answers the branches' segment feedback on the server."""
    return role is None or feedback_answer_reach(role) is not Reach.NONE


def _looks_callers_up(role: str | None) -> bool:
    """Shown to a role that may look callers up on the server or in its cache."""
    return role is None or caller_lookup_reach(role) is not Reach.NONE


def _reads(table: str) -> Callable[[str | None], bool]:
    """Shown to a role that reads `table` (nobody signed in: shown)."""
    return lambda role: role is None or may(role, table, "read")


TABS: Mapping[str, HomeTab] = MappingProxyType(
    {
        CUSTOMERS: HomeTab(
            CUSTOMERS,
            QT_TRANSLATE_NOOP("HomeTabs", "Customers"),
            QT_TRANSLATE_NOOP("HomeTabs", "Find and open customers"),
            None,
            _no_count,
            _focus_first,
            lambda role: True,
        ),
        AUDIT: HomeTab(
            AUDIT,
            QT_TRANSLATE_NOOP("HomeTabs", "Audit trail"),
            QT_TRANSLATE_NOOP("HomeTabs", "Search the audit trail on the server"),
            _build_audit,
            _audit_count,
            _focus_first,
            may_search_trail,
        ),
        BOOK: HomeTab(
            BOOK,
            QT_TRANSLATE_NOOP("HomeTabs", "My book"),
            QT_TRANSLATE_NOOP("HomeTabs", "The customers you own"),
            _build_book,
            _page_count,
            _focus_first,
            _reads("customer"),
        ),
        PIPELINE: HomeTab(
            PIPELINE,
            QT_TRANSLATE_NOOP("HomeTabs", "My pipeline"),
            QT_TRANSLATE_NOOP("HomeTabs", "The referrals passed to you, by stage"),
            _build_pipeline,
            _page_count,
            _focus_first,
            _reads("referral"),
        ),
        CALENDAR: HomeTab(
            CALENDAR,
            QT_TRANSLATE_NOOP("HomeTabs", "My calendar"),
            QT_TRANSLATE_NOOP("HomeTabs", "Your appointments and working hours, by day or week"),
            _build_calendar,
            _page_count,
            _focus_first,
            _reads("appointment"),
        ),
        TODAY: HomeTab(
            TODAY,
            QT_TRANSLATE_NOOP("HomeTabs", "Today"),
            QT_TRANSLATE_NOOP(
                "HomeTabs", "The branch's day: appointments, tasks due, KYC reviews, offers"
            ),
            _build_today,
            _page_count,
            _focus_first,
            _reads("appointment"),
        ),
        MY_TASKS: HomeTab(
            MY_TASKS,
            QT_TRANSLATE_NOOP("HomeTabs", "My tasks"),
            QT_TRANSLATE_NOOP("HomeTabs", "The open tasks given to you, soonest due first"),
            _build_tasks,
            _page_count,
            _focus_first,
            _reads("task"),
        ),
        CALLERS: HomeTab(
            CALLERS,
            QT_TRANSLATE_NOOP("HomeTabs", "Callers"),
            QT_TRANSLATE_NOOP(
                "HomeTabs", "Find a caller by phone, see their interactions, book an RM's slot"
            ),
            _build_callers,
            _page_count,
            _focus_first,
            _looks_callers_up,
        ),
        BRANCH_WEEK: HomeTab(
            BRANCH_WEEK,
            QT_TRANSLATE_NOOP("HomeTabs", "Branch week"),
            QT_TRANSLATE_NOOP(
                "HomeTabs",
                "The branch's week: appointments, pipeline, tasks and KYC overdue, feedback",
            ),
            _build_branch_week,
            _page_count,
            _focus_first,
            _reads("appointment"),
        ),
        WATCHED: HomeTab(
            WATCHED,
            QT_TRANSLATE_NOOP("HomeTabs", "Watched"),
            QT_TRANSLATE_NOOP(
                "HomeTabs", "What changed for the watched customers since you last looked"
            ),
            _build_watched,
            _page_count,
            _focus_first,
            _watches,
        ),
        EVALUATION: HomeTab(
            EVALUATION,
            QT_TRANSLATE_NOOP("HomeTabs", "Evaluation"),
            QT_TRANSLATE_NOOP(
                "HomeTabs",
                "The quarter's evaluation: activity in, results out, against the bank and the "
                "milestones",
            ),
            _build_evaluation,
            _page_count,
            _focus_first,
            _evaluates,
        ),
        FEEDBACK: HomeTab(
            FEEDBACK,
            QT_TRANSLATE_NOOP("HomeTabs", "Feedback"),
            QT_TRANSLATE_NOOP(
                "HomeTabs", "The branches' feedback on the customers' segments: read and answer it"
            ),
            _build_feedback,
            _page_count,
            _focus_first,
            _answers_feedback,
        ),
    }
)
"""Every home tab there is."""

ROLE_TABS: Mapping[Role, tuple[str, ...]] = MappingProxyType(
    {
        Role.TELLER: (CUSTOMERS, TODAY),
        Role.RELATIONSHIP_MANAGER: (CUSTOMERS, BOOK, PIPELINE, CALENDAR, MY_TASKS, WATCHED),
        Role.CALL_CENTRE_AGENT: (CUSTOMERS, CALLERS),
        Role.BRANCH_MANAGER: (CUSTOMERS, BRANCH_WEEK, WATCHED, EVALUATION),
        Role.HEAD_OFFICE: (CUSTOMERS, EVALUATION, FEEDBACK, AUDIT),
        Role.AUDITOR: (CUSTOMERS, AUDIT),
    }
)
"""Each role's tabs, in order (Ctrl+1 is the first)."""

LANDS_ON: Mapping[Role, str] = MappingProxyType(
    {
        Role.TELLER: TODAY,
        Role.RELATIONSHIP_MANAGER: BOOK,
        Role.HEAD_OFFICE: EVALUATION,
        Role.AUDITOR: AUDIT,
        Role.CALL_CENTRE_AGENT: CALLERS,
        Role.BRANCH_MANAGER: BRANCH_WEEK,
    }
)
"""The tab a role starts on (others: the customers tab)."""

NOBODY_TABS = (CUSTOMERS,)
"""A profile nobody signed in to (a demo, a test): the customer screen only."""


def tabs_for(role: str | None) -> tuple[HomeTab, ...]:
    """The tabs `role`'s window has, in order: its row of `ROLE_TABS`, less any tab the
    permission table does not let it have."""
    keys = NOBODY_TABS if role is None else ROLE_TABS.get(Role(role), NOBODY_TABS)
    return tuple(TABS[key] for key in keys if TABS[key].shown_to(role))


def landing_tab(role: str | None) -> str:
    """The key of the tab `role` starts on."""
    if role is None:
        return CUSTOMERS
    wanted = LANDS_ON.get(Role(role), CUSTOMERS)
    return wanted if any(t.key == wanted for t in tabs_for(role)) else CUSTOMERS
