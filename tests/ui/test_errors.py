"""Crash dialog for bugs (with the log's location), plain messages for the environment."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from client.credentials import SignedOutError
from client.errors import CacheError
from client.profile import Profile
from sync.engine import SyncEngine
from sync.engine.transport import OfflineError
from sync.status import Phase, SyncStatus
from ui.errors import CrashHandler, SyncErrorDialogs, install_crash_handler
from ui.session import AppSession
from ui.signin import SignInDialog
from ui.sync_runner import SyncRunner
from ui.workspace import Workspace

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(app: QApplication, tmp_path: Path) -> Iterator[CrashHandler]:
    installed = install_crash_handler(tmp_path / "logs" / "guitai.log")
    yield installed
    installed.uninstall()
    for box in (installed.dialog, installed.notice):
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            box.close()


def raise_in_slot(qtbot: QtBot, error: Exception) -> None:
    button = QPushButton("go")
    qtbot.addWidget(button)

    def boom() -> None:
        raise error

    button.clicked.connect(boom)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_bug_in_a_slot_shows_the_log_location(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        raise_in_slot(qtbot, ZeroDivisionError("a bug"))
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    assert str(handler.log_path) in handler.dialog.text()
    assert not handler.dialog.isModal()
    assert "ZeroDivisionError: a bug" in caplog.text
    first = handler.dialog
    raise_in_slot(qtbot, ValueError("again"))
    qtbot.waitUntil(lambda: "ValueError: again" in caplog.text)
    assert handler.dialog is first, "one crash dialog at a time"


def test_a_crash_in_a_thread_reaches_the_dialog(qtbot: QtBot, handler: CrashHandler) -> None:
    def work() -> None:
        raise KeyError("in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())


def test_an_environment_error_is_a_plain_message(qtbot: QtBot, handler: CrashHandler) -> None:
    raise_in_slot(qtbot, OSError(28, "No space left on device"))
    qtbot.waitUntil(lambda: handler.notice is not None and handler.notice.isVisible())
    notice = handler.notice
    assert notice is not None and "disk of this computer is full" in notice.text()
    assert handler.dialog is None
    notice.close()
    raise_in_slot(qtbot, CacheError("the cache file is damaged"))
    qtbot.waitUntil(lambda: handler.notice is not None and handler.notice.isVisible())
    assert handler.notice is not None and "damaged" in handler.notice.text()
    assert handler.dialog is None


class FailingEngine:
    """Stands in for the sync engine: every round fails with the exception it is given."""

    def __init__(self) -> None:
        self.error: Exception = OfflineError("the server at http://x cannot be reached: refused")
        self.on_status: object = None
        self.transport = SimpleNamespace(base_url="http://x", token="expired")

    def needs_initial_sync(self) -> bool:
        return False

    def sync(self) -> None:
        raise self.error

    def status(self) -> SyncStatus:
        return SyncStatus(False, Phase.IDLE, None, 0, None, 0, error=str(self.error))


def fail_round(qtbot: QtBot, runner: SyncRunner, engine: FailingEngine, error: Exception) -> None:
    engine.error = error
    with qtbot.waitSignal(runner.syncProblem, timeout=5_000):
        runner.sync_now()


def visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_login_expired_offers_sign_in_once_and_offline_shows_nothing(
    app: QApplication, qtbot: QtBot, demo_profile: Profile
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    engine = FailingEngine()
    workspace = Workspace(demo_profile, session=AppSession(demo_profile, cast(SyncEngine, engine)))
    dialogs = SyncErrorDialogs(window, workspace)
    runner = workspace.sync
    assert runner is not None
    fail_round(qtbot, runner, engine, OfflineError("the server cannot be reached: refused"))
    assert dialogs.box is None and visible_boxes() == []
    fail_round(qtbot, runner, engine, SignedOutError("sign in again: the token has expired"))
    box = dialogs.box
    assert box is not None and box.isVisible() and "expired" in box.text()
    assert [b.text() for b in box.buttons()] == ["Sign in …", "Later"]
    fail_round(qtbot, runner, engine, SignedOutError("sign in again: the token has expired"))
    assert visible_boxes() == [box], "shown once"
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None)
    dialog = window.findChild(SignInDialog)
    assert dialog.isVisible() and not dialog.isModal()
    dialog.close()
