"""The RM's book as a table: one `client.book.BookRow` a row, sortable and filterable.

5,000 rows must show and re-sort at once. The model keeps the rows as the cache gave them
(`client.book.book_rows`: plain tuples, no object per value) and makes a cell's text when
it is painted (a few dozen rows at a time), a `BookLine` when one is asked for
(`line_at`). It does its own ordering instead of a `QSortFilterProxyModel` (which asks
`data()` for every comparison): a column's sort keys are computed once, when it is first
sorted by (`SORT_ROLE` gives the same keys), and `sort` orders row numbers by them; the net
profits may come after the rows (`set_nets`: the slow half of the read) and show "…"
until then; the filter keeps a folded text per row (number, both names, segment), made
when first filtered, and shows the rows holding every typed word. Persistent indexes (the
selection) follow a re-sort.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from client import book
from client.book import BookLine, BookRow
from client.schema.enums import Lifecycle
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
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, int(SORT_ROLE), int(Qt.ItemDataRole.ToolTipRole)})
_RIGHT, _LEFT = int(RIGHT), int(LEFT)


ZERO = Decimal("0.00")
NEVER = "\uffff"
"""The sort key of no date: after every stored timestamp (UTC text, which sorts as time)."""


def _fold(value: str | None) -> str:
    return (value or "").casefold()


KEYS: dict[int, Callable[[BookRow], Any]] = {
    NUMBER: lambda row: row[book.NUMBER],
    NAME: lambda row: (row[book.LATIN] or row[book.NAME]).casefold(),
    SEGMENT: lambda row: _fold(row[book.SEGMENT]),
    BALANCE: lambda row: row[book.BALANCE] or 0,
    LAST_CONTACT: lambda row: row[book.CONTACT] or NEVER,
    NEXT_APPOINTMENT: lambda row: row[book.APPOINTMENT] or NEVER,
}
"""How each column but the net profit sorts (the name by its Latin spelling, which orders
Chinese names by their pinyin; amounts as numbers; no date after every date)."""


def _filter_text(row: BookRow) -> str:
    """What the filter looks in: the number, both names and the segment, folded."""
    parts = (row[book.NUMBER], row[book.NAME], row[book.LATIN] or "", row[book.SEGMENT] or "")
    return " ".join(parts).casefold()


def cell_text(row: BookRow, column: int, net: Decimal | None = None) -> str:
    """A cell's text; `net` is the row's net profit (None: not read yet)."""
    if column == NUMBER:
        return row[book.NUMBER]
    if column == NAME:
        name, latin = row[book.NAME], row[book.LATIN]
        return f"{name} ({latin})" if latin else name
    if column == SEGMENT:
        return row[book.SEGMENT] or "—"
    if column == BALANCE:
        return fmt.money(book.money_of(row[book.BALANCE]))
    if column == NET:
        return "…" if net is None else fmt.money(net)
    if column == LAST_CONTACT:
        return fmt.day(book.moment_of(row[book.CONTACT]))
    return fmt.moment(book.moment_of(row[book.APPOINTMENT]))


class BookModel(QAbstractTableModel):
    """The book's rows, ordered and filtered in the model (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BookRow] = []
        self._keys: dict[int, list[Any]] = {}
        """Each column's sort keys, by line number, made when first sorted by."""
        self._folded: list[str] | None = None
        """Each line's filter text, made when first filtered."""
        self._words: tuple[str, ...] = ()
        self._column = NUMBER
        self._order = Qt.SortOrder.AscendingOrder
        self._sorted: list[int] = []
        """Every line's number, in the current order."""
        self._shown: list[int] = []
        """The lines shown (matching the filter), in the current order."""
        self._nets: dict[bytes, Decimal] = {}
        """Net profits by customer id bytes: the lines' own, or read after them (`set_nets`)."""

    # --- content ------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[BookLine] | Sequence[BookRow]) -> None:
        """New lines (a load: `client.book.BookRow`s as read, by customer number, or
        `BookLine`s): the current order and filter kept; the net profits known kept."""
        rows: list[BookRow] = []
        for line in lines:
            if isinstance(line, BookLine):
                rows.append(book.row_of(line))
                if line.net_12m is not None:
                    self._nets[line.customer_id.bytes] = line.net_12m
            else:
                rows.append(line)
        self.beginResetModel()
        self._rows = rows
        self._keys = {}
        self._folded = None
        self._sorted = self._ordered(self._column, self._order)
        self._shown = self._matching(self._sorted)
        self.endResetModel()

    def _net(self, number: int) -> Decimal | None:
        return self._nets.get(bytes(self._rows[number][book.ID]))

    def net_of(self, line: BookLine) -> Decimal | None:
        """The line's net profit: its own, else the one read after it (None: not yet)."""
        return line.net_12m if line.net_12m is not None else self._nets.get(line.customer_id.bytes)

    def set_nets(self, nets: Mapping[uuid.UUID, Decimal] | Mapping[bytes, Decimal]) -> None:
        """The book's net profits (by customer id or its bytes), read after its lines:
        shown, and sorted by if chosen; a line they leave out has none (0.00)."""
        self._nets = {
            key.bytes if isinstance(key, uuid.UUID) else bytes(key): value
            for key, value in nets.items()
        }
        for row in self._rows:  # read, and without an account of the home currency: none
            self._nets.setdefault(bytes(row[book.ID]), ZERO)
        self._keys.pop(NET, None)
        if self._column == NET:
            self.sort(NET, self._order)
        elif self._shown:
            last = len(self._shown) - 1
            self.dataChanged.emit(self.index(0, NET), self.index(last, NET))

    @property
    def nets_known(self) -> bool:
        """Whether every line shows its net profit."""
        return all(self._net(number) is not None for number in range(len(self._rows)))

    def line_at(self, row: int) -> BookLine:
        """The line shown at `row`."""
        number = self._shown[row]
        return book.line_of(self._rows[number], self._net(number))

    def row_of(self, customer_id: uuid.UUID) -> int | None:
        """The row showing `customer_id` (None: not shown)."""
        key = customer_id.bytes
        rows = self._rows
        for row, number in enumerate(self._shown):
            if rows[number][book.ID] == key:
                return row
        return None

    @property
    def total(self) -> int:
        """Lines in the book, filtered or not."""
        return len(self._rows)

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
        if self._folded is None:
            self._folded = [_filter_text(row) for row in self._rows]
        folded, words = self._folded, self._words
        return [i for i in order if all(w in folded[i] for w in words)]

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            if column == NET:
                nets = [self._net(number) for number in range(len(self._rows))]
                keys = [(net is None, net or 0) for net in nets]
            else:
                keys = list(map(KEYS[column], self._rows))
            self._keys[column] = keys
        return keys

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = range(len(self._rows))
        keys = self._sort_keys(column)
        return sorted(rows, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Orders the rows by the column's keys; the selection follows."""
        if not 0 <= column < len(HEADERS):
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
        if role not in _ROLES or not index.isValid():  # the paint asks for 7 roles a cell
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._shown):
            return None
        number = self._shown[row_number]
        if role == _DISPLAY:
            row = self._rows[number]
            return cell_text(row, column, self._net(number) if column == NET else None)
        if role == _ALIGNMENT:
            return _RIGHT if column in NUMERIC else _LEFT
        if role == SORT_ROLE:
            return self._sort_keys(column)[number]
        if column == NAME:  # the tooltip
            row = self._rows[number]
            return f"{cell_text(row, NAME)} — {term(Lifecycle(row[book.LIFECYCLE]))}"
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
