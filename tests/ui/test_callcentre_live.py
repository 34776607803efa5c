"""The call centre's and the branch manager's homes on a live in-process server: an agent
finds a caller by the last 4 digits of their phone, sees their interactions and the nearest
free slots, books one with an opportunity; the booking is saved locally at once and, after
the sync, the server holds the appointment with channel call_centre and the referral
attached to it. The branch manager lands on the branch's week, whose numbers are those of
the rows it lists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from client.callers import attached_referral_id
from client.search.normalize import phone_digits
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.callcentre.home import CallersHome
from ui.homes.branch_week import BranchWeekHome
from ui.mainwindow import MainWindow
from ui.session import AppSession


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("cc-bank"))
    yield running
    running.server.stop()


def _session(bank: Bank, folder: object, role: str) -> AppSession:
    branch = bank.teller_branch()
    username = user_of(bank, role, None if role == "call_centre_agent" else branch)
    return station(folder, bank, username, [branch], f"{role} desk")  # type: ignore[arg-type]


@pytest.fixture
def agent_window(
    app: QApplication, qtbot: QtBot, bank: Bank, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MainWindow]:
    opened = _session(bank, tmp_path_factory.mktemp("cc-ws") / "profile", "call_centre_agent")
    try:
        with live_window(app, qtbot, opened) as win:
            yield win
    finally:
        opened.close()


def _caller(bank: Bank) -> tuple[str, str, str]:
    """A customer of the teller's branch with an RM, interactions of more than one channel
    and a phone whose last 4 digits no other
    customer's phone ends with: their number, the 4 digits, the RM's id (hex)."""
    rows = bank.query(
        "SELECT c.customer_number, p.value, hex(c.owning_rm_id) FROM customer c "
        "JOIN contact_point p ON p.customer_id = c.id JOIN branch b ON b.id = c.home_branch_id "
        "WHERE p.kind = 'phone' AND p.deleted = 0 AND c.owning_rm_id IS NOT NULL AND b.code = ? "
        "AND (SELECT count(DISTINCT channel) FROM interaction i WHERE i.customer_id = c.id) > 1 "
        "ORDER BY c.customer_number",
        bank.teller_branch(),
    )
    every = [phone_digits(str(v)) for (v,) in bank.query("SELECT value FROM contact_point")]
    for number, phone, rm in rows:
        tail = phone_digits(str(phone))[-4:]
        if sum(p.endswith(tail) for p in every) == 1:
            return str(number), tail, str(rm)
    raise AssertionError("no caller with a phone tail of their own")


def test_an_agent_finds_a_caller_by_phone_tail_and_books_with_a_referral(
    agent_window: MainWindow, qtbot: QtBot, bank: Bank
) -> None:
    window = agent_window
    tabs = window.findChild(QTabWidget, "homeTabs")
    home = window.findChild(CallersHome)
    assert tabs is not None and home is not None
    assert tabs.currentWidget() is home  # the agent lands on the callers
    assert home.may_book and home.may_refer  # the permission table lets the agent do both
    number, tail, rm_hex = _caller(bank)

    home.phone.setFocus()
    qtbot.keyClicks(home.phone, tail)
    qtbot.keyClick(home.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: home.file is not None and home.file.customer_number == number, timeout=20_000
    )
    assert "Callers (1)" in tabs.tabText(tabs.currentIndex())
    file = home.file
    assert file is not None and file.interactions  # every channel's, newest first
    assert len({i.channel for i in file.interactions}) > 1
    times = [i.occurred_at for i in file.interactions]
    assert times == sorted(times, reverse=True)
    assert file.rms and file.rms[0].owns and file.rms[0].rm_id.hex.upper() == rm_hex
    assert home.slots.rowCount() > 0
    slot = home.current_slot()
    assert slot is not None

    home.product.setCurrentIndex(1)
    home.value.setText("50000")
    home.notes.setText("asked about a mortgage on the phone")
    home.purpose.setText("Mortgage advice")
    qtbot.keyClick(home, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: home.last_booking is not None, timeout=10_000)
    assert "saved locally" in home.status.text()
    booking = home.last_booking
    assert booking is not None
    referral_id = attached_referral_id(booking.row_id)

    def server_holds_both() -> bool:
        appointment = bank.query(
            "SELECT channel, hex(rm_id), purpose FROM appointment WHERE id = ?",
            booking.row_id.bytes,
        )
        referral = bank.query(
            "SELECT hex(assigned_to_id), stage, expected_value, notes FROM referral WHERE id = ?",
            referral_id.bytes,
        )
        return bool(appointment and referral) and (
            appointment[0] == ("call_centre", slot.rm_id.hex.upper(), "Mortgage advice")
            and referral[0][0] == slot.rm_id.hex.upper()
            and referral[0][1] == "new"
            and "mortgage" in str(referral[0][3])
        )

    qtbot.waitUntil(server_holds_both, timeout=30_000)
    qtbot.waitUntil(lambda: window.workspace.status.status().pending == 0, timeout=30_000)
    assert window.workspace.status.status().conflicts == 0  # nothing refused
    assert uuid.UUID(int=0) != referral_id


def test_the_branch_manager_lands_on_the_branchs_week(
    app: QApplication, qtbot: QtBot, bank: Bank, tmp_path_factory: pytest.TempPathFactory
) -> None:
    opened = _session(bank, tmp_path_factory.mktemp("bm-ws") / "profile", "branch_manager")
    try:
        with live_window(app, qtbot, opened) as window:
            tabs = window.findChild(QTabWidget, "homeTabs")
            home = window.findChild(BranchWeekHome)
            assert tabs is not None and home is not None and tabs.currentWidget() is home
            qtbot.waitUntil(lambda: home.figures() is not None, timeout=20_000)
            numbers = home.figures()
            assert numbers is not None
            models = home.models
            assert numbers.appointments == models.appointments.rowCount() == sum(numbers.per_day)
            assert numbers.kyc_overdue == models.kyc.rowCount()
            assert numbers.tasks_overdue == models.tasks.rowCount()
            assert sum(numbers.stage_counts) == sum(
                models.stages.row_at(r).count for r in range(models.stages.rowCount())
            )
            assert f"{numbers.kyc_overdue:,} KYC reviews overdue" in home.headline.text()
            assert home.lists.tabText(3) == f"KYC overdue ({numbers.kyc_overdue:,})"
            assert home.stage_chart.chart().series() and home.day_chart.chart().series()
    finally:
        opened.close()
