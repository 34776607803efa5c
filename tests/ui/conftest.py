"""GUI tests run offscreen on a small demo bank built once per session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.profile import Profile
from ui.fonts import install_fonts
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.workspace import Workspace

DEMO_CUSTOMERS = 300
QStandardPaths.setTestModeEnabled(True)  # Qt settings go to a test folder, not the user's


@pytest.fixture(scope="session")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Profile:
    """A 300-customer demo bank in a local cache, no server (its key in a development key file)."""
    from client.demo import generate_demo

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        patch.setenv("GUITAI_LOG_DIR", str(tmp_path_factory.mktemp("demo-logs")))
        profile = Profile.open(tmp_path_factory.mktemp("gui") / "demo", create=True)
        generate_demo(profile, DEMO_CUSTOMERS)
        return profile


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    install_fonts(qapp)
    return qapp


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, demo_profile: Profile) -> Iterator[MainWindow]:
    """The main window in English over the demo bank, its cache open."""
    translations = Translations(app)
    translations.switch("en")
    win = MainWindow(Workspace(demo_profile), translations)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.ready, timeout=30_000)
    yield win
    win.close()
    translations.switch("en")


@pytest.fixture
def demo_dir(demo_profile: Profile) -> Path:
    return demo_profile.folder
