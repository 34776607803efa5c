"""The RM's "My pipeline": the referrals passed to them, by stage, moved from the keyboard.

A thin view over `ui.models.pipeline`; the lines come from `client.pipeline` in the
cache-reading thread and a move is a write op (`client.pipeline.save_move`: the edit and
its outbox entry in one transaction, then uploaded). Keys: Alt+S the stage shown, Alt+L
the filter, Ctrl+Right the next stage, Ctrl+Left the one before, Ctrl+Shift+W won,
Ctrl+Shift+L lost (won and lost ask for the outcome in a small dialog), Enter opens the
customer's 360. The moves are offered only when the permission table lets the role update
a referral (`client.pipeline.may_move`), as the server's push checks.
"""

from __future__ import annotations

import uuid
from functools import partial

import shiboken6
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from client.errors import GuitaiError
from client.outbox import Edit
from client.pipeline import (
    STAGES,
    PipelineLine,
    load_pipeline,
    may_move,
    next_stage,
    previous_stage,
    save_move,
)
from client.schema.base import utcnow
from client.schema.enums import ReferralStage
from ui.homes.page import (
    HomePage,
    filter_box,
    focus_list,
    into_table,
    keyed_actions,
    list_page_layout,
    list_table,
    plain_error,
)
from ui.models.pipeline import DAYS, NAME, STAGE, PipelineFilter, PipelineModel
from ui.tasks import ReadOp, WriteOp, refusals
from ui.terms import term
from ui.work.form import plain_reason
from ui.workspace import Workspace

KEY = "my-pipeline"
MOVES = {
    "next": "Ctrl+Right",
    "previous": "Ctrl+Left",
    "won": "Ctrl+Shift+W",
    "lost": "Ctrl+Shift+L",
}
"""Each move and its key."""


