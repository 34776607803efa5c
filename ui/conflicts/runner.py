"""The inbox's runner: lists and settles sync issues in its own thread and cache connection."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy.orm import Session

from client.conflicts import Choice, Issue, list_issues, resolve
from client.errors import GuitaiError
from client.outbox import Edit
from client.profile import Profile
from client.schema.models import Customer
from ui.cache_thread import CacheWorkerBase, WorkerThread

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InboxItem:
    """One open issue and the customer it concerns, as the inbox lists it."""

    issue: Issue
    customer_number: str
    customer_name: str


def inbox_items(session: Session) -> list[InboxItem]:
    """Every open issue of the cache, oldest first, with its customer's number and name."""
    items = []
    for issue in list_issues(session):
        customer = session.get(Customer, issue.customer_id) if issue.customer_id else None
        number = customer.customer_number if customer is not None else ""
        name = customer.legal_name if customer is not None else ""
        items.append(InboxItem(issue, number, name))
    return items


class ConflictsWorker(CacheWorkerBase):
    """Lives in its own QThread with its own cache connection; answers by signals."""

    listed = Signal(object)
    resolved = Signal(object)
    failed = Signal(str)

    @Slot()
    def list(self) -> None:
        """Reads the open issues."""
        try:
            with self._open().read_session() as session:
                items = inbox_items(session)
        except GuitaiError as exc:
            self.failed.emit(str(exc))
            return
        except Exception:
            log.exception("listing the sync issues failed")
            self.failed.emit(self.tr("The conflicts could not be read (see the log)."))
            return
        self.listed.emit(items)

    @Slot(object, str, object)
    def resolve(self, entry_id: object, choice: str, edited: object) -> None:
        """Settles one issue in one transaction, then lists what is left."""
        try:
            assert isinstance(entry_id, uuid.UUID)
            values = dict(edited) if isinstance(edited, Mapping) else None
            edit = self._settle(entry_id, Choice(choice), values)
        except GuitaiError as exc:
            self.failed.emit(str(exc))
            return
        except Exception:
            log.exception("settling a sync issue failed")
            self.failed.emit(self.tr("The conflict could not be settled (see the log)."))
            return
        self.resolved.emit(edit)
        self.list()

    def _settle(
        self, entry_id: uuid.UUID, choice: Choice, values: dict[str, Any] | None
    ) -> Edit | None:
        # session() takes the write lock first (BEGIN IMMEDIATE), waiting out a sync round.
        with self._open().session() as session:
            return resolve(session, entry_id, choice, values)


class ConflictsRunner(QObject):
    """The GUI thread's handle: listed(items), resolved(edit or None), failed(message)."""

    listed = Signal(object)
    resolved = Signal(object)
    failed = Signal(str)

    _list_requested = Signal()
    _resolve_requested = Signal(object, str, object)

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = ConflictsWorker(profile)
        self._list_requested.connect(self._worker.list)
        self._resolve_requested.connect(self._worker.resolve)
        self._worker.listed.connect(self.listed)
        self._worker.resolved.connect(self.resolved)
        self._worker.failed.connect(self.failed)
        self._thread = WorkerThread(self._worker, "conflicts-runner")

    def list(self) -> None:
        """Asks for the open issues; they come back with `listed`."""
        self._list_requested.emit()

    def resolve(
        self, entry_id: uuid.UUID, choice: Choice, edited: Mapping[str, Any] | None = None
    ) -> None:
        """Asks for one issue to be settled; `resolved` then `listed` (or `failed`) follow."""
        self._resolve_requested.emit(entry_id, choice.value, dict(edited) if edited else None)

    def shutdown(self) -> None:
        """Closes the cache in the runner thread, then stops the thread."""
        self._thread.shutdown()
