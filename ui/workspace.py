"""The workspace: the one context every part of the window works with.

It holds the profile, who is signed in (staff and role; None on a profile nobody signed in
to, and in tests or the demo paths that have none), the task layer (`ui.tasks`), the sync
runner (None without a server), the status provider, and two signals:

- `localEditSaved(LocalEdit)`: a write of this workstation was committed to the cache; the
  `LocalEdit` names the customers it touched (`.customers`, a frozenset of UUIDs) and the
  outbox edits it queued (`.edits`, which the 360 remembers to show them as uploaded).
- `rowsPulled(frozenset[UUID])`: a pull page brought other workstations' changes of these
  customers into the cache (an empty set: rows that name no customer, e.g. calendar
  blocks); not for the first download, which may run in a child process.

Parts of the window receive the workspace instead of reaching into the main window; the
window is built from one (`MainWindow(workspace, translations)`).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from client.profile import Profile
from client.work import Staff
from sync.engine import SyncEngine
from ui.session import AppSession
from ui.status import StatusProvider
from ui.sync_runner import SyncRunner
from ui.tasks import LocalEdit, TaskManager

__all__ = ["LocalEdit", "Workspace"]


class Workspace(QObject):
    """Profile, sign-in, tasks, sync and status of one window (see the module docstring)."""

    localEditSaved = Signal(object)
    rowsPulled = Signal(object)
    signedInChanged = Signal()
    """Staff, role or token changed (signed in again)."""

    def __init__(
        self,
        profile: Profile,
        *,
        session: AppSession | None = None,
        status: StatusProvider | None = None,
        sync: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.session = session if session is not None else AppSession(profile)
        self.status = status if status is not None else StatusProvider()
        self.tasks = TaskManager(profile, self)
        self.tasks.editSaved.connect(self.localEditSaved)
        self.sync: SyncRunner | None = None
        engine = self.session.engine
        if sync and engine is not None:
            self.sync = SyncRunner(engine, tasks=self.tasks, parent=self)
            self.sync.statusChanged.connect(self.status.set_status)
            self.sync.pulled.connect(self.rowsPulled)
            self.localEditSaved.connect(self._after_local_edit)
        self.upload_on_save = True
        """Each local edit starts a sync round at once; False leaves it to the next round."""
        self._started = False
        self._stopped = False

    @property
    def staff(self) -> Staff | None:
        """Who records what: the signed-in user, None when nobody signed in."""
        return self.session.staff

    @property
    def role(self) -> str | None:
        """The signed-in user's role (a `client.schema.enums.Role` value), None without one."""
        return self.session.role

    @property
    def engine(self) -> SyncEngine | None:
        """The sync engine while the sync runs (None without a server, or once stopped)."""
        return self.sync.engine if self.sync is not None else None

    def online_engine(self) -> SyncEngine | None:
        """The engine while the last status says online, else None."""
        if self.sync is None or not self.status.status().online:
            return None
        return self.sync.engine

    def start(self) -> None:
        """Starts the sync loop (once; the window calls it when built)."""
        if self._started or self._stopped:
            return
        self._started = True
        if self.sync is not None:
            self.sync.start()

    def sync_now(self) -> bool:
        """One sync round now (False without a server)."""
        if self.sync is None:
            return False
        self.sync.sync_now()
        return True

    def signed_in_again(self) -> None:
        """The session has a new token and user: tell the listeners, upload what waits."""
        self.signedInChanged.emit()
        self.sync_now()

    def shutdown(self) -> None:
        """Stops the sync and the task layer (closing its caches in their threads)."""
        if self._stopped:
            return
        self._stopped = True
        if self.sync is not None:
            self.sync.stop()
        self.tasks.shutdown()

    def _after_local_edit(self, saved: LocalEdit) -> None:
        """A local write: upload what it queued at once, else re-read the status."""
        if self.sync is None or self._stopped:
            return
        if saved.edits and self.upload_on_save:
            self.sync.sync_now()
        else:
            self.sync.refresh()


def customers_of(value: object) -> frozenset[uuid.UUID]:
    """The customers a `localEditSaved` or `rowsPulled` value names."""
    if isinstance(value, LocalEdit):
        return value.customers
    if isinstance(value, frozenset):
        return frozenset(v for v in value if isinstance(v, uuid.UUID))
    return frozenset()
