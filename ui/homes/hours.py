"""The RM's "Set my working hours" dialog (from "My calendar", Alt+H).

The weekly hours ("mon-fri 09:00-12:00,13:30-17:00"; groups joined by ";") and the length of
a bookable slot, sent to the server (`sync.engine.my_hours`, a network op: online only).
The server stores them and makes the RM's available blocks of the coming weeks anew; they
reach this computer by the next sync, which the dialog asks for. The hours the server holds
are filled in when the dialog opens. A text the server cannot read is shown under the field
(the server names the character), the dialog staying open.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sync.engine.my_hours import server_hours, set_server_hours
from sync.protocol import MyHoursResponse
from ui.homes.page import plain_error
from ui.tasks import NetworkOp
from ui.workspace import Workspace

DEFAULT_HOURS = "mon-fri 09:00-12:00,13:30-17:00"
DEFAULT_SLOT = 30


class HoursDialog(QDialog):
    """The hours and the slot length; `saved(answer)` once the server holds them."""

    saved = Signal(object)
    """The server's `MyHoursResponse`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursDialog")
        self.workspace = workspace
        self.hours = QLineEdit(self)
        self.hours.setObjectName("hoursText")
        self.hours.setPlaceholderText(DEFAULT_HOURS)
        self.slot = QSpinBox(self)
        self.slot.setObjectName("hoursSlot")
        self.slot.setRange(5, 480)
        self.slot.setSingleStep(5)
        self.slot.setValue(DEFAULT_SLOT)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("hoursError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None  # noqa: S101 - narrows a type for mypy
        ok.setDefault(True)  # Enter in a field sends (once: the field's Enter goes on to it)
        form = QFormLayout()
        self.hours_label = QLabel(self)
        self.hours_label.setBuddy(self.hours)
        self.slot_label = QLabel(self)
        self.slot_label.setBuddy(self.slot)
        form.addRow(self.hours_label, self.hours)
        form.addRow(self.slot_label, self.slot)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._read()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set my working hours"))
        self.hours_label.setText(self.tr("&Hours"))
        self.slot_label.setText(self.tr("&Slot minutes"))
        self.hint.setText(
            self.tr(
                "Days and times, e.g. “mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00”. "
                "Your bookable blocks of the coming weeks are made from them on the server "
                "and arrive here with the next sync."
            )
        )

    def _read(self) -> None:
        engine = self.workspace.online_engine()
        if engine is None:
            self.say(self.tr("Offline: working hours are set on the server; try again online."))
            return
        self.workspace.tasks.network(
            NetworkOp(
                lambda: server_hours(engine),
                success=self._fill,
                error=lambda _exc: None,  # the placeholder stands; sending says what is wrong
                owner=self,
                what="reading the RM's working hours",
            )
        )

    def _fill(self, answer: MyHoursResponse) -> None:
        if not shiboken6.isValid(self) or self.hours.text() or not answer.hours:
            return
        self.hours.setText(answer.hours)
        self.slot.setValue(answer.slot_minutes)

    def send(self) -> None:
        """Sends the hours (the placeholder's when the field is empty)."""
        if not self.buttons.isEnabled():  # sending already
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self.say(self.tr("Offline: working hours are set on the server; try again online."))
            return
        text = self.hours.text().strip() or DEFAULT_HOURS
        slot = self.slot.value()
        self.buttons.setEnabled(False)
        self.error.hide()
        self.workspace.tasks.network(
            NetworkOp(
                lambda: set_server_hours(engine, text, slot),
                success=self._saved,
                error=self._refused,
                owner=self,
                what="setting the RM's working hours",
            )
        )

    def _saved(self, answer: MyHoursResponse) -> None:
        if not shiboken6.isValid(self):
            return
        self.saved.emit(answer)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.buttons.setEnabled(True)
        self.say(self.tr("Not set: %1").replace("%1", plain_error(exc)))

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
