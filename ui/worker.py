"""The window's reads of the cache: searches and 360 loads, as read ops of the task layer.

A 360 load also reads the customer's sync facts (`SyncInfo`: when each section was synced,
where its local edits stand); `refresh_sync` reads them again after a sync round. The edits
of this session (from the workspace's `localEditSaved`) are remembered so the 360 shows them
as uploaded once the outbox lets them go.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QObject, Signal

from client.customer360.views import Customer360
from client.reads import customer_360, sync_facts
from client.search.query import SearchHit, search_customers
from client.store import LocalCache
from ui.tasks import LocalEdit, ReadOp
from ui.workspace import Workspace

SEARCH_LIMIT = 100
RECENT_EDITS = 200
"""Edits of this session remembered to show them as uploaded once the outbox lets them go."""

SEARCH, LOAD, SYNC_INFO = "search", "load-360", "sync-info"
"""The ops' keys: a newer one of each drops the answers of the older ones."""


def _search(text: str, cache: LocalCache) -> Sequence[SearchHit]:
    return search_customers(cache, text, limit=SEARCH_LIMIT)


class CacheClient(QObject):
    """Numbered requests to the reading thread; stale answers dropped."""

    opened = Signal(str)
    failed = Signal(str)
    searched = Signal(str, object)
    searchFailed = Signal(str)
    loaded = Signal(object)
    """A `Customer360` (masked), opened or refreshed."""
    loadFailed = Signal(str)
    syncInfo = Signal(object)
    """A `SyncInfo` of the customer loaded (or refreshed)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = workspace.tasks
        self._recent: dict[tuple[str, uuid.UUID], None] = {}
        workspace.localEditSaved.connect(self.note_edits)

    def start(self) -> None:
        """Opens (and migrates) the cache in the reading thread; `opened` or `failed`."""
        folder = str(self.workspace.profile.folder)
        self.tasks.read(
            ReadOp(
                lambda cache: folder,
                success=self.opened.emit,
                failure=self.failed.emit,
                owner=self,
                what="opening the cache",
            )
        )

    def search(self, text: str) -> None:
        """Asks for a search; earlier ones still queued are skipped, their answers dropped."""
        self.tasks.read(
            ReadOp(
                partial(_search, text),
                success=lambda hits: self.searched.emit(text, hits),
                failure=self.searchFailed.emit,
                owner=self,
                key=SEARCH,
                what="a search",
            )
        )

    def cancel_search(self) -> None:
        """Drops the answers of every search asked for so far."""
        self.tasks.cancel(SEARCH)

    def load(self, customer_number: str, *, viewed: bool = True) -> None:
        """Loads one customer's 360, then its sync facts; `viewed` False: a refresh of the
        360 shown, not audited as a new opening."""
        self.tasks.read(
            ReadOp(
                partial(customer_360, customer_number=customer_number, viewed=viewed),
                success=self._loaded,
                failure=self.loadFailed.emit,
                owner=self,
                key=LOAD,
                what="loading a customer",
            )
        )

    def note_edits(self, saved: LocalEdit) -> None:
        """Remembers local edits so the 360 keeps showing them once uploaded."""
        for edit in saved.edits:
            self._recent[(edit.table, edit.row_id)] = None
        while len(self._recent) > RECENT_EDITS:
            del self._recent[next(iter(self._recent))]

    def refresh_sync(self, customer_id: uuid.UUID) -> None:
        """Reads the customer's sync facts again; they come back by syncInfo (a failure is
        only logged: the old ones stay)."""
        recent = tuple(self._recent)
        self.tasks.read(
            ReadOp(
                lambda cache: sync_facts(cache, customer_id, recent),
                success=self.syncInfo.emit,
                owner=self,
                key=SYNC_INFO,
                what="reading a customer's sync state",
            )
        )

    def _loaded(self, view: Customer360) -> None:
        self.loaded.emit(view)
        self.refresh_sync(view.customer_id)
