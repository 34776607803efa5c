"""The sign-in dialog: first run (server address, user, password) and signing in again.

"Sign in" runs `sync.workstation.sign_in_workstation` as a network op (`ui.tasks`): online
first; when the server cannot be reached and this profile signed in online before, offline
against its verifier. Failures come back as plain sentences; the dialog never freezes.
A one-time password (refused with `password_change_required`) shows two more fields: the
new password, twice; signing in then changes it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.errors import GuitaiError
from client.reasons import Reason
from client.settings import Settings
from client.work import Staff
from sync.protocol import MIN_PASSWORD_LENGTH
from sync.workstation import Problem, SignedIn, SignInRequest, problem_of, sign_in_workstation
from ui.session import AppSession, open_session
from ui.tasks import NetworkOp, TaskManager

if TYPE_CHECKING:
    from ui.workspace import Workspace


def needs_sign_in(session: AppSession) -> bool:
    """True when the profile syncs with a server but holds no sign-in token."""
    return session.engine is not None and not session.engine.transport.token


def request_for(session: AppSession) -> SignInRequest:
    """Signing in again to the session's profile and server (which cannot change)."""
    url = session.engine.transport.base_url if session.engine is not None else None
    return SignInRequest(session.profile.folder, url, url is not None, session.username)


def apply_sign_in(session: AppSession, signed: SignedIn) -> None:
    """Gives the running session the new token and user."""
    if session.engine is not None and signed.token:
        session.engine.transport.token = signed.token
    session.username = signed.user.username
    session.role = signed.user.role
    session.staff = Staff(uuid.UUID(str(signed.user.id)), uuid.UUID(str(signed.user.branch_id)))


