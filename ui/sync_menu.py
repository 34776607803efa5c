"""The Sync menu: Sync now (F5); the conflicts inbox adds its Conflicts… action to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.workspace import Workspace


class SyncMenu(QObject):
    """The menu and its Sync now action (enabled while the workspace has a sync runner)."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("syncMenuActions")
        self.window = window
        self.workspace = workspace
        self.menu = QMenu(window)
        self.menu.setObjectName("syncMenu")
        window.menuBar().addMenu(self.menu)
        self.sync_now_action = QAction(window)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.menu.addAction(self.sync_now_action)
        self.menu.aboutToShow.connect(self._enable_sync_now)
        self._enable_sync_now()
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("S&ync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.sync_now_action.setToolTip(self.tr("Upload and download changes with the server now"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _enable_sync_now(self) -> None:
        self.sync_now_action.setEnabled(self.workspace.sync is not None)

    def sync_now(self) -> None:
        """Sync > Sync now (F5): one upload and download round at once, off the GUI thread."""
        self._enable_sync_now()
        if self.workspace.sync is None:
            return
        self.window.statusBar().showMessage(self.tr("Syncing with the server…"), 5_000)
        self.workspace.sync_now()
