"""The window's first-run sign-in refuses a plain http server address on another computer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sync.workstation import SignInRequest
from ui.signin import SignInDialog


def test_plain_http_elsewhere_is_refused_in_the_first_run_form(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    folder = tmp_path / "default"
    dialog = SignInDialog(SignInRequest(folder, None, False))
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in (
        (dialog.server, "http://crm.bank.example"),
        (dialog.username, "li"),
        (dialog.password, "secret"),
    ):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    def refused() -> None:
        assert "plain http" in dialog.message.text()

    qtbot.waitUntil(refused, timeout=15_000)
    assert dialog.isVisible() and not folder.exists()
    assert not any(tmp_path.iterdir()), "nothing is made for a refused address"
