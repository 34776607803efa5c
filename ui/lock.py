"""The idle lock: after some minutes without input the window's content goes behind a lock
screen that asks the signed-in user's password again ("Lock now", Ctrl+L, does it at once).

An application-wide event filter restarts the idle timer on every key, click, wheel or
mouse move. While locked, the content widget is taken out of the window, the menu bar is
disabled, the application's other windows are hidden and input or shortcuts reaching
anything but the lock screen are dropped. The password is checked as a network op of the
task layer (Argon2 is slow on purpose): against the demo's password, or the offline verifier.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import audit
from client.credentials import SignedOutError
from client.reasons import Reason
from client.settings import Settings, SettingsError, load_settings
from client.store import LocalCache
from sync.workstation import Problem, check_password, problem_of
from ui.session import AppSession
from ui.tasks import NetworkOp, TaskManager, WriteOp
from ui.workspace import Workspace

log = logging.getLogger(__name__)

Checker = Callable[[str], None]
"""Raises SignedOutError unless the password is the signed-in user's."""

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
BLOCKED_WHILE_LOCKED = INPUT_EVENTS | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
}


def _check_demo(expected: str, password: str) -> None:
    if not hmac.compare_digest(password.encode(), expected.encode()):
        raise SignedOutError("wrong user name or password", code=Reason.WRONG_PASSWORD)


def password_checker(session: AppSession) -> Checker | None:
    """How to check the unlock password; None when nobody signed in."""
    if session.password_check is not None:
        return partial(_check_demo, session.password_check)
    if session.username is None or session.engine is None:
        return None
    return partial(check_password, session.profile, session.username)


class LockScreen(QWidget):
    """Who is signed in, a password field, Unlock and Quit."""

    unlockRequested = Signal(str)
    quitRequested = Signal()

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.username = username
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.who, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.quit_button.clicked.connect(self.quitRequested)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Guitai is locked"))
        self.who.setText(
            self.tr("Signed in as %1. Enter your password to go on.").replace("%1", self.username)
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit"))

    def _unlock(self) -> None:
        if self.password.isEnabled() and self.password.text():
            self.unlockRequested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking …"))

    def refuse(self, text: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(text)


class IdleLock(QObject):
    """Locks `window` after `idle_ms` without input; unlocks with the right password."""

    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        username: str,
        checker: Checker,
        idle_ms: int,
        tasks: TaskManager,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.username = username
        self.checker = checker
        self.locked = False
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock)
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockNow")
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        menu = getattr(window, "settings_menu", None)
        quit_action = getattr(window, "quit_action", None)
        if menu is not None:
            menu.insertAction(quit_action, self.lock_action)
        window.addAction(self.lock_action)
        self.retranslate()
        app = QApplication.instance()
        assert app is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        app.installEventFilter(self)
        self.timer.start()

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("&Lock now"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        if kind not in BLOCKED_WHILE_LOCKED:
            return False
        if not self.locked:
            if kind in INPUT_EVENTS:
                self.timer.start()
            return False
        return self.window.isVisible() and not self._on_lock_screen(watched)

    def _on_lock_screen(self, watched: QObject) -> bool:
        """True for the lock screen's own widgets and for the windows that carry input to them."""
        if not isinstance(watched, QWidget):
            return watched.isWindowType() or watched is self.lock_action
        screen = self.screen
        return screen is not None and (watched is screen or screen.isAncestorOf(watched))

    def lock(self) -> None:
        """Hides the content behind the lock screen (not when locked already or closed)."""
        if self.locked or not self.window.isVisible():
            return
        self.locked = True
        self.timer.stop()
        window = self.window
        self._focus = QApplication.focusWidget()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and w.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        self._content = window.takeCentralWidget()
        self.screen = LockScreen(self.username)
        self.screen.unlockRequested.connect(self._check)
        self.screen.quitRequested.connect(window.close)
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.menuBar().setEnabled(False)
        window.statusBar().clearMessage()
        self.screen.password.setFocus()
        log.info("screen locked")
        self._audit(partial(audit.record_lock, locked=True))
        self.lockedChanged.emit(True)

    def _check(self, password: str) -> None:
        screen = self.screen
        if screen is None:
            return
        screen.set_busy(True)
        checker = self.checker
        self.tasks.network(
            NetworkOp(
                lambda: checker(password),
                success=self._unlock,
                error=self._refused,
                owner=screen,
                what="checking the unlock password",
                log_errors=False,
            )
        )

    def _refused(self, exc: BaseException) -> None:
        if self.screen is None:
            return
        if problem_of(exc) is Problem.WRONG_PASSWORD:
            self._audit(partial(audit.record_failed_unlock, username=self.username))
            self.screen.refuse(self.tr("Wrong password. The screen stays locked."))
            return
        if not isinstance(exc, SignedOutError):
            log.error("checking the unlock password failed", exc_info=exc)
        self.screen.refuse(self.tr("The password could not be checked: %1").replace("%1", str(exc)))

    def _unlock(self, _result: object = None) -> None:
        if not self.locked or self.screen is None:
            return
        window = self.window
        screen = window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.locked = False
        if self._focus is not None and self._focus.isVisible():
            self._focus.setFocus()
        log.info("screen unlocked")
        self._audit(partial(audit.record_lock, locked=False))
        self.timer.start()
        self.lockedChanged.emit(False)

    def _audit(self, write: Callable[[LocalCache], None]) -> None:
        """Records a lock, unlock or wrong password in the audit trail (a write op)."""
        self.tasks.write(WriteOp(write, what="auditing the lock screen"))


def idle_lock_ms(settings: Settings | None = None) -> int:
    """The idle time before the lock, from the settings (10 minutes when unreadable)."""
    if settings is None:
        try:
            settings = load_settings().settings
        except SettingsError as exc:
            log.warning("settings unreadable, idle lock after the default time: %s", exc)
            settings = Settings()
    return settings.idle_lock_minutes * 60_000


def install_idle_lock(
    window: QMainWindow, workspace: Workspace, idle_ms: int | None = None
) -> IdleLock | None:
    """Locks `window` after the idle time; None (no lock) when nobody is signed in."""
    session = workspace.session
    checker = password_checker(session)
    if checker is None or session.username is None:
        log.info("no idle lock: nobody is signed in on this profile")
        return None
    return IdleLock(window, session.username, checker, idle_ms or idle_lock_ms(), workspace.tasks)
