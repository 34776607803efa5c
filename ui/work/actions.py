"""The Work menu of the main window: counter actions on the customer open in the 360."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from client.customer360.views import Customer360
from client.outbox import Edit
from ui.work.booking import BookingDialog
from ui.work.choices import FeedbackDialog, ReferralDialog
from ui.work.dialogs import ContactDialog, InteractionDialog, TaskDialog
from ui.work.form import WorkDialog
from ui.work.runner import Job, WorkRunner

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

Opener = Callable[[Customer360, WorkRunner, QWidget], WorkDialog]

OPENERS: dict[str, tuple[str, Opener]] = {
    "interaction": ("Ctrl+I", lambda view, runner, parent: InteractionDialog(view, parent)),
    "contact": ("Ctrl+E", lambda view, runner, parent: ContactDialog(view, parent)),
    "task": ("Ctrl+T", lambda view, runner, parent: TaskDialog(view, parent)),
    "refer": ("Ctrl+R", ReferralDialog),
    "book": ("Ctrl+B", BookingDialog),
    "feedback": ("Ctrl+G", FeedbackDialog),
}
"""Action name -> its shortcut and how its dialog is made."""


class WorkActions(QObject):
    """Opens the work dialogs, saves through the runner, reloads the 360 after a save."""

    localEdit = Signal(object)
    """An Edit was saved in the cache and waits in the outbox."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workActions")
        self.window = window
        self.runner = WorkRunner(window.profile, self)
        self.dialog: WorkDialog | None = None
        self._pending_message: str | None = None
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
        window.cache.loadFailed.connect(self._show_pending)
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
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.runner.shutdown()
        return False

    def open_dialog(self, name: str) -> WorkDialog | None:
        """Opens the named dialog on the customer shown in the 360 (none open: nothing)."""
        view = self.window.customer.view
        if view is None:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = OPENERS[name][1](view, self.runner, self.window)
        dialog.setObjectName(f"{name}Dialog")
        dialog.submitted.connect(lambda job: self._save(dialog, view, job))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: WorkDialog, view: Customer360, job: Job) -> None:
        staff = getattr(self.window, "staff", None)
        booking = isinstance(dialog, BookingDialog)
        self.runner.save(
            view.customer_id,
            staff,
            job,
            lambda edit: self._saved(dialog, view.customer_number, edit, booking),
            lambda message: self._failed(dialog, message),
        )

    def _failed(self, dialog: WorkDialog, message: str) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_error(message)

    def _saved(self, dialog: WorkDialog, number: str, edit: Edit | None, booking: bool) -> None:
        if shiboken6.isValid(dialog):
            dialog.saved(edit)
        if booking:
            self._pending_message = self.tr(
                "Appointment saved locally as tentative — the server confirms it once uploaded"
            )
        else:
            self._pending_message = self.tr("Saved locally — waiting to upload")
        self.window.statusBar().showMessage(self._pending_message, 10_000)
        shown = self.window.customer.view
        if shown is not None and shown.customer_number == number:
            self.window.open_customer(number)
        else:
            self._show_pending()
        self.localEdit.emit(edit)
        hook = getattr(self.window, "on_local_edit", None)
        if callable(hook):
            hook()

    def _on_loaded(self, view: Customer360) -> None:
        for action in self.actions.values():
            action.setEnabled(True)
        self._show_pending()

    def _show_pending(self, *_: object) -> None:
        if self._pending_message is not None:
            self.window.statusBar().showMessage(self._pending_message, 10_000)
            self._pending_message = None


def install_work_actions(window: MainWindow) -> WorkActions:
    """Adds the Work menu and its shortcuts to the main window."""
    return WorkActions(window)
