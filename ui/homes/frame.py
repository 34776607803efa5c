"""The role homes in the main window: one tab per home, from the one table of
`ui.homes.registry`.

`HomeFrame(window, workspace)` is installed once by the window. When the signed-in role
has more tabs than the customer screen, the window's content (search and 360) becomes the
"Customers" tab of a `QTabWidget` ("homeTabs") beside the role's other homes, below the
window's strips (the offline banner shows on every tab), and the window starts on the
role's landing tab. Opening a customer from anywhere (`MainWindow.open_customer`) shows
the customers tab (`show_customers`). Ctrl+1 … Ctrl+9 switch tabs (and put the
focus in the page), the Find key goes to the customer search on its tab, a page's
`openRequested(number)` opens that customer's 360 on the customers tab, and each page's
`countChanged` puts its count in its tab's title ("My book (5,012)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.homes.registry import CUSTOMERS, HomeTab, landing_tab, tabs_for
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

MAX_SHORTCUTS = 9


def titled(title: str, count: int | None) -> str:
    """A tab's title with its count: "My book (5,012)"."""
    return title if count is None else f"{title} ({count:,})"


class HomeFrame(QObject):
    """The tabs of the role's homes (see the module docstring)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("homeFrame")
        self.window = window
        self.workspace = workspace
        self.entries: tuple[HomeTab, ...] = tabs_for(workspace.role)
        self.tabs: QTabWidget | None = None
        self.pages: dict[str, QWidget] = {}
        if len(self.entries) > 1:
            self._build()

    def _build(self) -> None:
        window = self.window
        customers = window.customer_screen
        tabs = QTabWidget(window)
        tabs.setObjectName("homeTabs")
        tabs.setDocumentMode(True)
        self.tabs = tabs
        for entry in self.entries:
            page = customers if entry.build is None else entry.build(window, self.workspace, tabs)
            if entry.build is not None:
                page.setObjectName(page.objectName() or f"{entry.key}Home")
            self.pages[entry.key] = page
            tabs.addTab(page, "")
            counted = getattr(page, "countChanged", None)
            if counted is not None:
                counted.connect(lambda _count: self.retranslate())
            opener = getattr(page, "openRequested", None)
            if opener is not None and entry.build is not None:
                opener.connect(self._open_customer)
        window.set_content(tabs)
        window.find_shortcut.activated.connect(lambda: self.switch_to(CUSTOMERS))
        for number, entry in enumerate(self.entries[:MAX_SHORTCUTS], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.activated.connect(lambda key=entry.key: self.switch_to(key))
        window.installEventFilter(self)
        self.retranslate()
        landing = landing_tab(self.workspace.role)
        if landing != CUSTOMERS:
            self.switch_to(landing)

    def page(self, key: str) -> QWidget | None:
        """The page of the tab `key` (None: the role has no such tab)."""
        return self.pages.get(key)

    def switch_to(self, key: str) -> None:
        """Shows the tab `key` and puts the focus in it."""
        if self.tabs is None or key not in self.pages:
            return
        self.tabs.setCurrentWidget(self.pages[key])
        if key == CUSTOMERS:
            self.window.search.focus_search()
            return
        entry = next(e for e in self.entries if e.key == key)
        entry.focus(self.pages[key])

    def show_customers(self) -> None:
        """Shows the customers tab (the focus stays where it is)."""
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.pages[CUSTOMERS])

    def current(self) -> str:
        """The key of the tab shown (the customers tab when there are no tabs)."""
        if self.tabs is None:
            return CUSTOMERS
        shown = self.tabs.currentWidget()
        return next((key for key, page in self.pages.items() if page is shown), CUSTOMERS)

    def _open_customer(self, number: str) -> None:
        self.window.open_customer(number)
        self.window.customer.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        if self.tabs is None:
            return
        for index, entry in enumerate(self.entries):
            page = self.pages[entry.key]
            self.tabs.setTabText(index, titled(entry.title_text(), entry.count(page)))
            tip = entry.tooltip_text()
            if index < MAX_SHORTCUTS:
                tip = f"{tip} (Ctrl+{index + 1})"
            self.tabs.setTabToolTip(index, tip)


def install_homes(window: MainWindow, workspace: Workspace) -> HomeFrame:
    """Puts the signed-in role's homes into the window."""
    return HomeFrame(window, workspace)
