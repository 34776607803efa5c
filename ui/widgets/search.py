"""The search box and its results: local hits as the teller types, then the server's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.search.query import SearchHit
from ui.models.search import SearchModel
from ui.remote_search import RemoteRow, RemoteSearch
from ui.tasks import TaskManager

DEBOUNCE_MS = 0
"""Keys typed in one pass of the event loop make one query; the cache worker skips queued
queries a newer one replaced, so no longer pause is needed to keep up with fast typing."""
COLUMN_WIDTHS = (120, 120, 56, 64)
"""Name, number, branch and source; the Latin name takes the rest (sizing to contents costs a
pass)."""


class SearchPanel(QWidget):
    """Emits queryChanged as the teller types and openRequested(customer number)."""

    queryChanged = Signal(str)
    queryCleared = Signal()
    openRequested = Signal(str)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.model = SearchModel(self)
        self.results = QTableView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setShowGrid(False)
        self.results.setAlternatingRowColors(True)
        header = self.results.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.results.verticalHeader().setDefaultSectionSize(28)
        self.results.activated.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_query)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._open_current)
        self._count: int | None = None
        self._error = ""
        self._open_when_found = False
        self._opening = ""
        self.remote = RemoteSearch(tasks, self)
        self.remote.found.connect(self._on_remote_found)
        self.remote.opened.connect(self._on_remote_opened)
        self.remote.failed.connect(self._on_remote_failed)
        self.retranslate()

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        self.model.set_rows(hits)
        self._count, self._error, self._opening = len(hits), "", ""
        if hits:
            self.results.selectRow(0)
        self._show_summary()
        if self._open_when_found and hits:
            self._open_index(self.model.index(0, 0))
        self._open_when_found = False
        self.remote.schedule(self.box.text().strip(), [h.customer_number for h in hits])

    def show_error(self, message: str) -> None:
        self.remote.cancel()
        self.model.set_rows(())
        self._count, self._error = None, message
        self._show_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through the results."""
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            last = self.model.rowCount() - 1
            if last >= 0:
                self.results.selectRow(max(0, min(last, self.results.currentIndex().row() + step)))
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.box.setPlaceholderText(
            self.tr("Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)")
        )
        self.model.retranslate()
        self._show_summary()

    def _show_summary(self) -> None:
        if self._error:
            self.summary.setText(self._error)
        elif self._opening:
            self.summary.setText(
                self.tr("Opening %1 from the server …").replace("%1", self._opening)
            )
        elif self._count is None:
            self.summary.setText(self.tr("Type to search the customers on this workstation."))
        else:
            text = (
                self.tr("No customer found.")
                if self._count == 0
                else self.tr("%n customer(s) found.", "", self._count)
            )
            if self.model.remote_count:
                text += " " + self.tr("%n more on the server.", "", self.model.remote_count)
            self.summary.setText(text)

    def _typed(self, text: str) -> None:
        self._open_when_found = False
        self.remote.cancel()
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.model.set_rows(())
            self._count, self._error, self._opening = None, "", ""
            self._show_summary()
            self.queryCleared.emit()

    def _emit_query(self) -> None:
        self.queryChanged.emit(self.box.text().strip())

    def _open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._open_when_found = True
            self._emit_query()
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        if isinstance(hit, RemoteRow):
            if self.remote.open(hit):
                self._opening, self._error = hit.customer_number, ""
                self._show_summary()
            return
        self.openRequested.emit(hit.customer_number)

    def _on_remote_found(self, text: str, rows: Sequence[RemoteRow]) -> None:
        if text != self.box.text().strip() or self._count is None:
            return
        self.model.append_remote(rows)
        if not self.results.currentIndex().isValid():
            self.results.selectRow(0)
        self._show_summary()

    def _on_remote_opened(self, number: str) -> None:
        self._opening = ""
        self._show_summary()
        self.openRequested.emit(number)

    def _on_remote_failed(self, message: str) -> None:
        self._opening = ""
        self._error = self.tr("The server could not open this customer: %1").replace("%1", message)
        self._show_summary()
        self._error = ""
