"""The work runner: saves counter edits and reads form choices in its own thread and cache."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import GuitaiError, NotFoundError
from client.outbox import Edit
from client.profile import Profile
from client.schema.enums import Role
from client.schema.models import Customer, User
from client.work import Staff
from ui.cache_thread import CacheWorkerBase, WorkerThread

log = logging.getLogger(__name__)

Job = Callable[[Session, Staff], Edit | None]
"""A counter edit: runs inside one `LocalCache.session()` as `staff`."""
Query = Callable[[Session], Any]
"""A read for a form (choices, free slots); its result must be plain frozen values."""


def branch_teller(session: Session, customer_id: uuid.UUID) -> Staff:
    """The first teller of the customer's branch: who records edits when nobody signed in."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(f"no customer {customer_id} in this cache")
    user = session.scalars(
        select(User)
        .where(
            User.branch_id == customer.home_branch_id,
            User.role == Role.TELLER,
            User.active.is_(True),
            User.deleted.is_(False),
        )
        .order_by(User.username)
        .limit(1)
    ).first()
    if user is None:
        raise NotFoundError("no teller of the customer's branch in this cache to record this as")
    return Staff(user.id, user.branch_id)


class WorkWorker(CacheWorkerBase):
    """Lives in its own QThread with its own cache connection; answers by signals."""

    saved = Signal(int, object)
    failed = Signal(int, str)
    fetched = Signal(int, object)

    @Slot(int, object, object, object)
    def save(self, seq: int, customer_id: object, staff: object, job: object) -> None:
        """Runs `job` as `staff` (or the branch's teller) in one transaction."""
        try:
            with self._open().session() as session:
                assert isinstance(customer_id, uuid.UUID) and callable(job)
                who = staff if isinstance(staff, Staff) else branch_teller(session, customer_id)
                edit = job(session, who)
        except GuitaiError as exc:
            self.failed.emit(seq, str(exc))
            return
        except Exception:
            log.exception("a counter edit failed")
            self.failed.emit(seq, self.tr("The change could not be saved (see the log)."))
            return
        self.saved.emit(seq, edit)

    @Slot(int, object)
    def fetch(self, seq: int, query: object) -> None:
        """Runs a read for a form; a failure comes back as a message."""
        try:
            assert callable(query)
            with self._open().read_session() as session:
                result = query(session)
        except GuitaiError as exc:
            self.failed.emit(seq, str(exc))
            return
        except Exception:
            log.exception("reading choices for a form failed")
            self.failed.emit(seq, self.tr("The choices could not be read (see the log)."))
            return
        self.fetched.emit(seq, result)


class WorkRunner(QObject):
    """The GUI thread's handle: saved(edit) or failed(message), plus callbacks per request."""

    saved = Signal(object)
    failed = Signal(str)

    _save_requested = Signal(int, object, object, object)
    _fetch_requested = Signal(int, object)

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seq = 0
        self._done: dict[int, Callable[[Any], None]] = {}
        self._failed: dict[int, Callable[[str], None]] = {}
        self._owners: dict[int, QObject] = {}
        self._worker = WorkWorker(profile)
        self._save_requested.connect(self._worker.save)
        self._fetch_requested.connect(self._worker.fetch)
        self._worker.saved.connect(self._on_saved)
        self._worker.fetched.connect(self._on_fetched)
        self._worker.failed.connect(self._on_failed)
        self._thread = WorkerThread(self._worker, "work-runner")

    def save(
        self,
        customer_id: uuid.UUID,
        staff: Staff | None,
        job: Job,
        done: Callable[[Edit | None], None],
        failed: Callable[[str], None],
        owner: QObject | None = None,
    ) -> int:
        """Asks for `job` to be saved; `done` or `failed` is called back on the GUI thread
        (not at all once `owner`, the asking widget, is deleted)."""
        seq = self._next(done, failed, owner)
        self._save_requested.emit(seq, customer_id, staff, job)
        return seq

    def fetch(
        self,
        query: Query,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        owner: QObject | None = None,
    ) -> int:
        """Asks for a read; `done(result)` or `failed(message)` comes back on the GUI thread."""
        seq = self._next(done, failed, owner)
        self._fetch_requested.emit(seq, query)
        return seq

    def forget(self, seq: int) -> None:
        """Drops the callbacks of a request whose asker has gone (a closed dialog)."""
        self._done.pop(seq, None)
        self._failed.pop(seq, None)
        self._owners.pop(seq, None)

    def shutdown(self) -> None:
        """Closes the cache in the runner thread, then stops the thread."""
        self._thread.shutdown()

    def _next(
        self, done: Callable[[Any], None], failed: Callable[[str], None], owner: QObject | None
    ) -> int:
        self._seq += 1
        self._done[self._seq] = done
        self._failed[self._seq] = failed
        if owner is not None:
            self._owners[self._seq] = owner
        return self._seq

    def _alive(self, seq: int) -> bool:
        owner = self._owners.pop(seq, None)
        return owner is None or shiboken6.isValid(owner)

    def _on_saved(self, seq: int, edit: object) -> None:
        self._on_fetched(seq, edit)
        self.saved.emit(edit)

    def _on_fetched(self, seq: int, result: object) -> None:
        self._failed.pop(seq, None)
        done = self._done.pop(seq, None)
        if self._alive(seq) and done is not None:
            done(result)

    def _on_failed(self, seq: int, message: str) -> None:
        self._done.pop(seq, None)
        callback = self._failed.pop(seq, None)
        if self._alive(seq) and callback is not None:
            callback(message)
        self.failed.emit(message)
