"""Sources of the sync status the status bar shows; the live engine's will replace the static."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sync.status import Phase, SyncStatus

OFFLINE = SyncStatus(
    online=False,
    phase=Phase.SIGNED_OUT,
    last_sync=None,
    pending=0,
    oldest_pending=None,
    conflicts=0,
)


class StatusProvider(QObject):
    """Holds the current SyncStatus and emits statusChanged(SyncStatus) when it changes."""

    statusChanged = Signal(object)

    def __init__(self, status: SyncStatus = OFFLINE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status

    def status(self) -> SyncStatus:
        return self._status

    def set_status(self, status: SyncStatus) -> None:
        """Replaces the status and tells the listeners."""
        self._status = status
        self.statusChanged.emit(status)
