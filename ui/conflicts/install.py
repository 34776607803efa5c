"""The Sync menu: Sync now (F5), and the conflicts inbox (Ctrl+Shift+C, or the status bar)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QMenu

from client.conflicts import Choice
from sync.status import SyncStatus
from ui.conflicts.dialog import ConflictsDialog
from ui.conflicts.runner import ConflictsRunner
from ui.sync_runner import SyncRunner

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class ConflictsInbox(QObject):
    """The Sync menu's Conflicts… action, the clickable status bar count and the dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("conflictsInbox")
        self.window = window
        self.runner: ConflictsRunner | None = None
        self.dialog: ConflictsDialog | None = None
        self._watching_sync = False
        self._settling: uuid.UUID | None = None
        """The customer of the issue being settled, to show its 360 afresh."""
        self._message: str | None = None
        """Said in the status bar once that 360 has loaded again."""
        self.menu = QMenu(window)
        self.menu.setObjectName("syncMenu")
        window.menuBar().addMenu(self.menu)
        self.sync_now_action = QAction(window)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.setEnabled(False)
        self.sync_now_action.triggered.connect(self.sync_now)
        self.menu.addAction(self.sync_now_action)
        self.menu.aboutToShow.connect(self._enable_sync_now)
        self.action = QAction(window)
        self.action.setObjectName("conflictsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.triggered.connect(self.open_inbox)
        self.menu.addAction(self.action)
        label = window.sync_status.conflicts
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.installEventFilter(self)
        window.installEventFilter(self)
        window.cache.loaded.connect(self._show_message)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("S&ync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.sync_now_action.setToolTip(self.tr("Upload and download changes with the server now"))
        self.action.setText(self.tr("&Conflicts…"))
        self.window.sync_status.conflicts.setToolTip(self.tr("Open the conflicts inbox"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.sync_status.conflicts:
            if (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ):
                self.open_inbox()
                return True
        elif watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show:
                self._enable_sync_now()
            elif event.type() == QEvent.Type.Close and self.runner is not None:
                self.runner.shutdown()
                self.runner = None
        return False

    def _sync_runner(self) -> SyncRunner | None:
        """The window's sync runner: None without a server (no engine) or once stopped."""
        runner = getattr(getattr(self.window, "sync_ui", None), "runner", None)
        return runner if isinstance(runner, SyncRunner) else None

    def _enable_sync_now(self) -> None:
        self.sync_now_action.setEnabled(self._sync_runner() is not None)

    def sync_now(self) -> None:
        """Sync > Sync now (F5): one upload and download round at once, off the GUI thread."""
        self._enable_sync_now()
        sync_ui = getattr(self.window, "sync_ui", None)
        if sync_ui is None or self._sync_runner() is None:
            return
        self.window.statusBar().showMessage(self.tr("Syncing with the server…"), 5_000)
        sync_ui.upload_now()

    def _runner(self) -> ConflictsRunner:
        if self.runner is None:
            self.runner = ConflictsRunner(self.window.profile, self)
            self.runner.listed.connect(self._listed)
            self.runner.resolved.connect(self._resolved)
            self.runner.failed.connect(self._failed)
        return self.runner

    def open_inbox(self) -> ConflictsDialog:
        """Shows the inbox (raised if open already) and reads the open issues afresh."""
        self._watch_sync()
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ConflictsDialog(self.window)
            dialog.settleRequested.connect(self._settle)
            self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self._runner().list()
        return dialog

    def _watch_sync(self) -> None:
        """Reads the list again when a sync round changes the number of conflicts."""
        sync_ui = getattr(self.window, "sync_ui", None)
        runner = getattr(sync_ui, "runner", None)
        if self._watching_sync or runner is None:
            return
        runner.statusChanged.connect(self._status_changed)
        self._watching_sync = True

    def _status_changed(self, status: SyncStatus) -> None:
        dialog = self._open_dialog()
        if dialog is not None and status.conflicts != len(dialog.issues.items):
            self._runner().list()

    def _open_dialog(self) -> ConflictsDialog | None:
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return None
        return dialog

    def _settle(self, entry_id: uuid.UUID, choice: Choice, edited: dict[str, Any] | None) -> None:
        dialog = self._open_dialog()
        item = dialog.issues.item(dialog.issues.row_of(entry_id)) if dialog is not None else None
        self._settling = item.issue.customer_id if item is not None else None
        self._runner().resolve(entry_id, choice, edited)

    def _listed(self, items: list[Any]) -> None:
        dialog = self._open_dialog()
        if dialog is not None:
            dialog.show_items(items)

    def _resolved(self, edit: object) -> None:
        if edit is not None:
            message = self.tr("Settled — your change is saved locally and uploads now")
        else:
            message = self.tr("Settled — the server's value stays")
        shown = self.window.customer.view
        if shown is not None and shown.customer_id == self._settling:
            self._message = message
            self.window.open_customer(shown.customer_number)
        else:
            self.window.statusBar().showMessage(message, 10_000)
        sync_ui = getattr(self.window, "sync_ui", None)
        runner = getattr(sync_ui, "runner", None)
        if runner is not None:
            runner.refresh()
        hook = getattr(self.window, "on_local_edit", None)
        if edit is not None and callable(hook):
            hook()

    def _show_message(self, *_: object) -> None:
        if self._message is not None:
            self.window.statusBar().showMessage(self._message, 10_000)
            self._message = None

    def _failed(self, message: str) -> None:
        dialog = self._open_dialog()
        if dialog is not None:
            dialog.show_error(message)


def install_conflicts_inbox(window: MainWindow) -> ConflictsInbox:
    """Adds the Sync menu's Conflicts… and the clickable conflicts count to the main window."""
    return ConflictsInbox(window)
