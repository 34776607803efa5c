"""A table of frozen lines with a sort key per column, and its sortable, filtered view.

For the smaller lists of the role homes (the pipeline, the calendar): `LinesModel` shows
each line through its `Keyed` columns (header, text, sort key; `SORT_ROLE` gives the key);
`LinesFilter` sorts by `SORT_ROLE` and keeps the rows that hold every typed word in one of
their columns and that `accept` (a predicate a home sets, such as a stage) lets through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from ui.models.table import LEFT, RIGHT, Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The line of a row (any column)."""


@dataclass(frozen=True)
class Keyed:
    """A column: its header (called at paint time: it follows the language), a cell's text
    and its sort key."""

    header: Callable[[], str]
    text: Callable[[Any], str]
    key: Callable[[Any], Any]
    numeric: bool = False


class LinesModel(QAbstractTableModel):
    """Frozen lines, one a row, through `Keyed` columns."""

    def __init__(self, columns: Sequence[Keyed], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._lines: tuple[Any, ...] = ()

    def set_lines(self, lines: Sequence[Any]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def line_at(self, row: int) -> Any:
        return self._lines[row]

    def refresh(self) -> None:
        """Every cell again (a time-relative text, the language)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._lines:
            last = self.index(len(self._lines) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line)
        if role == SORT_ROLE:
            return column.key(line)
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.numeric else LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if self.columns[section].numeric else LEFT)
        return None


class LinesFilter(QSortFilterProxyModel):
    """`LinesModel` rows sorted by their keys, filtered by words and by `accept`."""

    def __init__(self, source: LinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: tuple[str, ...] = ()
        self._accept: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        """Shows the rows holding every word of `text` (in any letter case)."""
        self.beginFilterChange()
        self._words = tuple(text.casefold().split())
        self.endFilterChange()

    def set_accept(self, accept: Callable[[Any], bool] | None) -> None:
        """Shows only the lines `accept` lets through (None: all)."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange()

    def line_at(self, row: int) -> Any:
        """The line of a row of this view."""
        return self.index(row, 0).data(LINE_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, LinesModel)  # noqa: S101 - narrows a type for mypy; not a run-time check
        line = source.line_at(source_row)
        if self._accept is not None and not self._accept(line):
            return False
        if not self._words:
            return True
        text = " ".join(c.text(line) for c in source.columns).casefold()
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
