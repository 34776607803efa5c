"""Results from outside the cache: asked of the server after the local ones, off the GUI thread.

`RemoteSearch.schedule(text, shown)` waits for a pause in typing, then (only while online)
asks the server as a network op (`ui.tasks`) and emits found(text, rows) with the hits this
cache does not hold. `open(row)` fetches such a customer into the cache, then emits
opened(number). Every request is numbered: answers to an older one are dropped; `asked`
tells that a request was answered (found or not), `cancelled` that it was dropped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from client.reads import cached_among
from sync.engine import SyncEngine
from ui.tasks import NetworkOp, TaskManager

log = logging.getLogger(__name__)

REMOTE_DEBOUNCE_MS = 275
REMOTE_LIMIT = 20
MIN_CHARS = 3
"""The shortest query sent to the server: shorter ones match too many of its customers."""
MIN_CJK_CHARS = 2
"""The same for a query with Chinese characters: a surname alone is one."""


def worth_asking(text: str) -> bool:
    """True when `text` is long enough to ask the server about (the local search takes all)."""
    query = text.strip()
    wide = any(ord(ch) >= 0x2E80 for ch in query)
    return len(query) >= (MIN_CJK_CHARS if wide else MIN_CHARS)


EngineSource = Callable[[], SyncEngine | None]
"""The engine to ask, or None while offline (or without a server)."""


@dataclass(frozen=True)
class RemoteRow:
    """A customer the server has and this cache does not: shown after the local hits."""

    customer_id: uuid.UUID
    customer_number: str
    name: str
    name_latin: str
    branch: str
    remote: bool = True
    query: str = ""
    """The search that found it: sent with the opening (a specific one opens a customer of
    another branch, `sync.server.search.specific`)."""


def _offline() -> SyncEngine | None:
    return None


KEY = "remote-search"


class RemoteSearch(QObject):
    """Emits found(text, rows), opened(customer number) and failed(message)."""

    found = Signal(str, object)
    opened = Signal(str)
    failed = Signal(str)
    answered = Signal(str)
    """The server answered the search for this text (with or without new hits)."""

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.source: EngineSource = _offline
        self._text = ""
        self._shown: frozenset[str] = frozenset()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REMOTE_DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)

    def schedule(self, text: str, shown: Collection[str]) -> None:
        """After the local hits of `text` (customer numbers `shown`): ask the server soon."""
        self.cancel()
        if not worth_asking(text) or self.source() is None:
            return
        self._text, self._shown = text, frozenset(shown)
        self._timer.start()

    def scheduled(self) -> bool:
        """True while a request waits for the pause in typing (the only way one is sent)."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Drops any request scheduled or in flight."""
        self.tasks.cancel(KEY)
        self._timer.stop()

    def open(self, row: RemoteRow) -> bool:
        """Brings `row`'s customer into the cache in the background; False while offline."""
        engine = self.source()
        if engine is None:
            return False
        number = row.customer_number
        self.tasks.network(
            NetworkOp(
                lambda: engine.open_from_server(row.customer_id, row.query or None),
                success=lambda _rows: self.opened.emit(number),
                failure=self.failed.emit,
                owner=self,
                key=KEY,
                what="opening a customer from the server",
            )
        )
        return True

    def _ask(self) -> None:
        engine = self.source()
        if engine is None:
            return
        text, shown = self._text, self._shown

        def run() -> list[RemoteRow]:
            hits = engine.search_server(text, limit=REMOTE_LIMIT)
            cached = cached_among(engine.cache, (h.customer_id for h in hits))
            return [
                RemoteRow(
                    h.customer_id,
                    h.customer_number,
                    h.legal_name,
                    h.name_latin or "",
                    h.branch_code,
                    query=text,
                )
                for h in hits
                if h.customer_id not in cached and h.customer_number not in shown
            ]

        self.tasks.network(
            NetworkOp(
                run,
                success=lambda rows: self._on_found(text, rows),
                error=self._search_failed,
                owner=self,
                key=KEY,
                what="a server search",
                log_errors=False,
            )
        )

    def _search_failed(self, exc: BaseException) -> None:
        log.info("searching the server failed: %s", type(exc).__name__)  # its words: a name

    def _on_found(self, text: str, rows: list[RemoteRow]) -> None:
        if rows:
            self.found.emit(text, rows)
        self.answered.emit(text)
