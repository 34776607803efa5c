"""Results from outside the cache: asked of the server after the local ones, off the GUI thread.

`RemoteSearch.schedule(text, shown)` waits for a pause in typing, then (only while online)
asks the server in a short-lived thread and emits found(text, rows) with the hits this
cache does not hold. `open(row)` fetches such a customer into the cache, then emits
opened(number). Every request is numbered: answers to an older one are dropped.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from client.cached import cached_customers
from client.errors import GuitaiError
from sync.engine import SyncEngine

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


class _Bridge(QObject):
    """Carries answers from the request threads to the GUI thread (queued signals)."""

    found = Signal(int, str, object)
    opened = Signal(int, str)
    failed = Signal(int, str)


def _offline() -> SyncEngine | None:
    return None


class RemoteSearch(QObject):
    """Emits found(text, rows), opened(customer number) and failed(message)."""

    found = Signal(str, object)
    opened = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source: EngineSource = _offline
        self._seq = 0
        self._text = ""
        self._shown: frozenset[str] = frozenset()
        self._bridge = _Bridge()
        self._bridge.found.connect(self._on_found)
        self._bridge.opened.connect(self._on_opened)
        self._bridge.failed.connect(self._on_failed)
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

    def cancel(self) -> None:
        """Drops any request scheduled or in flight."""
        self._seq += 1
        self._timer.stop()

    def open(self, row: RemoteRow) -> bool:
        """Brings `row`'s customer into the cache in the background; False while offline."""
        engine = self.source()
        if engine is None:
            return False
        self._seq += 1
        seq, bridge = self._seq, self._bridge

        def run() -> None:
            try:
                engine.open_from_server(row.customer_id)
            except GuitaiError as exc:
                bridge.failed.emit(seq, str(exc))
                return
            except Exception as exc:
                log.exception("opening %s from the server failed", row.customer_number)
                bridge.failed.emit(seq, str(exc))
                return
            bridge.opened.emit(seq, row.customer_number)

        threading.Thread(target=run, name="remote-open", daemon=True).start()
        return True

    def _ask(self) -> None:
        engine = self.source()
        if engine is None:
            return
        seq, text, shown, bridge = self._seq, self._text, self._shown, self._bridge

        def run() -> None:
            try:
                hits = engine.search_server(text, limit=REMOTE_LIMIT)
                with engine.cache.read_session() as session:
                    cached = cached_customers(session, (h.customer_id for h in hits))
            except Exception as exc:
                log.info("searching the server failed: %s", exc)  # the words may be a name
                return
            rows = [
                RemoteRow(
                    h.customer_id,
                    h.customer_number,
                    h.legal_name,
                    h.name_latin or "",
                    h.branch_code,
                )
                for h in hits
                if h.customer_id not in cached and h.customer_number not in shown
            ]
            bridge.found.emit(seq, text, rows)

        threading.Thread(target=run, name="remote-search", daemon=True).start()

    def _on_found(self, seq: int, text: str, rows: object) -> None:
        if seq == self._seq and isinstance(rows, list) and rows:
            self.found.emit(text, rows)

    def _on_opened(self, seq: int, number: str) -> None:
        if seq == self._seq:
            self.opened.emit(number)

    def _on_failed(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self.failed.emit(message)
