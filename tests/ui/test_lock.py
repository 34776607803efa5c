"""The idle lock: idle -> locked with the content hidden; wrong password stays locked;
the right one unlocks; Ctrl+L locks at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from client.profile import Profile
from ui.lock import IdleLock, install_idle_lock
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.workspace import Workspace

PASSWORD = "open sesame"


def lock_on(window: MainWindow, profile: Profile, idle_ms: int) -> IdleLock:
    session = AppSession(profile, username="teller01", password_check=PASSWORD)
    lock = install_idle_lock(window, Workspace(profile, session=session, parent=window), idle_ms)
    assert lock is not None
    return lock


def unlock_with(qtbot: QtBot, lock: IdleLock, password: str) -> None:
    assert lock.screen is not None
    qtbot.keyClicks(lock.screen.password, password)
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)


def test_idle_locks_and_hides_the_content(
    qtbot: QtBot, window: MainWindow, demo_profile: Profile
) -> None:
    qtbot.keyClicks(window.search.box, "zhang")
    lock = lock_on(window, demo_profile, 300)
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert lock.screen is not None and window.centralWidget() is lock.screen
    assert lock.screen.isVisible() and not window.search.isVisible()
    assert not window.customer.isVisible()
    assert not window.menuBar().isEnabled()
    assert "teller01" in lock.screen.who.text()


def test_wrong_password_stays_locked_and_the_right_one_unlocks(
    qtbot: QtBot, window: MainWindow, demo_profile: Profile
) -> None:
    lock = lock_on(window, demo_profile, 60_000)
    lock.lock()
    assert lock.screen is not None
    screen = lock.screen
    unlock_with(qtbot, lock, "guess")
    qtbot.waitUntil(lambda: "Wrong password" in screen.message.text(), timeout=5_000)
    assert lock.locked and window.centralWidget() is screen and not window.search.isVisible()
    assert screen.password.text() == "" and screen.password.isEnabled()

    unlock_with(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=5_000)
    assert window.search.isVisible() and window.customer.isVisible()
    assert window.menuBar().isEnabled() and lock.screen is None


def test_ctrl_l_locks_now_and_input_while_locked_does_not_reach_the_content(
    qtbot: QtBot, window: MainWindow, demo_profile: Profile
) -> None:
    lock = lock_on(window, demo_profile, 60_000)
    window.activateWindow()
    window.search.box.setFocus()
    qtbot.keyClick(window.search.box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert "Lock now" in lock.lock_action.text().replace("&", "")
    before = window.search.box.text()
    qtbot.keyClicks(window.search.box, "wang")
    assert window.search.box.text() == before


def test_input_restarts_the_idle_time(
    qtbot: QtBot, window: MainWindow, demo_profile: Profile
) -> None:
    lock = lock_on(window, demo_profile, 60_000)
    lock.timer.stop()
    qtbot.keyClick(window.search.box, Qt.Key.Key_A)
    assert lock.timer.isActive() and not lock.locked


def test_no_lock_when_nobody_signed_in(window: MainWindow, demo_profile: Profile) -> None:
    assert install_idle_lock(window, Workspace(demo_profile), 100) is None


def test_open_dialogs_are_hidden_while_locked_and_come_back(
    qtbot: QtBot, window: MainWindow, demo_profile: Profile
) -> None:
    lock = lock_on(window, demo_profile, 60_000)
    dialog = QDialog(window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    lock.lock()
    assert not dialog.isVisible()
    unlock_with(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=5_000)
    assert dialog.isVisible()
    dialog.close()
