"""The frame of every work dialog: labelled fields with inline errors, Save and Cancel."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.counter import Job
from client.errors import GuitaiError
from client.outbox import Edit
from client.reasons import Reason

REASONS: dict[Reason, object] = {
    Reason.REQUIRED: QT_TRANSLATE_NOOP("WorkForm", "Please fill this in."),
    Reason.NOT_EMAIL: QT_TRANSLATE_NOOP("WorkForm", "This is not an e-mail address."),
    Reason.NO_DIGITS: QT_TRANSLATE_NOOP("WorkForm", "A phone number needs digits."),
    Reason.DATE_IN_PAST: QT_TRANSLATE_NOOP("WorkForm", "This date is in the past."),
    Reason.NOT_AMOUNT: QT_TRANSLATE_NOOP("WorkForm", "This is not an amount."),
    Reason.NEGATIVE_AMOUNT: QT_TRANSLATE_NOOP("WorkForm", "The amount must be zero or more."),
    Reason.SUGGEST_SEGMENT: QT_TRANSLATE_NOOP(
        "WorkForm", "Choose the segment you suggest instead."
    ),
    Reason.SLOT_TAKEN: QT_TRANSLATE_NOOP(
        "WorkForm", "The RM is already booked at that time; choose another slot."
    ),
}
"""The plain words (context WorkForm) of the reason codes a form shows; `too_long` below."""


def plain_reason(error: GuitaiError) -> str:
    """The core's refusal of a value in the interface language, by its code; its own
    message for a code without words of the form's."""
    words = REASONS.get(error.code)
    if words is not None:
        return QCoreApplication.translate("WorkForm", str(words))
    limit = error.details.get("limit")
    if error.code is Reason.TOO_LONG and limit is not None:
        return QCoreApplication.translate("WorkForm", "Too long: at most %1 characters.").replace(
            "%1", str(limit)
        )
    return str(error)


class FormError(Exception):
    """A value the dialog itself refuses before asking the core: (field, plain words)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class WorkDialog(QDialog):
    """Rows of fields, each with an error line under it; emits submitted(job) on Save."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.general_error = self._error_label()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_shortcut.activated.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def add_field(self, name: str, widget: QWidget) -> None:
        """Adds a labelled field; `name` is how the core's messages name it."""
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels[name] = label
        error = self._error_label()
        self.errors[name] = error
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)

    def finish(self) -> None:
        """Tab order: the fields top to bottom, then Save and Cancel; focus on the first."""
        chain = [label.buddy() for label in self.labels.values()]
        chain += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def job(self) -> Job:
        """The edit to save, built from the fields; raises FormError for a refused value."""
        raise NotImplementedError

    def submit(self) -> None:
        """Clears old errors and hands the edit over (unless a field is refused here)."""
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        try:
            job = self.job()
        except FormError as exc:
            self._show(self.errors.get(exc.field, self.general_error), exc.message)
            return
        self.set_busy(True)
        self.submitted.emit(job)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, problem: str | BaseException) -> None:
        """Shows a refusal next to the field it names (`GuitaiError.field`), in the words
        of its code, else above the buttons; a plain message above the buttons as it is."""
        if not isinstance(problem, GuitaiError):
            self._show(self.general_error, str(problem))
            return
        label = self.errors.get(problem.field or "", self.general_error)
        self._show(label, plain_reason(problem))

    def _show(self, label: QLabel, text: str) -> None:
        self.set_busy(False)
        label.setText(text)
        label.show()
        for name, error in self.errors.items():
            if error is label:
                self.labels[name].buddy().setFocus()

    def saved(self, edit: Edit | None) -> None:
        """The edit is in the cache: closes the dialog."""
        self.accept()
