"""A 360 open on one workstation follows another workstation's edit of that customer: after
the next pull it shows the new phone, without the teller opening the customer again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.masking import mask_phone
from client.schema.enums import ContactKind
from client.schema.models import Customer
from client.work import set_contact
from tests.ui.live_kit import Live, customer_with_phone, live_window, open_customer, other_teller

NEW_PHONE = "139 8765 4321"


@pytest.fixture
def live(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    with live_window(app, qtbot, tmp_path, monkeypatch) as running:
        yield running


def test_an_open_360_shows_another_workstations_new_phone_after_the_pull(
    live: Live, qtbot: QtBot
) -> None:
    window = live.window
    number, _contact_id, old_phone = customer_with_phone(live)
    view = open_customer(window, qtbot, number)  # workstation B shows customer X
    assert mask_phone(old_phone) in window.customer.contacts.text()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    with other_teller(live) as (cache, engine):  # workstation A edits X's phone and syncs
        with cache.session() as session:
            customer_id = session.scalars(
                select(Customer.id).where(Customer.customer_number == number)
            ).one()
            set_contact(session, customer_id, ContactKind.PHONE, NEW_PHONE)
        assert engine.sync().pushed == 1
    assert customer_id == view.customer_id

    with qtbot.waitSignal(
        window.workspace.rowsPulled,
        timeout=20_000,
        check_params_cb=lambda customers: view.customer_id in customers,
    ):
        pass  # B's sync loop pulls A's edit (its long-poll wakes on the server's change)
    new = mask_phone(NEW_PHONE)
    qtbot.waitUntil(lambda: new in window.customer.contacts.text(), timeout=10_000)
    shown = window.customer.view
    assert shown is not None and shown.customer_number == number
    assert new in {c.value for c in shown.contacts}
    assert not any("Opening" in m for m in messages), "refreshed in place, not reopened"
    assert window.customer.content.isVisible()
