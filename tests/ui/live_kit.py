"""The real window on a live demo server in this process: stop it, start it again, look
at what it holds, and a second teller's workstation that edits behind the window's back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from client.customer360.views import Customer360
from client.schema.enums import ContactKind
from client.schema.models import ContactPoint, Customer
from client.store import LocalCache
from client.work import set_contact
from sync.demo import SERVER_FILE, demo_workstation, start_demo_server
from sync.engine import SyncEngine, Transport
from sync.server.app import create_app
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.session import AppSession, start_demo
from ui.sync_ui import SyncUi
from ui.work import WorkActions
from ui.work.dialogs import ContactDialog
from ui.workspace import Workspace

CUSTOMERS = 300
WAIT_SECONDS = 1.0
"""The window's long-poll in these tests, so that going offline shows within a second."""


@dataclass
class Live:
    window: MainWindow
    session: AppSession
    sync_ui: SyncUi
    folder: Path
    port: int

    @property
    def server_url(self) -> str:
        return f"sqlite:///{self.folder / 'server' / SERVER_FILE}"

    def stop_server(self) -> None:
        assert self.session.server is not None
        self.session.server.stop()

    def start_server(self) -> None:
        """The server again, on the port the workstation knows."""
        self.session.server = start_demo_server(self.folder / "server", CUSTOMERS, port=self.port)

    def server_contact(self, contact_id: uuid.UUID) -> str:
        """The contact's value as the central server holds it."""
        engine = create_engine(self.server_url)
        try:
            with Session(engine) as session:
                return session.scalars(
                    select(ContactPoint.value).where(ContactPoint.id == contact_id)
                ).one()
        finally:
            engine.dispose()

    def local_contact(self, contact_id: uuid.UUID) -> str:
        """The contact's value in the window's cache."""
        with LocalCache.open(self.window.profile) as cache, cache.read_session() as session:
            return session.scalars(
                select(ContactPoint.value).where(ContactPoint.id == contact_id)
            ).one()

    def status_text(self) -> tuple[str, str, str]:
        """What the status bar says: connection, pending uploads, conflicts."""
        bar = self.window.sync_status
        return bar.connection.text(), bar.pending.text(), bar.conflicts.text()


@contextmanager
def live_window(
    app: QApplication, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    """The main window over a freshly made demo bank and its server, synced once."""
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    monkeypatch.setenv("GUITAI_LOG_DIR", str(folder / "logs"))
    session = start_demo(folder, customers=CUSTOMERS)
    assert session.server is not None
    port = int(session.server.url.rsplit(":", 1)[1])
    translations = Translations(app)
    translations.switch("en")
    workspace = Workspace(session.profile, session=session)
    assert workspace.sync is not None
    workspace.sync.wait_seconds = WAIT_SECONDS
    window = MainWindow(workspace, translations)
    qtbot.addWidget(window)
    window.show()
    live = Live(window, session, window.sync_ui, folder, port)
    try:
        qtbot.waitUntil(
            lambda: window.ready and window.sync_status.status().last_sync is not None,
            timeout=30_000,
        )
        assert live.status_text() == ("● Online", "Pending uploads: 0", "Conflicts: 0")
        yield live
    finally:
        window.close()
        workspace.shutdown()
        session.close()


def customer_with_phone(live: Live, skip: int = 0) -> tuple[str, uuid.UUID, str]:
    """A customer with a primary phone: number, the phone's contact id and its value."""
    with LocalCache.open(live.window.profile) as cache, cache.read_session() as session:
        number, contact_id, value = session.execute(
            select(Customer.customer_number, ContactPoint.id, ContactPoint.value)
            .join(ContactPoint, ContactPoint.customer_id == Customer.id)
            .where(ContactPoint.kind == ContactKind.PHONE, ContactPoint.deleted.is_(False))
            .order_by(Customer.customer_number, ContactPoint.is_primary.desc())
            .offset(skip)
            .limit(1)
        ).one()
    return number, contact_id, value


def open_customer(window: MainWindow, qtbot: QtBot, number: str) -> Customer360:
    window.open_customer(number)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == number,
        timeout=10_000,
    )
    assert window.customer.view is not None
    return window.customer.view


def edit_phone_in_window(live: Live, qtbot: QtBot, number: str, phone: str) -> None:
    """Edit contact (Ctrl+E on the customer's 360), a new phone, Enter."""
    window = live.window
    open_customer(window, qtbot, number)
    actions = window.findChild(WorkActions)
    assert actions is not None
    window.customer.setFocus()
    qtbot.keyClick(window.customer, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=5_000
    )
    dialog = actions.dialog
    assert isinstance(dialog, ContactDialog)
    field = dialog.values[ContactKind.PHONE]
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    qtbot.keyClicks(field, phone)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)


@contextmanager
def other_teller(live: Live) -> Iterator[tuple[LocalCache, SyncEngine]]:
    """A second workstation of the bank, signed in and synced while the server is up."""
    assert live.session.server is not None
    cache, engine = demo_workstation(live.folder / "other", live.session.server)
    try:
        engine.sync()
        yield cache, engine
    finally:
        engine.close()
        engine.transport.close()
        cache.close()


def other_teller_sets_phone(
    cache: LocalCache, engine: SyncEngine, live: Live, number: str, phone: str
) -> None:
    """The other teller changes the phone and uploads it while the window's server is down
    (through the bank's API in this process, as another branch would reach it)."""
    with cache.session() as session:
        customer_id = session.scalars(
            select(Customer.id).where(Customer.customer_number == number)
        ).one()
        set_contact(session, customer_id, ContactKind.PHONE, phone)
    with TestClient(create_app(live.server_url)) as client:
        transport = Transport("http://testserver", token=engine.transport.token, client=client)
        report = SyncEngine(cache, transport).sync()
    assert report.pushed == 1 and report.conflicts == 0
