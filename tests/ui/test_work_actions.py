"""The Work menu: counter edits through keyboard-driven dialogs, saved locally, 360 reloaded."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from client.calendar import free_slots
from client.customer360.views import Customer360
from client.schema.base import utcnow
from client.schema.enums import CalendarBlockKind, Role
from client.schema.local import outbox
from client.schema.models import (
    Appointment,
    CalendarBlock,
    ContactPoint,
    Customer,
    Interaction,
    User,
)
from client.store import LocalCache
from ui.mainwindow import MainWindow
from ui.work import WorkActions
from ui.work.booking import BookingDialog
from ui.work.choices import FeedbackDialog, ReferralDialog
from ui.work.dialogs import ContactDialog, InteractionDialog, TaskDialog
from ui.work.form import WorkDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def actions_of(window: MainWindow) -> WorkActions:
    found = window.findChild(WorkActions)
    assert found is not None
    return found


def outbox_count(window: MainWindow, table: str) -> int:
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        query = select(func.count()).select_from(outbox).where(outbox.c.table_name == table)
        return int(session.execute(query).scalar_one())


def customer_without_future_appointment(window: MainWindow, skip: int = 0) -> str:
    """A customer of a branch with RMs and tellers, with no appointment to come."""
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        upcoming = select(Appointment.customer_id).where(Appointment.ends_at > utcnow())
        rms = select(User.branch_id).where(User.role == Role.RELATIONSHIP_MANAGER)
        numbers = session.scalars(
            select(Customer.customer_number)
            .where(
                Customer.deleted.is_(False),
                Customer.id.not_in(upcoming),
                Customer.home_branch_id.in_(rms),
            )
            .order_by(Customer.customer_number)
            .offset(skip)
            .limit(1)
        ).all()
    assert numbers
    return numbers[0]


def open_customer(window: MainWindow, qtbot: QtBot, number: str) -> Customer360:
    window.open_customer(number)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == number,
        timeout=10_000,
    )
    assert window.customer.view is not None
    return window.customer.view


def open_dialog(window: MainWindow, qtbot: QtBot, key: Qt.Key) -> WorkDialog:
    """Presses Ctrl+key on the 360 and waits for the dialog it opens."""
    actions = actions_of(window)
    window.customer.setFocus()
    qtbot.keyClick(window.customer, key, CTRL)
    qtbot.waitUntil(
        lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=5_000
    )
    assert actions.dialog is not None
    return actions.dialog


def closed(dialog: WorkDialog) -> bool:
    """Closed (and perhaps deleted already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def visible_error(dialog: WorkDialog, field: str) -> QLabel:
    return dialog.errors[field]


def test_the_work_actions_wait_for_a_customer(window: MainWindow, qtbot: QtBot) -> None:
    actions = actions_of(window)
    assert set(actions.actions) == {"interaction", "contact", "task", "refer", "book", "feedback"}
    assert actions.actions["interaction"].shortcut().toString() == "Ctrl+I"
    assert not any(a.isEnabled() for a in actions.actions.values())
    open_customer(window, qtbot, customer_without_future_appointment(window))
    assert all(a.isEnabled() for a in actions.actions.values())


def test_logging_an_interaction_shows_it_and_queues_one_upload(
    window: MainWindow, qtbot: QtBot
) -> None:
    uploads: list[int] = []
    window.workspace.localEditSaved.connect(lambda saved: uploads.append(len(saved.edits)))
    view = open_customer(window, qtbot, customer_without_future_appointment(window))
    before = outbox_count(window, "interaction")

    dialog = open_dialog(window, qtbot, Qt.Key.Key_I)
    assert isinstance(dialog, InteractionDialog)
    qtbot.waitUntil(lambda: dialog.kind.hasFocus(), timeout=5_000)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)
    assert dialog.subject.hasFocus()
    qtbot.keyClicks(dialog.subject, "Asked about the wealth account")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.notes, "Wants a brochure")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.outcome, "brochure sent")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)

    def shown() -> bool:
        current = window.customer.view
        return current is not None and any(
            i.subject == "Asked about the wealth account" for i in current.interactions
        )

    qtbot.waitUntil(shown, timeout=10_000)
    assert window.customer.view is not None
    assert window.customer.view.interactions[0].subject == "Asked about the wealth account"
    assert window.customer.view.interactions[0].outcome == "brochure sent"
    assert window.customer.interactions_model.rowCount() == len(window.customer.view.interactions)
    assert outbox_count(window, "interaction") == before + 1
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Saved locally — waiting to upload",
        timeout=5_000,
    )
    assert uploads == [1]
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        row = session.scalars(
            select(Interaction).where(
                Interaction.customer_id == view.customer_id,
                Interaction.subject == "Asked about the wealth account",
            )
        ).one()
        staff = session.get(User, row.user_id)
        assert staff is not None and staff.role == Role.TELLER


