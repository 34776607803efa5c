"""Hearing that the feed grew: from this process's pushes, and PostgreSQL LISTEN/NOTIFY.

Each writing transaction on PostgreSQL sends `NOTIFY guitai_feed` as it commits
(`sync.server.feed.record`); every server process runs one listener task that passes it on
to its waiters' watch (`sync.server.watch.FeedWatch`), so a change pushed to any process
reaches the long-polls of all. A push also tells its own process directly (the only path on
SQLite, besides the watch's poll). The watch always re-reads the committed feed, so a lost
or early signal costs a query, never a missed change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import make_url

from sync.server.feed import NOTIFY_CHANNEL

log = logging.getLogger(__name__)


class Notifier:
    """Calls `on_change` on the event loop's thread whenever the feed may have grown."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        self.on_change = on_change
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listener: asyncio.Task[None] | None = None

    def fire(self) -> None:
        """Passes the news on; call it on the event loop's thread."""
        self.on_change()

    def fire_threadsafe(self) -> None:
        """Passes the news on from any thread (a sync endpoint after its commit)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.fire)

    async def start(self, database_url: str) -> None:
        self._loop = asyncio.get_running_loop()
        url = make_url(database_url)
        if url.get_backend_name() == "postgresql":
            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._listener = asyncio.create_task(self._listen(conninfo))

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        self._loop = None

    async def _listen(self, conninfo: str) -> None:
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.fire()  # anything committed while we were not listening
                    async for _ in conn.notifies():
                        self.fire()
            except (psycopg.Error, OSError) as exc:
                log.warning("feed listener lost its connection (%s); retrying", exc)
                await asyncio.sleep(1)
