"""A worker with its own cache connections in its own QThread, and the GUI thread's handle on it.

The cache worker (searches, 360 loads), the work runner (counter edits) and the conflicts
runner each keep one: requests go to the worker by queued signals, answers come back by
signals, and `shutdown()` closes the worker's cache in its own thread before stopping it.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Slot

from client.profile import Profile
from client.store import LocalCache


class CacheWorkerBase(QObject):
    """Lives in its own QThread; opens the profile's cache there on first use."""

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self._profile = profile
        self._cache: LocalCache | None = None

    def _open(self) -> LocalCache:
        """The worker's cache, opened (and migrated if need be) on first use."""
        if self._cache is None:
            self._cache = LocalCache.open(self._profile)
        return self._cache

    @Slot()
    def close(self) -> None:
        """Closes the cache's connections (in the worker's thread, where they were made)."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None


class WorkerThread:
    """Owns the QThread that `worker` runs in, from start to shutdown."""

    def __init__(self, worker: CacheWorkerBase, name: str) -> None:
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName(name)
        worker.moveToThread(self._thread)
        self._thread.start()

    def shutdown(self) -> None:
        """Closes the worker's cache in its thread (waiting for it), then stops the thread."""
        if not self._thread.isRunning():
            return
        QMetaObject.invokeMethod(self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait()
