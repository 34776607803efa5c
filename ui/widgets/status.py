"""The status bar's sync area: online or offline, last sync, pending uploads, conflicts."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from sync.status import SyncStatus
from ui import format as fmt


class SyncStatusWidget(QWidget):
    """Shows one SyncStatus; connect a provider's statusChanged to show_status."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._status = status
        self.connection = QLabel(self)
        self.connection.setObjectName("connection")
        self.last_sync = QLabel(self)
        self.pending = QLabel(self)
        self.conflicts = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(16)
        for label in (self.connection, self.last_sync, self.pending, self.conflicts):
            layout.addWidget(label)
        self.retranslate()

    def status(self) -> SyncStatus:
        return self._status

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        status = self._status
        online = self.tr("● Online") if status.online else self.tr("● Offline")
        self.connection.setText(online)
        self.connection.setProperty("online", status.online)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        self.connection.setToolTip(status.error or "")
        last = fmt.moment(status.last_sync) if status.last_sync else self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", last))
        self.pending.setText(self.tr("Pending uploads: %1").replace("%1", str(status.pending)))
        self.conflicts.setText(self.tr("Conflicts: %1").replace("%1", str(status.conflicts)))
        self.conflicts.setProperty("alert", status.conflicts > 0)