def test_an_empty_subject_is_refused_next_to_the_field(window: MainWindow, qtbot: QtBot) -> None:
    open_customer(window, qtbot, customer_without_future_appointment(window))
    before = outbox_count(window, "interaction")
    dialog = open_dialog(window, qtbot, Qt.Key.Key_I)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    error = visible_error(dialog, "subject")
    qtbot.waitUntil(error.isVisible, timeout=5_000)
    assert error.text() == "Please fill this in."
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert outbox_count(window, "interaction") == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)


def test_an_email_without_at_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    view = open_customer(window, qtbot, customer_without_future_appointment(window, skip=1))
    before = outbox_count(window, ContactPoint.__tablename__)
    dialog = open_dialog(window, qtbot, Qt.Key.Key_E)
    assert isinstance(dialog, ContactDialog)
    phone, email, _ = dialog.values.values()
    qtbot.waitUntil(phone.hasFocus, timeout=5_000)
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert email.hasFocus()
    qtbot.keyClicks(email, "counter.test-example.com")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    error = visible_error(dialog, "email")
    qtbot.waitUntil(error.isVisible, timeout=5_000)
    assert error.text() == "This is not an e-mail address."
    assert outbox_count(window, ContactPoint.__tablename__) == before

    email.clear()
    qtbot.keyClicks(email, "counter.test@example.com")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    assert outbox_count(window, ContactPoint.__tablename__) == before + 1
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        emails = session.scalars(
            select(ContactPoint.value).where(
                ContactPoint.customer_id == view.customer_id, ContactPoint.kind == "email"
            )
        ).all()
    assert "counter.test@example.com" in emails


def ensure_free_slots(window: MainWindow, view: Customer360) -> None:
    """Gives every RM of the customer's branch an available block tomorrow if they have none."""
    now = utcnow()
    with LocalCache.open(window.profile) as cache, cache.session() as session:
        customer = session.get(Customer, view.customer_id)
        assert customer is not None
        rms = session.scalars(
            select(User.id).where(
                User.branch_id == customer.home_branch_id,
                User.role == Role.RELATIONSHIP_MANAGER,
            )
        ).all()
        for rm_id in rms:
            if not free_slots(session, rm_id, now, now + timedelta(days=14)):
                start = (now + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
                session.add(
                    CalendarBlock(
                        id=uuid.uuid4(),
                        user_id=rm_id,
                        kind=CalendarBlockKind.AVAILABLE,
                        starts_at=start,
                        ends_at=start + timedelta(hours=2),
                    )
                )


def test_booking_a_free_slot_makes_the_next_appointment(window: MainWindow, qtbot: QtBot) -> None:
    view = open_customer(window, qtbot, customer_without_future_appointment(window, skip=2))
    assert view.next_appointment is None
    ensure_free_slots(window, view)
    before = outbox_count(window, "appointment")

    dialog = open_dialog(window, qtbot, Qt.Key.Key_B)
    assert isinstance(dialog, BookingDialog)
    assert "tentative" in dialog.note.text()
    qtbot.waitUntil(lambda: dialog.slots.currentItem() is not None, timeout=10_000)
    item = dialog.slots.currentItem()
    starts_at = item.data(Qt.ItemDataRole.UserRole)
    assert starts_at is not None
    rm_name = dialog.rm.currentText()
    dialog.purpose.setFocus()
    qtbot.keyClicks(dialog.purpose, "Review the time deposits")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)

    def booked() -> bool:
        current = window.customer.view
        return current is not None and current.next_appointment is not None

    qtbot.waitUntil(booked, timeout=10_000)
    assert window.customer.view is not None
    appointment = window.customer.view.next_appointment
    assert appointment is not None
    assert appointment.starts_at == starts_at
    assert appointment.purpose == "Review the time deposits"
    assert appointment.status == "tentative"
    assert appointment.rm == rm_name
    assert outbox_count(window, "appointment") == before + 1
    qtbot.waitUntil(lambda: "tentative" in window.statusBar().currentMessage(), timeout=5_000)


