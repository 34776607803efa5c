"""The teller's home, "Today": who is booked in at the branch, what is due, what to offer.

A thin view over `ui.models.today` (one table of appointments, tasks due or overdue, KYC
reviews due or overdue, offers to present to the customers booked in), read by
`client.teller.load_today` in the cache-reading thread, again after every local edit or
pull (`ui.homes.page.HomePage`). Keyboard first: Alt+H the kind shown, Alt+L the filter,
Down into the table, Enter opens the customer's 360; on a task Alt+C closes it and Alt+A
gives it to someone else, on an offer Alt+R records the customer's response. The tab's
title counts the rows shown; overdue rows are flagged (⚠, in the conflict colour).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import teller
from client.schema.base import utcnow
from client.today import Today
from ui.homes.page import HomePage, filter_box, into_table, list_table, plain_error
from ui.models.today import (
    KIND_PLURALS,
    NAME,
    WHAT,
    WHEN,
    Kind,
    TodayFilter,
    TodayItem,
    TodayModel,
    counts,
    flagged,
    items_of,
)
from ui.models.today import tr as model_tr
from ui.tasks import ReadOp
from ui.teller.items import ItemFlows, OfferRef, TaskRef
from ui.workspace import Workspace

KEY = "teller-today"


class TodayHome(HomePage):
    """The kind chooser, the filter, the table, the buttons and the status line."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("todayHome")
        self.today: Today | None = None
        self.model = TodayModel(self)
        self.shown = TodayFilter(self.model, self)
        self.flows = ItemFlows(workspace, self)
        self.flows.said.connect(self._said)
        self._said_text = ""

        self.kind = QComboBox(self)
        self.kind.setObjectName("todayKind")
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.filter, self.filter_label = filter_box(self, "todayFilter", self._filter_changed)
        self.filter.returnPressed.connect(self._into_table)

        self.table = list_table(self, "todayTable", self.shown, WHEN, {NAME: 160, WHAT: 320})
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._fill_buttons())

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("todayOpen")
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("todayCloseTask")
        self.close_button.clicked.connect(self.close_task)
        self.reassign_button = QPushButton(self)
        self.reassign_button.setObjectName("todayReassign")
        self.reassign_button.clicked.connect(self.reassign_task)
        self.respond_button = QPushButton(self)
        self.respond_button.setObjectName("todayRespond")
        self.respond_button.clicked.connect(self.respond)
        for button in (
            self.open_button,
            self.close_button,
            self.reassign_button,
            self.respond_button,
        ):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.status.setObjectName("todayStatus")

        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        row.addWidget(self.kind)
        row.addSpacing(12)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.respond_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setTabOrder(self.kind, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.retranslate()
        self._fill_buttons()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        staff = self.workspace.staff
        if self.no_user() or staff is None:
            return
        if self.loaded_at is None:
            self.status.setText(self.tr("Reading the branch's day …"))
        self.workspace.tasks.read(
            ReadOp(
                partial(teller.load_today, branch_id=staff.branch_id),
                success=self.show_today,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the branch's day",
            )
        )

    def show_today(self, today: Today) -> None:
        current = self.current_item()
        self.today = today
        self.model.set_items(items_of(today))
        self.loaded_at = utcnow()
        if current is not None:
            self.select(current)
        self._fill_kinds()
        self._fill_status()
        self._fill_buttons()
        self.countChanged.emit(self.shown.rowCount())
        self.loaded.emit()

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.shown.rowCount()

    def focus_first(self) -> None:
        if self.shown.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.shown.index(0, 0))
        else:
            self.filter.setFocus()

    # --- the current row ----------------------------------------------------------------

    def current_item(self) -> TodayItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.shown.item_at(index.row())

    def select(self, wanted: TodayItem) -> bool:
        """Makes the row of the same thing current (by kind, row and customer)."""
        for row in range(self.shown.rowCount()):
            item = self.shown.item_at(row)
            if (item.kind, item.row_id, item.customer_id) == (
                wanted.kind,
                wanted.row_id,
                wanted.customer_id,
            ):
                self.table.setCurrentIndex(self.shown.index(row, 0))
                return True
        return False

    def task_ref(self) -> TaskRef | None:
        item = self.current_item()
        if item is None or item.kind is not Kind.TASK or item.row_id is None:
            return None
        return TaskRef(item.row_id, item.customer_id, item.what)

    def offer_ref(self) -> OfferRef | None:
        item = self.current_item()
        if item is None or item.kind is not Kind.OFFER or item.row_id is None:
            return None
        return OfferRef(item.row_id, item.customer_id, item.what)

    # --- acting -------------------------------------------------------------------------

    def close_task(self) -> None:
        task = self.task_ref()
        if task is not None:
            self.flows.close_task(task, self)

    def reassign_task(self) -> None:
        task = self.task_ref()
        if task is not None:
            self.flows.reassign_task(task, self)

    def respond(self) -> None:
        offer = self.offer_ref()
        if offer is not None:
            self.flows.respond(offer, self)

    def _said(self, text: str) -> None:
        self._said_text = text
        self._fill_status()
        self.table.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.shown.item_at(index.row()).customer_number)

    def _into_table(self) -> None:
        into_table(self.table)

    def _kind_changed(self) -> None:
        value = self.kind.currentData()
        self.shown.set_kind(Kind(value) if value else None)
        self._after_filter()

    def _filter_changed(self, text: str) -> None:
        self.shown.set_words(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._fill_status()
        self._fill_buttons()
        self.countChanged.emit(self.shown.rowCount())

    # --- texts --------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        found = counts(self.model.items)
        wanted = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        total = len(self.model.items)
        self.kind.addItem(self.tr("Everything (%1)").replace("%1", str(total)), "")
        for kind in Kind:
            self.kind.addItem(f"{model_tr(KIND_PLURALS[kind])} ({found[kind]})", kind.value)
        index = self.kind.findData(wanted if wanted is not None else "")
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)

    def _fill_buttons(self) -> None:
        item = self.current_item()
        task = item is not None and item.kind is Kind.TASK
        offer = item is not None and item.kind is Kind.OFFER
        self.open_button.setEnabled(item is not None)
        self.close_button.setEnabled(task and self.flows.may_close())
        self.reassign_button.setEnabled(task and self.flows.may_reassign())
        self.respond_button.setEnabled(offer and self.flows.may_respond())
        self.close_button.setVisible(self.flows.may_close())
        self.reassign_button.setVisible(self.flows.may_reassign())
        self.respond_button.setVisible(self.flows.may_respond())

    def _fill_status(self) -> None:
        if self.loaded_at is None or self.today is None:
            return
        items = self.model.items
        found = counts(items)
        late = flagged(items)
        text = (
            self.tr("%1 booked in, %2 tasks due, %3 KYC reviews, %4 offers to present.")
            .replace("%1", str(found[Kind.APPOINTMENT]))
            .replace("%2", str(found[Kind.TASK]))
            .replace("%3", str(found[Kind.KYC]))
            .replace("%4", str(found[Kind.OFFER]))
        )
        if late:
            text += " " + self.tr("⚠ %1 overdue.").replace("%1", str(late))
        shown = self.shown.rowCount()
        if shown != len(items):
            text += " " + self.tr("%1 shown.").replace("%1", str(shown))
        parts = [text, self.synced_text(), self.tr("Enter opens the customer.")]
        if self._said_text:
            parts.insert(0, self._said_text + ".")
        self.status.setText(" ".join(parts))

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("S&how"))
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Number, name, task, product or RM"))
        self.open_button.setText(self.tr("Open 360"))
        self.open_button.setToolTip(self.tr("Opens the customer's 360 (Enter)"))
        self.close_button.setText(self.tr("&Close task…"))
        self.reassign_button.setText(self.tr("Re&assign task…"))
        self.respond_button.setText(self.tr("&Record offer response…"))
        self.model.retranslate()
        if self.loaded_at is not None:
            self._fill_kinds()
        self._fill_status()
