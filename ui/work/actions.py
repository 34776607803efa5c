"""The Work menu of the main window: counter actions on the customer open in the 360."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from client import counter
from client.counter import Job
from client.customer360.views import Customer360
from client.errors import GuitaiError
from client.outbox import Edit
from ui.tasks import TaskManager, WriteOp, refusals
from ui.teller.items import ItemFlows, OfferRef, TaskRef
from ui.teller.new_customer import NewCustomerFlow
from ui.work.booking import BookingDialog
from ui.work.choices import FeedbackDialog, ReferralDialog
from ui.work.dialogs import ContactDialog, InteractionDialog, TaskDialog
from ui.work.form import WorkDialog
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

Opener = Callable[[Customer360, TaskManager, QWidget], WorkDialog]

OPENERS: dict[str, tuple[str, Opener]] = {
    "interaction": ("Ctrl+I", lambda view, tasks, parent: InteractionDialog(view, parent)),
    "contact": ("Ctrl+E", lambda view, tasks, parent: ContactDialog(view, parent)),
    "task": ("Ctrl+T", lambda view, tasks, parent: TaskDialog(view, parent)),
    "refer": ("Ctrl+R", ReferralDialog),
    "book": ("Ctrl+B", BookingDialog),
    "feedback": ("Ctrl+G", FeedbackDialog),
}
"""Action name -> its shortcut and how its dialog is made."""

TELLER_ACTIONS: dict[str, str] = {
    "close_task": "Ctrl+D",
    "reassign_task": "Ctrl+Shift+A",
    "offer_response": "Ctrl+Shift+O",
}
"""The teller's actions on a task or an offer (of Today, else of the 360) -> shortcut."""
TODAY = "today"
"""The key of the teller's Today tab (`ui.homes.registry`)."""


