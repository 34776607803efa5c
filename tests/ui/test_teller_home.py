"""The teller's window on a live in-process demo server: it lands on "Today"; a prospect
taken on offline is saved locally, its 360 opens, and it uploads when the server is back;
a new customer whose name matches an existing one in traditional characters with the same
birth date is stopped as a likely duplicate and saved only with a reason (kept); a task due
today is closed from Today and the server then holds it done."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
import zhconv
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from client.capture import not_duplicate_reason
from client.schema.enums import CustomerKind, Lifecycle, OfferStatus, TaskStatus
from client.schema.models import Customer, Offer, Task
from client.store import LocalCache
from client.work import OfferResponse
from tests.ui.live_kit import Live, live_window, open_customer
from ui.models.today import Kind
from ui.teller.items import CloseTaskDialog, OfferResponseDialog, ReassignDialog
from ui.teller.new_customer import NewCustomerDialog
from ui.teller.today import TodayHome
from ui.work import WorkActions
from ui.work.dialogs import TaskDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
REASON = "different person: born in Harbin, other father"


@pytest.fixture
def live(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Live]:
    with live_window(app, qtbot, tmp_path, monkeypatch) as running:
        yield running


def today_of(live: Live) -> TodayHome:
    page = live.window.findChild(TodayHome)
    assert page is not None
    return page


def server_customer(live: Live, number: str) -> Customer | None:
    engine = create_engine(live.server_url)
    try:
        with Session(engine) as session:
            found = session.scalars(
                select(Customer).where(Customer.customer_number == number)
            ).first()
            if found is not None:
                session.expunge(found)
            return found
    finally:
        engine.dispose()


def server_task_status(live: Live, task_id: uuid.UUID) -> str:
    engine = create_engine(live.server_url)
    try:
        with Session(engine) as session:
            return str(session.scalars(select(Task.status).where(Task.id == task_id)).one())
    finally:
        engine.dispose()


def new_customer_dialog(live: Live, qtbot: QtBot) -> NewCustomerDialog:
    """Ctrl+N from wherever the focus is."""
    qtbot.keyClick(live.window, Qt.Key.Key_N, CTRL)
    actions = live.window.findChild(WorkActions)
    assert actions is not None
    qtbot.waitUntil(
        lambda: actions.new_customer.dialog is not None and actions.new_customer.dialog.isVisible()
    )
    dialog = actions.new_customer.dialog
    assert isinstance(dialog, NewCustomerDialog)
    return dialog


def errors_of(dialog: NewCustomerDialog) -> dict[str, str]:
    """The error lines a dialog shows (for a failing test's message)."""
    shown = {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}
    if dialog.general_error.isVisible():
        shown["general"] = dialog.general_error.text()
    return shown


def closed(dialog: object) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def test_the_teller_takes_on_a_prospect_offline_that_then_uploads(live: Live, qtbot: QtBot) -> None:
    window = live.window
    tabs = window.findChild(QTabWidget, "homeTabs")
    page = today_of(live)
    assert tabs is not None and tabs.currentWidget() is page  # the teller lands on Today
    qtbot.waitUntil(lambda: page.loaded_at is not None, timeout=15_000)
    assert tabs.tabText(tabs.indexOf(page)) == f"Today ({page.shown.rowCount()})"
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert tabs.currentWidget() is page

    live.stop_server()
    qtbot.waitUntil(lambda: live.status_text()[0] == "● Offline", timeout=10_000)

    dialog = new_customer_dialog(live, qtbot)
    assert dialog.lifecycle.currentData() == Lifecycle.PROSPECT.value
    qtbot.keyClicks(dialog.national_id, "11010119800307123")
    assert dialog.id_hint.text() == "17 of 18 characters."
    qtbot.keyClicks(dialog.national_id, "1")  # the right one is 9
    assert dialog.id_hint.text() == "✗ The check character should be 9: a character is mistyped."
    qtbot.keyClick(dialog.national_id, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.national_id, "9")
    assert dialog.id_is_valid() and "born 1980-03-07" in dialog.id_hint.text()
    dialog.legal_name.setText("欧阳明远")
    dialog.name_latin.setText("Ouyang Mingyuan")
    qtbot.keyClicks(dialog.mobile, "139 0000 4321")
    qtbot.keyClick(dialog.mobile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog) or bool(errors_of(dialog)), timeout=10_000)
    assert closed(dialog), errors_of(dialog)

    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.name == "欧阳明远",
        timeout=10_000,
    )
    view = window.customer.view
    assert view is not None and view.customer_number.startswith("N")
    assert view.lifecycle == Lifecycle.PROSPECT.value
    assert tabs.currentWidget() is not page  # the 360 is shown
    line = window.customer.sync_lines["customer"]
    qtbot.waitUntil(lambda: "Saved locally" in line.text(), timeout=10_000)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"New prospect {view.customer_number} saved locally")
    )
    assert live.status_text()[1] != "Pending uploads: 0"
    assert server_customer(live, view.customer_number) is None

    live.start_server()
    qtbot.waitUntil(
        lambda: live.status_text() == ("● Online", "Pending uploads: 0", "Conflicts: 0"),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: "Uploaded" in line.text(), timeout=10_000)
    assert "Saved locally" not in line.text()
    held = server_customer(live, view.customer_number)
    assert held is not None and held.lifecycle is Lifecycle.PROSPECT
    assert held.national_id == "110101198003071239" and held.birth_date == date(1980, 3, 7)


