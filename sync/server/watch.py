"""Long-poll waiters, woken only by changes they may read, once per burst of changes.

Each server process keeps the scope tags of the recent feed entries in memory: per
entry, its table and the branches its row belongs to (`Tag`). When the feed may have
grown (a push committed here, a PostgreSQL NOTIFY from another process, or the poll every
`poll` seconds that also catches writes from outside the server and, on SQLite, from the
other server processes), one background scan reads the new entries in a single query
batch, whatever the number of waiters, and wakes only the waiters whose role and branch
may read one of them, `burst` at a time every `pace` seconds. Scans are spaced by
`settle` seconds, so a burst of pushes wakes a waiter once. A waiter whose cursor lies
before the window of kept tags is answered "changed" (its pull finds out), so a lost or
early wake-up costs a pull, never a missed change.

The answer "nothing for you up to version v" lets a client move its cursor to v without
pulling: every entry it skips is one its user may not read at all, which a pull would pass
over too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from fastapi.concurrency import run_in_threadpool

from sync.server import feed, scope
from sync.server.auth import Actor
from sync.server.branches import MissingReferenceError, Resolver
from sync.server.db import Database
from sync.server.pull import load_rows

log = logging.getLogger(__name__)

UNKNOWN: frozenset[uuid.UUID] = frozenset({uuid.UUID(int=0)})
"""Branches of an entry whose row could not be placed: every reader of its table wakes."""


@dataclass(frozen=True)
class Tag:
    """Who may read a feed entry: its table and its row's branches (None: reference row)."""

    seq: int
    table: str
    branches: frozenset[uuid.UUID] | None

    def readable_by(self, actor: Actor) -> bool:
        if self.branches is UNKNOWN:
            return scope.reach(scope.READ, actor.role, self.table) is not scope.Reach.NONE
        return scope.can_read(actor.role, actor.branch_id, self.table, self.branches)


@dataclass(frozen=True)
class Answer:
    changed: bool
    latest: int
    skip_to: int | None = None
    """No entry the actor may read lies after the asked cursor up to this version."""


@dataclass(eq=False)
class Waiter:
    actor: Actor
    cursor: int
    woken: asyncio.Future[None] = field(repr=False)


def scan(db: Database, after: int, most: int) -> tuple[list[Tag], int]:
    """Tags of the committed entries after `after`, and the version they reach.

    More than `most` new entries are not tagged: the answer is then ([], latest), and the
    caller forgets what came before `latest`.
    """
    with db.reader() as session, session.begin():
        latest = feed.latest_version(session)
        if latest <= after or latest - after > most:
            return [], latest
        entries = feed.entries_after(session, after, most)
        resolver = Resolver(session)
        rows = load_rows(session, resolver, entries)
        tags = []
        for entry in entries:
            obj = rows.get((entry.table, entry.row_id))
            try:
                branches = UNKNOWN if obj is None else resolver.branches(entry.table, obj)
            except MissingReferenceError:
                branches = UNKNOWN
            tags.append(Tag(entry.seq, entry.table, branches))
        return tags, entries[-1].seq if entries else after