class SignInDialog(QDialog):
    """Asks for server, user name and password; `session` holds the signed-in session."""

    signedIn = Signal(object)

    def __init__(
        self,
        request: SignInRequest,
        settings: Settings | None = None,
        session: AppSession | None = None,
        parent: QWidget | None = None,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.tasks = tasks if tasks is not None else TaskManager(parent=self)
        """Where the sign-in runs: the workspace's, or (before there is one) the dialog's."""
        self.request = request
        self.settings = settings
        self.session = session
        self.signed: SignedIn | None = None
        self.busy = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.server = QLineEdit(request.server_url or "", self)
        self.server.setObjectName("server")
        self.server.setReadOnly(request.server_fixed)
        self.username = QLineEdit(request.username or "", self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("newPassword")
        self.repeat_password = QLineEdit(self)
        self.repeat_password.setObjectName("repeatPassword")
        for field in (self.new_password, self.repeat_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for field in (
            self.server,
            self.username,
            self.password,
            self.new_password,
            self.repeat_password,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append(label)
            self.form.addRow(label, field)
        self.show_new_password(False)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        first_empty = next(
            (f for f in (self.server, self.username, self.password) if not f.text()), self.password
        )
        first_empty.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Guitai"))
        if self.session is None:
            self.intro.setText(
                self.tr(
                    "Sign in with your bank user name and password. The first sign-in on "
                    "this computer needs the network."
                )
            )
        else:
            self.intro.setText(self.tr("Sign in again to keep your work in step with the bank."))
        labels = (
            self.tr("&Server address:"),
            self.tr("&User name:"),
            self.tr("&Password:"),
            self.tr("&New password:"),
            self.tr("&Repeat new password:"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.sign_in_button.setText(self.tr("Sign in"))

    def start_sign_in(self) -> None:
        """Checks the fields, then signs in off the GUI thread."""
        if self.busy:
            return
        url, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not url or not user or not password:
            self.show_message(self.tr("Fill in the server address, user name and password."))
            return
        new_password = self.new_password.text() if self.changing_password else None
        if new_password is not None and new_password != self.repeat_password.text():
            self.show_message(self.tr("The two new passwords differ. Type them again."))
            return
        self.set_busy(True)
        self.show_message(self.tr("Signing in …"))
        request, settings, first = self.request, self.settings, self.session is None

        def job() -> tuple[SignedIn, AppSession | None]:
            signed = sign_in_workstation(
                request, url, user, password, settings, new_password=new_password
            )
            return signed, open_session(signed.profile) if first else None

        self.tasks.network(
            NetworkOp(
                job,
                success=self._on_signed_in,
                error=self._on_failed,
                owner=self,
                what="signing in",
            )
        )

    @property
    def changing_password(self) -> bool:
        return not self.new_password.isHidden()

    def show_new_password(self, shown: bool) -> None:
        """Shows (or hides) the new password's two fields."""
        for field in (self.new_password, self.repeat_password):
            self.form.setRowVisible(field, shown)
            field.clear()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for field in (
            self.username,
            self.password,
            self.new_password,
            self.repeat_password,
            self.sign_in_button,
        ):
            field.setEnabled(not busy)
        self.server.setEnabled(not busy)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _on_signed_in(self, outcome: tuple[SignedIn, AppSession | None]) -> None:
        self.set_busy(False)
        signed, opened = outcome
        self.signed = signed
        if opened is not None:
            self.session = opened
        elif self.session is not None:
            apply_sign_in(self.session, signed)
        self.password.clear()
        self.signedIn.emit(signed)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        code = refusal_code(exc)
        if code is Reason.PASSWORD_CHANGE_REQUIRED or code is Reason.WEAK_PASSWORD:
            self.show_new_password(True)
            self.new_password.setFocus()
            self.show_message(self.describe(exc))
            return
        self.show_new_password(False)
        self.password.clear()
        self.password.setFocus()
        self.show_message(self.describe(exc))

    def describe(self, exc: BaseException) -> str:
        """The failure in plain words."""
        problem = problem_of(exc)
        code = refusal_code(exc)
        if code is Reason.PASSWORD_CHANGE_REQUIRED:
            return self.tr(
                "This is a one-time password. Choose a new password of at least %1 characters, "
                "type it twice and sign in."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        if code is Reason.WEAK_PASSWORD:
            return self.tr(
                "The new password is shorter than %1 characters or the same as the old one. "
                "Choose another."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        if problem is Problem.UNREACHABLE:
            return self.tr(
                "The server %1 cannot be reached. Check the network and the server address, "
                "then try again."
            ).replace("%1", self.server.text().strip())
        if problem is Problem.UNTRUSTED:
            return self.tr(
                "This computer does not trust the server's certificate, so your password was "
                "not sent. Ask IT to check the certificate (guitai doctor shows the details)."
            )
        if problem is Problem.WRONG_PASSWORD:
            return self.tr("Wrong user name or password.")
        if problem is Problem.DISK_FULL:
            return self.tr("The disk of this computer is full. Free some space and try again.")
        if problem is Problem.SIGNED_OUT or isinstance(exc, GuitaiError):
            return self.tr("Signing in did not work: %1").replace("%1", str(exc))
        return self.tr("Signing in failed on an internal error; the log has the details.")


def refusal_code(exc: BaseException) -> Reason | None:
    """The reason code of a refused sign-in: the server's, else the error's own."""
    server_code = getattr(exc, "server_code", None)
    if isinstance(server_code, Reason):
        return server_code
    return exc.code if isinstance(exc, GuitaiError) else None


def run_sign_in(
    request: SignInRequest, settings: Settings | None, session: AppSession | None
) -> AppSession | None:
    """At start-up: the dialog until the user is signed in (the session) or gives up (None)."""
    dialog = SignInDialog(request, settings, session)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.session if accepted else None
    dialog.deleteLater()
    return result


def signed_in_session(
    opened: AppSession | SignInRequest, settings: Settings | None
) -> AppSession | None:
    """At start-up: the session as opened, or after the sign-in dialog (None: given up)."""
    session = opened if isinstance(opened, AppSession) else None
    if session is not None and not needs_sign_in(session):
        return session
    request = opened if isinstance(opened, SignInRequest) else request_for(opened)
    signed = run_sign_in(request, settings, session)
    if signed is None and session is not None:
        session.close()
    return signed


def sign_in_again(
    window: QMainWindow, workspace: Workspace, settings: Settings | None = None
) -> SignInDialog:
    """While the window runs: a non-modal dialog; on success the sync uses the new token."""
    session = workspace.session
    dialog = SignInDialog(request_for(session), settings, session, window, workspace.tasks)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.signedIn.connect(lambda _signed: workspace.signed_in_again())
    dialog.show()
    return dialog
