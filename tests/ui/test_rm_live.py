"""The RM's homes on a live in-process server: a teller's referral reaches the RM's
pipeline as new and a call-centre booking sits in the RM's calendar as tentative; from the
keyboard the RM moves the referral to contacted, then to won with its outcome, and confirms
the booking; each is saved locally at once, uploaded, and the server then holds both."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from client.schema.enums import AppointmentStatus, Channel, ReferralStage
from client.schema.models import Appointment, Referral
from sync.demo import SERVER_FILE
from sync.server import feed
from sync.server.db import Database
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.homes.calendar import CalendarHome
from ui.homes.pipeline import PipelineHome
from ui.mainwindow import MainWindow
from ui.session import AppSession

OUTCOME = "took the wealth plan"


@dataclass
class Seeded:
    rm: str
    referral: uuid.UUID
    appointment: uuid.UUID
    starts_at: datetime


def _id(value: object) -> uuid.UUID:
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


def seed(bank: Bank) -> Seeded:
    """On the server: a new referral from the demo teller to an RM of the teller's branch,
    and a tentative booking of that RM at a time nothing else of theirs takes."""
    branch = bank.teller_branch()
    rm = user_of(bank, "relationship_manager", branch)
    ((rm_id,),) = bank.query("SELECT id FROM user_account WHERE username = ?", rm)
    ((teller_id,),) = bank.query(
        "SELECT id FROM user_account WHERE username = ?", bank.server.teller
    )
    ((customer_id,),) = bank.query(
        "SELECT id FROM customer WHERE owning_rm_id = ? ORDER BY customer_number LIMIT 1", rm_id
    )
    ((product_id,),) = bank.query("SELECT id FROM product ORDER BY code LIMIT 1")
    now = datetime.now(UTC)
    starts = (now + timedelta(days=1)).replace(hour=6, minute=30, second=0, microsecond=0)
    referral = Referral(
        id=uuid.uuid4(),
        version=0,
        deleted=False,
        customer_id=_id(customer_id),
        product_id=_id(product_id),
        referred_by_id=_id(teller_id),
        assigned_to_id=_id(rm_id),
        stage=ReferralStage.NEW,
        expected_value=Decimal("120000.0000"),
        notes="asked about wealth products",
        created_at=now - timedelta(days=2),
        closed_at=None,
    )
    appointment = Appointment(
        id=uuid.uuid4(),
        version=0,
        deleted=False,
        rm_id=_id(rm_id),
        customer_id=_id(customer_id),
        booked_by_id=_id(teller_id),
        starts_at=starts,
        ends_at=starts + timedelta(minutes=30),
        purpose="wealth review",
        status=AppointmentStatus.TENTATIVE,
        channel=Channel.CALL_CENTRE,
    )
    db = Database(f"sqlite:///{bank.folder / SERVER_FILE}")
    try:
        with db.writer() as session, session.begin():
            session.add_all([referral, appointment])
            session.flush()
            changes = [
                feed.PendingChange(referral, "referral", "insert"),
                feed.PendingChange(appointment, "appointment", "insert"),
            ]
            feed.record(session, changes, None, now)
    finally:
        db.dispose()
    return Seeded(rm, referral.id, appointment.id, starts)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("rm-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def seeded(bank: Bank) -> Seeded:
    return seed(bank)


@pytest.fixture
def rm_session(
    bank: Bank, seeded: Seeded, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppSession]:
    folder = tmp_path_factory.mktemp("rm-ws") / "profile"
    opened = station(folder, bank, seeded.rm, [bank.teller_branch()], "rm desk")
    yield opened
    opened.close()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, rm_session: AppSession) -> Iterator[MainWindow]:
    with live_window(app, qtbot, rm_session) as win:
        yield win


def server_row(bank: Bank, sql: str, row_id: uuid.UUID) -> tuple[object, ...]:
    rows = bank.query(sql, row_id.bytes)
    assert len(rows) == 1
    return rows[0]


def test_the_rm_wins_a_referral_and_confirms_a_booking_and_the_server_holds_both(
    window: MainWindow, qtbot: QtBot, bank: Bank, seeded: Seeded
) -> None:
    tabs = window.findChild(QTabWidget, "homeTabs")
    pipeline = window.findChild(PipelineHome)
    calendar = window.findChild(CalendarHome)
    assert tabs is not None and pipeline is not None and calendar is not None

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is pipeline and pipeline.table.hasFocus()
    qtbot.waitUntil(lambda: pipeline.select(seeded.referral), timeout=15_000)
    line = pipeline.current_line()
    assert line is not None and line.stage is ReferralStage.NEW
    assert line.referred_by and line.value == Decimal("120000")

    qtbot.keyClick(pipeline.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            (current := pipeline.current_line()) is not None
            and current.referral_id == seeded.referral
            and current.stage is ReferralStage.CONTACTED
        ),
        timeout=10_000,
    )
    assert "saved locally" in pipeline.status.text()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pipeline.table, Qt.Key.Key_W, shift_ctrl)
    qtbot.waitUntil(lambda: pipeline.dialog is not None and pipeline.dialog.isVisible())
    dialog = pipeline.dialog
    assert dialog is not None and not dialog.ok.isEnabled()  # the outcome is asked for
    qtbot.keyClicks(dialog.outcome, OUTCOME)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            (current := pipeline.current_line()) is not None
            and current.referral_id == seeded.referral
            and current.stage is ReferralStage.WON
        ),
        timeout=10_000,
    )
    assert not pipeline.moves["next"].isEnabled()  # a won referral stays where it is
    qtbot.waitUntil(lambda: window.isActiveWindow() and pipeline.table.hasFocus())

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is calendar
    calendar.go_to(seeded.starts_at.astimezone().date())
    qtbot.waitUntil(lambda: calendar.select(seeded.appointment), timeout=10_000)
    entry = calendar.current_entry()
    assert entry is not None and entry.status is AppointmentStatus.TENTATIVE
    assert calendar.buttons_enabled() == {"confirm", "decline", "complete", "cancel"}
    calendar.table.setFocus()
    qtbot.keyClick(calendar.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: (
            (current := calendar.current_entry()) is not None
            and current.row_id == seeded.appointment
            and current.status is AppointmentStatus.CONFIRMED
        ),
        timeout=10_000,
    )
    assert calendar.buttons_enabled() == {"complete", "cancel"}

    def server_has_both() -> bool:
        stage, closed, notes = server_row(
            bank, "SELECT stage, closed_at, notes FROM referral WHERE id = ?", seeded.referral
        )
        (status,) = server_row(
            bank, "SELECT status FROM appointment WHERE id = ?", seeded.appointment
        )
        return (
            stage == "won"
            and closed is not None
            and OUTCOME in str(notes)
            and status == "confirmed"
        )

    qtbot.waitUntil(server_has_both, timeout=30_000)
    qtbot.waitUntil(lambda: window.workspace.status.status().pending == 0, timeout=30_000)
