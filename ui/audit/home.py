"""The auditor's home: a search of the server's audit trail, its answer as a sortable table.

A thin widget over `ui.models.audit`: the filters (customer number, user, action, since),
a filter of the rows shown, the table and one line saying what happened. Keyboard first:
each field has its Alt key, Enter in any filter searches, Enter on a row opens that
customer's 360. It asks nothing itself: `searchRequested(Filters)` goes to its controller
(`ui.audit.search`), which answers with `show_found`, `show_busy` or `show_error`;
`countChanged(int)` tells the rows shown (the tab's title carries the count).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.audit_query import DEFAULT_LIMIT, Filters, Found, parse_since
from client.errors import UsageError
from client.schema.enums import AuditAction
from ui.models.audit import WHEN, AuditEventsModel, AuditFilter, action_label


class AuditHome(QWidget):
    """The search form, the filter, the table and the status line (see the module docstring)."""

    searchRequested = Signal(object)
    """The `Filters` to search with."""
    openRequested = Signal(str)
    """A customer number: open its 360."""
    countChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditHome")
        self.model = AuditEventsModel(self)
        self.shown = AuditFilter(self.model, self)
        self.found: Found | None = None
        self._said = ""
        """What the status line says instead of the count (busy, an error), "" for none."""

        self.customer = QLineEdit(self)
        self.customer.setObjectName("auditCustomer")
        self.customer.setMaxLength(40)
        self.user = QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.user.setMaxLength(60)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.addItem("", None)
        for action in AuditAction:
            self.action.addItem("", action)
        self.since = QLineEdit(self)
        self.since.setObjectName("auditSince")
        self.since.setMaxLength(32)
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("auditSearch")
        self.search_button.clicked.connect(self.request_search)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, buddy in zip(
            self.labels,
            (self.customer, self.user, self.action, self.since, self.filter),
            strict=True,
        ):
            label.setBuddy(buddy)
        for line in (self.customer, self.user, self.since):
            line.returnPressed.connect(self.request_search)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        pairs = ((self.customer, 0), (self.user, 1), (self.action, 2), (self.since, 3))
        for field, column in pairs:
            form.addWidget(self.labels[column], 0, 2 * column)
            form.addWidget(field, 0, 2 * column + 1)
            form.setColumnStretch(2 * column + 1, 1)
        form.addWidget(self.search_button, 0, 8)
        form.addWidget(self.labels[4], 1, 0)
        form.addWidget(self.filter, 1, 1, 1, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.since, self.search_button)
        self.setTabOrder(self.search_button, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.retranslate()

    def focus_first(self) -> None:
        """Puts the cursor in the customer number, ready to type."""
        self.customer.setFocus()
        self.customer.selectAll()

    def filters(self) -> Filters:
        """The filters as typed; `UsageError` for a date that is not one."""
        action = self.action.currentData()
        return Filters(
            customer_number=self.customer.text().strip().upper() or None,
            username=self.user.text().strip() or None,
            action=action if isinstance(action, AuditAction) else None,
            since=parse_since(self.since.text()),
            limit=DEFAULT_LIMIT,
        )

    def request_search(self) -> None:
        """Emits searchRequested with the filters typed (a bad date is said, not sent)."""
        try:
            filters = self.filters()
        except UsageError:
            self.show_error(self.tr("Give the date as YYYY-MM-DD, e.g. 2026-01-31."))
            self.since.setFocus()
            self.since.selectAll()
            return
        self.searchRequested.emit(filters)

    def show_busy(self) -> None:
        self._said = self.tr("Searching the audit trail on the server…")
        self._fill_status()

    def show_found(self, found: Found) -> None:
        """The events found (the table keeps its sort and the filter typed)."""
        self.found, self._said = found, ""
        self.model.set_lines(found.lines)
        self.table.resizeColumnsToContents()
        self._fill_status()
        self.countChanged.emit(self.shown.rowCount())

    def show_error(self, message: str) -> None:
        """Says why there is no new answer; the rows of the last one stay."""
        self._said = message
        self._fill_status()

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._fill_status()
        self.countChanged.emit(self.shown.rowCount())

    def _fill_status(self) -> None:
        if self._said:
            self.status.setText(self._said)
            return
        found = self.found
        if found is None:
            self.status.setText(
                self.tr(
                    "Search by customer number, user, action or date; Enter searches, "
                    "Enter on a row opens the customer."
                )
            )
            return
        total, shown = len(found.lines), self.shown.rowCount()
        text = self.tr("%1 events found.").replace("%1", str(total))
        if shown != total:
            text += " " + self.tr("%1 shown by the filter.").replace("%1", str(shown))
        if found.truncated:
            text += " " + self.tr("Only the newest are listed: narrow the search.")
        self.status.setText(text)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        number = self.shown.line_at(index.row()).customer_number
        if number:
            self.openRequested.emit(number)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("&Customer:"),
                self.tr("&User:"),
                self.tr("&Action:"),
                self.tr("Si&nce:"),
                self.tr("Fi&lter shown:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.customer.setPlaceholderText(self.tr("customer number"))
        self.user.setPlaceholderText(self.tr("user name"))
        self.since.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.filter.setPlaceholderText(self.tr("any text of the rows shown"))
        self.action.setItemText(0, self.tr("any action"))
        for row in range(1, self.action.count()):
            action = self.action.itemData(row)
            self.action.setItemText(row, action_label(str(getattr(action, "value", action))))
        self.search_button.setText(self.tr("Sea&rch"))
        self.model.retranslate()
        self._fill_status()
