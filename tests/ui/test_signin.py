"""First-run sign-in against a demo server: wrong password, success, unreachable, offline."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sync.demo import DemoServer, start_demo_server
from sync.workstation import SignInRequest
from ui.session import AppSession
from ui.signin import SignInDialog

TIMEOUT = 15_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = start_demo_server(tmp_path_factory.mktemp("signin") / "server", customers=300)
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def dev_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def dialog_for(qtbot: QtBot, request: SignInRequest) -> SignInDialog:
    dialog = SignInDialog(request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def submit(qtbot: QtBot, dialog: SignInDialog, url: str, user: str, password: str) -> None:
    for field, text in ((dialog.server, url), (dialog.username, user), (dialog.password, password)):
        if not field.isReadOnly():
            field.clear()
            qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def wait_for_message(qtbot: QtBot, dialog: SignInDialog, words: str) -> None:
    def shown() -> None:
        assert words in dialog.message.text()

    qtbot.waitUntil(shown, timeout=TIMEOUT)


def test_first_run_wrong_password_says_so_and_creates_nothing(
    app: QApplication, qtbot: QtBot, server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "default"
    dialog = dialog_for(qtbot, SignInRequest(folder, server.url, False))
    submit(qtbot, dialog, server.url, server.teller, "not-the-password")
    wait_for_message(qtbot, dialog, "Wrong user name or password")
    assert dialog.isVisible() and dialog.session is None
    assert dialog.sign_in_button.isEnabled() and dialog.password.text() == ""
    assert not (folder / "profile.json").exists()


def test_first_run_signs_in_and_creates_the_profile(
    app: QApplication, qtbot: QtBot, server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "default"
    dialog = dialog_for(qtbot, SignInRequest(folder, None, False))
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        submit(qtbot, dialog, server.url, server.teller, server.password)
    session = dialog.session
    assert isinstance(session, AppSession)
    try:
        assert session.profile.folder == folder and (folder / "profile.json").exists()
        assert session.username == server.teller and session.staff is not None
        assert session.engine is not None and session.engine.transport.token
        assert session.engine.transport.base_url == server.url
    finally:
        session.close()


def test_unreachable_server_is_a_plain_message(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    url = closed_port_url()
    dialog = dialog_for(qtbot, SignInRequest(tmp_path / "default", None, False))
    submit(qtbot, dialog, url, "someone", "secret")
    wait_for_message(qtbot, dialog, "cannot be reached")
    assert url in dialog.message.text() and dialog.isVisible()


def test_later_sign_in_works_offline_against_the_verifier(
    app: QApplication, qtbot: QtBot, server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "default"
    first = dialog_for(qtbot, SignInRequest(folder, server.url, False))
    with qtbot.waitSignal(first.accepted, timeout=TIMEOUT):
        submit(qtbot, first, server.url, server.teller, server.password)
    assert first.session is not None
    first.session.close()

    offline = closed_port_url()
    again = dialog_for(qtbot, SignInRequest(folder, offline, True, server.teller))
    assert again.server.isReadOnly() and again.username.text() == server.teller
    submit(qtbot, again, offline, server.teller, "wrong")
    wait_for_message(qtbot, again, "Wrong user name or password")
    with qtbot.waitSignal(again.accepted, timeout=TIMEOUT):
        submit(qtbot, again, offline, server.teller, server.password)
    assert again.signed is not None and again.signed.offline
    assert again.session is not None and again.session.username == server.teller
    again.session.close()


def test_server_address_from_machine_policy_is_read_only(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    from client.settings import load_settings
    from sync.workstation import first_run_request

    machine = tmp_path / "machine"
    machine.mkdir()
    (machine / "policy.toml").write_text('server_url = "https://crm.bank.example"\n')
    loaded = load_settings(machine_config_dir=machine, user_config_dir=tmp_path, environ={})
    dialog = dialog_for(qtbot, first_run_request(tmp_path / "default", loaded))
    assert dialog.server.text() == "https://crm.bank.example" and dialog.server.isReadOnly()


def test_guitai_without_a_profile_asks_for_the_first_sign_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from client.settings import load_settings
    from ui.gui import open_app_session
    from ui.options import parse

    monkeypatch.setenv("GUITAI_PROFILE", str(tmp_path / "default"))
    environ = {"GUITAI_SERVER_URL": "https://crm.bank.example"}
    loaded = load_settings(machine_config_dir=tmp_path, user_config_dir=tmp_path, environ=environ)
    opened = open_app_session(parse([]), loaded)
    assert opened == SignInRequest(tmp_path / "default", "https://crm.bank.example", False)


def test_the_verifier_checks_the_unlock_password(
    app: QApplication, qtbot: QtBot, server: DemoServer, tmp_path: Path
) -> None:
    from client.credentials import SignedOutError
    from sync.workstation import check_password

    dialog = dialog_for(qtbot, SignInRequest(tmp_path / "p", server.url, False))
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        submit(qtbot, dialog, server.url, server.teller, server.password)
    assert dialog.session is not None
    dialog.session.close()
    profile = dialog.session.profile
    check_password(profile, server.teller, server.password)
    with pytest.raises(SignedOutError, match="wrong user name or password"):
        check_password(profile, server.teller, "nope")
