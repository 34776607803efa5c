"""Close or reassign a task, record an offer's response: from Today and from the 360.

`ItemFlows` opens the small dialog of each (`CloseTaskDialog`, `ReassignDialog`,
`OfferResponseDialog`) and saves what it says as a write op of the task layer
(`client.teller.close`, `reassign`, `respond`: the edit and its outbox entry in one local
transaction, then uploaded by the sync); the workspace's `localEditSaved` then reloads the
360 and Today. `said(text)` tells the caller what was saved (its status line shows it).
What is offered follows the permission table (`client.teller.may_*`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from client import teller
from client.errors import GuitaiError
from client.lookups import Choice
from client.work import OfferResponse
from ui.tasks import ReadOp, WriteOp, refusals
from ui.work.form import plain_reason
from ui.workspace import Workspace


@dataclass(frozen=True)
class TaskRef:
    """A task as a list shows it: enough to act on it and to say so."""

    task_id: uuid.UUID
    customer_id: uuid.UUID
    title: str


@dataclass(frozen=True)
class OfferRef:
    offer_id: uuid.UUID
    customer_id: uuid.UUID
    product: str


def problem_text(problem: str | GuitaiError) -> str:
    return plain_reason(problem) if isinstance(problem, GuitaiError) else str(problem)


class ItemDialog(QDialog):
    """A title line, a form, an error line, OK and Cancel; OK emits `submitted`."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None  # noqa: S101 - narrows a type for mypy
        self.ok = ok
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self.error.hide()
        self.ok.setEnabled(False)
        self.submitted.emit()

    def show_error(self, problem: str | GuitaiError) -> None:
        self.error.setText(problem_text(problem))
        self.error.show()
        self.ok.setEnabled(True)


