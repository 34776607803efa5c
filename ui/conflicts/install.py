"""The conflicts inbox in the window: Sync > Conflicts… (Ctrl+Shift+C), the clickable count in
the status bar, and the dialog; it reads and settles issues as ops of the task layer."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QMenu

from client.conflicts import Choice
from client.inbox import InboxItem, inbox_items, settle
from client.outbox import Edit
from sync.status import SyncStatus
from ui.conflicts.dialog import ConflictsDialog
from ui.tasks import ReadOp, WriteOp
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class ConflictsInbox(QObject):
    """The Sync menu's Conflicts… action, the clickable status bar count and the dialog."""

    def __init__(self, window: MainWindow, workspace: Workspace, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("conflictsInbox")
        self.window = window
        self.workspace = workspace
        self.dialog: ConflictsDialog | None = None
        self.menu = menu
        self.action = QAction(window)
        self.action.setObjectName("conflictsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.triggered.connect(self.open_inbox)
        menu.addAction(self.action)
        label = window.sync_status.conflicts
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.installEventFilter(self)
        window.installEventFilter(self)
        workspace.status.statusChanged.connect(self._status_changed)
        self.retranslate()

    def retranslate(self) -> None:
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
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_inbox(self) -> ConflictsDialog:
        """Shows the inbox (raised if open already) and reads the open issues afresh."""
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ConflictsDialog(self.window)
            dialog.settleRequested.connect(self._settle)
            self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self._list()
        return dialog

    def _list(self) -> None:
        self.workspace.tasks.read(
            ReadOp(
                inbox_items,
                success=self._listed,
                failure=self._failed,
                owner=self,
                key="inbox-list",
                what="listing the sync issues",
            )
        )

    def _status_changed(self, status: SyncStatus) -> None:
        """Reads the list again when a sync round changes the number of conflicts."""
        dialog = self._open_dialog()
        if dialog is not None and status.conflicts != len(dialog.issues.items):
            self._list()

    def _open_dialog(self) -> ConflictsDialog | None:
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return None
        return dialog

    def _settle(self, entry_id: uuid.UUID, choice: Choice, edited: dict[str, Any] | None) -> None:
        dialog = self._open_dialog()
        item = dialog.issues.item(dialog.issues.row_of(entry_id)) if dialog is not None else None
        customer = item.issue.customer_id if item is not None else None
        values = dict(edited) if edited else None
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: settle(cache, entry_id, choice, values),
                success=self._resolved,
                failure=self._failed,
                owner=self,
                customers=frozenset({customer}) if customer is not None else frozenset(),
                what="settling a sync issue",
            )
        )

    def _listed(self, items: list[InboxItem]) -> None:
        dialog = self._open_dialog()
        if dialog is not None:
            dialog.show_items(items)

    def _resolved(self, edit: Edit | None) -> None:
        if edit is not None:
            message = self.tr("Settled — your change is saved locally and uploads now")
        else:
            message = self.tr("Settled — the server's value stays")
        self.window.statusBar().showMessage(message, 10_000)
        self._list()

    def _failed(self, message: str) -> None:
        dialog = self._open_dialog()
        if dialog is not None:
            dialog.show_error(message)
