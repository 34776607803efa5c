"""The RM's book as a table: one `client.book.BookLine` a row, sortable and filterable.

5,000 rows must re-sort at once, so this model does its own ordering instead of a
`QSortFilterProxyModel` (which asks `data()` for every comparison): when the lines arrive
it computes each column's sort key once (`SORT_ROLE` gives the same keys), and `sort`
orders row numbers by them; the net profits may come after the lines (`set_nets`: the
slow half of the read) and show "…" until then; the filter keeps a folded text per row
(number, both names, segment) and shows the rows holding every typed word. Persistent
indexes (the selection) follow a re-sort.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from client.book import BookLine
from ui import format as fmt
from ui.models.table import LEFT, RIGHT, Index
from ui.terms import term

CONTEXT = "BookModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls)."""
    return text


NUMBER, NAME, SEGMENT, BALANCE, NET, LAST_CONTACT, NEXT_APPOINTMENT = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("BookModel", "Customer"),
    QT_TRANSLATE_NOOP("BookModel", "Name"),
    QT_TRANSLATE_NOOP("BookModel", "Segment"),
    QT_TRANSLATE_NOOP("BookModel", "Balance (CNY)"),
    QT_TRANSLATE_NOOP("BookModel", "Net profit 12 m (CNY)"),
    QT_TRANSLATE_NOOP("BookModel", "Last contact"),
    QT_TRANSLATE_NOOP("BookModel", "Next appointment"),
)
NUMERIC = frozenset({BALANCE, NET})


def _when(value: datetime | None) -> float:
    """A time as a sort key: never-contacted sorts after every date."""
    return math.inf if value is None else value.timestamp()


KEYS: dict[int, Callable[[BookLine], Any]] = {
    NUMBER: lambda line: line.customer_number,
    NAME: lambda line: (line.name_latin or line.name).casefold(),
    SEGMENT: lambda line: line.segment.casefold(),
    BALANCE: lambda line: line.balance,
    NET: lambda line: (line.net_12m is None, line.net_12m or 0),
    LAST_CONTACT: lambda line: _when(line.last_contact),
    NEXT_APPOINTMENT: lambda line: _when(line.next_appointment),
}
"""How each column sorts (the name by its Latin spelling, which orders Chinese names by
their pinyin)."""


def cell_text(line: BookLine, column: int, net: Decimal | None = None) -> str:
    """A cell's text; `net` stands for the line's net profit when it has none yet."""
    if column == NUMBER:
        return line.customer_number
    if column == NAME:
        return f"{line.name} ({line.name_latin})" if line.name_latin else line.name
    if column == SEGMENT:
        return line.segment or "—"
    if column == BALANCE:
        return fmt.money(line.balance)
    if column == NET:
        value = line.net_12m if line.net_12m is not None else net
        return "…" if value is None else fmt.money(value)
    if column == LAST_CONTACT:
        return fmt.day(line.last_contact)
    return fmt.moment(line.next_appointment)


@dataclass(frozen=True)
class PreparedBook:
    """Lines with their sort keys and filter texts, computed once (in the reading thread:
    `prepare` needs no Qt)."""

    lines: tuple[BookLine, ...]
    keys: Mapping[int, list[Any]]
    folded: list[str]


def prepare(lines: Sequence[BookLine]) -> PreparedBook:
    """Each column's sort keys and each line's folded filter text."""
    lines = tuple(lines)
    return PreparedBook(
        lines,
        {column: [key(line) for line in lines] for column, key in KEYS.items()},
        [
            " ".join((line.customer_number, line.name, line.name_latin, line.segment)).casefold()
            for line in lines
        ],
    )


class BookModel(QAbstractTableModel):
    """The book's lines, ordered and filtered in the model (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[BookLine, ...] = ()
        self._keys: dict[int, list[Any]] = {}
        self._folded: list[str] = []
        self._words: tuple[str, ...] = ()
        self._column = NUMBER
        self._order = Qt.SortOrder.AscendingOrder
        self._sorted: list[int] = []
        """Every line's number, in the current order."""
        self._shown: list[int] = []
        """The lines shown (matching the filter), in the current order."""
        self._nets: dict[uuid.UUID, Decimal] = {}
        """Net profits read after the lines (`set_nets`), for lines that came without."""

    # --- content ------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[BookLine] | PreparedBook) -> None:
        """New lines (a load; `prepare`d off the GUI thread, or not): the current order and
        filter kept."""
        prepared = lines if isinstance(lines, PreparedBook) else prepare(lines)
        self.beginResetModel()
        self._lines = prepared.lines
        self._keys = dict(prepared.keys)
        self._keys[NET] = self._net_keys()
        self._folded = prepared.folded
        self._sorted = self._ordered(self._column, self._order)
        self._shown = self._matching(self._sorted)
        self.endResetModel()

    def net_of(self, line: BookLine) -> Decimal | None:
        """The line's net profit: its own, else the one read after it (None: not yet)."""
        return line.net_12m if line.net_12m is not None else self._nets.get(line.customer_id)

    def _net_keys(self) -> list[Any]:
        keys = []
        for line in self._lines:
            net = self.net_of(line)
            keys.append((net is None, net or 0))
        return keys

    def set_nets(self, nets: Mapping[uuid.UUID, Decimal]) -> None:
        """The book's net profits, read after its lines: shown, and sorted by if chosen."""
        self._nets = dict(nets)
        self._keys[NET] = self._net_keys()
        if self._column == NET:
            self.sort(NET, self._order)
        elif self._shown:
            last = len(self._shown) - 1
            self.dataChanged.emit(self.index(0, NET), self.index(last, NET))

    @property
    def nets_known(self) -> bool:
        """Whether every line shows its net profit."""
        return all(self.net_of(line) is not None for line in self._lines)

    def line_at(self, row: int) -> BookLine:
        """The line shown at `row`."""
        return self._lines[self._shown[row]]

    @property
    def total(self) -> int:
        """Lines in the book, filtered or not."""
        return len(self._lines)

    def set_filter(self, text: str) -> None:
        """Shows the lines holding every word of `text` in their number, names or segment."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._shown = self._matching(self._sorted)
        self.endResetModel()

    def _matching(self, order: list[int]) -> list[int]:
        if not self._words:
            return list(order)
        folded, words = self._folded, self._words
        return [i for i in order if all(w in folded[i] for w in words)]

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._keys.get(column)
        rows = range(len(self._lines))
        if keys is None:
            return list(rows)
        return sorted(rows, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Orders the rows by the column's precomputed keys; the selection follows."""
        if column not in KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        lines = [self._shown[p.row()] if p.isValid() else -1 for p in persistent]
        self._column, self._order = column, order
        self._sorted = self._ordered(column, order)
        self._shown = self._matching(self._sorted)
        where = {line: row for row, line in enumerate(self._shown)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[line], p.column()) if line in where else QModelIndex()
                for line, p in zip(lines, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # --- the model contract -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        number = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            line = self._lines[number]
            return cell_text(line, column, self.net_of(line) if column == NET else None)
        if role == SORT_ROLE:
            return self._keys[column][number]
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            line = self._lines[number]
            return f"{cell_text(line, NAME)} — {term(line.lifecycle)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in NUMERIC else LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in NUMERIC else LEFT)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