class CloseTaskDialog(ItemDialog):
    """Mark a task done, with the outcome as a note (kept in the audit trail)."""

    def __init__(self, task: TaskRef, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("closeTaskDialog")
        self.setWindowTitle(self.tr("Close task"))
        self.heading.setText(self.tr("Mark “%1” as done.").replace("%1", task.title))
        self.note = QLineEdit(self)
        self.note.setObjectName("closeTaskNote")
        self.note.setPlaceholderText(self.tr("What came of it (optional)"))
        label = QLabel(self.tr("&Outcome"), self)
        label.setBuddy(self.note)
        self.form.addRow(label, self.note)
        self.ok.setText(self.tr("&Done"))
        self.note.returnPressed.connect(self.submit)
        self.note.setFocus()


class ReassignDialog(ItemDialog):
    """Give a task to another active member of staff of the branch."""

    def __init__(self, task: TaskRef, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign task"))
        self.heading.setText(self.tr("Give “%1” to:").replace("%1", task.title))
        self.who = QComboBox(self)
        self.who.setObjectName("reassignWho")
        label = QLabel(self.tr("&Staff member"), self)
        label.setBuddy(self.who)
        self.form.addRow(label, self.who)
        self.ok.setText(self.tr("&Reassign"))
        self.ok.setEnabled(False)
        self.who.setFocus()

    def fill(self, people: tuple[Choice, ...]) -> None:
        self.who.clear()
        for person in people:
            self.who.addItem(person.label, person.id)
        self.ok.setEnabled(bool(people))
        if not people:
            self.show_error(self.tr("Nobody else of the branch is in this computer's copy."))
            self.ok.setEnabled(False)

    def chosen(self) -> uuid.UUID | None:
        value = self.who.currentData()
        return value if isinstance(value, uuid.UUID) else None


RESPONSES = (
    OfferResponse.PRESENTED,
    OfferResponse.ACCEPTED,
    OfferResponse.DECLINED,
    OfferResponse.LATER,
)


class OfferResponseDialog(ItemDialog):
    """What the customer said to an offer: presented, accepted, declined, later."""

    def __init__(self, offer: OfferRef, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("offerResponseDialog")
        self.setWindowTitle(self.tr("Offer response"))
        self.heading.setText(
            self.tr("What did the customer say to “%1”?").replace("%1", offer.product)
        )
        self.group = QButtonGroup(self)
        texts = {
            OfferResponse.PRESENTED: self.tr("&Presented (no answer yet)"),
            OfferResponse.ACCEPTED: self.tr("&Accepted"),
            OfferResponse.DECLINED: self.tr("De&clined"),
            OfferResponse.LATER: self.tr("&Later (show it again)"),
        }
        self.choices: dict[OfferResponse, QRadioButton] = {}
        for response in RESPONSES:
            button = QRadioButton(texts[response], self)
            button.setObjectName(f"response_{response.value}")
            self.group.addButton(button)
            self.choices[response] = button
            self.form.addRow(button)
        self.choices[OfferResponse.PRESENTED].setChecked(True)
        self.choices[OfferResponse.PRESENTED].setFocus()
        self.ok.setText(self.tr("&Record"))

    def response(self) -> OfferResponse:
        for response, button in self.choices.items():
            if button.isChecked():
                return response
        return OfferResponse.PRESENTED


class ItemFlows(QObject):
    """Opens the dialogs and runs their writes (see the module docstring)."""

    said = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: ItemDialog | None = None

    # --- what is offered --------------------------------------------------------------

    def may_close(self) -> bool:
        return teller.may_close_task(self.workspace.role)

    def may_reassign(self) -> bool:
        return teller.may_reassign_task(self.workspace.role)

    def may_respond(self) -> bool:
        return teller.may_respond_to_offer(self.workspace.role)

    # --- the flows ----------------------------------------------------------------------

    def _open(self, dialog: ItemDialog) -> ItemDialog:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def close_task(self, task: TaskRef, parent: QWidget) -> CloseTaskDialog | None:
        if not self.may_close():
            return None
        dialog = CloseTaskDialog(task, parent)
        dialog.submitted.connect(lambda: self._close(dialog, task))
        self._open(dialog)
        return dialog

    def _close(self, dialog: CloseTaskDialog, task: TaskRef) -> None:
        note = dialog.note.text()
        self._write(
            dialog,
            partial(teller.close, task_id=task.task_id, note=note),
            task.customer_id,
            self.tr("Task “%1” done — saved locally, waiting to upload").replace("%1", task.title),
        )

    def reassign_task(self, task: TaskRef, parent: QWidget) -> ReassignDialog | None:
        if not self.may_reassign():
            return None
        dialog = ReassignDialog(task, parent)
        dialog.submitted.connect(lambda: self._reassign(dialog, task))
        staff = self.workspace.staff
        self.workspace.tasks.read(
            ReadOp(
                partial(teller.branch_staff, task_id=task.task_id, staff=staff),
                success=dialog.fill,
                error=refusals(dialog.show_error),
                owner=dialog,
                what="reading the branch's staff",
            )
        )
        self._open(dialog)
        return dialog

    def _reassign(self, dialog: ReassignDialog, task: TaskRef) -> None:
        user_id = dialog.chosen()
        if user_id is None:
            dialog.show_error(self.tr("Choose whom to give the task to."))
            return
        who = dialog.who.currentText()
        staff = self.workspace.staff
        self._write(
            dialog,
            partial(teller.reassign, staff=staff, task_id=task.task_id, user_id=user_id),
            task.customer_id,
            self.tr("Task “%1” given to %2 — saved locally, waiting to upload")
            .replace("%1", task.title)
            .replace("%2", who),
        )

    def respond(self, offer: OfferRef, parent: QWidget) -> OfferResponseDialog | None:
        if not self.may_respond():
            return None
        dialog = OfferResponseDialog(offer, parent)
        dialog.submitted.connect(lambda: self._respond(dialog, offer))
        self._open(dialog)
        return dialog

    def _respond(self, dialog: OfferResponseDialog, offer: OfferRef) -> None:
        response = dialog.response()
        self._write(
            dialog,
            partial(
                teller.respond,
                customer_id=offer.customer_id,
                offer_id=offer.offer_id,
                response=response,
            ),
            offer.customer_id,
            self.tr("Response to “%1” recorded — saved locally, waiting to upload").replace(
                "%1", offer.product
            ),
        )

    def _write(
        self, dialog: ItemDialog, run: Callable[..., object], customer: uuid.UUID, done: str
    ) -> None:
        def saved(_: object) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self.said.emit(done)

        self.workspace.tasks.write(
            WriteOp(
                run,
                success=saved,
                error=refusals(lambda problem: self._refused(dialog, problem)),
                customers=frozenset({customer}),
                what="a task or offer edit",
            )
        )

    def _refused(self, dialog: ItemDialog, problem: str | GuitaiError) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_error(problem)
        else:
            self.said.emit(problem_text(problem))
