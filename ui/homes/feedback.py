"""Head office's "Feedback": the branches' word on the customers' segments, answered from the
keyboard.

The list is the server's (`sync.engine.feedback.server_feedback`, a network op: online
only; the GUI thread never waits), per segment and branch: the customer, the branch, the
customer's segment now, what the branch said (agree, wrong, wrong: should be X, watch) and
why, who and when, head office's answer. Alt+S shows open, answered or all feedback, Alt+L
filters by typed words, Enter opens the customer's 360. Ctrl+Shift+A (accept) and
Ctrl+Shift+R (reject) open `AnswerDialog`: the answer and a reply for the branch, sent to the
server (`sync.engine.feedback.answer_feedback`); an accepted "should be X" moves the customer
there and keeps them there whatever the rules say, until head office lifts it (`guitai-server
feedback lift`). The branch's workstations pull the answer and show it in the 360.

Offered only to a role the server answers (`client.schema.permissions.feedback_answer_reach`:
head office); the tab's title counts the rows shown.
"""

from __future__ import annotations

import uuid
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from client.schema.base import utcnow
from client.schema.enums import FeedbackVerdict
from client.schema.permissions import Reach, feedback_answer_reach
from sync.engine.feedback import answer_feedback, server_feedback
from sync.feedback_protocol import (
    MAX_FEEDBACK,
    REPLY_LIMIT,
    FeedbackAnswerResponse,
    FeedbackLine,
    FeedbackListResponse,
    FeedbackShown,
)
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
from ui.models.feedback import CUSTOMER, NAME, REASON, SEGMENT, FeedbackFilter, FeedbackModel
from ui.tasks import NetworkOp
from ui.terms import term
from ui.workspace import Workspace

KEY = "head-office-feedback"
ANSWERS = {"accept": "Ctrl+Shift+A", "reject": "Ctrl+Shift+R"}
"""Each answer and its key."""
SHOWN = (FeedbackShown.OPEN, FeedbackShown.ANSWERED, FeedbackShown.ALL)


def may_answer(role: str | None) -> bool:
    """Whether `role` reads and answers the feedback (the server's own check)."""
    return role is not None and feedback_answer_reach(role) is not Reach.NONE


def said(line: FeedbackLine) -> str:
    """What the branch said, in words."""
    if line.verdict == FeedbackVerdict.SUGGEST_OTHER:
        return QCoreApplication.translate("FeedbackHome", "wrong, should be %1").replace(
            "%1", line.suggested or "?"
        )
    return term(line.verdict)


