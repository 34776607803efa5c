"""The call-centre agent's "Callers" home: find the caller by phone, see their recent
interactions and their RM's and the branch's other RMs' nearest free slots, book one with
the opportunity passed on to that RM.

A thin view over `ui.models.callers`: the lookup reads the cache first (`client.callers.
local_callers`, in the reading thread, offline too) and, while online, asks the server
(`sync.engine.callers.server_callers`, a network op): the server's callers this cache lacks
show marked "☁ Server" and are brought into the cache (`open_from_server`) when chosen. A
chosen caller's file (`client.callers.caller_file`) fills the two lower tables; Book is a
write op (`client.callers.book_for_caller`: the appointment, with channel call_centre, and
the referral attached to it, saved locally at once, then uploaded). Book and the referral's
fields are offered only as the permission table lets the role create appointments and
referrals (`client.counter.offered`), as the server's push checks.

Keys: Alt+P the phone, Enter looks up and goes to the callers, Enter on a caller goes to
the slots, Alt+B books the chosen slot, Ctrl+Enter on a caller opens the 360.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import partial

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client import counter
from client.callers import (
    Caller,
    CallerFile,
    Callers,
    book_for_caller,
    caller_file,
    local_callers,
    merged,
)
from client.errors import GuitaiError
from client.outbox import Edit
from client.store import LocalCache
from client.work import Staff
from sync.engine.callers import server_callers
from ui.homes.page import HomePage, plain_error
from ui.models.callers import (
    CallersModel,
    InteractionsModel,
    SlotRow,
    SlotsModel,
    slot_rows,
)
from ui.tasks import NetworkOp, ReadOp, WriteOp, refusals
from ui.work.form import plain_reason
from ui.workspace import Workspace

KEY, REMOTE_KEY, FILE_KEY, OPEN_KEY = "callers", "callers-remote", "caller-file", "caller-open"


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _proxy(parent: QWidget, source: object) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(source)  # type: ignore[arg-type]
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


class CallersHome(HomePage):
    """The lookup, the callers, the caller's file and the booking (see the module)."""

    fileShown = Signal()
    """A caller's file (or none) was shown."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("callersHome")
        role = workspace.role
        self.may_book = counter.offered(role, "book")
        self.may_refer = counter.offered(role, "refer")
        self.found: Callers | None = None
        self.file: CallerFile | None = None
        self._asked = ""
        self._said = ""
        self.last_booking: Edit | None = None

        self.phone = QLineEdit(self)
        self.phone.setObjectName("callerPhone")
        self.phone.setClearButtonEnabled(True)
        self.phone.returnPressed.connect(self.look_up)
        self.phone_label = QLabel(self)
        self.phone_label.setBuddy(self.phone)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("callersFilter")
        self.filter.setClearButtonEnabled(True)

        self.callers = CallersModel(self)
        self.callers_proxy = _proxy(self, self.callers)
        self.filter.textChanged.connect(self.callers_proxy.setFilterFixedString)
        self.table = _table(self, "callersTable")
        self.table.setModel(self.callers_proxy)
        self.table.selectionModel().currentRowChanged.connect(self._caller_chosen)
        self.table.activated.connect(lambda _index: self._into_slots())

        self.interactions = InteractionsModel(self)
        self.interactions_proxy = _proxy(self, self.interactions)
        self.history = _table(self, "callerInteractions")
        self.history.setModel(self.interactions_proxy)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.slots = SlotsModel(self)
        self.slots_proxy = _proxy(self, self.slots)
        self.slot_table = _table(self, "callerSlots")
        self.slot_table.setModel(self.slots_proxy)
        self.slot_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # their RM's first

        self.caller_title = QLabel(self)
        self.caller_title.setObjectName("callerTitle")
        self.caller_title.setWordWrap(True)
        self.product = QComboBox(self)
        self.product.setObjectName("callerProduct")
        self.value = QLineEdit(self)
        self.value.setObjectName("callerValue")
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("callerPurpose")
        self.purpose.returnPressed.connect(self.book)
        self.slot_table.activated.connect(lambda _index: self.purpose.setFocus())
        self.notes = QLineEdit(self)
        self.notes.setObjectName("callerNotes")
        self.book_button = QPushButton(self)
        self.book_button.setObjectName("callerBook")
        self.book_button.clicked.connect(self.book)
        self.book_button.setVisible(self.may_book)
        self.book_button.setEnabled(False)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("callerOpen")
        self.open_button.clicked.connect(self._open_360)
        self.open_button.setEnabled(False)
        QShortcut(QKeySequence("Ctrl+Return"), self.table, self._open_360)

        self.history_box = QGroupBox(self)
        box = QVBoxLayout(self.history_box)
        box.addWidget(self.history)
        self.slots_box = QGroupBox(self)
        form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for name, widget in (
            ("product", self.product),
            ("value", self.value),
            ("notes", self.notes),
            ("purpose", self.purpose),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels[name] = label
            form.addRow(label, widget)
            shown = self.may_book and (name == "purpose" or self.may_refer)
            label.setVisible(shown)
            widget.setVisible(shown)
        slots_layout = QVBoxLayout(self.slots_box)
        slots_layout.addWidget(self.slot_table, 1)
        slots_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.book_button)
        slots_layout.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(self.phone_label)
        top.addWidget(self.phone, 2)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.history_box)
        lower.addWidget(self.slots_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.caller_title)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.status.setObjectName("callersStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.phone, self.table)
        self.setTabOrder(self.table, self.slot_table)
        self.retranslate()

    # --- the lookup ---------------------------------------------------------------------

    def look_up(self, text: str | None = None, *, quiet: bool = False) -> None:
        """Looks the caller up by the phone typed (or `text`): the cache, then the server.

        `quiet` (a reload after an edit or a pull) keeps what the status line says, so the
        confirmation of a booking is not replaced by the lookup's progress."""
        if text is not None:
            self.phone.setText(text)
        asked = self.phone.text().strip()
        self._asked = asked
        self.workspace.tasks.cancel(REMOTE_KEY)
        self.workspace.tasks.read(
            ReadOp(
                partial(local_callers, text=asked),
                success=lambda found: self._found_here(asked, found, quiet),
                error=refusals(self._refused),
                owner=self,
                key=KEY,
                what="looking a caller up in the cache",
            )
        )

    def _found_here(self, asked: str, found: Callers, quiet: bool = False) -> None:
        if asked != self._asked:
            return
        self.show_callers(found)
        say = (lambda _text: self._fill_status()) if quiet else self._say
        engine = self.workspace.online_engine()
        if engine is None:
            say(self.tr("Found on this computer (offline: the server was not asked)."))
            return
        say(self.tr("Found on this computer; asking the server …"))
        self.workspace.tasks.network(
            NetworkOp(
                lambda: server_callers(engine, asked),
                success=lambda remote: self._found_there(asked, found, remote, quiet),
                error=lambda _exc: self._say(
                    self.tr("Found on this computer; the server could not be asked.")
                ),
                owner=self,
                key=REMOTE_KEY,
                what="looking a caller up on the server",
            )
        )

    def _found_there(self, asked: str, local: Callers, remote: Callers, quiet: bool) -> None:
        if asked != self._asked:
            return
        self.show_callers(merged(local, remote))
        if quiet:
            self._fill_status()
        else:
            self._say(self.tr("Found on this computer and on the server."))

    def show_callers(self, found: Callers) -> None:
        keep = self.current_caller()
        self.found = found
        self.callers.set_rows(found.callers)
        self.loaded_at = self.loaded_at or datetime.now().astimezone()
        row = 0
        if keep is not None:
            row = next(
                (i for i, c in enumerate(found.callers) if c.customer_id == keep.customer_id), 0
            )
        if found.callers:
            self.table.setCurrentIndex(self.callers_proxy.mapFromSource(self.callers.index(row, 0)))
            if self.phone.hasFocus():
                self.table.setFocus()
        else:
            self._show_file(None)
        self.countChanged.emit(self.callers.rowCount())
        self.loaded.emit()

    def current_caller(self) -> Caller | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.callers.caller_at(self.callers_proxy.mapToSource(index).row())

    # --- one caller ---------------------------------------------------------------------

    def _caller_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        caller = self.current_caller()
        if caller is None:
            self._show_file(None)
            return
        if caller.remote:
            engine = self.workspace.online_engine()
            if engine is None:
                self._say(self.tr("This caller is on the server only; go online to open them."))
                return
            self._say(self.tr("Bringing the caller from the server …"))
            self.workspace.tasks.network(
                NetworkOp(
                    lambda: engine.open_from_server(caller.customer_id),
                    success=lambda _rows: self._read_file(caller.customer_id),
                    failure=lambda message: self._say(plain_error(message)),
                    owner=self,
                    key=OPEN_KEY,
                    what="opening a caller from the server",
                )
            )
            return
        self._read_file(caller.customer_id)

    def _read_file(self, customer_id: uuid.UUID) -> None:
        self.workspace.tasks.read(
            ReadOp(
                partial(caller_file, customer_id=customer_id),
                success=self._show_file,
                failure=lambda message: self._say(plain_error(message)),
                owner=self,
                key=FILE_KEY,
                what="reading a caller's file",
            )
        )

    def _show_file(self, file: CallerFile | None) -> None:
        """Shows a caller's file; the same caller's again (after a pull or an edit) keeps
        the slot and the opportunity the agent chose."""
        same = (
            file is not None and self.file is not None and file.customer_id == self.file.customer_id
        )
        chosen = self.current_slot() if same else None
        product = self.product.currentData() if same else None
        self.file = file
        self.interactions.set_rows(file.interactions if file is not None else ())
        self.slots.set_rows(slot_rows(file) if file is not None else ())
        self.product.clear()
        if file is not None:
            self.product.addItem(self.tr("No opportunity"), None)
            for choice in file.products:
                self.product.addItem(choice.label, choice.id)
            # by value: findData compares Python objects by identity, and a re-read makes
            # new UUID objects
            index = next(
                (i for i in range(self.product.count()) if self.product.itemData(i) == product),
                0,
            )
            self.product.setCurrentIndex(index)
        if self.slots.rowCount():
            rows = [self.slots.slot_at(r) for r in range(self.slots.rowCount())]
            keep = next(
                (r for r, row in enumerate(rows) if chosen is not None and row == chosen), 0
            )
            self.slot_table.setCurrentIndex(
                self.slots_proxy.mapFromSource(self.slots.index(keep, 0))
            )
        self.book_button.setEnabled(file is not None and self.slots.rowCount() > 0)
        self.open_button.setEnabled(file is not None)
        self._title()
        self.fileShown.emit()

    def _title(self) -> None:
        file = self.file
        if file is None:
            self.caller_title.clear()
            return
        text = self.tr("%1 %2 — branch %3, RM %4. Last %5 interactions, newest first.")
        self.caller_title.setText(
            text.replace("%1", file.customer_number)
            .replace("%2", file.name)
            .replace("%3", file.branch_code or "—")
            .replace("%4", file.rm_name or self.tr("none"))
            .replace("%5", str(len(file.interactions)))
        )

    def _into_slots(self) -> None:
        if self.slots.rowCount():
            self.slot_table.setFocus()

    def _open_360(self) -> None:
        caller = self.current_caller()
        if caller is not None and not caller.remote:
            self.openRequested.emit(caller.customer_number)

    # --- the booking --------------------------------------------------------------------

    def current_slot(self) -> SlotRow | None:
        index = self.slot_table.currentIndex()
        if not index.isValid():
            return None
        return self.slots.slot_at(self.slots_proxy.mapToSource(index).row())

    def book(self) -> None:
        """Books the chosen slot for the caller, with the opportunity if a product is chosen."""
        file, slot, staff = self.file, self.current_slot(), self.workspace.staff
        if not self.may_book or file is None:
            return
        if slot is None:
            self._say(self.tr("Choose a free slot."))
            return
        product = self.product.currentData() if self.may_refer else None
        customer_id = file.customer_id
        job = partial(
            book_for_caller,
            customer_id=customer_id,
            rm_id=slot.rm_id,
            starts_at=slot.starts_at,
            purpose=self.purpose.text(),
            product_id=product if isinstance(product, uuid.UUID) else None,
            expected_value=self.value.text(),
            notes=self.notes.text(),
        )
        self.book_button.setEnabled(False)
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: _save(cache, customer_id, staff, job),
                success=lambda edit: self._booked(slot, edit),
                error=refusals(self._refused),
                customers=frozenset({customer_id}),
                what="booking a caller's appointment",
            )
        )

    def _booked(self, slot: SlotRow, edit: Edit | None) -> None:
        self.last_booking = edit
        self.purpose.clear()
        self.notes.clear()
        self.value.clear()
        self.book_button.setEnabled(True)
        self._say(
            self.tr("Booked with %1 at %2 — saved locally, waiting to upload.")
            .replace("%1", slot.rm_name)
            .replace("%2", f"{slot.starts_at.astimezone():%Y-%m-%d %H:%M}")
        )
        if self.file is not None:
            self._read_file(self.file.customer_id)

    def _refused(self, problem: str | GuitaiError) -> None:
        self.book_button.setEnabled(self.file is not None)
        self._say(plain_reason(problem) if isinstance(problem, GuitaiError) else problem)

    # --- the page contract --------------------------------------------------------------

    def reload(self) -> None:
        """After an edit or a pull: the lookup again (when one was made) and the file."""
        if self._asked:
            self.look_up(quiet=True)
            return
        if self.file is not None:
            self._read_file(self.file.customer_id)
        self.loaded.emit()  # nothing looked up yet: nothing to read

    def tab_count(self) -> int | None:
        return None if self.found is None else self.callers.rowCount()

    def focus_first(self) -> None:
        self.phone.setFocus()

    def _say(self, text: str) -> None:
        self._said = text
        self._fill_status()

    def _fill_status(self) -> None:
        parts = [self._said] if self._said else []
        if self.found is not None and self.found.truncated:
            parts.append(self.tr("More callers match: give more digits."))
        if self.may_book:
            parts.append(self.tr("Enter on a caller goes to the slots; Alt+B books."))
        self.status.setText(" ".join(parts))

    def retranslate(self) -> None:
        self.phone_label.setText(self.tr("&Phone"))
        self.phone.setPlaceholderText(self.tr("Whole number or its last 4 digits, then Enter"))
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Number, name, branch or RM"))
        self.history_box.setTitle(self.tr("Recent interactions, every channel"))
        self.slots_box.setTitle(self.tr("Nearest free slots: their RM, then the branch's others"))
        self.form_labels["product"].setText(self.tr("&Opportunity"))
        self.form_labels["value"].setText(self.tr("Expected &value (CNY)"))
        self.form_labels["notes"].setText(self.tr("&Notes for the RM"))
        self.form_labels["purpose"].setText(self.tr("P&urpose"))
        self.book_button.setText(self.tr("&Book"))
        self.open_button.setText(self.tr("Open 360"))
        self.callers.retranslate()
        self.interactions.retranslate()
        self.slots.retranslate()
        self._title()
        self._fill_status()


def _save(
    cache: LocalCache, customer_id: uuid.UUID, staff: Staff | None, job: partial[Edit]
) -> Edit | None:
    """In the writing thread: the booking (and its referral) in one transaction."""
    return counter.save(cache, customer_id, staff, lambda session, who: job(session, who))
