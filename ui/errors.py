"""What the user sees when something fails: a crash dialog for bugs, plain messages for the
environment (login expired, disk full). Offline needs no dialog: the banner says so.

`install_crash_handler(log_path)` replaces `sys.excepthook` and `threading.excepthook`:
the traceback goes to the log, and a non-modal dialog names the log file (one at a time;
later crashes only go to the log while it is open). `SyncErrorDialogs(window, workspace)`
listens to the workspace's sync runner and shows each kind of message once.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from client.errors import GuitaiError
from client.settings import Settings
from sync.workstation import Problem, is_disk_full
from ui.signin import sign_in_again
from ui.workspace import Workspace

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashHandler(QObject):
    """Logs uncaught exceptions from any thread and shows them on the GUI thread."""

    raised = Signal(object)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.notice: QMessageBox | None = None
        self._previous: ExceptHook = sys.excepthook
        self._previous_thread = threading.excepthook
        self.raised.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Puts the previous hooks back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Logs the exception; the dialog follows on the GUI thread."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        if isinstance(exc, GuitaiError) or is_disk_full(exc):
            log.warning("unhandled %s: %s", kind.__name__, exc)
        else:
            log.error("uncaught exception:\n%s", text)
        try:
            self.raised.emit(exc)
        except RuntimeError:
            sys.stderr.write(text)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, exc: object) -> None:
        if isinstance(exc, BaseException) and is_disk_full(exc):
            self._show_notice(self.disk_full_text())
        elif isinstance(exc, GuitaiError):
            self._show_notice(str(exc))
        else:
            self._show_crash()

    def disk_full_text(self) -> str:
        return self.tr(
            "The disk of this computer is full, so Guitai cannot save or download. Free some "
            "space (or ask IT); your work so far is kept."
        )

    def _show_notice(self, text: str) -> None:
        if _is_open(self.notice):
            return
        self.notice = _message(QMessageBox.Icon.Warning, self.tr("Guitai"), text)
        self.notice.show()

    def _show_crash(self) -> None:
        if _is_open(self.dialog):
            return
        self.dialog = _message(
            QMessageBox.Icon.Critical,
            self.tr("Guitai: something went wrong"),
            self.tr(
                "Guitai ran into an error of its own. What you saved is safe; the action you "
                "were doing may not have finished. Please send this log file to IT:\n%1"
            ).replace("%1", str(self.log_path)),
        )
        self.dialog.setObjectName("crashDialog")
        self.dialog.show()


def _is_open(box: QMessageBox | None) -> bool:
    return box is not None and shiboken6.isValid(box) and box.isVisible()


def _message(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None
) -> QMessageBox:
    """A non-modal message box that deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def install_crash_handler(log_path: Path) -> CrashHandler:
    """Routes uncaught exceptions of every thread to the log and a crash dialog."""
    app = QApplication.instance()
    handler = CrashHandler(log_path, app)
    handler.install()
    return handler


MESSAGED = (Problem.SIGNED_OUT, Problem.DISK_FULL, Problem.DEPROVISIONED)
"""The sync problems that deserve a message (offline is the banner's)."""


class SyncErrorDialogs(QObject):
    """Turns the sync runner's failures into messages: each kind shown once until resolved."""

    def __init__(
        self, window: QMainWindow, workspace: Workspace, settings: Settings | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.shown: set[Problem] = set()
        self.box: QMessageBox | None = None
        runner = workspace.sync
        if runner is not None:
            runner.syncProblem.connect(self.on_sync_failed)
            runner.roundFinished.connect(self.on_round_finished)

    @Slot(object, str)
    def on_sync_failed(self, problem: Problem, message: str) -> None:
        if problem in self.shown or problem not in MESSAGED:
            return
        self.shown.add(problem)
        if problem is Problem.DEPROVISIONED:
            self.box = _message(
                QMessageBox.Icon.Warning, self.tr("Guitai"), message, self.window
            )  # the core's plain words: why, what was deleted, what to do
            self.box.setObjectName("cacheWipedBox")
            self.box.show()
            return
        if problem is Problem.DISK_FULL:
            self.box = _message(
                QMessageBox.Icon.Warning, self.tr("Guitai"), self.disk_full_text(), self.window
            )
            self.box.show()
            return
        box = _message(
            QMessageBox.Icon.Information,
            self.tr("Sign in again"),
            self.tr(
                "Your sign-in has expired, so Guitai cannot sync with the bank. Your work is "
                "kept on this computer and uploads after you sign in again."
            ),
            self.window,
        )
        box.setObjectName("signInAgainBox")
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        sign_in = box.addButton(self.tr("Sign in …"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        sign_in.clicked.connect(self.sign_in_again)
        self.box = box
        box.show()

    def disk_full_text(self) -> str:
        return self.tr(
            "The disk of this computer is full, so Guitai cannot save or download. Free some "
            "space (or ask IT); your work so far is kept."
        )

    @Slot()
    def on_round_finished(self) -> None:
        self.shown.clear()

    def sign_in_again(self) -> None:
        sign_in_again(self.window, self.workspace, self.settings)


def install_error_dialogs(
    window: QMainWindow, workspace: Workspace, settings: Settings | None = None
) -> SyncErrorDialogs:
    """Plain messages for the sync's environment errors (see the module docstring)."""
    return SyncErrorDialogs(window, workspace, settings)