class AnswerDialog(QDialog):
    """Accept or reject one feedback, with a reply; `answered(response)` once the server
    holds it (the dialog then closes; a refusal is shown in it, the dialog staying open)."""

    answered = Signal(object)
    """The server's `FeedbackAnswerResponse`."""

    def __init__(
        self, workspace: Workspace, line: FeedbackLine, accept: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackAnswerDialog")
        self.workspace = workspace
        self.line = line
        who = (
            f"{line.customer_name or ''} ({line.customer_number})"
            if line.customer_number
            else self.tr("the whole segment %1").replace("%1", line.segment)
        )
        self.setWindowTitle(self.tr("Answer the feedback — %1").replace("%1", who))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            self.tr("%1 (%2) said of %3: %4. Reason: %5")
            .replace("%1", line.user)
            .replace("%2", line.branch)
            .replace("%3", line.segment)
            .replace("%4", said(line))
            .replace("%5", line.reason or "—")
        )
        self.accept_choice = QRadioButton(self.tr("&Accept"), self)
        self.accept_choice.setObjectName("answerAccept")
        self.reject_choice = QRadioButton(self.tr("&Reject"), self)
        self.reject_choice.setObjectName("answerReject")
        (self.accept_choice if accept else self.reject_choice).setChecked(True)
        self.effect = QLabel(self)
        self.effect.setWordWrap(True)
        self.reply_label = QLabel(self.tr("Re&ply to the branch"), self)
        self.reply = QPlainTextEdit(self)
        self.reply.setObjectName("answerReply")
        self.reply.setTabChangesFocus(True)
        self.reply_label.setBuddy(self.reply)
        self.error = QLabel(self)
        self.error.setObjectName("answerError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None  # noqa: S101 - narrows a type for mypy
        self.ok = ok
        self.ok.setText(self.tr("Send the answer"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.reply.textChanged.connect(self._changed)
        self.accept_choice.toggled.connect(lambda _on: self._changed())
        send = QAction(self)
        send.setShortcut(QKeySequence("Ctrl+Return"))
        send.triggered.connect(self.send)
        self.addAction(send)
        choices = QHBoxLayout()
        choices.addWidget(self.accept_choice)
        choices.addWidget(self.reject_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        layout.addWidget(self.effect)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.reply)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self._changed()
        self.reply.setFocus()

    def accepting(self) -> bool:
        return self.accept_choice.isChecked()

    def text(self) -> str:
        return self.reply.toPlainText().strip()

    def _changed(self) -> None:
        moves = self.line.verdict == FeedbackVerdict.SUGGEST_OTHER and self.line.customer_number
        if self.accepting() and moves:
            effect = self.tr(
                "The customer moves to %1 at once and stays there whatever the rules say, "
                "until head office lifts it."
            ).replace("%1", self.line.suggested or "?")
        elif self.accepting():
            effect = self.tr("The branch reads that head office agrees; nobody moves.")
        else:
            effect = self.tr("The customer stays where the rules put them.")
        self.effect.setText(effect + " " + self.tr("Ctrl+Enter sends."))
        length = len(self.text())
        self.ok.setEnabled(0 < length <= REPLY_LIMIT and self.buttons.isEnabled())

    def send(self) -> None:
        """Sends the answer (once a reply is written)."""
        text = self.text()
        if not self.buttons.isEnabled() or not text or len(text) > REPLY_LIMIT:
            if not text:
                self.say(self.tr("Write a reply for the branch first."))
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self.say(self.tr("Offline: head office answers on the server; try again online."))
            return
        accept, feedback_id = self.accepting(), self.line.id
        self.buttons.setEnabled(False)
        self.error.hide()
        self.workspace.tasks.network(
            NetworkOp(
                lambda: answer_feedback(engine, feedback_id, accept=accept, reply=text),
                success=self._answered,
                error=self._refused,
                owner=self,
                what="answering segment feedback",
            )
        )

    def _answered(self, answer: FeedbackAnswerResponse) -> None:
        if not shiboken6.isValid(self):
            return
        self.answered.emit(answer)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.buttons.setEnabled(True)
        self._changed()
        self.say(self.tr("Not answered: %1").replace("%1", plain_error(exc)))

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FeedbackHome(HomePage):
    """The status chooser, the filter, the table, the answers (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("feedbackHome")
        self.model = FeedbackModel(self)
        self.shown = FeedbackFilter(self.model, self)
        self.dialog: AnswerDialog | None = None
        self.allowed = may_answer(workspace.role)
        self._said = ""
        """The last answer's outcome, said before the summary until the next one."""
        self._select: uuid.UUID | None = None
        self._truncated = False
        self._stale = False
        self.which = QComboBox(self)
        self.which.setObjectName("feedbackShown")
        for value in SHOWN:
            self.which.addItem("", value)
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        self.which_label = QLabel(self)
        self.which_label.setBuddy(self.which)
        self.filter, self.filter_label = filter_box(self, "feedbackFilter", self._filter_changed)
        self.table = list_table(
            self, "feedbackTable", self.shown, SEGMENT, {CUSTOMER: 110, NAME: 120, REASON: 220}
        )
        self.table.activated.connect(self._open)
        self.filter.returnPressed.connect(lambda: into_table(self.table))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._offer())

        self.answers, self.buttons, buttons = keyed_actions(
            self, ANSWERS, lambda name: self.answer_current(name == "accept"), "feedback"
        )
        self.status.setObjectName("feedbackStatus")
        row = QHBoxLayout()
        row.addWidget(self.which_label)
        row.addWidget(self.which)
        row.addSpacing(12)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        list_page_layout(self, row, self.table, buttons, self.status)
        self.setTabOrder(self.which, self.filter)
        self.setTabOrder(self.filter, self.table)
        workspace.status.statusChanged.connect(self._status_changed)
        self._online = workspace.status.status().online
        self.retranslate()
        self._offer()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def showing(self) -> FeedbackShown:
        value = self.which.currentData()  # the enum's value: Qt keeps a str as a str
        return FeedbackShown(value) if value in set(FeedbackShown) else FeedbackShown.OPEN

    def reload(self) -> None:
        """Reads the feedback shown from the server (off the GUI thread)."""
        if not self.allowed:
            self.status.setText(self.tr("Only head office reads and answers segment feedback."))
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self.status.setText(
                self.tr("Offline: the feedback is read from the server; it shows once online.")
            )
            return
        shown = self.showing()
        self.workspace.tasks.network(
            NetworkOp(
                partial(server_feedback, engine, shown),
                success=self.show_lines,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the branches' segment feedback",
            )
        )

    def schedule_reload(self, *_: object) -> None:
        """After a pull or an edit: read again while shown, else once shown again (a busy
        bank's pulls would otherwise ask the server all day for a list nobody looks at)."""
        if not self.isVisible():
            self._stale = True
            return
        super().schedule_reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            super().schedule_reload()

    def _status_changed(self, status: object) -> None:
        online = bool(getattr(status, "online", False))
        if online and not self._online:
            self.reload()  # the count in the tab's title, shown or not
        self._online = online

    def show_lines(self, answer: FeedbackListResponse) -> None:
        if not shiboken6.isValid(self):
            return
        current = self.current_line()
        keep = self._select or (current.id if current is not None else None)
        self._select = None
        self._truncated = answer.truncated
        self.model.set_lines(answer.lines)
        self.loaded_at = utcnow()
        if keep is not None:
            self.select(keep)
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.shown.rowCount())
        self.loaded.emit()

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.shown.rowCount()

    def focus_first(self) -> None:
        focus_list(self.table)

    def current_line(self) -> FeedbackLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        line = self.shown.line_at(index.row())
        return line if isinstance(line, FeedbackLine) else None

    def select(self, feedback_id: uuid.UUID) -> bool:
        """Makes the feedback the current row (False: not shown)."""
        for row in range(self.shown.rowCount()):
            if self.shown.line_at(row).id == feedback_id:
                self.table.setCurrentIndex(self.shown.index(row, 0))
                return True
        return False

    # --- answering ----------------------------------------------------------------------

    def answer_current(self, accept: bool) -> AnswerDialog | None:
        """Opens the answer dialog for the current (open) feedback."""
        line = self.current_line()
        if not self.allowed or line is None:
            return None
        if line.status != "open":
            self.status.setText(
                self.tr("This feedback is answered already (%1).").replace("%1", term(line.status))
            )
            return None
        dialog = AnswerDialog(self.workspace, line, accept, self)
        dialog.answered.connect(self._answered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _back_from_dialog(self) -> None:
        self.dialog = None
        self.activateWindow()
        self.table.setFocus()

    def _answered(self, answer: FeedbackAnswerResponse) -> None:
        line = answer.line
        who = line.customer_number or line.segment
        if answer.moved:
            self._said = (
                self.tr("%1 accepted: the customer is now in %2.")
                .replace("%1", who)
                .replace("%2", line.current_segment or line.suggested or "?")
            )
        else:
            self._said = self.tr("%1 %2.").replace("%1", who).replace("%2", term(line.status))
        self._select = line.id
        self.status.setText(self._said)
        self.workspace.sync_now()  # this computer's copy follows: the move, the answer
        self.reload()

    def _offer(self) -> None:
        line = self.current_line()
        enabled = self.allowed and line is not None and line.status == "open"
        for name, action in self.answers.items():
            action.setEnabled(enabled)
            self.buttons[name].setEnabled(enabled)
            self.buttons[name].setVisible(self.allowed)

    # --- the rest -----------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.shown.rowCount())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        number = self.shown.line_at(index.row()).customer_number
        if number:
            self.openRequested.emit(number)

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        lines = [self.model.line_at(row) for row in range(self.model.rowCount())]
        summary = (
            self.tr("%1 shown of %2 · %3 open · %4 segments · %5 branches")
            .replace("%1", f"{self.shown.rowCount():,}")
            .replace("%2", f"{len(lines):,}")
            .replace("%3", f"{sum(1 for f in lines if f.status == 'open'):,}")
            .replace("%4", f"{len({f.segment for f in lines}):,}")
            .replace("%5", f"{len({f.branch for f in lines}):,}")
        )
        if self._truncated:
            summary += " " + self.tr("(the first %1 only)").replace("%1", f"{MAX_FEEDBACK:,}")
        said = f"{self._said} " if self._said else ""
        self.status.setText(f"{said}{summary}")

    def retranslate(self) -> None:
        self.which_label.setText(self.tr("&Show"))
        texts = {
            FeedbackShown.OPEN: self.tr("Open"),
            FeedbackShown.ANSWERED: self.tr("Answered"),
            FeedbackShown.ALL: self.tr("All"),
        }
        for index, value in enumerate(SHOWN):
            self.which.setItemText(index, texts[value])
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Customer, name, branch, segment, reason or author"))
        labels = {"accept": self.tr("Accept…"), "reject": self.tr("Reject…")}
        for name, text in labels.items():
            keys = QKeySequence(ANSWERS[name]).toString(QKeySequence.SequenceFormat.NativeText)
            self.buttons[name].setText(f"{text} ({keys})")
            self.answers[name].setText(text)
        self.model.refresh()
        self._fill_status()
