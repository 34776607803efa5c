"""A window on a live in-process server: a demo bank, a workstation that replicates one branch."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.credentials import MemoryTokens
from client.profile import Profile
from client.store import LocalCache
from client.work import Staff
from sync.demo import SERVER_FILE, DemoServer, start_demo_server
from sync.engine import SyncEngine, Transport, sign_in
from sync.engine.signin import signed_in_user
from sync.replica import state
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.workspace import Workspace

CUSTOMERS = 300
STOPPED: list[QObject] = []
"""Workspaces of closed windows, kept until the end: their long-polls end with the session."""


@dataclass
class Bank:
    server: DemoServer
    folder: Path

    def query(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        """Rows of the server's database (read-only, for choosing test data)."""
        conn = sqlite3.connect(self.folder / SERVER_FILE)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def teller_branch(self) -> str:
        rows = self.query(
            "SELECT b.code FROM user_account u JOIN branch b ON b.id = u.branch_id "
            "WHERE u.username = ?",
            self.server.teller,
        )
        return str(rows[0][0])

    def head_office_user(self) -> str:
        rows = self.query(
            "SELECT username FROM user_account WHERE role = 'head_office' ORDER BY username"
        )
        return str(rows[0][0])


def start_bank(folder: Path) -> Bank:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_LOG_DIR", str(folder / "logs"))
        return Bank(start_demo_server(folder / "server", CUSTOMERS), folder / "server")


def workstation(folder: Path, bank: Bank, username: str, branches: list[str]) -> AppSession:
    """A profile signed in as `username`, replicating `branches` only, synced once."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        patch.setenv("GUITAI_LOG_DIR", str(folder / "logs"))
        profile = Profile.open(folder, create=True)
        cache = LocalCache.open(profile)
        transport = Transport(bank.server.url)
        sign_in(cache, transport, username, bank.server.password, MemoryTokens(), device_name="t")
        with cache.engine.begin() as conn:
            state.put_json(conn, state.SCOPE, branches)
        engine = SyncEngine(cache, transport)
        engine.sync()
        user = signed_in_user(cache)
        assert user is not None
        staff = Staff(uuid.UUID(str(user.id)), uuid.UUID(str(user.branch_id)))
        return AppSession(profile, engine, staff, username=username, _caches=[cache])


@contextmanager
def live_window(app: QApplication, qtbot: QtBot, session: AppSession) -> Iterator[MainWindow]:
    """The main window in English with the session's sync running, as `ui.gui.run_gui` builds it."""
    translations = Translations(app)
    translations.switch("en")
    workspace = Workspace(session.profile, session=session)
    provider = workspace.status
    window = MainWindow(workspace, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=30_000)
    qtbot.waitUntil(lambda: provider.status().online, timeout=30_000)
    try:
        yield window
    finally:
        window.close()  # stops the workspace: its sync and its task threads
        STOPPED.append(workspace)  # its long-poll may outlive the window: keep it alive