def a_customer_with_a_traditional_name(live: Live) -> tuple[str, str, date]:
    """An individual of the cache with a birth date whose name reads differently in
    traditional characters: its number, that traditional name, its birth date."""
    with LocalCache.open(live.window.profile) as cache, cache.read_session() as session:
        rows = session.execute(
            select(Customer.customer_number, Customer.legal_name, Customer.birth_date)
            .where(Customer.kind == CustomerKind.INDIVIDUAL, Customer.birth_date.is_not(None))
            .order_by(Customer.customer_number)
        ).all()
    for number, name, born in rows:
        traditional = zhconv.convert(name, "zh-hant")
        if traditional != name and born is not None:
            return number, traditional, born
    raise AssertionError("no customer with a name that differs in traditional characters")


def test_a_duplicate_by_traditional_name_and_birth_date_stops_the_save_until_a_reason(
    live: Live, qtbot: QtBot
) -> None:
    window = live.window
    number, traditional, born = a_customer_with_a_traditional_name(live)
    dialog = new_customer_dialog(live, qtbot)
    dialog.legal_name.setText(traditional)
    qtbot.keyClicks(dialog.birth_date, born.isoformat())
    qtbot.keyClick(dialog.birth_date, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.duplicates_box.isVisible(), timeout=15_000)
    listed = {d.customer_number: d for d in dialog.duplicates}
    assert number in listed and "same_name_and_birth_date" in listed[number].reasons
    row = [d.customer_number for d in dialog.duplicates].index(number)
    why = dialog.duplicates_model.index(row, 3).data()
    assert "same name and birth date" in why
    assert dialog.save_button.text() == "Save &anyway"
    assert not dialog.save_button.isEnabled()  # a reason first
    assert dialog.reason.hasFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # refused without a reason
    assert dialog.isVisible() and window.customer.view is None

    qtbot.keyClicks(dialog.reason, REASON)
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.name == traditional,
        timeout=10_000,
    )
    view = window.customer.view
    assert view is not None and view.customer_number != number
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        assert not_duplicate_reason(session, view.customer_id) == REASON


def test_a_task_due_today_is_closed_from_today_and_the_server_holds_it_done(
    live: Live, qtbot: QtBot
) -> None:
    window = live.window
    page = today_of(live)
    qtbot.waitUntil(lambda: page.loaded_at is not None, timeout=15_000)
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        number = session.scalars(
            select(Customer.customer_number)
            .where(Customer.home_branch_id == window.workspace.staff.branch_id)  # type: ignore[union-attr]
            .order_by(Customer.customer_number)
        ).first()
    assert number is not None
    window.homes.switch_to("customers")
    open_customer(window, qtbot, number)
    window.customer.setFocus()
    qtbot.keyClick(window.customer, Qt.Key.Key_T, CTRL)
    actions = window.findChild(WorkActions)
    assert actions is not None
    qtbot.waitUntil(lambda: isinstance(actions.dialog, TaskDialog) and actions.dialog.isVisible())
    task_dialog = actions.dialog
    assert isinstance(task_dialog, TaskDialog)
    task_dialog.title.setText("Bring the signed form back")
    task_dialog.due.setDate(QDate.currentDate())
    qtbot.keyClick(task_dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(task_dialog), timeout=10_000)

    def listed() -> bool:
        return any(
            item.kind is Kind.TASK and item.what == "Bring the signed form back"
            for item in page.model.items
        )

    qtbot.waitUntil(listed, timeout=10_000)
    window.activateWindow()  # the teller clicks back into the window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.homes.tabs.currentWidget() is page  # type: ignore[union-attr]
    qtbot.keyClicks(page.filter, "signed form")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.shown.rowCount() == 1
    item = page.current_item()
    assert item is not None and item.kind is Kind.TASK and item.row_id is not None
    assert page.close_button.isEnabled() and not page.respond_button.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: isinstance(page.flows.dialog, CloseTaskDialog))
    close = page.flows.dialog
    assert isinstance(close, CloseTaskDialog)
    qtbot.waitUntil(close.note.hasFocus)
    qtbot.keyClicks(close.note, "form received")
    qtbot.keyClick(close.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(close), timeout=10_000)
    qtbot.waitUntil(lambda: not listed(), timeout=10_000)
    assert "done — saved locally" in page.status.text()
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        task = session.get(Task, item.row_id)
        assert task is not None and task.status is TaskStatus.DONE
    qtbot.waitUntil(
        lambda: server_task_status(live, item.row_id) == TaskStatus.DONE.value,  # type: ignore[arg-type]
        timeout=20_000,
    )

    page.filter.clear()  # the rest of the day: Enter on a row opens its customer's 360
    assert page.shown.rowCount() > 0
    row = next(
        r for r in range(page.shown.rowCount()) if page.shown.item_at(r).customer_number != number
    )
    page.table.setFocus()
    page.table.setCurrentIndex(page.shown.index(row, 0))
    wanted = page.shown.item_at(row).customer_number
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == wanted,
        timeout=10_000,
    )
    assert window.homes.tabs.currentWidget() is not page  # type: ignore[union-attr]


