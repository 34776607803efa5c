"""The inbox's two models: the open issues, and the three values of each field of one."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from client.conflicts import Issue
from client.inbox import InboxItem
from client.schema.registry import LABEL_CONTEXT, REGISTRY
from ui import format as fmt

Index = QModelIndex | QPersistentModelIndex


def shown_value(value: Any) -> str:
    """A wire value as the user reads it: text as is, nothing as a dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def field_label(name: str) -> str:
    """A column name as words (name_latin -> name latin)."""
    return name.replace("_", " ")


def table_label(table: str) -> str:
    """A table's label from the registry, translated; its name as words if it has none."""
    entry = REGISTRY.get(table)
    if entry is None:
        return field_label(table)
    return QCoreApplication.translate(LABEL_CONTEXT, entry.label)


class IssuesModel(QAbstractTableModel):
    """Open issues, one a row: customer, what changed, conflict or refused, when."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[InboxItem] = []

    def set_items(self, items: list[InboxItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> InboxItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, entry_id: object) -> int:
        """The row of an issue, -1 when it is gone."""
        for row, item in enumerate(self.items):
            if item.issue.entry_id == entry_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Customer"), self.tr("Change"), self.tr("State"), self.tr("Reported"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row())
        if item is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        issue = item.issue
        column = index.column()
        if column == 0:
            return " ".join(p for p in (item.customer_number, item.customer_name) if p) or "—"
        if column == 1:
            names = [f.name for f in issue.fields] or list(issue.changed)
            fields = ", ".join(field_label(n) for n in names)
            return (
                f"{self.table_label(issue.table)}: {fields}"
                if fields
                else self.table_label(issue.table)
            )
        if column == 2:
            return self.tr("In conflict") if issue.kind == "conflict" else self.tr("Refused")
        return fmt.moment(issue.reported_at)

    def table_label(self, table: str) -> str:
        """The kind of record in words."""
        return table_label(table)


class FieldsModel(QAbstractTableModel):
    """One issue's fields: what I wrote, what the server has, what it was before both."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Any, Any, Any]] = []

    def set_issue(self, issue: Issue | None) -> None:
        self.beginResetModel()
        if issue is None:
            self.rows = []
        elif issue.fields:
            self.rows = [(f.name, f.mine, f.theirs, f.base) for f in issue.fields]
        else:
            self.rows = [(name, value, None, None) for name, value in issue.changed.items()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), self.tr("Mine"), self.tr("Server"), self.tr("Original"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name, *values = self.rows[index.row()]
        if index.column() == 0:
            return field_label(name)
        return shown_value(values[index.column() - 1])
