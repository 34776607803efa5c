"""The teller's main window: search on the left, the customer 360 on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QWidget

from client.customer360.views import Customer360
from client.profile import Profile
from client.search.query import SearchHit
from ui.conflicts import install_conflicts_inbox
from ui.i18n import LANGUAGES, Translations, remember_language
from ui.online import install_online
from ui.status import StatusProvider
from ui.widgets.customer import Customer360View
from ui.widgets.search import SearchPanel
from ui.widgets.status import SyncStatusWidget
from ui.work import install_work_actions
from ui.worker import CacheClient


class MainWindow(QMainWindow):
    """Wires the search panel and the 360 view to the cache worker and the status provider."""

    def __init__(
        self,
        profile: Profile,
        translations: Translations,
        status: StatusProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.profile = profile
        self.translations = translations
        self.ready = False
        self.cache = CacheClient(profile, self)
        self.search = SearchPanel(self)
        self.customer = Customer360View(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(self.customer)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 970])
        self.setCentralWidget(splitter)
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
        self.cache.loadFailed.connect(self.customer.show_message)
        self.retranslate()
        self.resize(1440, 900)
        self.search.box.setFocus()
        self.cache.start()
        install_work_actions(self)
        install_online(self, status)
        install_conflicts_inbox(self)

    def open_customer(self, customer_number: str) -> None:
        self.statusBar().showMessage(self.tr("Opening %1 …").replace("%1", customer_number))
        self.cache.load(customer_number)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cache.shutdown()
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
        self.statusBar().clearMessage()
        self.customer.show_customer(view)
