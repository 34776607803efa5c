"""The one background-task layer: typed operations off the GUI thread, answers back on it.

In the spirit of Anki's `CollectionOp`/`QueryOp` (aqt/operations): a caller builds an op
(what to run, what to do with the result or the failure) and hands it to the `TaskManager`,
which runs it in the right thread and calls back on the GUI thread.

- `ReadOp(run)`: `run(cache)` in the ONE cache-reading thread, with its own `LocalCache`
  (searches, 360 loads, form choices, the inbox list).
- `WriteOp(run)`: `run(cache)` in the ONE cache-writing thread, with its own `LocalCache`
  (counter edits, settling conflicts); its success also emits `editSaved(LocalEdit)`, which
  the workspace passes on as `localEditSaved`.
- `NetworkOp(run)`: `run()` in a small pool of threads (sign-in, unlock checks, server
  search, open from the server, "sync now", status refresh).

Why a reader and a writer rather than Anki's one serialised collection thread: our cache
runs SQLite in WAL mode with separate read sessions, and a write may wait seconds for the
sync engine's write lock (`BEGIN IMMEDIATE`); in one thread that wait would hold up every
search. Writes stay serialised among themselves (one thread), reads among themselves.

The sync engine's long-running loop (sync, long-poll, again) is not an op: it blocks for
tens of seconds at a time and would hold a pool thread for ever, so `ui.sync_runner` keeps
it on its own long-lived thread; its one-off rounds ("sync now") are network ops here.

Every op may carry a `key`: a newer op with the same key makes the older ones stale: a
stale op still queued is skipped, and a stale answer is dropped (a newer search replaces an
older one). An op's `owner` (the asking widget): once deleted, no callback runs. Errors:
a `GuitaiError` reaches the failure callback as its plain message; anything else is logged
with its traceback and the failure callback gets a generic message. Inside `run`,
`report(value)` sends progress to the op's `progress` callback and `cancelled()` tells the
op it has gone stale. The task layer owns the cache connections: each thread opens its
cache on first use and closes it in that thread at `shutdown()`.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from client.errors import GuitaiError
from client.outbox import Edit
from client.profile import Profile
from client.store import LocalCache

log = logging.getLogger(__name__)

T = TypeVar("T")
NETWORK_THREADS = 4


@dataclass(frozen=True)
class LocalEdit:
    """A write to the cache was committed: the customers it touched, the outbox edits it
    queued (none when, say, a conflict was settled with the server's value)."""

    customers: frozenset[uuid.UUID]
    edits: tuple[Edit, ...] = ()


@dataclass(eq=False)
class Op(Generic[T]):
    """What every op has: callbacks on the GUI thread, its owner, its staleness key."""

    run: Callable[..., T]
    success: Callable[[T], None] | None = None
    failure: Callable[[str], None] | None = None
    """Called with a plain message (see the module docstring)."""
    error: Callable[[BaseException], None] | None = None
    """Instead of `failure`: called with the exception, for callers that tell kinds apart."""
    owner: QObject | None = None
    key: str | None = None
    progress: Callable[[Any], None] | None = None
    what: str = "a background task"
    """For the log: what failed (never user data: a search's words may be a name)."""
    log_errors: bool = True
    """False: the caller logs unexpected errors itself (their text may hold user data)."""
    seq: int = field(default=0, init=False)


@dataclass(eq=False)
class ReadOp(Op[T]):
    """`run(cache)` in the cache-reading thread."""


@dataclass(eq=False)
class WriteOp(Op[T]):
    """`run(cache)` in the cache-writing thread; `customers` are those the write touches."""

    customers: frozenset[uuid.UUID] = frozenset()


@dataclass(eq=False)
class NetworkOp(Op[T]):
    """`run()` in the network pool."""


class _Current(threading.local):
    op: Op[Any] | None = None
    manager: TaskManager | None = None


_current = _Current()


def report(value: Any) -> None:
    """From inside an op's `run`: hands `value` to its progress callback (GUI thread)."""
    op, manager = _current.op, _current.manager
    if op is not None and manager is not None and op.progress is not None:
        callback = op.progress
        manager._post(op, lambda: callback(value))


def cancelled() -> bool:
    """From inside an op's `run`: True once a newer op of its key made it stale."""
    op, manager = _current.op, _current.manager
    return op is not None and manager is not None and manager.is_stale(op)


def edits_of(result: object) -> tuple[Edit, ...]:
    """The outbox edits a write returned: one, none, or several; or those of a result that
    carries them (`.edits`, as `client.capture.Saved`, or `.edit`)."""
    if isinstance(result, Edit):
        return (result,)
    for name in ("edits", "edit"):
        carried = getattr(result, name, None)
        if carried is not None and not callable(carried):
            return edits_of(carried)
    if isinstance(result, Iterable) and not isinstance(result, (str, bytes)):
        return tuple(e for e in result if isinstance(e, Edit))
    return ()


class _Relay(QObject):
    """Lives on the GUI thread: runs what the worker threads post to it."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.posted.connect(self._run)

    @Slot(object)
    def _run(self, thunk: object) -> None:
        if callable(thunk):
            thunk()


_STOP = object()


class _Lane:
    """A queue and the threads that work it; a cache lane opens its `LocalCache` lazily."""

    def __init__(self, name: str, threads: int, profile: Profile | None, cache: bool) -> None:
        self.name = name
        self.size = threads
        self.profile = profile
        self.with_cache = cache
        self.queue: queue.Queue[object] = queue.Queue()
        self.threads: list[threading.Thread] = []
        self.cache: LocalCache | None = None
        self.lock = threading.Lock()

    def put(self, item: Callable[[], None]) -> None:
        with self.lock:
            if len(self.threads) < self.size and (
                not self.threads or self.queue.unfinished_tasks >= len(self.threads)
            ):
                number = len(self.threads) + 1
                thread = threading.Thread(
                    target=self._work, name=f"{self.name}-{number}", daemon=True
                )
                self.threads.append(thread)
                thread.start()
            self.queue.put(item)

    def open(self) -> LocalCache:
        """The lane's cache (cache lanes only, in the lane's one thread)."""
        if self.profile is None:
            raise GuitaiError("no cache is open on this workstation")
        if self.cache is None:
            self.cache = LocalCache.open(self.profile)
        return self.cache

    def _work(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is _STOP:
                    self._close()
                    return
                if callable(item):
                    item()
            finally:
                self.queue.task_done()

    def _close(self) -> None:
        if self.cache is not None:
            try:
                self.cache.close()
            except Exception:
                log.exception("closing the %s cache failed", self.name)
            self.cache = None

    def shutdown(self, wait: float | None) -> None:
        """Closes the cache in its thread and ends the threads (waiting up to `wait`)."""
        with self.lock:
            threads = list(self.threads)
            self.size = 0
        for _ in threads:
            self.queue.put(_STOP)
        for thread in threads:
            thread.join(wait)


class TaskManager(QObject):
    """Runs ops (see the module docstring); emits editSaved(LocalEdit) after each write."""

    editSaved = Signal(object)

    def __init__(self, profile: Profile | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self._relay = _Relay()
        self._seq = 0
        self._seq_lock = threading.Lock()
        self._latest: dict[str, int] = {}
        self._closed = False
        self._reader = _Lane("cache-reader", 1, profile, cache=True)
        self._writer = _Lane("cache-writer", 1, profile, cache=True)
        self._network = _Lane("network", NETWORK_THREADS, None, cache=False)

    def read(self, op: ReadOp[T]) -> int:
        """Runs `op.run(cache)` in the reading thread; its sequence number."""
        return self._submit(op, self._reader)

    def write(self, op: WriteOp[T]) -> int:
        """Runs `op.run(cache)` in the writing thread; its sequence number."""
        return self._submit(op, self._writer)

    def network(self, op: NetworkOp[T]) -> int:
        """Runs `op.run()` in the network pool; its sequence number."""
        return self._submit(op, self._network)

    def cancel(self, key: str) -> None:
        """Makes every op of `key` asked for so far stale."""
        self._latest[key] = self._next()

    def is_stale(self, op: Op[Any]) -> bool:
        return op.key is not None and self._latest.get(op.key, op.seq) != op.seq

    def shutdown(self, wait: float | None = 10.0) -> None:
        """Closes the caches in their threads and stops the threads; later ops are dropped.
        Network threads are not waited for (a call in flight ends with its timeout)."""
        if self._closed:
            return
        self._closed = True
        self._reader.shutdown(wait)
        self._writer.shutdown(wait)
        self._network.shutdown(0)

    def _next(self) -> int:
        with self._seq_lock:
            self._seq += 1
            return self._seq

    def _submit(self, op: Op[T], lane: _Lane) -> int:
        op.seq = self._next()
        if op.key is not None:
            self._latest[op.key] = op.seq
        if self._closed:
            return op.seq
        lane.put(lambda: self._execute(op, lane))
        return op.seq

    def _execute(self, op: Op[T], lane: _Lane) -> None:
        """In a worker thread: runs the op unless stale, posts the outcome to the GUI. After
        `shutdown()` only writes still run (a save asked for just before closing is kept)."""
        if self.is_stale(op) or (self._closed and not isinstance(op, WriteOp)):
            return
        _current.op, _current.manager = op, self
        try:
            result = op.run(lane.open()) if lane.with_cache else op.run()
        except GuitaiError as exc:
            self._post_failure(op, exc, str(exc))
            return
        except Exception as exc:
            if op.log_errors:
                log.exception("%s failed", op.what)
            self._post_failure(op, exc, generic_message())
            return
        finally:
            _current.op, _current.manager = None, None
        if isinstance(op, WriteOp):  # told even when the asker has gone: the write is done
            saved = LocalEdit(op.customers, edits_of(result))
            self._emit(lambda: self._saved(saved))
        if op.success is not None:
            on_success = op.success
            self._post(op, lambda: on_success(result))

    def _saved(self, saved: LocalEdit) -> None:
        """Tells of a committed write, unless this manager is gone by then (a window closed
        while its last write, say the lock screen's audit event, was still running)."""
        if shiboken6.isValid(self):
            self.editSaved.emit(saved)

    def _post_failure(self, op: Op[Any], exc: BaseException, message: str) -> None:
        if op.error is not None:
            on_error = op.error
            self._post(op, lambda: on_error(exc))
        elif op.failure is not None:
            on_failure = op.failure
            self._post(op, lambda: on_failure(message))

    def _post(self, op: Op[Any], thunk: Callable[[], None]) -> None:
        """Runs `thunk` on the GUI thread unless the op is stale or its owner deleted by then."""

        def deliver() -> None:
            if self.is_stale(op):
                return
            if op.owner is not None and not shiboken6.isValid(op.owner):
                return
            thunk()

        self._emit(deliver)

    def _emit(self, thunk: Callable[[], None]) -> None:
        """Runs `thunk` on the GUI thread (through the relay's queued signal)."""
        with contextlib.suppress(RuntimeError):  # the relay is gone: shutting down
            self._relay.posted.emit(thunk)


def refusals(callback: Callable[[str | GuitaiError], None]) -> Callable[[BaseException], None]:
    """An `error` callback for forms that place refusals by their code and field: passes a
    `GuitaiError` on as it is, anything else (logged already) as the generic message."""

    def route(exc: BaseException) -> None:
        callback(exc if isinstance(exc, GuitaiError) else generic_message())

    return route


def generic_message() -> str:
    """What the user reads when an op fails on an error of our own."""
    return QCoreApplication.translate(
        "Tasks", "This could not be done because of an internal error (see the log)."
    )
