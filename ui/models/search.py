"""The search results table: local hits first, then customers only the server has (tinted)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from client.search.query import SearchHit
from ui import theme
from ui.models.table import Column, Index, RowsModel
from ui.remote_search import RemoteRow


def _source(row: SearchHit | RemoteRow) -> str:
    if isinstance(row, RemoteRow):
        return "☁ " + QCoreApplication.translate("SearchModel", "Server")
    return ""


COLUMNS = (
    Column(lambda: QCoreApplication.translate("SearchModel", "Name"), lambda h: h.name),
    Column(
        lambda: QCoreApplication.translate("SearchModel", "Number"), lambda h: h.customer_number
    ),
    Column(lambda: QCoreApplication.translate("SearchModel", "Branch"), lambda h: h.branch),
    Column(lambda: QCoreApplication.translate("SearchModel", "Source"), _source),
    Column(lambda: QCoreApplication.translate("SearchModel", "Latin name"), lambda h: h.name_latin),
)


class SearchModel(RowsModel):
    """Search hits, best first; server-only customers appended after them, marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.remote_count = 0

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.remote_count = 0
        super().set_rows(rows)

    def append_remote(self, rows: Sequence[RemoteRow]) -> None:
        """Adds server-only customers after the rows shown (selection kept)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows = self._rows + tuple(rows)
        self.remote_count += len(rows)
        self.endInsertRows()

    def hit(self, row: int) -> SearchHit | RemoteRow:
        hit: SearchHit | RemoteRow = self.row_at(row)
        return hit

    def is_remote(self, row: int) -> bool:
        return isinstance(self._rows[row], RemoteRow)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role
            in (
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.ToolTipRole,
            )
            and isinstance(self._rows[index.row()], RemoteRow)
        ):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.qcolor("remote_tint"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.qcolor("remote_text"))
            return QCoreApplication.translate(
                "SearchModel", "Not on this computer yet: opens from the server"
            )
        return super().data(index, role)
