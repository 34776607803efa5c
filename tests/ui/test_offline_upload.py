"""Edit a field offline, see it saved locally, and see it upload when the server comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.live_kit import Live, customer_with_phone, edit_phone_in_window, live_window


@pytest.fixture
def live(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    with live_window(app, qtbot, tmp_path, monkeypatch) as running:
        yield running


def test_an_offline_edit_waits_and_uploads_when_the_server_is_back(
    live: Live, qtbot: QtBot
) -> None:
    number, contact_id, before = customer_with_phone(live)
    banner = live.sync_ui.banner
    assert not banner.isVisible()

    live.stop_server()
    qtbot.waitUntil(lambda: live.status_text()[0] == "● Offline", timeout=10_000)
    qtbot.waitUntil(banner.isVisible, timeout=5_000)
    assert banner.text().startswith("Offline: your work is saved on this computer")

    edit_phone_in_window(live, qtbot, number, "138 0013 8000")
    qtbot.waitUntil(
        lambda: live.status_text() == ("● Offline", "Pending uploads: 1", "Conflicts: 0"),
        timeout=5_000,
    )
    qtbot.waitUntil(
        lambda: live.window.statusBar().currentMessage() == "Saved locally — waiting to upload",
        timeout=5_000,
    )
    assert live.local_contact(contact_id) == "138 0013 8000"
    assert live.server_contact(contact_id) == before
    assert banner.isVisible()

    live.start_server()
    qtbot.waitUntil(
        lambda: live.status_text() == ("● Online", "Pending uploads: 0", "Conflicts: 0"),
        timeout=20_000,
    )
    assert live.server_contact(contact_id) == "138 0013 8000"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)
