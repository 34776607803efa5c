"""The main window: search on the left, the customer 360 on the right; for roles with
homes of their own (the teller's day, the RM's book, pipeline and calendar, the auditor's
trail) on a "Customers" tab beside them (`ui.homes`).

The central widget is a body of two parts: window-wide strips across the top (the offline
banner: `add_strip`), shown whatever tab is current, and the content below them (the
customer screen, or the tabs of the role's homes: `content` / `set_content`). Opening a
customer (`open_customer`, from anywhere) shows the customer screen.

Built from a `Workspace` (`ui.workspace`): every part gets the workspace, nothing is added
to the window from outside. An open 360 reloads in place when the workspace says that a
local edit or a pull changed its customer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from client.customer360.views import Customer360
from client.search.query import SearchHit
from ui.audit import install_audit
from ui.conflicts import ConflictsInbox
from ui.homes import install_homes
from ui.homes.frame import HomeFrame
from ui.i18n import LANGUAGES, Translations, remember_language
from ui.online import Online
from ui.sync_menu import SyncMenu
from ui.sync_ui import SyncUi
from ui.widgets.customer import Customer360View
from ui.widgets.search import SearchPanel
from ui.widgets.status import SyncStatusWidget
from ui.work import WorkActions
from ui.worker import CacheClient
from ui.workspace import Workspace, customers_of


class MainWindow(QMainWindow):
    """Wires the search panel and the 360 view to the workspace's reads and status."""

    def __init__(
        self,
        workspace: Workspace,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.profile = workspace.profile
        self.translations = translations
        self.ready = False
        self._refreshing: str | None = None
        """The customer number being reloaded in place (no "Opening …", scroll kept)."""
        self.cache = CacheClient(workspace, self)
        self.search = SearchPanel(workspace.tasks, self)
        self.customer = Customer360View(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(self.customer)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 970])
        self.customer_screen: QWidget = splitter
        """The search and the 360 (the "Customers" tab when the role has homes)."""
        self._content: QWidget = splitter
        body = QWidget(self)
        body.setObjectName("windowBody")
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(0)
        self._strips = 0
        self._body.addWidget(splitter, 1)
        self.setCentralWidget(body)
        status = workspace.status
        self.sync_status = SyncStatusWidget(status.status(), self)
        status.statusChanged.connect(self.sync_status.show_status)
        self.statusBar().addPermanentWidget(self.sync_status)
        self._build_menu()
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_shortcut.activated.connect(self.search.focus_search)

        self.search.queryChanged.connect(self.cache.search)
        self.search.queryCleared.connect(self.cache.cancel_search)
        self.search.openRequested.connect(self.open_customer)
        self.customer.openRequested.connect(self.open_customer)
        self.cache.opened.connect(self._on_opened)
        self.cache.failed.connect(self._on_failed)
        self.cache.searched.connect(self._on_searched)
        self.cache.searchFailed.connect(self.search.show_error)
        self.cache.loaded.connect(self._on_loaded)
        self.cache.loadFailed.connect(self._on_load_failed)
        workspace.localEditSaved.connect(self._refresh_if_shown)
        workspace.rowsPulled.connect(self._refresh_if_shown)
        self.retranslate()
        self.resize(1440, 900)
        self.search.box.setFocus()
        self.sync_ui = SyncUi(self, workspace)
        self.work = WorkActions(self, workspace)
        self.online = Online(self, workspace)
        self.sync_menu = SyncMenu(self, workspace)
        self.conflicts = ConflictsInbox(self, workspace, self.sync_menu.menu)
        self.audit = install_audit(self, workspace)
        self.homes: HomeFrame = install_homes(self, workspace)
        self.cache.start()
        workspace.start()

    def add_strip(self, widget: QWidget) -> None:
        """Puts `widget` across the top of the window, above every tab (the offline banner)."""
        self._body.insertWidget(self._strips, widget)
        self._strips += 1

    def content(self) -> QWidget:
        """What sits below the strips: the customer screen, or the homes' tabs."""
        return self._content

    def set_content(self, widget: QWidget) -> None:
        """Puts `widget` below the strips in place of the content (which it may hold)."""
        self._body.removeWidget(self._content)  # gone already when `widget` took it in
        self._body.insertWidget(self._strips, widget, 1)
        self._content = widget

    def show_customer_screen(self) -> None:
        """Brings the customer screen (search and 360) to the front (its tab, if any)."""
        self.homes.show_customers()

    def open_customer(self, customer_number: str) -> None:
        """Opens the customer's 360 and shows it, whichever tab asked."""
        self.show_customer_screen()
        self._refreshing = None
        self.statusBar().showMessage(self.tr("Opening %1 …").replace("%1", customer_number))
        self.cache.load(customer_number)

    def refresh_customer(self) -> None:
        """Reloads the 360 shown, in place: same customer, no "Opening …", scroll kept."""
        view = self.customer.view
        if view is None:
            return
        self._refreshing = view.customer_number
        self.cache.load(view.customer_number, viewed=False)

    def _refresh_if_shown(self, changed: object) -> None:
        view = self.customer.view
        if view is not None and view.customer_id in customers_of(changed):
            self.refresh_customer()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workspace.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Guitai — %1").replace("%1", self.profile.folder.name or "profile")
        )
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.quit_action.setText(self.tr("&Quit"))

    def _build_menu(self) -> None:
        self.settings_menu = QMenu(self)
        self.menuBar().addMenu(self.settings_menu)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.settings_menu.addSeparator()
        self.quit_action = self.settings_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def switch_language(self, code: str) -> None:
        """Switches the interface language live."""
        if self.translations.switch(code):
            self.language_actions[code].setChecked(True)
            remember_language(code)

    def _on_opened(self, folder: str) -> None:
        self.ready = True
        self.statusBar().showMessage(self.tr("Cache open: %1").replace("%1", folder), 5000)

    def _on_failed(self, message: str) -> None:
        self.customer.show_message(
            self.tr("The cache could not be opened: %1").replace("%1", message)
        )

    def _on_searched(self, text: str, hits: Sequence[SearchHit]) -> None:
        if text == self.search.box.text().strip():
            self.search.show_hits(hits)

    def _on_loaded(self, view: Customer360) -> None:
        refresh = self._refreshing == view.customer_number
        self._refreshing = None
        if not refresh:
            self.statusBar().clearMessage()
        self.customer.show_customer(view, keep_scroll=refresh)

    def _on_load_failed(self, message: str) -> None:
        if self._refreshing is not None:  # the customer shown stays as it was
            self._refreshing = None
            return
        self.customer.show_message(message)