class OutcomeDialog(QDialog):
    """Asks how a referral ended (won or lost); OK only once something is written."""

    def __init__(self, line: PipelineLine, stage: ReferralStage, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.line, self.stage = line, stage
        won = stage is ReferralStage.WON
        self.setWindowTitle(
            (self.tr("Won — %1") if won else self.tr("Lost — %1")).replace(
                "%1", f"{line.customer_name} ({line.customer_number})"
            )
        )
        self.prompt = QLabel(
            self.tr("What did the customer take up?") if won else self.tr("Why was it lost?"),
            self,
        )
        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setMaxLength(500)
        self.prompt.setBuddy(self.outcome)
        self.error = QLabel(self)
        self.error.setObjectName("outcomeError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mark as won") if won else self.tr("Mark as lost"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.outcome.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        if self.outcome.text().strip():
            self.accept()

    def text(self) -> str:
        return self.outcome.text().strip()


class PipelineHome(HomePage):
    """The stage chooser, the filter, the table, the moves (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("pipelineHome")
        self.model = PipelineModel(self)
        self.shown = PipelineFilter(self.model, self)
        self.dialog: OutcomeDialog | None = None
        self._said = ""
        """The last move's outcome, said before the summary until the next one."""
        self._select: uuid.UUID | None = None
        """The referral to select once the list is read again (the one just moved)."""
        self.stage = QComboBox(self)
        self.stage.setObjectName("pipelineStage")
        self.stage.addItem("", None)
        for stage in STAGES:
            self.stage.addItem("", stage)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.stage_label = QLabel(self)
        self.stage_label.setBuddy(self.stage)
        self.filter, self.filter_label = filter_box(self, "pipelineFilter", self._filter_changed)
        self.table = list_table(self, "pipelineTable", self.shown, STAGE, {NAME: 160, DAYS: 110})
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._offer())
        self.filter.returnPressed.connect(self._into_table)

        self.allowed = may_move(workspace.role)
        self.moves, self.buttons, buttons = keyed_actions(
            self, MOVES, self.move_current, "pipeline"
        )
        self.status.setObjectName("pipelineStatus")
        row = QHBoxLayout()
        row.addWidget(self.stage_label)
        row.addWidget(self.stage)
        row.addSpacing(12)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        list_page_layout(self, row, self.table, buttons, self.status)
        self.setTabOrder(self.stage, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.retranslate()
        self._offer()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        rm_id = self.user_id
        if self.no_user() or rm_id is None:
            return
        self.workspace.tasks.read(
            ReadOp(
                partial(load_pipeline, rm_id=rm_id),
                success=self.show_lines,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the RM's pipeline",
            )
        )

    def show_lines(self, lines: tuple[PipelineLine, ...]) -> None:
        current = self.current_line()
        keep = self._select or (current.referral_id if current is not None else None)
        self._select = None
        self.model.set_lines_at(lines, utcnow())
        self.loaded_at = utcnow()
        if keep is not None:
            self.select(keep)
        self._fill_stages()
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.shown.rowCount())
        self.loaded.emit()

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.shown.rowCount()

    def focus_first(self) -> None:
        focus_list(self.table)

    def current_line(self) -> PipelineLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        line = self.shown.line_at(index.row())
        return line if isinstance(line, PipelineLine) else None

    def select(self, referral_id: uuid.UUID) -> bool:
        """Makes the referral the current row (False: not shown)."""
        for row in range(self.shown.rowCount()):
            line = self.shown.line_at(row)
            if line.referral_id == referral_id:
                self.table.setCurrentIndex(self.shown.index(row, 0))
                return True
        return False

    # --- moving -------------------------------------------------------------------------

    def target(self, name: str, line: PipelineLine) -> ReferralStage | None:
        if name == "next":
            return next_stage(line.stage)
        if name == "previous":
            return previous_stage(line.stage)
        if not line.stage.is_open:
            return None
        return ReferralStage.WON if name == "won" else ReferralStage.LOST

    def move_current(self, name: str) -> None:
        """Moves the current referral (won and lost first ask for the outcome)."""
        line = self.current_line()
        if not self.allowed or line is None:
            return
        stage = self.target(name, line)
        if stage is None:
            self._said = self._cannot_move(line)
            self.status.setText(self._said)
            return
        if stage.is_open:
            self._save(line, stage, "")
            return
        dialog = OutcomeDialog(line, stage, self)
        dialog.accepted.connect(lambda: self._save(line, stage, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        self.dialog = dialog
        dialog.open()

    def _back_from_dialog(self) -> None:
        """The keyboard back in the list once the outcome dialog closes."""
        self.activateWindow()
        self.table.setFocus()

    def _save(self, line: PipelineLine, stage: ReferralStage, outcome: str) -> None:
        referral_id = line.referral_id
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: save_move(cache, referral_id, stage, outcome),
                success=lambda edit: self._moved(line, stage, edit),
                error=refusals(self._refused),
                customers=frozenset({line.customer_id}),
                what="moving a referral",
            )
        )

    def _moved(self, line: PipelineLine, stage: ReferralStage, edit: Edit) -> None:
        self._select = line.referral_id
        self._said = (
            self.tr("%1 moved to %2 — saved locally, waiting to upload.")
            .replace("%1", f"{line.customer_name} ({line.customer_number})")
            .replace("%2", term(stage.value))
        )
        self.status.setText(self._said)
        self.reload()

    def _refused(self, problem: str | GuitaiError) -> None:
        if not shiboken6.isValid(self):
            return
        text = plain_reason(problem) if isinstance(problem, GuitaiError) else problem
        self._said = self.tr("Not moved: %1").replace("%1", text)
        self.status.setText(self._said)

    def _cannot_move(self, line: PipelineLine) -> str:
        if not line.stage.is_open:
            return self.tr("This referral is closed (%1): it stays where it is.").replace(
                "%1", term(line.stage.value)
            )
        return self.tr("A new referral has no stage before it.")

    def _offer(self) -> None:
        line = self.current_line()
        for name, action in self.moves.items():
            enabled = self.allowed and line is not None and self.target(name, line) is not None
            action.setEnabled(enabled)
            self.buttons[name].setEnabled(enabled)
            self.buttons[name].setVisible(self.allowed)

    # --- the rest -----------------------------------------------------------------------

    def _into_table(self) -> None:
        into_table(self.table)

    def _stage_changed(self) -> None:
        stage = self.stage.currentData()
        self.shown.set_stage(stage if isinstance(stage, ReferralStage) else None)
        self._after_filter()

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.shown.rowCount())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.shown.line_at(index.row()).customer_number)

    def _counts(self) -> dict[ReferralStage, tuple[int, float]]:
        counts: dict[ReferralStage, tuple[int, float]] = {}
        for row in range(self.model.rowCount()):
            line = self.model.line_at(row)
            number, value = counts.get(line.stage, (0, 0.0))
            counts[line.stage] = (number + 1, value + float(line.value))
        return counts

    def _fill_stages(self) -> None:
        counts = self._counts()
        self.stage.setItemText(
            0, self.tr("All stages (%1)").replace("%1", f"{self.model.rowCount():,}")
        )
        for index, stage in enumerate(STAGES, start=1):
            number = counts.get(stage, (0, 0.0))[0]
            self.stage.setItemText(index, f"{term(stage.value)} ({number:,})")

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        counts = self._counts()
        parts = [
            f"{term(stage.value)} {counts[stage][0]:,} · {counts[stage][1]:,.0f}"
            for stage in STAGES
            if stage in counts
        ]
        summary = self.tr("By stage (count · value in CNY): %1.").replace(
            "%1", "; ".join(parts) or "—"
        )
        said = f"{self._said} " if self._said else ""
        self.status.setText(f"{said}{summary} {self.synced_text()}")

    def retranslate(self) -> None:
        self.stage_label.setText(self.tr("&Stage"))
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Customer, name, product or who referred"))
        texts = {
            "next": self.tr("Next stage ▶"),
            "previous": self.tr("◀ Stage before"),
            "won": self.tr("Won…"),
            "lost": self.tr("Lost…"),
        }
        for name, text in texts.items():
            keys = QKeySequence(MOVES[name]).toString(QKeySequence.SequenceFormat.NativeText)
            self.buttons[name].setText(f"{text} ({keys})")
            self.moves[name].setText(text)
        self.model.refresh()
        if self.loaded_at is not None:
            self._fill_stages()
            self._fill_status()
