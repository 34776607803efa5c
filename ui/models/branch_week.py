"""The branch manager's week as table models: one `RowsModel` per list of
`client.branch_week.BranchWeek` (appointments, pipeline stages, tasks overdue, KYC overdue,
segment feedback), and `WeekFigures`, the numbers the page's headline and charts show, each
counted over the rows the lists hold (tested against a plain count of the same rows).

Headers are translated when painted (context "BranchWeekModel").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject

from client.branch_week import BranchWeek
from ui import format as fmt
from ui.models.table import Column, RowsModel
from ui.terms import term

CONTEXT = "BranchWeekModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls)."""
    return text


def _h(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(CONTEXT, text)


APPOINTMENT_COLUMNS = (
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "When")), lambda a: fmt.moment(a.starts_at)),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Customer")), lambda a: a.customer_number),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Name")), lambda a: a.customer_name),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "RM")), lambda a: a.rm or "—"),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Status")), lambda a: term(a.status)),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Purpose")), lambda a: a.purpose),
)
STAGE_COLUMNS = (
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Stage")), lambda s: term(s.stage.value)),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Referrals")), lambda s: f"{s.count:,}", True),
    Column(
        _h(QT_TRANSLATE_NOOP("BranchWeekModel", "Expected value (CNY)")),
        lambda s: fmt.money(s.value),
        True,
    ),
)
TASK_COLUMNS = (
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Due")), lambda t: fmt.day(t.due_on)),
    Column(
        _h(QT_TRANSLATE_NOOP("BranchWeekModel", "Days overdue")),
        lambda t: f"{t.days_overdue:,}",
        True,
    ),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Customer")), lambda t: t.customer_number),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Name")), lambda t: t.customer_name),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Task")), lambda t: t.title),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Assigned to")), lambda t: t.assignee or "—"),
)
KYC_COLUMNS = (
    Column(
        _h(QT_TRANSLATE_NOOP("BranchWeekModel", "Review date")), lambda k: fmt.day(k.review_date)
    ),
    Column(
        _h(QT_TRANSLATE_NOOP("BranchWeekModel", "Days overdue")),
        lambda k: f"{k.days_overdue:,}",
        True,
    ),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Customer")), lambda k: k.customer_number),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Name")), lambda k: k.customer_name),
)


def _answer(line: object) -> str:
    status = str(getattr(line, "status", "open"))
    if status == "open":
        return QCoreApplication.translate(CONTEXT, "Waiting for head office")
    return term(status)


FEEDBACK_COLUMNS = (
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Given")), lambda f: fmt.day(f.created_at)),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Segment")), lambda f: f.segment),
    Column(
        _h(QT_TRANSLATE_NOOP("BranchWeekModel", "Customer")),
        lambda f: f.customer_number or QCoreApplication.translate(CONTEXT, "whole segment"),
    ),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Verdict")), lambda f: term(f.verdict)),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Comment")), lambda f: f.comment or "—"),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Answer")), _answer),
    Column(_h(QT_TRANSLATE_NOOP("BranchWeekModel", "Reply")), lambda f: f.reply or "—"),
)


@dataclass(frozen=True)
class WeekFigures:
    """The headline numbers and chart series of a week, counted over its lines."""

    appointments: int
    per_day: tuple[int, ...]
    open_referrals: int
    open_value: Decimal
    stage_counts: tuple[int, ...]
    stage_values: tuple[Decimal, ...]
    tasks_overdue: int
    kyc_overdue: int
    feedback: int
    feedback_answered: int


def figures(week: BranchWeek) -> WeekFigures:
    count, value = week.open_pipeline
    return WeekFigures(
        appointments=len(week.appointments),
        per_day=week.appointments_per_day(),
        open_referrals=count,
        open_value=value,
        stage_counts=tuple(s.count for s in week.stages),
        stage_values=tuple(s.value for s in week.stages),
        tasks_overdue=len(week.tasks_overdue),
        kyc_overdue=len(week.kyc_overdue),
        feedback=len(week.feedback),
        feedback_answered=week.feedback_answered,
    )


class BranchWeekModels(QObject):
    """The five lists of one week, filled together by `set_week`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.appointments = RowsModel(APPOINTMENT_COLUMNS, self)
        self.stages = RowsModel(STAGE_COLUMNS, self)
        self.tasks = RowsModel(TASK_COLUMNS, self)
        self.kyc = RowsModel(KYC_COLUMNS, self)
        self.feedback = RowsModel(FEEDBACK_COLUMNS, self)
        self.week: BranchWeek | None = None

    @property
    def lists(self) -> dict[str, RowsModel]:
        return {
            "appointments": self.appointments,
            "stages": self.stages,
            "tasks": self.tasks,
            "kyc": self.kyc,
            "feedback": self.feedback,
        }

    def set_week(self, week: BranchWeek) -> None:
        self.week = week
        self.appointments.set_rows(week.appointments)
        self.stages.set_rows(week.stages)
        self.tasks.set_rows(week.tasks_overdue)
        self.kyc.set_rows(week.kyc_overdue)
        self.feedback.set_rows(week.feedback)

    def figures(self) -> WeekFigures | None:
        """The numbers, counted over the rows the models hold (None before a week)."""
        if self.week is None:
            return None
        return replace(
            figures(self.week),
            appointments=self.appointments.rowCount(),
            tasks_overdue=self.tasks.rowCount(),
            kyc_overdue=self.kyc.rowCount(),
            feedback=self.feedback.rowCount(),
        )

    def retranslate(self) -> None:
        for model in self.lists.values():
            model.retranslate()
