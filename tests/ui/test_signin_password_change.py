"""A one-time password in the sign-in dialog: it asks for a new one, twice, and signs in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.schema.base import utcnow
from sync.demo import SERVER_FILE, DemoServer, start_demo_server
from sync.server.db import Database
from sync.server.users import reset_password
from sync.workstation import SignInRequest
from ui.session import AppSession
from ui.signin import SignInDialog

TIMEOUT = 15_000
NEW_PASSWORD = "my-own-new-password"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[DemoServer, str]]:
    """The demo server, its teller given a one-time password (returned beside it)."""
    folder = tmp_path / "server"
    running = start_demo_server(folder, customers=20)
    db = Database(f"sqlite:///{folder / SERVER_FILE}")
    try:
        with db.writer() as session, session.begin():
            one_time = reset_password(session, running.teller, utcnow())
    finally:
        db.dispose()
    assert one_time is not None
    yield running, one_time
    running.stop()


@pytest.fixture(autouse=True)
def dev_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def wait_for_message(qtbot: QtBot, dialog: SignInDialog, words: str) -> None:
    def shown() -> None:
        assert words in dialog.message.text()

    qtbot.waitUntil(shown, timeout=TIMEOUT)


def test_a_one_time_password_asks_for_a_new_one_then_signs_in(
    app: QApplication, qtbot: QtBot, server: tuple[DemoServer, str], tmp_path: Path
) -> None:
    demo, one_time = server
    folder = tmp_path / "default"
    dialog = SignInDialog(SignInRequest(folder, demo.url, False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_password.isVisible() and not dialog.repeat_password.isVisible()
    type_into(qtbot, dialog.username, demo.teller)
    type_into(qtbot, dialog.password, one_time)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, dialog, "one-time password")
    assert dialog.new_password.isVisible() and dialog.repeat_password.isVisible()
    assert dialog.password.text() == one_time and dialog.session is None

    type_into(qtbot, dialog.new_password, NEW_PASSWORD)
    type_into(qtbot, dialog.repeat_password, NEW_PASSWORD + "x")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, dialog, "differ")

    type_into(qtbot, dialog.new_password, "short")
    type_into(qtbot, dialog.repeat_password, "short")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, dialog, "shorter than 10 characters")

    type_into(qtbot, dialog.new_password, NEW_PASSWORD)
    type_into(qtbot, dialog.repeat_password, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    session = dialog.session
    assert isinstance(session, AppSession)
    try:
        assert session.username == demo.teller and session.engine is not None
        assert session.engine.transport.token
    finally:
        session.close()
