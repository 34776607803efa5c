"""Crash dialog for bugs (with the log's location), plain messages for the environment."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from client.errors import CacheError
from client.profile import Profile
from ui.errors import CrashHandler, SyncErrorDialogs, install_crash_handler
from ui.session import AppSession
from ui.signin import SignInDialog

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


class FakeRunner(QObject):
    syncFailed = Signal(str)
    roundFinished = Signal()


class FakeSyncUi(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.runner = FakeRunner(self)


def visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_login_expired_offers_sign_in_once_and_offline_shows_nothing(
    app: QApplication, qtbot: QtBot, demo_profile: Profile
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.sync_ui = FakeSyncUi()  # type: ignore[attr-defined]
    dialogs = SyncErrorDialogs(window, AppSession(demo_profile))
    runner = window.sync_ui.runner  # type: ignore[attr-defined]
    runner.syncFailed.emit("the server at http://x cannot be reached: refused")
    assert dialogs.box is None and visible_boxes() == []
    runner.syncFailed.emit("sign in again: the token has expired")
    box = dialogs.box
    assert box is not None and box.isVisible() and "expired" in box.text()
    assert [b.text() for b in box.buttons()] == ["Sign in …", "Later"]
    runner.syncFailed.emit("sign in again: the token has expired")
    assert visible_boxes() == [box], "shown once"
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None)
    dialog = window.findChild(SignInDialog)
    assert dialog.isVisible() and not dialog.isModal()
    dialog.close()
