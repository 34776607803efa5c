"""The simple counter forms: log an interaction, edit contact data, create a follow-up task."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from client import counter
from client.counter import Job
from client.customer360.views import Customer360
from client.schema.enums import Channel, ContactKind, InteractionKind
from ui.terms import term
from ui.work.form import FormError, WorkDialog


def enum_combo(values: type[InteractionKind] | type[Channel], parent: QWidget) -> QComboBox:
    """A combo of a stored vocabulary, each word in the interface language."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(term(value.value), value)
    return combo


def notes_box(parent: QWidget) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (Ctrl+Enter saves)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(80)
    return box


class InteractionDialog(WorkDialog):
    """Log interaction: kind, channel, subject, notes, outcome."""

    def __init__(self, customer: Customer360, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer.customer_id
        self.setWindowTitle(self.tr("Log interaction — %1").replace("%1", customer.name))
        self.kind = enum_combo(InteractionKind, self)
        self.channel = enum_combo(Channel, self)
        self.subject = QLineEdit(self)
        self.notes = notes_box(self)
        self.outcome = QLineEdit(self)
        for name, widget, text in (
            ("kind", self.kind, self.tr("&Kind")),
            ("channel", self.channel, self.tr("C&hannel")),
            ("subject", self.subject, self.tr("&Subject")),
            ("notes", self.notes, self.tr("&Notes")),
            ("outcome", self.outcome, self.tr("&Outcome")),
        ):
            self.add_field(name, widget)
            self.set_label(name, text)
        self.finish()

    def job(self) -> Job:
        customer_id = self.customer_id
        kind = InteractionKind(self.kind.currentData())
        channel = Channel(self.channel.currentData())
        subject, notes = self.subject.text(), self.notes.toPlainText()
        outcome = self.outcome.text()
        return counter.interaction(
            customer_id, kind, subject, channel=channel, notes=notes, outcome=outcome
        )


class ContactDialog(WorkDialog):
    """Edit contact: a new phone, e-mail or address (blank keeps the current one)."""

    def __init__(self, customer: Customer360, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer.customer_id
        self.setWindowTitle(self.tr("Edit contact — %1").replace("%1", customer.name))
        self.values: dict[ContactKind, QLineEdit] = {}
        labels = {
            ContactKind.PHONE: self.tr("&Phone"),
            ContactKind.EMAIL: self.tr("&E-mail"),
            ContactKind.ADDRESS: self.tr("&Address"),
        }
        current = {c.kind: c.value for c in sorted(customer.contacts, key=lambda c: c.is_primary)}
        for kind, text in labels.items():
            edit = QLineEdit(self)
            edit.setPlaceholderText(current.get(kind.value, ""))
            self.values[kind] = edit
            self.add_field(kind.value, edit)
            self.set_label(kind.value, text)
        self.note.setText(self.tr("Leave a field blank to keep what the customer has."))
        self.note.show()
        self.finish()

    def job(self) -> Job:
        customer_id = self.customer_id
        changes = {kind: edit.text() for kind, edit in self.values.items() if edit.text().strip()}
        if not changes:
            raise FormError("phone", self.tr("Fill in at least one of phone, e-mail, address."))
        return counter.contact(customer_id, changes)


class TaskDialog(WorkDialog):
    """Create follow-up task: title and due date (a week from today unless changed)."""

    def __init__(self, customer: Customer360, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer.customer_id
        self.setWindowTitle(self.tr("Follow-up task — %1").replace("%1", customer.name))
        self.title = QLineEdit(self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(7))
        self.add_field("title", self.title)
        self.set_label("title", self.tr("&Title"))
        self.add_field("due date", self.due)
        self.set_label("due date", self.tr("&Due on"))
        self.finish()

    def job(self) -> Job:
        customer_id = self.customer_id
        title = self.title.text()
        due: date = self.due.date().toPython()  # type: ignore[assignment]
        return counter.task(customer_id, title, due)