def a_customer_with_an_offer(live: Live) -> tuple[str, uuid.UUID]:
    """A customer of the teller's branch with an offer still to present: number, offer."""
    branch = live.window.workspace.staff.branch_id  # type: ignore[union-attr]
    with LocalCache.open(live.window.profile) as cache, cache.read_session() as session:
        row = session.execute(
            select(Customer.customer_number, Offer.id)
            .join(Offer, Offer.customer_id == Customer.id)
            .where(
                Customer.home_branch_id == branch,
                Offer.deleted.is_(False),
                Offer.status.in_((OfferStatus.SUGGESTED, OfferStatus.PRESENTED)),
                Offer.expires_on >= date.today(),
            )
            .order_by(Customer.customer_number)
        ).first()
    assert row is not None, "the demo bank has no open offer at the teller's branch"
    return row[0], row[1]


def test_from_the_360_an_offer_is_answered_and_a_task_given_to_a_colleague(
    live: Live, qtbot: QtBot
) -> None:
    window = live.window
    actions = window.findChild(WorkActions)
    assert actions is not None
    number, offer_id = a_customer_with_an_offer(live)
    window.homes.switch_to("customers")
    view = open_customer(window, qtbot, number)
    assert any(o.offer_id == offer_id for o in view.active_offers)

    customer = window.customer
    customer.activity.setCurrentWidget(customer.offers_table)
    row = [o.offer_id for o in view.active_offers].index(offer_id)
    customer.offers_table.setCurrentIndex(customer.offers_model.index(row, 0))
    customer.offers_table.setFocus()
    assert actions.teller_actions["offer_response"] in customer.offers_table.actions()
    qtbot.keyClick(customer.offers_table, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(actions.items.dialog, OfferResponseDialog))
    answer = actions.items.dialog
    assert isinstance(answer, OfferResponseDialog)
    qtbot.waitUntil(answer.isVisible)
    answer.choices[OfferResponse.ACCEPTED].setChecked(True)
    qtbot.keyClick(answer.choices[OfferResponse.ACCEPTED], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(answer), timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            customer.view is not None
            and all(o.offer_id != offer_id for o in customer.view.active_offers)
        ),
        timeout=10_000,
    )
    with LocalCache.open(window.profile) as cache, cache.read_session() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None and offer.status is OfferStatus.ACCEPTED

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    customer.setFocus()
    qtbot.keyClick(customer, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: isinstance(actions.dialog, TaskDialog) and actions.dialog.isVisible())
    task_dialog = actions.dialog
    assert isinstance(task_dialog, TaskDialog)
    task_dialog.title.setText("Send the card terms")
    qtbot.keyClick(task_dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            customer.view is not None
            and any(t.title == "Send the card terms" for t in customer.view.open_tasks)
        ),
        timeout=10_000,
    )
    assert customer.view is not None
    tasks = [t.title for t in customer.view.open_tasks]
    customer.activity.setCurrentWidget(customer.tasks_table)
    customer.tasks_table.setCurrentIndex(
        customer.tasks_model.index(tasks.index("Send the card terms"), 0)
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    customer.tasks_table.setFocus()
    qtbot.keyClick(customer.tasks_table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(actions.items.dialog, ReassignDialog))
    give = actions.items.dialog
    assert isinstance(give, ReassignDialog)
    qtbot.waitUntil(lambda: give.who.count() > 1, timeout=10_000)
    me = live.session.username
    other = next(i for i in range(give.who.count()) if f"({me})" not in give.who.itemText(i))
    give.who.setCurrentIndex(other)
    colleague = give.who.itemText(other).rsplit(" (", 1)[0]
    qtbot.keyClick(give.who, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(give), timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            customer.view is not None
            and any(
                t.title == "Send the card terms" and t.assigned_to == colleague
                for t in customer.view.open_tasks
            )
        ),
        timeout=10_000,
    )
