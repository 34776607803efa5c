"""What the window does with the server beyond its status: search outside the cache, and keep
the 360's sync facts (synced at, state of local edits) current as edits upload.

`Online(window, workspace)` is made once by the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from sync.status import SyncStatus
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class Online(QObject):
    """Feeds the search panel an engine while online; refreshes the 360 after sync rounds."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("online")
        self.window = window
        self.workspace = workspace
        self._seen: tuple[object, ...] | None = None
        window.search.remote.source = workspace.online_engine
        window.cache.syncInfo.connect(window.customer.show_sync_info)
        workspace.status.statusChanged.connect(self._on_status)

    def _on_status(self, status: SyncStatus) -> None:
        seen = (status.pending, status.conflicts, status.last_sync)
        if seen == self._seen:
            return
        self._seen = seen
        view = self.window.customer.view
        if view is not None:
            self.window.cache.refresh_sync(view.customer_id)
