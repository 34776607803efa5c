"""Runs the sync engine off the GUI thread and reports its status with a Qt signal.

One background thread loops: sync, then wait on the server's long-poll, again; a failed
round waits a little longer each time. The first download of a workstation runs in a child
process (`sync.engine.child`): minutes of parsing and sorting in this process would hold the
interpreter lock and freeze the window. The loop is a dedicated long-lived thread (it
blocks on long-polls: it would hold a task-layer thread for ever); `sync_now()` (after a
local edit, or the user's "sync now") and `refresh()` run as network ops of the task layer
(`ui.tasks`); the engine serialises rounds. The GUI never calls the engine itself: it
receives `SyncStatus` snapshots, and `pulled(frozenset[UUID])` after each committed pull
page that changed customers (the engine's `on_pulled`; the first download in a child
process tells nothing per customer, nor needs to: nothing is open before it).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from client.credentials import TokenStore, token_store_for
from client.errors import GuitaiError
from client.wipe import deprovisioned_by, wipe_if_deprovisioned
from sync.engine import SyncEngine
from sync.engine.child import sync_in_child
from sync.engine.signin import TokenRotation
from sync.status import SyncStatus
from sync.workstation import Problem, problem_of
from ui.tasks import NetworkOp, TaskManager

log = logging.getLogger(__name__)

INTERNAL_ERROR = "the sync stopped on an internal error; see the log"


class SyncRunner(QObject):
    """Owns the engine's threads; emits statusChanged(SyncStatus), syncFailed(message) and
    syncProblem(Problem, message) for each failed round."""

    statusChanged = Signal(object)
    syncFailed = Signal(str)
    syncProblem = Signal(object, str)
    """The failure's kind (a `Problem`: signed out, disk full, unreachable, ...) and words."""
    roundFinished = Signal()
    pulled = Signal(object)
    """A frozenset of the customers a committed pull page changed."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        tasks: TaskManager | None = None,
        wait_seconds: float = 20.0,
        initial_sync_in_child: bool = True,
        on_close: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.wait_seconds = wait_seconds
        self.initial_sync_in_child = initial_sync_in_child
        self._round_lock = threading.Lock()
        self._on_close = on_close
        self._stop = threading.Event()
        self._loop: threading.Thread | None = None
        self.tasks = tasks if tasks is not None else TaskManager(parent=self)
        engine.on_status = self._report
        engine.on_pulled = self._pulled
        self.rotation = TokenRotation(self._token_store)

    def _token_store(self) -> TokenStore:
        """Where the rotated token goes: the profile's (asked for only when one is due)."""
        profile = self.engine.cache.profile
        return token_store_for(profile.folder, profile.profile_id)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _report(self, status: SyncStatus) -> None:
        if self._alive():
            self.statusChanged.emit(status)

    def _pulled(self, customers: frozenset[uuid.UUID]) -> None:
        if self._alive() and not self._stop.is_set():
            self.pulled.emit(customers)

    def start(self) -> None:
        """Starts the background loop (at once: the first round runs immediately)."""
        if self._loop is None:
            self._loop = threading.Thread(target=self._run, name="sync-loop", daemon=True)
            self._loop.start()

    def _run(self) -> None:
        delay = 1.0
        while not self._stop.is_set():
            try:
                self._round()
                self._finished()
                delay = 1.0
                if not self._stop.is_set():
                    self.engine.wait_for_changes(self.wait_seconds)
            except GuitaiError as exc:
                self._failed(exc, str(exc))
                self._refresh()
                self._stop.wait(delay)
                delay = min(60.0, delay * 2)
            except Exception as exc:
                log.exception("sync round failed")
                self._failed(exc, INTERNAL_ERROR)
                self._stop.wait(delay)
                delay = min(60.0, delay * 2)

    def sync_now(self) -> None:
        """One round now, off the GUI thread (a local edit waits to upload); a request still
        queued behind a round in flight is dropped for the newer one."""
        self.tasks.network(NetworkOp(self._once, key="sync-now", what="a sync round"))

    def _finished(self) -> None:
        if self._alive():
            self.roundFinished.emit()

    def _round(self) -> None:
        """Upload and download once; the first download in a child process."""
        with self._round_lock:
            if self.initial_sync_in_child and self.engine.needs_initial_sync():
                sync_in_child(self.engine, self._report, self._stop)
            if not self._stop.is_set():
                self.rotation.tick(self.engine.transport)
                self.engine.sync()

    def _once(self) -> None:
        try:
            self._round()
            self._finished()
        except GuitaiError as exc:
            self._failed(exc, str(exc))
            self._refresh()
        except Exception as exc:
            log.exception("sync round failed")
            self._failed(exc, INTERNAL_ERROR)

    def _failed(self, exc: BaseException, message: str) -> None:
        if deprovisioned_by(exc) is not None:  # revoked or disabled: wiped, the loop ends
            wiped = wipe_if_deprovisioned(self.engine.cache.profile, exc)
            self._stop.set()
            exc, message = wiped or exc, str(wiped or exc)
        problem = problem_of(exc)
        if problem is Problem.WRONG_PASSWORD:  # the server no longer takes the saved sign-in
            problem = Problem.SIGNED_OUT
        if not self._alive():
            return
        self.syncProblem.emit(problem, message)
        self.syncFailed.emit(message)

    def refresh(self) -> None:
        """Re-reads the status (pending count after a local edit) off the GUI thread."""
        self.tasks.network(NetworkOp(self._refresh, key="sync-status", what="a status read"))

    def _refresh(self) -> None:
        try:
            self._report(self.engine.status())
        except Exception:
            log.exception("reading the sync status failed")

    def stop(self) -> None:
        """Ends the loop (a long-poll in flight ends within its timeout) and closes the engine."""
        self._stop.set()
        if self._loop is not None:
            self._loop.join(timeout=1.0)
        if self._on_close is not None:
            self._on_close()
