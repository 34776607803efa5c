"""A customer's History in the 360: who changed or viewed it, when, from which workstation.

`CustomerHistory(window, workspace)` shows the 360's History section to roles the
permission table lets see it (`client.audit_query.may_see_history`) and fills it each time
a 360 is loaded or reloaded: online from the server's trail (every workstation's events, a
network op), offline from this cache's copy for roles that replicate the trail (the
auditor), else with a note that History needs the server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from client.audit import may_read_history
from client.audit_query import Filters, Found, may_see_history, read_cached_history
from client.customer360.views import Customer360
from client.schema.enums import Role
from sync.engine.audit_trail import search_trail
from ui.audit.refusals import refusal_text
from ui.tasks import NetworkOp, ReadOp
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

HISTORY_LIMIT = 200
"""The newest events a History shows."""
KEY = "customer-history"


def replicates_trail(role: str | None) -> bool:
    """Whether this role's cache holds the audit trail (read offline)."""
    return role in {r.value for r in Role} and may_read_history(Role(str(role)))


class CustomerHistory(QObject):
    """Shows or hides the 360's History by role and fills it (see the module docstring)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("customerHistory")
        self.window = window
        self.workspace = workspace
        window.cache.loaded.connect(self.load)
        workspace.signedInChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.window.customer.set_history_allowed(may_see_history(self.workspace.role))

    def load(self, view: Customer360) -> None:
        """Reads the History of the customer just shown (if the role may see it)."""
        if not may_see_history(self.workspace.role):
            return
        engine = self.workspace.online_engine()
        number, customer_id = view.customer_number, view.customer_id
        if engine is None:
            self._offline(view)
            return
        filters = Filters(customer_number=number, limit=HISTORY_LIMIT)
        self.workspace.tasks.network(
            NetworkOp(
                lambda: search_trail(engine, filters),
                success=lambda found: self.window.customer.show_history(customer_id, found),
                error=lambda exc: self._failed(view, exc),
                owner=self,
                key=KEY,
                what="reading a customer's history",
            )
        )

    def _offline(self, view: Customer360, said: str = "") -> None:
        customer = self.window.customer
        if not replicates_trail(self.workspace.role):
            online_only = self.tr("History is read from the server: it shows when online.")
            customer.show_history_note(view.customer_id, said or online_only)
            return

        def shown(found: Found) -> None:
            customer.show_history(view.customer_id, found)

        self.workspace.tasks.read(
            ReadOp(
                lambda cache: read_cached_history(cache, view.customer_number),
                success=shown,
                owner=self,
                key=KEY,
                what="reading a customer's history from the cache",
            )
        )

    def _failed(self, view: Customer360, exc: BaseException) -> None:
        self._offline(view, refusal_text(exc))
