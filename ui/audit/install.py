"""The audit trail in the main window, by role: History in every 360 for roles that may see
it, and the auditor's home as a tab of the role homes for roles that search the whole trail.

`install_audit(window, workspace)` is called once by the window and installs the History.
The auditor's home is a tab of the home frame (`ui.homes`): `ui.homes.registry` gives it to
the roles that search the whole trail (auditor, head office:
`client.audit_query.may_search_trail`) and lands the auditor on it; it is built by
`audit_home` (the home with its search controller) and its tab counts the events shown
once a search has answered (`audit_count`). Enter on an event opens its customer's 360 on
the "Customers" tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.audit.history import CustomerHistory
from ui.audit.home import AuditHome
from ui.audit.search import AuditSearch
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class AuditUi(QObject):
    """The History feed of the 360 (the audit tab is the home frame's: `ui.homes`)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("auditUi")
        self.window = window
        self.workspace = workspace
        self.history = CustomerHistory(window, workspace)


class AuditPage(AuditHome):
    """The auditor's home with the controller that runs its searches."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = AuditSearch(workspace, self)


def audit_home(workspace: Workspace, parent: QWidget) -> AuditPage:
    """The auditor's home, its searches run by an `AuditSearch`."""
    return AuditPage(workspace, parent)


def audit_count(page: QWidget) -> int | None:
    """The events the home shows, None before its first answer."""
    if not isinstance(page, AuditHome) or page.found is None:
        return None
    return page.shown.rowCount()


def install_audit(window: MainWindow, workspace: Workspace) -> AuditUi:
    """Puts the audit History into the window as the signed-in role may see it."""
    return AuditUi(window, workspace)
