"""The audit trail in the main window, by role: History in every 360 for roles that may see
it, and the auditor's home as a tab for roles that search the whole trail.

`install_audit(window, workspace)` is called once by the window. For a role that searches
the whole trail (auditor, head office: `client.audit_query.may_search_trail`) the window's
customer screen becomes the first tab, "Customers", beside "Audit trail (N)"; an auditor
starts on the audit tab. Ctrl+1 and Ctrl+2 switch between them, the Find key goes to the
customer search, and Enter on an event opens its customer's 360 on the first tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget

from client.audit_query import may_search_trail
from client.schema.enums import Role
from ui.audit.history import CustomerHistory
from ui.audit.home import AuditHome
from ui.audit.search import AuditSearch
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class AuditUi(QObject):
    """The History feed of the 360 and, by role, the audit tab (see the module docstring)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("auditUi")
        self.window = window
        self.workspace = workspace
        self.history = CustomerHistory(window, workspace)
        self.tabs: QTabWidget | None = None
        self.home: AuditHome | None = None
        self.search: AuditSearch | None = None
        if may_search_trail(workspace.role):
            self._add_home()

    def _add_home(self) -> None:
        window = self.window
        customers = window.takeCentralWidget()
        assert customers is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        tabs = QTabWidget(window)
        tabs.setObjectName("homeTabs")
        tabs.setDocumentMode(True)
        home = AuditHome(tabs)
        tabs.addTab(customers, "")
        tabs.addTab(home, "")
        window.setCentralWidget(tabs)
        self.tabs, self.home = tabs, home
        self.search = AuditSearch(self.workspace, home)
        home.countChanged.connect(lambda _count: self.retranslate())
        home.openRequested.connect(self._open_customer)
        window.find_shortcut.activated.connect(self._show_customers)
        for key, index in (("Ctrl+1", 0), ("Ctrl+2", 1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.activated.connect(lambda i=index: self._switch(i))
        window.installEventFilter(self)
        self.retranslate()
        if self.workspace.role == Role.AUDITOR.value:
            tabs.setCurrentWidget(home)
            home.focus_first()

    def _switch(self, index: int) -> None:
        if self.tabs is None or self.home is None:
            return
        self.tabs.setCurrentIndex(index)
        if index == 0:
            self.window.search.focus_search()
        else:
            self.home.focus_first()

    def _show_customers(self) -> None:
        """The Find key: the customer search, on its tab."""
        self._switch(0)

    def _open_customer(self, number: str) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)
        self.window.open_customer(number)
        self.window.customer.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        if self.tabs is None or self.home is None:
            return
        self.tabs.setTabText(0, self.tr("Customers"))
        count = self.home.shown.rowCount()
        title = self.tr("Audit trail")
        self.tabs.setTabText(1, f"{title} ({count})" if self.home.found is not None else title)
        self.tabs.setTabToolTip(0, self.tr("Find and open customers (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Search the audit trail on the server (Ctrl+2)"))


def install_audit(window: MainWindow, workspace: Workspace) -> AuditUi:
    """Puts the audit trail into the window as the signed-in role may see it."""
    return AuditUi(window, workspace)
