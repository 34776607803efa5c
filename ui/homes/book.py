"""The RM's "My book": the customers they own, sortable by any column and filtered as typed.

A thin view over `ui.models.book.BookModel` (which sorts and filters its 5,000 rows
itself); the rows are read by `client.book` in the cache-reading thread (one statement,
plain tuples), their 12-month net profit in a second read once the rows are painted (it
reads every account's month series, and in the reading thread it would compete with the
paint for Python's lock: the rows show at once, the profit a moment later). Keyboard first:
Alt+L to the filter, Down into the table, Enter on a row opens that customer's 360.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from client.book import BookLine, BookRow, load_raw_nets, load_rows
from client.schema.base import utcnow
from ui.homes.page import HomePage, filter_box, into_table, list_table, plain_error
from ui.models.book import BALANCE, NAME, NET, NUMBER, BookModel
from ui.tasks import ReadOp
from ui.workspace import Workspace

KEY, NETS_KEY = "my-book", "my-book-net"


class BookHome(HomePage):
    """The filter, the table and the status line (see the module docstring)."""

    netsLoaded = Signal()
    """The net profits of the lines shown arrived (they are read after the lines)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("bookHome")
        self.model = BookModel(self)
        self.filter, self.filter_label = filter_box(self, "bookFilter", self._filter_changed)
        self.table = list_table(
            self, "bookTable", self.model, NUMBER, {NAME: 260, BALANCE: 150, NET: 180}
        )
        self.table.activated.connect(self._open)
        self.filter.returnPressed.connect(self._into_table)
        self.status.setObjectName("bookStatus")
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.filter, self.table)
        self._nets_after_paint = False
        self.table.viewport().installEventFilter(self)
        self.retranslate()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._nets_after_paint
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._nets_after_paint = False
            QTimer.singleShot(0, self._read_nets)  # once this paint is done
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        rm_id = self.user_id
        if self.no_user() or rm_id is None:
            return
        if self.loaded_at is None:
            self.status.setText(self.tr("Reading your book …"))
        self.workspace.tasks.read(
            ReadOp(
                partial(load_rows, rm_id=rm_id),
                success=self.show_lines,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the RM's book",
            )
        )

    def _read_nets(self) -> None:
        """The net profits, asked for once the rows are shown (the GUI thread is idle then)."""
        rm_id = self.user_id
        if rm_id is None:
            return
        self.workspace.tasks.read(
            ReadOp(
                partial(load_raw_nets, rm_id=rm_id),
                success=self.show_nets,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=NETS_KEY,
                what="reading the RM's book's profit",
            )
        )

    def show_lines(self, lines: Sequence[BookRow] | Sequence[BookLine]) -> None:
        current = self.table.currentIndex()
        keep = self.model.line_at(current.row()).customer_id if current.isValid() else None
        self.model.set_lines(lines)
        if self.table.viewport().isVisible():  # the rows first: the read competes with the paint
            self._nets_after_paint = True
        else:
            QTimer.singleShot(0, self._read_nets)
        self.loaded_at = utcnow()
        row = None if keep is None else self.model.row_of(keep)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        self._fill_status()
        self.countChanged.emit(self.model.rowCount())
        self.loaded.emit()

    def show_nets(self, nets: Mapping[bytes, Decimal] | Mapping[uuid.UUID, Decimal]) -> None:
        """The net profits, read after the lines."""
        self.model.set_nets(nets)
        self.netsLoaded.emit()

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.model.rowCount()

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.filter.setFocus()

    def _into_table(self) -> None:
        into_table(self.table)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._fill_status()
        self.countChanged.emit(self.model.rowCount())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.line_at(index.row()).customer_number)

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            text = self.tr("%1 customers in your book.").replace("%1", f"{total:,}")
        else:
            text = (
                self.tr("%1 of %2 customers shown.")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
            )
        hint = self.tr("Enter opens a customer.")
        self.status.setText(f"{text} {self.synced_text()} {hint}")

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Number, name, pinyin or segment"))
        self.model.retranslate()
        self._fill_status()
