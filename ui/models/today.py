"""The teller's "Today" as one table: appointments, tasks due, KYC reviews, offers to present.

`items_of(today)` turns the four lists of `client.today.Today` into `TodayItem` rows (one
kind of row each); `TodayModel` shows them, one column per fact, with a sort key per cell
(`SORT_ROLE`), the folded text the filter looks in (`FILTER_ROLE`) and whether the row is
flagged (`FLAG_ROLE`: an overdue task or KYC review, painted in the conflict colour and
marked "⚠ Overdue"). `TodayFilter` sorts and filters it: by kind and by the words typed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from client.today import Today
from ui import format as fmt
from ui import theme
from ui.models.table import LEFT, Index
from ui.terms import term

CONTEXT = "TodayModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls)."""
    return text


class Kind(StrEnum):
    APPOINTMENT = "appointment"
    TASK = "task"
    KYC = "kyc"
    OFFER = "offer"


KIND_NAMES = {
    Kind.APPOINTMENT: QT_TRANSLATE_NOOP("TodayModel", "Appointment"),
    Kind.TASK: QT_TRANSLATE_NOOP("TodayModel", "Task"),
    Kind.KYC: QT_TRANSLATE_NOOP("TodayModel", "KYC review"),
    Kind.OFFER: QT_TRANSLATE_NOOP("TodayModel", "Offer"),
}
KIND_PLURALS = {
    Kind.APPOINTMENT: QT_TRANSLATE_NOOP("TodayModel", "Appointments"),
    Kind.TASK: QT_TRANSLATE_NOOP("TodayModel", "Tasks due"),
    Kind.KYC: QT_TRANSLATE_NOOP("TodayModel", "KYC reviews"),
    Kind.OFFER: QT_TRANSLATE_NOOP("TodayModel", "Offers to present"),
}

STATE_NAMES = {
    "saved locally": QT_TRANSLATE_NOOP("TodayModel", "saved locally"),
    "uploaded": QT_TRANSLATE_NOOP("TodayModel", "uploaded"),
    "in conflict": QT_TRANSLATE_NOOP("TodayModel", "in conflict"),
}

