"""Reading snapshot pages one step ahead of the writer, so the network and the disk overlap.

The next page's request only needs the previous page's last id, so a reader thread asks
for page n+1 while the engine stores page n, and never further ahead: a process killed
mid-sync loses at most the page it was storing and the one on its way. An error in the
reader reaches the consumer at the point where its page would have been.
"""

from __future__ import annotations

import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sync.protocol import PullScope, SnapshotPage, SnapshotRequest


@dataclass(frozen=True)
class Position:
    """Where the snapshot stands: the table's index in the plan and the last id stored."""

    at: int
    after: uuid.UUID | None


_DONE = object()


def read_ahead(
    fetch: Callable[[SnapshotRequest], SnapshotPage],
    tables: list[str],
    start: Position,
    *,
    limit: int,
    scope: PullScope | None,
) -> Iterator[tuple[SnapshotPage, Position]]:
    """Pages from `start` on, each with the position after it; stops at the end or on close."""
    pages: queue.Queue[object] = queue.Queue()
    may_fetch = threading.Semaphore(1)
    stop = threading.Event()

    def produce() -> None:
        position = start
        try:
            while position.at < len(tables):
                while not may_fetch.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                page = fetch(
                    SnapshotRequest(
                        table=tables[position.at], after_id=position.after, limit=limit, scope=scope
                    )
                )
                if page.has_more and page.last_id is not None:
                    position = Position(position.at, page.last_id)
                else:
                    position = Position(position.at + 1, None)
                pages.put((page, position))
            pages.put(_DONE)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            pages.put(exc)

    reader = threading.Thread(target=produce, name="snapshot-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = pages.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            may_fetch.release()
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        reader.join()
