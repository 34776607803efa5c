"""The RM's "My tasks": the open tasks given to them, soonest due first.

A thin view over `client.tasks.open_tasks` (read from the cache off the GUI thread, the
signed-in user's only) in a `ui.models.lines` model: every column sorts, the filter keeps
the rows holding every typed word. Closing and reassigning reuse the teller's dialogs
(`ui.teller.items.ItemFlows`: a local write, then uploaded); what is offered follows the
permission table (`client.teller.may_close_task`, `may_reassign_task`). Keys: Alt+L the
filter, Alt+D done (close), Alt+G give to someone else, Enter opens the customer's 360.
The tab's title counts the tasks shown.
"""

from __future__ import annotations

import uuid
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.schema.base import utcnow
from client.store import LocalCache
from client.tasks import TaskLine, open_tasks
from client.work import EditState
from ui import format as fmt
from ui.homes.page import HomePage, filter_box, focus_list, list_table, plain_error
from ui.models.lines import Keyed, LinesFilter, LinesModel
from ui.tasks import ReadOp
from ui.teller.items import ItemFlows, TaskRef
from ui.workspace import Workspace

KEY = "my-tasks"
CONTEXT = "MyTasksModel"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _due_text(line: TaskLine) -> str:
    day = fmt.day(line.due_on)
    return f"⚠ {day}" if line.overdue else day


def _state_text(line: TaskLine) -> str:
    if line.state is EditState.SAVED_LOCALLY:
        return QCoreApplication.translate("MyTasksModel", "Saved locally")
    if line.state is EditState.IN_CONFLICT:
        return QCoreApplication.translate("MyTasksModel", "In conflict")
    return ""


def _number(line: TaskLine) -> str:
    return line.customer_number


def _name(line: TaskLine) -> str:
    return line.customer_name


def columns() -> tuple[Keyed, ...]:
    """Due, customer, name, task, state."""
    return (
        Keyed(
            lambda: QCoreApplication.translate("MyTasksModel", "Due"),
            _due_text,
            lambda line: line.due_on,
        ),
        Keyed(lambda: QCoreApplication.translate("MyTasksModel", "Customer"), _number, _number),
        Keyed(lambda: QCoreApplication.translate("MyTasksModel", "Name"), _name, _name),
        Keyed(
            lambda: QCoreApplication.translate("MyTasksModel", "Task"),
            lambda line: line.title,
            lambda line: line.title.casefold(),
        ),
        Keyed(
            lambda: QCoreApplication.translate("MyTasksModel", "State"), _state_text, _state_text
        ),
    )


DUE, CUSTOMER, NAME, TASK, STATE = range(5)


def read_mine(cache: LocalCache, user_id: uuid.UUID, today: date) -> tuple[TaskLine, ...]:
    """The open tasks given to `user_id`, from the cache."""
    with cache.read_session() as session:
        return tuple(open_tasks(session, today=today, assigned_to=user_id))


class TasksHome(HomePage):
    """The list, its filter, the close and reassign buttons (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("tasksHome")
        self.model = LinesModel(columns(), self)
        self.shown = LinesFilter(self.model, self)
        self.flows = ItemFlows(workspace, self)
        self.flows.said.connect(self._said)
        self._say = ""

        self.filter, self.filter_label = filter_box(self, "tasksFilter", self._filter_changed)

        self.table = list_table(self, "tasksTable", self.shown, DUE, {NAME: 200, TASK: 320})
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._offer())

        self.close_button = QPushButton(self)
        self.close_button.setObjectName("tasksClose")
        self.close_button.clicked.connect(self.close_current)
        self.reassign_button = QPushButton(self)
        self.reassign_button.setObjectName("tasksReassign")
        self.reassign_button.clicked.connect(self.reassign_current)
        self.close_button.setVisible(self.flows.may_close())
        self.reassign_button.setVisible(self.flows.may_reassign())
        self.status.setObjectName("tasksStatus")

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.close_button)
        actions.addWidget(self.reassign_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.setTabOrder(self.filter, self.table)
        self.retranslate()
        self._offer()
        self.reload()

    def reload(self) -> None:
        user_id = self.user_id
        if self.no_user() or user_id is None:
            return
        today = date.today()
        self.workspace.tasks.read(
            ReadOp(
                lambda cache: read_mine(cache, user_id, today),
                success=self.show_lines,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the RM's open tasks",
            )
        )

    def show_lines(self, lines: tuple[TaskLine, ...]) -> None:
        current = self.current_line()
        keep = current.task_id if current is not None else None
        self.model.set_lines(lines)
        self.loaded_at = utcnow()
        if keep is not None:
            for row in range(self.shown.rowCount()):
                if self.shown.line_at(row).task_id == keep:
                    self.table.setCurrentIndex(self.shown.index(row, 0))
                    break
        self._after_change()
        self.loaded.emit()

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.shown.rowCount()

    def focus_first(self) -> None:
        focus_list(self.table)

    def current_line(self) -> TaskLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        line = self.shown.line_at(index.row())
        return line if isinstance(line, TaskLine) else None

    def _ref(self) -> TaskRef | None:
        line = self.current_line()
        return None if line is None else TaskRef(line.task_id, line.customer_id, line.title)

    def close_current(self) -> None:
        task = self._ref()
        if task is not None:
            self.flows.close_task(task, self)

    def reassign_current(self) -> None:
        task = self._ref()
        if task is not None:
            self.flows.reassign_task(task, self)

    def _said(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._say = text
        self._fill_status()

    def _offer(self) -> None:
        chosen = self.current_line() is not None
        self.close_button.setEnabled(chosen and self.flows.may_close())
        self.reassign_button.setEnabled(chosen and self.flows.may_reassign())

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._after_change()

    def _after_change(self) -> None:
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.shown.rowCount())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.shown.line_at(index.row()).customer_number)

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        overdue = sum(1 for row in range(self.shown.rowCount()) if self.shown.line_at(row).overdue)
        summary = (
            self.tr("%1 open tasks, %2 of them overdue.")
            .replace("%1", f"{self.shown.rowCount():,}")
            .replace("%2", f"{overdue:,}")
        )
        said = f"{self._say} " if self._say else ""
        self.status.setText(f"{said}{summary} {self.synced_text()}")

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Customer, name or task"))
        self.close_button.setText(self.tr("&Done…"))
        self.reassign_button.setText(self.tr("&Give to…"))
        self.model.refresh()
        self._fill_status()