class WorkActions(QObject):
    """Opens the work dialogs and saves their edits as write ops (the workspace then tells
    everyone: the 360 reloads, the sync uploads)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("workActions")
        self.window = window
        self.workspace = workspace
        self.dialog: WorkDialog | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("workMenu")
        window.menuBar().addMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        self.new_customer = NewCustomerFlow(workspace, self)
        self.new_customer.created.connect(self._show_created)
        self.new_customer.openExisting.connect(self._show_created)
        self.new_customer.said.connect(self._said_of_new)
        self._after_load: tuple[str, str] | None = None
        """A customer number and what the status bar says once its 360 is shown."""
        self._said = ""
        new_action = QAction(window)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setEnabled(self.new_customer.offered())
        new_action.triggered.connect(lambda _=False: self.new_customer.open(self.window))
        self.menu.addAction(new_action)
        self.menu.addSeparator()
        self.teller_actions: dict[str, QAction] = {"new_customer": new_action}
        """The teller's actions (a new customer, a task's or an offer's), beside the counter
        jobs of `actions`."""
        for name, (shortcut, _) in OPENERS.items():
            action = QAction(window)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, n=name: self.open_dialog(n))
            self.menu.addAction(action)
            self.actions[name] = action
        self.items = ItemFlows(workspace, self)
        self.items.said.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        self.menu.addSeparator()
        offered = {
            "close_task": self.items.may_close(),
            "reassign_task": self.items.may_reassign(),
            "offer_response": self.items.may_respond(),
        }
        for name, shortcut in TELLER_ACTIONS.items():
            action = QAction(window)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(offered[name])
            action.triggered.connect(lambda _=False, n=name: self.act_on_item(n))
            self.menu.addAction(action)
            self.teller_actions[name] = action
        customer = window.customer
        for view, names in (
            (customer.tasks_table, ("close_task", "reassign_task")),
            (customer.offers_table, ("offer_response",)),
        ):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for name in names:
                view.addAction(self.teller_actions[name])
        window.cache.loaded.connect(self._on_loaded)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Work"))
        texts = {
            "interaction": self.tr("Log &interaction…"),
            "contact": self.tr("&Edit contact…"),
            "task": self.tr("Follow-up &task…"),
            "refer": self.tr("&Refer to an RM…"),
            "book": self.tr("&Book appointment…"),
            "feedback": self.tr("Se&gment feedback…"),
            "new_customer": self.tr("&New customer or prospect…"),
            "close_task": self.tr("&Close task…"),
            "reassign_task": self.tr("Re&assign task…"),
            "offer_response": self.tr("&Offer response…"),
        }
        for name, text in texts.items():
            (self.actions.get(name) or self.teller_actions[name]).setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_dialog(self, name: str) -> WorkDialog | None:
        """Opens the named dialog on the customer shown in the 360 (none open: nothing)."""
        view = self.window.customer.view
        if view is None:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = OPENERS[name][1](view, self.workspace.tasks, self.window)
        dialog.setObjectName(f"{name}Dialog")
        dialog.submitted.connect(lambda job: self._save(dialog, view, job))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: WorkDialog, view: Customer360, job: Job) -> None:
        staff = self.workspace.staff
        customer_id = view.customer_id
        booking = isinstance(dialog, BookingDialog)
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: counter.save(cache, customer_id, staff, job),
                success=lambda edit: self._saved(dialog, edit, booking),
                error=refusals(lambda problem: self._failed(dialog, problem)),
                customers=frozenset({customer_id}),
                what="a counter edit",
            )
        )

    def _failed(self, dialog: WorkDialog, problem: str | GuitaiError) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_error(problem)

    def _saved(self, dialog: WorkDialog, edit: Edit | None, booking: bool) -> None:
        if shiboken6.isValid(dialog):
            dialog.saved(edit)
        if booking:
            message = self.tr(
                "Appointment saved locally as tentative — the server confirms it once uploaded"
            )
        else:
            message = self.tr("Saved locally — waiting to upload")
        self.window.statusBar().showMessage(message, 10_000)

    def _on_loaded(self, view: Customer360) -> None:
        staff = self.workspace.staff
        own = None if staff is None else staff.branch_id
        for name, action in self.actions.items():
            action.setEnabled(
                counter.offered_on(self.workspace.role, name, own, view.home_branch_id)
            )
        if self._after_load is not None and self._after_load[0] == view.customer_number:
            self.window.statusBar().showMessage(self._after_load[1], 10_000)
            self._after_load = None

    def _said_of_new(self, text: str) -> None:
        self._said = text
        self.window.statusBar().showMessage(text, 10_000)

    # --- the teller's actions: a new customer, a task or an offer -------------------------

    def _show_created(self, number: str) -> None:
        """Shows a customer's 360 (the one just taken on, or a listed duplicate)."""
        homes = getattr(self.window, "homes", None)
        if homes is not None:
            homes.switch_to("customers")
        self._after_load = (number, self._said) if self._said else None
        self._said = ""
        self.window.open_customer(number)

    def _today_page(self) -> QWidget | None:
        """The Today page while its tab is the one shown."""
        homes = getattr(self.window, "homes", None)
        page = None if homes is None else homes.page(TODAY)
        tabs = None if homes is None else homes.tabs
        if page is None or tabs is None or tabs.currentWidget() is not page:
            return None
        return page

    def act_on_item(self, name: str) -> None:
        """Closes or reassigns the current task, or records the current offer's response:
        of Today when its tab is shown, else of the 360's lists."""
        page = self._today_page()
        if page is not None:
            method = {
                "close_task": "close_task",
                "reassign_task": "reassign_task",
                "offer_response": "respond",
            }[name]
            getattr(page, method)()
            return
        customer = self.window.customer
        if customer.view is not None and not self._may_change_items(name, customer.view):
            self.window.statusBar().showMessage(
                self.tr(
                    "This customer is of another branch: their tasks and offers are changed there."
                ),
                10_000,
            )
            return
        if name == "offer_response":
            offer = customer.current_offer()
            if offer is None or offer.offer_id is None or customer.view is None:
                self._no_item(name)
                return
            self.items.respond(
                OfferRef(offer.offer_id, customer.view.customer_id, offer.product), self.window
            )
            return
        task = customer.current_task()
        if task is None or task.task_id is None or customer.view is None:
            self._no_item(name)
            return
        ref = TaskRef(task.task_id, customer.view.customer_id, task.title)
        if name == "close_task":
            self.items.close_task(ref, self.window)
        else:
            self.items.reassign_task(ref, self.window)

    def _may_change_items(self, name: str, view: Customer360) -> bool:
        staff = self.workspace.staff
        own = None if staff is None else staff.branch_id
        return counter.item_offered_on(self.workspace.role, name, own, view.home_branch_id)

    def _no_item(self, name: str) -> None:
        if name == "offer_response":
            text = self.tr("Choose an offer first: in Today, or in the 360's Offers.")
        else:
            text = self.tr("Choose a task first: in Today, or in the 360's Open tasks.")
        self.window.statusBar().showMessage(text, 10_000)
