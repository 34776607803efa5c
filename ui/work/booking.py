"""Book appointment: an RM of the branch, one of their free 30-minute slots, the purpose."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from client import counter
from client.calendar import FreeSlot
from client.counter import Job
from client.customer360.views import Customer360
from client.lookups import Choice, branch_rms, next_free_slots
from ui import format as fmt
from ui.tasks import ReadOp, TaskManager, refusals
from ui.work.choices import chosen, fill
from ui.work.form import FormError, WorkDialog


class BookingDialog(WorkDialog):
    """Lists the chosen RM's free slots of the next 14 days; the booking stays tentative."""

    def __init__(
        self, customer: Customer360, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.customer_id = customer.customer_id
        self.owning_rm = customer.owning_rm
        self.setWindowTitle(self.tr("Book appointment — %1").replace("%1", customer.name))
        self.rm = QComboBox(self)
        self.slots = QListWidget(self)
        self.slots.setMinimumHeight(180)
        self.purpose = QLineEdit(self)
        for name, widget, text in (
            ("RM", self.rm, self.tr("&RM")),
            ("start", self.slots, self.tr("Free &slot")),
            ("purpose", self.purpose, self.tr("&Purpose")),
        ):
            self.add_field(name, widget)
            self.set_label(name, text)
        self.note.setText(
            self.tr("The booking is tentative until it is uploaded and the server confirms it.")
        )
        self.note.show()
        self.finish()
        self.set_busy(True)
        self.rm.currentIndexChanged.connect(self._rm_changed)
        customer_id = self.customer_id
        tasks.read(
            ReadOp(
                partial(branch_rms, customer_id=customer_id),
                success=self._rms_filled,
                error=refusals(self.show_error),
                owner=self,
                what="reading the branch's RMs",
            )
        )

    def _rms_filled(self, rms: tuple[Choice, ...]) -> None:
        self.rm.blockSignals(True)
        fill(self.rm, rms, self.owning_rm)
        self.rm.blockSignals(False)
        self._rm_changed()

    def _rm_changed(self) -> None:
        self.slots.clear()
        rm_id = self.rm.currentData()
        if not isinstance(rm_id, uuid.UUID):
            self.set_busy(False)
            return
        self.set_busy(True)
        self.tasks.read(
            ReadOp(
                partial(next_free_slots, rm_id=rm_id),
                success=lambda slots: self._slots_filled(rm_id, slots),
                error=refusals(self.show_error),
                owner=self,
                what="reading an RM's free slots",
            )
        )

    def _slots_filled(self, rm_id: uuid.UUID, slots: tuple[FreeSlot, ...]) -> None:
        if rm_id != self.rm.currentData():
            return
        self.slots.clear()
        for slot in slots:
            ends = slot.ends_at.astimezone()
            item = QListWidgetItem(f"{fmt.moment(slot.starts_at)} – {ends:%H:%M}")
            item.setData(Qt.ItemDataRole.UserRole, slot.starts_at)
            self.slots.addItem(item)
        if slots:
            self.slots.setCurrentRow(0)
        else:
            self.slots.addItem(self.tr("No free slot in the next 14 days."))
        self.set_busy(False)

    def job(self) -> Job:
        customer_id = self.customer_id
        rm_id = chosen(self.rm, "RM", self.tr("Choose an RM."))
        item = self.slots.currentItem()
        starts_at = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(starts_at, datetime):
            raise FormError("start", self.tr("Choose a free slot."))
        purpose = self.purpose.text()
        return counter.booking(customer_id, rm_id, starts_at, purpose)
