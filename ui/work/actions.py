"""The Work menu of the main window: counter actions on the customer open in the 360."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from client import counter
from client.counter import Job
from client.customer360.views import Customer360
from client.errors import GuitaiError
from client.outbox import Edit
from ui.tasks import TaskManager, WriteOp, refusals
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
        for name, (shortcut, _) in OPENERS.items():
            action = QAction(window)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, n=name: self.open_dialog(n))
            self.menu.addAction(action)
            self.actions[name] = action
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
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

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
        for name, action in self.actions.items():
            action.setEnabled(counter.offered(self.workspace.role, name))
