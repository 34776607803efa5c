"""The cache worker: one thread with its own cache connections runs searches and 360 loads.

A 360 load also reads the customer's sync facts (`SyncInfo`: when each section was synced,
where its local edits stand); `refresh_sync` reads them again after a sync round.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Signal, Slot

from client.customer360 import load_customer_360, masked
from client.customer360.sync_info import load_sync_info
from client.errors import GuitaiError
from client.outbox import Edit
from client.profile import Profile
from client.search.query import search_customers
from ui.cache_thread import CacheWorkerBase, WorkerThread

log = logging.getLogger(__name__)

SEARCH_LIMIT = 100
RECENT_EDITS = 200
"""Edits of this session remembered to show them as uploaded once the outbox lets them go."""

Recent = tuple[tuple[str, uuid.UUID], ...]


class CacheWorker(CacheWorkerBase):
    """Lives in its own QThread; every slot runs there, every result goes back by a signal."""

    opened = Signal(str)
    failed = Signal(str)
    searched = Signal(int, str, object)
    searchFailed = Signal(int, str)
    loaded = Signal(object)
    loadFailed = Signal(str)
    syncInfo = Signal(object)

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        self.latest_search = 0
        """Set by the GUI thread: a search older than this is skipped, not run."""

    @Slot()
    def open(self) -> None:
        """Opens (and migrates) the profile's cache."""
        try:
            self._open()
        except GuitaiError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            log.exception("could not open the cache of %s", self._profile.folder)
            self.failed.emit(str(exc))
            return
        self.opened.emit(str(self._profile.folder))

    @Slot(int, str)
    def search(self, seq: int, text: str) -> None:
        """Searches unless a newer search was asked for meanwhile."""
        if seq < self.latest_search or self._cache is None:
            return
        try:
            hits = search_customers(self._cache, text, limit=SEARCH_LIMIT)
        except GuitaiError as exc:
            self.searchFailed.emit(seq, str(exc))
            return
        except Exception as exc:
            log.exception("search %r failed", text)
            self.searchFailed.emit(seq, str(exc))
            return
        self.searched.emit(seq, text, hits)

    @Slot(str, object)
    def load(self, customer_number: str, recent: Recent) -> None:
        """Loads one customer's 360, masked, then its sync facts."""
        if self._cache is None:
            return
        try:
            with self._cache.read_session() as session:
                view = load_customer_360(session, customer_number=customer_number)
        except GuitaiError as exc:
            self.loadFailed.emit(str(exc))
            return
        except Exception as exc:
            log.exception("loading customer %s failed", customer_number)
            self.loadFailed.emit(str(exc))
            return
        self.loaded.emit(masked(view))
        self.sync_info(view.customer_id, recent)

    @Slot(object, object)
    def sync_info(self, customer_id: uuid.UUID, recent: Recent) -> None:
        """Reads a customer's sync facts again (a failure only logs: the old ones stay)."""
        if self._cache is None:
            return
        try:
            with self._cache.read_session() as session:
                info = load_sync_info(session, customer_id, recent)
        except Exception:
            log.exception("reading the sync state of %s failed", customer_id)
            return
        self.syncInfo.emit(info)


class CacheClient(QObject):
    """The GUI thread's handle on the worker: numbered requests, stale answers dropped."""

    opened = Signal(str)
    failed = Signal(str)
    searched = Signal(str, object)
    searchFailed = Signal(str)
    loaded = Signal(object)
    loadFailed = Signal(str)
    syncInfo = Signal(object)
    """A `SyncInfo` of the customer loaded (or refreshed)."""

    _open_requested = Signal()
    _search_requested = Signal(int, str)
    _load_requested = Signal(str, object)
    _sync_info_requested = Signal(object, object)

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = 0
        self._recent: dict[tuple[str, uuid.UUID], None] = {}
        self._worker = CacheWorker(profile)
        self._open_requested.connect(self._worker.open)
        self._search_requested.connect(self._worker.search)
        self._load_requested.connect(self._worker.load)
        self._sync_info_requested.connect(self._worker.sync_info)
        self._worker.opened.connect(self.opened)
        self._worker.failed.connect(self.failed)
        self._worker.searched.connect(self._on_searched)
        self._worker.searchFailed.connect(self._on_search_failed)
        self._worker.loaded.connect(self.loaded)
        self._worker.loadFailed.connect(self.loadFailed)
        self._worker.syncInfo.connect(self.syncInfo)
        self._thread = WorkerThread(self._worker, "cache-worker")

    def start(self) -> None:
        self._open_requested.emit()

    def search(self, text: str) -> None:
        """Asks for a search; earlier ones still queued are skipped, their answers dropped."""
        self._seq += 1
        self._worker.latest_search = self._seq
        self._search_requested.emit(self._seq, text)

    def cancel_search(self) -> None:
        """Drops the answers of every search asked for so far."""
        self._seq += 1
        self._worker.latest_search = self._seq

    def load(self, customer_number: str) -> None:
        self._load_requested.emit(customer_number, tuple(self._recent))

    def note_edit(self, edit: Edit | None) -> None:
        """Remembers a local edit so the 360 keeps showing it once uploaded."""
        if edit is None:
            return
        self._recent[(edit.table, edit.row_id)] = None
        while len(self._recent) > RECENT_EDITS:
            del self._recent[next(iter(self._recent))]

    def refresh_sync(self, customer_id: uuid.UUID) -> None:
        """Reads the customer's sync facts again; they come back by syncInfo."""
        self._sync_info_requested.emit(customer_id, tuple(self._recent))

    def shutdown(self) -> None:
        """Closes the cache in the worker thread, then stops the thread."""
        self._thread.shutdown()

    def _on_searched(self, seq: int, text: str, hits: object) -> None:
        if seq == self._seq:
            self.searched.emit(text, hits)

    def _on_search_failed(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self.searchFailed.emit(message)