KIND, WHEN, CUSTOMER, NAME, WHAT, WHO, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("TodayModel", "Kind"),
    QT_TRANSLATE_NOOP("TodayModel", "When"),
    QT_TRANSLATE_NOOP("TodayModel", "Customer"),
    QT_TRANSLATE_NOOP("TodayModel", "Name"),
    QT_TRANSLATE_NOOP("TodayModel", "What"),
    QT_TRANSLATE_NOOP("TodayModel", "Who"),
    QT_TRANSLATE_NOOP("TodayModel", "Status"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ORDER = {kind: i for i, kind in enumerate(Kind)}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class TodayItem:
    """One row of Today: what it is, about whom, when, and whether it is overdue."""

    kind: Kind
    when: datetime | date
    """An appointment's start; a task's due date; a KYC review date; for an offer, its
    customer's appointment today."""
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    what: str
    """The appointment's purpose, the task's title, the offer's product."""
    who: str
    """The RM booked, the task's assignee."""
    status: str
    """A stored word (appointment, offer) or "" (tasks and KYC say overdue or not)."""
    flagged: bool = False
    """Overdue: a task due before today, a KYC review date passed."""
    row_id: uuid.UUID | None = None
    """The appointment's, task's or offer's row (None: a KYC review is the customer's)."""
    detail: str = ""
    """A second line for the tooltip: an offer's reason, a task's edit state."""
    expires_on: date | None = None
    state: str = ""
    """A task's last edit: a `client.work.EditState` value ("" for other rows)."""


def _start(value: datetime | date) -> float:
    """A sort key: a day sorts at its start, in the workstation's time zone."""
    if isinstance(value, datetime):
        return value.timestamp()
    return datetime.combine(value, time()).astimezone().timestamp()


def items_of(today: Today) -> tuple[TodayItem, ...]:
    """The rows of the day: appointments, tasks, KYC reviews, offers."""
    booked: dict[uuid.UUID, datetime] = {}
    items: list[TodayItem] = []
    for a in today.appointments:
        booked.setdefault(a.customer_id, a.starts_at)
        items.append(
            TodayItem(
                Kind.APPOINTMENT,
                a.starts_at,
                a.customer_id,
                a.customer_number,
                a.customer_name,
                a.purpose,
                a.rm,
                a.status,
                row_id=a.appointment_id,
            )
        )
    for t in today.tasks:
        items.append(
            TodayItem(
                Kind.TASK,
                t.due_on,
                t.customer_id,
                t.customer_number,
                t.customer_name,
                t.title,
                t.assignee,
                "",
                flagged=t.overdue,
                row_id=t.task_id,
                state=t.state.value,
            )
        )
    for k in today.kyc:
        items.append(
            TodayItem(
                Kind.KYC,
                k.review_date,
                k.customer_id,
                k.customer_number,
                k.customer_name,
                "",
                "",
                "",
                flagged=k.overdue,
            )
        )
    for o in today.offers:
        items.append(
            TodayItem(
                Kind.OFFER,
                booked.get(o.customer_id, o.expires_on),
                o.customer_id,
                o.customer_number,
                o.customer_name,
                o.product,
                "",
                o.status,
                row_id=o.offer_id,
                detail=o.reason,
                expires_on=o.expires_on,
            )
        )
    return tuple(items)


def counts(items: Sequence[TodayItem]) -> dict[Kind, int]:
    """Rows of each kind (every kind, zero when none)."""
    found = Counter(item.kind for item in items)
    return {kind: found.get(kind, 0) for kind in Kind}


def flagged(items: Sequence[TodayItem]) -> int:
    return sum(1 for item in items if item.flagged)


def when_text(item: TodayItem) -> str:
    if isinstance(item.when, datetime):
        return item.when.astimezone().strftime("%H:%M")
    return fmt.day(item.when)


def status_text(item: TodayItem) -> str:
    if item.kind is Kind.TASK or item.kind is Kind.KYC:
        if item.flagged:
            text = "⚠ " + QCoreApplication.translate("TodayModel", "Overdue")
        else:
            text = (
                QCoreApplication.translate("TodayModel", "Due today")
                if item.kind is Kind.TASK
                else QCoreApplication.translate("TodayModel", "Due soon")
            )
        if item.state in STATE_NAMES:
            text += " · " + tr(STATE_NAMES[item.state])
        return text
    return term(item.status)


def what_text(item: TodayItem) -> str:
    if item.kind is Kind.KYC:
        return QCoreApplication.translate("TodayModel", "KYC review due %1").replace(
            "%1", fmt.day(item.when)
        )
    if item.kind is Kind.OFFER and item.expires_on is not None:
        return (
            QCoreApplication.translate("TodayModel", "%1 (until %2)")
            .replace("%1", item.what)
            .replace("%2", fmt.day(item.expires_on))
        )
    return item.what


def cell_text(item: TodayItem, column: int) -> str:
    if column == KIND:
        return tr(KIND_NAMES[item.kind])
    if column == WHEN:
        return when_text(item)
    if column == CUSTOMER:
        return item.customer_number
    if column == NAME:
        return item.customer_name
    if column == WHAT:
        return what_text(item)
    if column == WHO:
        return item.who or "—"
    return status_text(item)


def sort_key(item: TodayItem, column: int) -> Any:
    if column == KIND:
        return (KIND_ORDER[item.kind], _start(item.when))
    if column == WHEN:
        return (_start(item.when), KIND_ORDER[item.kind])
    if column == STATUS:
        return (not item.flagged, cell_text(item, STATUS).casefold())
    return cell_text(item, column).casefold()


class TodayModel(QAbstractTableModel):
    """The day's rows (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[TodayItem, ...] = ()
        self._folded: tuple[str, ...] = ()

    def set_items(self, items: Sequence[TodayItem]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self._folded = tuple(
            " ".join(
                (item.customer_number, item.customer_name, item.what, item.who, item.detail)
            ).casefold()
            for item in self._items
        )
        self.endResetModel()

    @property
    def items(self) -> tuple[TodayItem, ...]:
        return self._items

    def item_at(self, row: int) -> TodayItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item, column)
        if role == SORT_ROLE:
            return sort_key(item, column)
        if role == FILTER_ROLE:
            return self._folded[index.row()]
        if role == FLAG_ROLE:
            return item.flagged
        if role == Qt.ItemDataRole.ForegroundRole and item.flagged:
            return QColor(theme.color("in_conflict"))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [cell_text(item, NAME), what_text(item)]
            if item.detail:
                parts.append(item.detail)
            return " — ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(HEADERS) - 1)
            )


class TodayFilter(QSortFilterProxyModel):
    """Sorts by the model's keys; shows one kind (or all) and the rows holding every word."""

    def __init__(self, model: TodayModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._kind: Kind | None = None
        self._words: tuple[str, ...] = ()

    @property
    def today(self) -> TodayModel:
        model = self.sourceModel()
        assert isinstance(model, TodayModel)  # noqa: S101 - narrows a type for mypy
        return model

    def set_kind(self, kind: Kind | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange()

    def set_words(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()

    def item_at(self, row: int) -> TodayItem:
        return self.today.item_at(self.mapToSource(self.index(row, 0)).row())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        item = self.today.item_at(source_row)
        if self._kind is not None and item.kind is not self._kind:
            return False
        if not self._words:
            return True
        folded = self.today.data(self.today.index(source_row, 0), FILTER_ROLE)
        return all(word in folded for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
