"""The window when the server says this workstation was revoked: the sync runner wipes the
cache, stops, and the window says so in plain words."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from client.credentials import SignedOutError
from client.profile import CACHE_FILE, Profile
from client.reasons import Reason
from client.store import LocalCache
from client.wipe import WIPED_FILE
from sync.engine import SyncEngine
from sync.status import Phase, SyncStatus
from sync.workstation import Problem
from ui.errors import SyncErrorDialogs
from ui.session import AppSession
from ui.workspace import Workspace


class RevokedEngine:
    """Stands in for the sync engine of `profile`: the server refuses it as revoked."""

    def __init__(self, profile: Profile) -> None:
        self.cache = SimpleNamespace(profile=profile)
        self.on_status: object = None
        self.transport = SimpleNamespace(base_url="http://x", token="t")

    def needs_initial_sync(self) -> bool:
        return False

    def sync(self) -> None:
        raise SignedOutError(
            "sign in again: this device has been revoked", code=Reason.DEVICE_REVOKED
        )

    def status(self) -> SyncStatus:
        return SyncStatus(False, Phase.IDLE, None, 0, None, 0)


def test_a_revoked_workstation_is_wiped_and_told_so(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    profile = Profile.open(tmp_path / "counter", create=True)
    LocalCache.open(profile).close()
    window = QMainWindow()
    qtbot.addWidget(window)
    engine = RevokedEngine(profile)
    workspace = Workspace(profile, session=AppSession(profile, cast(SyncEngine, engine)))
    dialogs = SyncErrorDialogs(window, workspace)
    runner = workspace.sync
    assert runner is not None
    with qtbot.waitSignal(runner.syncProblem, timeout=5_000) as told:
        runner.sync_now()
    assert told.args is not None and told.args[0] is Problem.DEPROVISIONED
    box = dialogs.box
    assert box is not None and box.isVisible()
    assert "IT revoked this workstation" in box.text()
    assert "deleted from this computer" in box.text()
    assert not (profile.folder / CACHE_FILE).exists()
    assert (profile.folder / WIPED_FILE).exists()
