"""Audit events as a table: the auditor's search and a customer's History in the 360.

`AuditEventsModel` holds `client.audit_query.EventLine`s (from the server or the cache),
one a row, with named column constants; `SORT_ROLE` gives each cell a key that sorts
right (times by the moment, not by their text). `AuditFilter` is the sortable, filtered
view over it: the typed text must appear in some column of a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from client.audit_query import EventLine
from ui import format as fmt
from ui.conflicts.models import field_label, table_label
from ui.models.table import LEFT, Index

CONTEXT = "AuditModels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls); shown translated."""
    return text


WHEN, USER, WORKSTATION, CUSTOMER, ACTION, WHAT, VALUES = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A key that sorts the column right: the time in UTC, else the text folded."""

HEADERS = (
    QT_TRANSLATE_NOOP("AuditModels", "When"),
    QT_TRANSLATE_NOOP("AuditModels", "User"),
    QT_TRANSLATE_NOOP("AuditModels", "Workstation"),
    QT_TRANSLATE_NOOP("AuditModels", "Customer"),
    QT_TRANSLATE_NOOP("AuditModels", "Action"),
    QT_TRANSLATE_NOOP("AuditModels", "What"),
    QT_TRANSLATE_NOOP("AuditModels", "Old → new"),
)

ACTIONS = {
    "view": QT_TRANSLATE_NOOP("AuditModels", "viewed"),
    "create": QT_TRANSLATE_NOOP("AuditModels", "created"),
    "update": QT_TRANSLATE_NOOP("AuditModels", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditModels", "deleted"),
    "unmask": QT_TRANSLATE_NOOP("AuditModels", "showed whole"),
    "export": QT_TRANSLATE_NOOP("AuditModels", "exported"),
    "print": QT_TRANSLATE_NOOP("AuditModels", "printed"),
    "login": QT_TRANSLATE_NOOP("AuditModels", "signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditModels", "sign-in failed"),
    "lock": QT_TRANSLATE_NOOP("AuditModels", "locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditModels", "unlocked"),
    "resolve_conflict": QT_TRANSLATE_NOOP("AuditModels", "settled"),
}
"""Each `AuditAction` value in words (an action added later shows as stored)."""


def action_label(action: str) -> str:
    word = ACTIONS.get(action)
    return action if word is None else QCoreApplication.translate(CONTEXT, word)


def what_text(line: EventLine) -> str:
    """The table (as its label) and fields an event is about, then its detail."""
    what = table_label(line.entity)
    fields = line.change.get("fields")
    if isinstance(fields, list) and fields:
        what += ": " + ", ".join(field_label(str(f)) for f in fields)
    return f"{what} — {line.detail}" if line.detail else what


def cell_text(line: EventLine, column: int) -> str:
    if column == WHEN:
        return fmt.moment(line.occurred_at)
    if column == USER:
        return line.username or (str(line.user_id) if line.user_id else "—")
    if column == WORKSTATION:
        return line.workstation or (str(line.device_id) if line.device_id else "—")
    if column == CUSTOMER:
        return line.customer_number or "—"
    if column == ACTION:
        return action_label(line.action)
    if column == WHAT:
        return what_text(line)
    return line.values_text()


class AuditEventsModel(QAbstractTableModel):
    """Audit event lines, one a row (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[EventLine, ...] = ()

    def set_lines(self, lines: Sequence[EventLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def line_at(self, row: int) -> EventLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(line, column)
        if role == SORT_ROLE:
            if column == WHEN:
                return line.occurred_at.astimezone(UTC).isoformat()
            return cell_text(line, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column in (WHAT, VALUES):
            return cell_text(line, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Headers and action words in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._lines:
            last = self.index(len(self._lines) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class AuditFilter(QSortFilterProxyModel):
    """The events sortable by any column (by `SORT_ROLE`) and filtered by a text that must
    appear, in any letter case, in one of a row's columns."""

    def __init__(self, source: AuditEventsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Shows only the rows holding `text` ("" shows all)."""
        self.setFilterFixedString(text.strip())

    def line_at(self, row: int) -> EventLine:
        """The event of a row of this view."""
        source = self.sourceModel()
        assert isinstance(source, AuditEventsModel)  # noqa: S101 - narrows a type for mypy; not a run-time check
        return source.line_at(self.mapToSource(self.index(row, 0)).row())
