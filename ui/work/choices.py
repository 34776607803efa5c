"""The counter forms that pick from the cache: refer to an RM, branch feedback on a segment."""

from __future__ import annotations

import uuid
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from client import counter
from client.counter import Job
from client.customer360.views import Customer360
from client.lookups import (
    Choice,
    ReferralChoices,
    SegmentChoices,
    referral_choices,
    segment_choices,
)
from client.schema.enums import FeedbackVerdict
from ui.tasks import ReadOp, TaskManager, refusals
from ui.work.dialogs import notes_box
from ui.work.form import FormError, WorkDialog


def fill(combo: QComboBox, choices: tuple[Choice, ...], preferred: str | None = None) -> None:
    """Puts the choices in the combo, the `preferred` label selected when present."""
    combo.clear()
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    if preferred:
        combo.setCurrentIndex(max(0, combo.findText(preferred)))


def chosen(combo: QComboBox, field: str, message: str) -> uuid.UUID:
    """The id picked in the combo; FormError(field, message) when there is none."""
    value = combo.currentData()
    if not isinstance(value, uuid.UUID):
        raise FormError(field, message)
    return value


class ReferralDialog(WorkDialog):
    """Refer to an RM: product, RM of the branch, expected value, notes."""

    def __init__(
        self, customer: Customer360, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.customer_id = customer.customer_id
        self.owning_rm = customer.owning_rm
        self.setWindowTitle(self.tr("Refer to an RM — %1").replace("%1", customer.name))
        self.product = QComboBox(self)
        self.rm = QComboBox(self)
        self.expected = QLineEdit(self)
        self.expected.setPlaceholderText("0.00")
        self.notes = notes_box(self)
        for name, widget, text in (
            ("product", self.product, self.tr("&Product")),
            ("RM", self.rm, self.tr("&RM")),
            ("expected value", self.expected, self.tr("&Expected value")),
            ("notes", self.notes, self.tr("&Notes")),
        ):
            self.add_field(name, widget)
            self.set_label(name, text)
        self.finish()
        self.set_busy(True)
        customer_id = self.customer_id
        tasks.read(
            ReadOp(
                partial(referral_choices, customer_id=customer_id),
                success=self._filled,
                error=refusals(self.show_error),
                owner=self,
                what="reading the referral choices",
            )
        )

    def _filled(self, choices: ReferralChoices) -> None:
        fill(self.product, choices.products)
        fill(self.rm, choices.rms, self.owning_rm)
        self.set_busy(False)

    def job(self) -> Job:
        customer_id = self.customer_id
        product_id = chosen(self.product, "product", self.tr("Choose a product."))
        rm_id = chosen(self.rm, "RM", self.tr("Choose the RM to pass the lead to."))
        expected: str | Decimal = self.expected.text()
        notes = self.notes.toPlainText()
        return counter.referral(
            customer_id, product_id, rm_id, expected_value=expected, notes=notes
        )


class FeedbackDialog(WorkDialog):
    """Branch feedback on the customer's segment: verdict, suggested segment, comment."""

    def __init__(
        self, customer: Customer360, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.customer_id = customer.customer_id
        self.segment_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Segment feedback — %1").replace("%1", customer.name))
        self.segment = QLabel(customer.segment or "—", self)
        self.verdict = QComboBox(self)
        for verdict, text in (
            (FeedbackVerdict.AGREE, self.tr("Agree")),
            (FeedbackVerdict.DISAGREE, self.tr("Disagree")),
            (FeedbackVerdict.SUGGEST_OTHER, self.tr("Suggest another segment")),
            (FeedbackVerdict.WATCH, self.tr("Watch: right for now, keep an eye on it")),
        ):
            self.verdict.addItem(text, verdict)
        self.suggested = QComboBox(self)
        self.comment = notes_box(self)
        self.form.addRow(self.tr("Segment"), self.segment)
        for name, widget, text in (
            ("verdict", self.verdict, self.tr("&Verdict")),
            ("suggested segment", self.suggested, self.tr("S&uggested segment")),
            ("comment", self.comment, self.tr("&Comment")),
        ):
            self.add_field(name, widget)
            self.set_label(name, text)
        self.verdict.currentIndexChanged.connect(self._verdict_changed)
        self._verdict_changed()
        self.finish()
        self.set_busy(True)
        customer_id = self.customer_id
        tasks.read(
            ReadOp(
                partial(segment_choices, customer_id=customer_id),
                success=self._filled,
                error=refusals(self.show_error),
                owner=self,
                what="reading the segments",
            )
        )

    def _verdict_changed(self) -> None:
        self.suggested.setEnabled(self.verdict.currentData() == FeedbackVerdict.SUGGEST_OTHER)

    def _filled(self, choices: SegmentChoices) -> None:
        fill(self.suggested, choices.others)
        if choices.current is None:
            self.show_error(self.tr("Head office has not put this customer in a segment."))
            self.set_busy(True)
            return
        self.segment_id = choices.current.id
        self.segment.setText(choices.current.label)
        self.set_busy(False)

    def job(self) -> Job:
        segment_id = self.segment_id
        if segment_id is None:
            raise FormError("verdict", self.tr("This customer has no segment."))
        customer_id = self.customer_id
        verdict = FeedbackVerdict(self.verdict.currentData())
        suggested = None
        if verdict is FeedbackVerdict.SUGGEST_OTHER:
            message = self.tr("Choose the segment you suggest instead.")
            suggested = chosen(self.suggested, "suggested segment", message)
        comment = self.comment.toPlainText()
        return counter.feedback(
            customer_id, segment_id, verdict, suggested_segment_id=suggested, comment=comment
        )
