"""The frame of every work dialog: labelled fields with inline errors, Save and Cancel."""

from __future__ import annotations

import itertools
import re

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

from client.outbox import Edit
from ui.work.runner import Job

REASONS = (
    ("please fill it in", QT_TRANSLATE_NOOP("WorkForm", "Please fill this in.")),
    ("is not an e-mail address", QT_TRANSLATE_NOOP("WorkForm", "This is not an e-mail address.")),
    ("has no digits", QT_TRANSLATE_NOOP("WorkForm", "A phone number needs digits.")),
    ("is in the past", QT_TRANSLATE_NOOP("WorkForm", "This date is in the past.")),
    ("is not an amount", QT_TRANSLATE_NOOP("WorkForm", "This is not an amount.")),
    ("must be zero or more", QT_TRANSLATE_NOOP("WorkForm", "The amount must be zero or more.")),
    (
        "choose the segment you suggest instead",
        QT_TRANSLATE_NOOP("WorkForm", "Choose the segment you suggest instead."),
    ),
    (
        "the RM is already booked",
        QT_TRANSLATE_NOOP(
            "WorkForm", "The RM is already booked at that time; choose another slot."
        ),
    ),
)
"""Known reasons of the core's messages and their plain words (context WorkForm)."""

LIMIT = re.compile(r"at most (\d+) characters")


def plain_reason(reason: str) -> str:
    """The core's reason for refusing a value, in the interface language where known."""
    for pattern, words in REASONS:
        if pattern in reason:
            return QCoreApplication.translate("WorkForm", str(words))
    limit = LIMIT.search(reason)
    if limit:
        return QCoreApplication.translate("WorkForm", "Too long: at most %1 characters.").replace(
            "%1", limit.group(1)
        )
    return reason


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

    def show_error(self, message: str) -> None:
        """Shows a refusal next to the field it names, else above the buttons."""
        field, sep, reason = message.partition(": ")
        if sep and field in self.errors:
            self._show(self.errors[field], plain_reason(reason))
        else:
            self._show(self.general_error, plain_reason(message))

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