def test_esc_cancels_and_saves_nothing(window: MainWindow, qtbot: QtBot) -> None:
    open_customer(window, qtbot, customer_without_future_appointment(window))
    before = outbox_count(window, "task")
    dialog = open_dialog(window, qtbot, Qt.Key.Key_T)
    qtbot.keyClicks(dialog.focusWidget(), "Call back about the card")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5_000)
    assert outbox_count(window, "task") == before


def test_a_follow_up_task_shows_among_the_open_tasks(window: MainWindow, qtbot: QtBot) -> None:
    view = open_customer(window, qtbot, customer_without_future_appointment(window, skip=3))
    dialog = open_dialog(window, qtbot, Qt.Key.Key_T)
    assert isinstance(dialog, TaskDialog)
    qtbot.waitUntil(dialog.title.hasFocus, timeout=5_000)
    qtbot.keyClicks(dialog.title, "Send the mortgage offer")
    dialog.due.setDate(QDate.currentDate().addDays(-1))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    error = visible_error(dialog, "due date")
    qtbot.waitUntil(error.isVisible, timeout=5_000)
    assert error.text() == "This date is in the past."

    dialog.due.setDate(QDate.currentDate().addDays(3))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    def shown() -> bool:
        current = window.customer.view
        return current is not None and any(
            t.title == "Send the mortgage offer" for t in current.open_tasks
        )

    qtbot.waitUntil(shown, timeout=10_000)
    assert len(window.customer.view.open_tasks) == len(view.open_tasks) + 1  # type: ignore[union-attr]


def test_a_referral_goes_to_an_rm_of_the_branch(window: MainWindow, qtbot: QtBot) -> None:
    view = open_customer(window, qtbot, customer_without_future_appointment(window, skip=4))
    dialog = open_dialog(window, qtbot, Qt.Key.Key_R)
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(
        lambda: dialog.rm.count() > 0 and dialog.save_button.isEnabled(), timeout=10_000
    )
    product = dialog.product.currentText()
    dialog.expected.setFocus()
    qtbot.keyClicks(dialog.expected, "12x")
    qtbot.keyClick(dialog.expected, Qt.Key.Key_Return)
    error = visible_error(dialog, "expected value")
    qtbot.waitUntil(error.isVisible, timeout=5_000)
    assert error.text() == "This is not an amount."

    dialog.expected.clear()
    qtbot.keyClicks(dialog.expected, "50,000")
    qtbot.keyClick(dialog.expected, Qt.Key.Key_Return)

    def shown() -> bool:
        current = window.customer.view
        return current is not None and len(current.open_referrals) > len(view.open_referrals)

    qtbot.waitUntil(shown, timeout=10_000)
    assert window.customer.view is not None
    assert any(
        r.product in product and r.expected_value == Decimal("50000")
        for r in window.customer.view.open_referrals
    )


def test_segment_feedback_is_queued_for_upload(window: MainWindow, qtbot: QtBot) -> None:
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        number = session.scalars(
            select(Customer.customer_number)
            .where(Customer.segment_id.is_not(None))
            .order_by(Customer.customer_number)
            .limit(1)
        ).one()
    open_customer(window, qtbot, number)
    before = outbox_count(window, "segment_feedback")
    dialog = open_dialog(window, qtbot, Qt.Key.Key_G)
    assert isinstance(dialog, FeedbackDialog)
    qtbot.waitUntil(lambda: dialog.segment_id is not None, timeout=10_000)
    assert not dialog.suggested.isEnabled()
    dialog.verdict.setCurrentIndex(2)
    assert dialog.suggested.isEnabled()
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "Runs a small business too")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    assert outbox_count(window, "segment_feedback") == before + 1


def test_the_work_menu_speaks_chinese(window: MainWindow, qtbot: QtBot) -> None:
    window.switch_language("zh_CN")
    menu = actions_of(window).menu
    qtbot.waitUntil(lambda: menu.title() == "业务(&W)", timeout=5_000)
    assert actions_of(window).actions["interaction"].text() == "记录接触(&I)…"