class FeedWatch:
    """The waiters of one server process and the scope tags of the recent feed."""

    def __init__(
        self,
        db: Database,
        *,
        window: int = 20_000,
        settle: float = 0.05,
        poll: float = 0.25,
        burst: int = 2,
        pace: float = 0.01,
        scanner: Callable[[Database, int, int], tuple[list[Tag], int]] = scan,
    ) -> None:
        self.db = db
        self.window = window
        self.settle = settle
        self.poll = poll
        self.burst = burst
        self.pace = pace
        self._scan = scanner
        self.floor = 0
        """Versions up to here are not tagged: a cursor below it is always answered changed."""
        self.head = 0
        """The highest version scanned."""
        self.tags: deque[Tag] = deque()
        self.waiters: set[Waiter] = set()
        self._dirty = False
        self._scanner: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        self.scans = 0

    async def start(self) -> None:
        """Starts at the feed's head (earlier cursors are answered "changed")."""
        _tags, latest = await run_in_threadpool(self._scan, self.db, 0, 0)
        self.floor = self.head = latest
        self._poller = asyncio.create_task(self._poll())

    async def stop(self) -> None:
        for task in (self._poller, self._scanner):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._poller = self._scanner = None
        for waiter in self.waiters:
            if not waiter.woken.done():
                waiter.woken.set_result(None)

    def signal(self) -> None:
        """The feed may have grown: scan it soon. Call it on the event loop's thread."""
        self._dirty = True
        if self._scanner is None or self._scanner.done():
            self._scanner = asyncio.create_task(self._scan_while_dirty())

    async def wait(self, actor: Actor, cursor: int, timeout: float) -> Answer:
        """Answers as soon as an entry after `cursor` readable by `actor` is known, or after
        `timeout` seconds."""
        answer = self.answer(actor, cursor)
        if answer.changed or timeout <= 0:
            return answer
        waiter = Waiter(actor, cursor, asyncio.get_running_loop().create_future())
        self.waiters.add(waiter)
        if cursor > self.head:
            self.signal()  # the client has seen a version this process has not scanned yet
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(waiter.woken, timeout)
        finally:
            self.waiters.discard(waiter)
        return self.answer(actor, cursor)

    def answer(self, actor: Actor, cursor: int) -> Answer:
        """What the kept tags say about the entries after `cursor` for `actor`."""
        if cursor >= self.head:
            return Answer(changed=False, latest=self.head)
        if cursor < self.floor:
            return Answer(changed=True, latest=self.head)
        for tag in reversed(self.tags):
            if tag.seq <= cursor:
                break
            if tag.readable_by(actor):
                return Answer(changed=True, latest=self.head)
        return Answer(changed=False, latest=self.head, skip_to=self.head)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll)
            if self.waiters:
                self.signal()

    async def _scan_while_dirty(self) -> None:
        while self._dirty:
            self._dirty = False
            try:
                tags, latest = await run_in_threadpool(self._scan, self.db, self.head, self.window)
            except Exception:
                log.exception("scanning the feed for waiters failed; retrying")
                self._dirty = True
                await asyncio.sleep(1.0)
                continue
            self.scans += 1
            self._absorb(tags, latest)
            await asyncio.sleep(self.settle)

    def _absorb(self, tags: list[Tag], latest: int) -> None:
        """Keeps the new tags and wakes the waiters who may read one of them."""
        if latest <= self.head:
            return
        if not tags:
            self.tags.clear()
            self.floor = latest
        self.tags.extend(tags)
        while len(self.tags) > self.window:
            self.floor = self.tags.popleft().seq
        self.head = latest
        newest: dict[tuple[object, uuid.UUID], int] = {}
        due: list[Waiter] = []
        for waiter in self.waiters:
            if waiter.woken.done():
                continue
            key = (waiter.actor.role, waiter.actor.branch_id)
            if key not in newest:
                newest[key] = max((t.seq for t in tags if t.readable_by(waiter.actor)), default=-1)
            if waiter.cursor < self.floor or waiter.cursor < newest[key]:
                due.append(waiter)
        self._wake_paced(due)

    def _wake_paced(self, due: list[Waiter]) -> None:
        """Wakes `burst` waiters at once and the rest `burst` per `pace` seconds after: their
        pulls then arrive spread out instead of queueing in front of interactive requests."""
        loop = asyncio.get_running_loop()
        for start in range(0, len(due), self.burst):
            batch = due[start : start + self.burst]
            if start == 0:
                _wake(batch)
            else:
                loop.call_later(self.pace * start / self.burst, _wake, batch)


def _wake(waiters: list[Waiter]) -> None:
    for waiter in waiters:
        if not waiter.woken.done():
            waiter.woken.set_result(None)
