"""What the window does with the server beyond its status: search outside the cache, and keep
the 360's sync facts (synced at, state of local edits) current as edits upload.

`install_online(window, status)` is called once by the window. The engine is looked up when
needed (`window.sync_ui`, set by `ui.sync_ui.install_sync` after the window is built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from sync.engine import SyncEngine
from sync.status import SyncStatus
from ui.status import StatusProvider
from ui.work import WorkActions

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class Online(QObject):
    """Feeds the search panel an engine while online; refreshes the 360 after sync rounds."""

    def __init__(self, window: MainWindow, status: StatusProvider) -> None:
        super().__init__(window)
        self.setObjectName("online")
        self.window = window
        self.status = status
        self._seen: tuple[object, ...] | None = None
        window.search.remote.source = self.engine
        window.cache.syncInfo.connect(window.customer.show_sync_info)
        status.statusChanged.connect(self._on_status)
        work = window.findChild(WorkActions)
        if work is not None:
            work.localEdit.connect(window.cache.note_edit)

    def engine(self) -> SyncEngine | None:
        """The session's engine while the last status says online, else None."""
        sync_ui = getattr(self.window, "sync_ui", None)
        runner = getattr(sync_ui, "runner", None)
        if runner is None or not self.status.status().online:
            return None
        engine: SyncEngine = runner.engine
        return engine

    def _on_status(self, status: SyncStatus) -> None:
        seen = (status.pending, status.conflicts, status.last_sync)
        if seen == self._seen:
            return
        self._seen = seen
        view = self.window.customer.view
        if view is not None:
            self.window.cache.refresh_sync(view.customer_id)


def install_online(window: MainWindow, status: StatusProvider) -> Online:
    return Online(window, status)
