"""The auditor's home at work: each search a network op, each answer audited.

`AuditSearch(workspace, home)` takes the home's `searchRequested(Filters)`, asks the server
(`sync.engine.audit_trail`) off the GUI thread while online, shows the answer, then
records the search as an audit event of this workstation (a write op: it reaches the
server's trail with the next upload). A newer search makes an older answer stale.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from client.audit_query import Filters, Found, record_search
from sync.engine.audit_trail import search_trail
from ui.audit.home import AuditHome
from ui.audit.refusals import offline_text, refusal_text
from ui.tasks import NetworkOp, WriteOp
from ui.workspace import Workspace

log = logging.getLogger(__name__)

KEY = "audit-search"


class AuditSearch(QObject):
    """Runs the home's searches (see the module docstring)."""

    def __init__(self, workspace: Workspace, home: AuditHome) -> None:
        super().__init__(home)
        self.setObjectName("auditSearch")
        self.workspace = workspace
        self.home = home
        home.searchRequested.connect(self.search)

    def search(self, filters: Filters) -> None:
        engine = self.workspace.online_engine()
        if engine is None:
            self.home.show_error(offline_text())
            return
        self.home.show_busy()
        self.workspace.tasks.network(
            NetworkOp(
                lambda: search_trail(engine, filters),
                success=lambda found: self._found(filters, found),
                error=self._failed,
                owner=self,
                key=KEY,
                what="searching the audit trail",
            )
        )

    def _found(self, filters: Filters, found: Found) -> None:
        self.home.show_found(found)
        count = len(found.lines)
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: record_search(cache, filters, count),
                failure=lambda message: log.warning("an audit search was not recorded"),
                what="recording an audit search",
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.home.show_error(refusal_text(exc))
