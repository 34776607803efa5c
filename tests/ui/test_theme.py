"""Dark mode follows the system (or GUITAI_COLOR_SCHEME); Sync > Sync now (F5) runs a round."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from client.profile import Profile
from sync.engine import SyncEngine
from sync.status import Phase, SyncStatus
from ui import theme
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.remote_search import RemoteRow
from ui.session import AppSession
from ui.status import StatusProvider
from ui.workspace import Workspace

OFFLINE = SyncStatus(
    online=False,
    phase=Phase.IDLE,
    last_sync=None,
    pending=0,
    oldest_pending=None,
    conflicts=0,
    error="the server cannot be reached",
)


class StubEngine:
    """Stands in for the sync engine: counts rounds; no changes ever arrive."""

    def __init__(self) -> None:
        self.rounds = 0
        self.closed = threading.Event()
        self.on_status: object = None
        self.transport = SimpleNamespace(base_url="http://x", token=None)  # nothing to rotate

    def needs_initial_sync(self) -> bool:
        return False

    def sync(self) -> None:
        self.rounds += 1

    def wait_for_changes(self, seconds: float) -> None:
        self.closed.wait(seconds)

    def status(self) -> SyncStatus:
        return OFFLINE


@pytest.fixture
def themed(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The app with apply_theme's effects undone afterwards (other tests run unstyled)."""
    monkeypatch.delenv(theme.ENV_SCHEME, raising=False)
    sheet, palette = app.styleSheet(), QPalette(app.palette())
    yield app
    monkeypatch.delenv(theme.ENV_SCHEME, raising=False)
    theme.set_scheme(app, "light")
    app.setStyleSheet(sheet)
    app.setPalette(palette)


@pytest.fixture
def synced(themed: QApplication, qtbot: QtBot, demo_profile: Profile) -> Iterator[MainWindow]:
    """The window as `guitai` builds it, its sync runner over a stub engine."""
    translations = Translations(themed)
    translations.switch("en")
    engine = StubEngine()
    session = AppSession(demo_profile, cast(SyncEngine, engine))
    window = MainWindow(Workspace(demo_profile, session=session), translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready and engine.rounds == 1, timeout=30_000)
    yield window
    engine.closed.set()
    window.close()


def pixel(widget: QWidget, x: int = 3, y: int = 3) -> str:
    """The colour a user sees at (x, y) of the widget, as #rrggbb."""
    return widget.grab().toImage().pixelColor(x, y).name()


def open_customer(window: MainWindow, qtbot: QtBot) -> None:
    window.search.box.setText("zhang")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
    window.open_customer(window.search.model.hit(0).customer_number)
    qtbot.waitUntil(lambda: window.customer.view is not None, timeout=10_000)


def add_server_row(window: MainWindow) -> int:
    """Appends a customer only the server has to the results; its row."""
    model = window.search.model
    row = RemoteRow(uuid.uuid4(), "C999999999", "云客户", "YUN Kehu", "0999")
    model.append_remote([row])
    return model.rowCount() - 1


def looks(window: MainWindow, row: int) -> dict[str, str]:
    """The colours of what the theme changes, as painted or as handed to the painter."""
    provider: StatusProvider = window.workspace.status
    provider.set_status(OFFLINE)
    banner = window.sync_ui.banner
    QApplication.processEvents()
    tint = window.search.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    chart = window.customer.chart.chart()
    return {
        "banner": pixel(banner),
        "panel": pixel(window.search),
        "search_tint": tint.color().name(),
        "chart": chart.backgroundBrush().color().name(),
        "header": window.customer.name.text(),
    }


def test_the_dark_override_darkens_everything_and_light_brings_it_back(
    synced: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    open_customer(synced, qtbot)
    row = add_server_row(synced)

    monkeypatch.setenv(theme.ENV_SCHEME, "dark")
    assert theme.apply_theme(app) == "dark"
    dark = looks(synced, row)
    assert dark["banner"] == theme.DARK["banner_bg"]
    assert dark["panel"] == theme.DARK["panel"]
    assert dark["search_tint"] == theme.DARK["remote_tint"]
    assert dark["chart"] == theme.DARK["panel"]
    assert theme.DARK["text_muted"] in dark["header"]
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK["window"]
    assert "@" not in app.styleSheet()

    monkeypatch.setenv(theme.ENV_SCHEME, "light")
    assert theme.apply_theme(app) == "light"
    light = looks(synced, row)
    assert light["banner"] == theme.LIGHT["banner_bg"]
    assert light["panel"] == theme.LIGHT["panel"]
    assert light["search_tint"] == theme.LIGHT["remote_tint"]
    assert light["chart"] == theme.LIGHT["panel"]
    assert theme.LIGHT["text_muted"] in light["header"]
    assert theme.DARK["text_muted"] not in light["header"]


def test_the_window_follows_the_system_switching_to_dark_and_back(
    synced: MainWindow, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    theme.apply_theme(app)
    if hints.colorScheme() != Qt.ColorScheme.Dark:
        assert pixel(synced.search) == theme.LIGHT["panel"]

    # The offscreen platform ignores setColorScheme: send what a system switch sends.
    with qtbot.waitSignal(theme.changes(), timeout=5_000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.scheme() == "dark"
    assert pixel(synced.search) == theme.DARK["panel"]
    assert QColor(theme.color("remote_tint")).name() == theme.DARK["remote_tint"]

    with qtbot.waitSignal(theme.changes(), timeout=5_000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert pixel(synced.search) == theme.LIGHT["panel"]


def test_both_palettes_name_the_same_colours_and_fill_the_whole_sheet() -> None:
    assert theme.LIGHT.keys() == theme.DARK.keys()
    for name in theme.PALETTES:
        sheet = theme.style_sheet(name)
        assert "@" not in sheet and theme.PALETTES[name]["banner_bg"] in sheet


def test_f5_runs_a_sync_round_at_once(synced: MainWindow, qtbot: QtBot) -> None:
    engine = cast(StubEngine, synced.workspace.engine)
    sync_menu = synced.sync_menu
    action = sync_menu.sync_now_action
    assert action.isEnabled() and action.shortcut().toString() == "F5"
    assert action.text().replace("&", "") == "Sync now"

    synced.activateWindow()
    qtbot.keyClick(synced.search.box, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: engine.rounds == 2, timeout=5_000)
    assert "Syncing" in synced.statusBar().currentMessage()


def test_sync_now_is_disabled_without_an_engine(window: MainWindow) -> None:
    sync_menu = window.sync_menu
    assert not sync_menu.sync_now_action.isEnabled()
    sync_menu.sync_now()  # harmless: nothing to sync with
    assert "Syncing" not in window.statusBar().currentMessage()
