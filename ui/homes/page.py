"""What every RM home page shares: its workspace, its reloads, its status line.

A page reads its list off the GUI thread (a read op of `ui.tasks`, keyed so a newer read
drops an older answer) when it is built, and again, once the events settle
(`RELOAD_MS`), after a local edit, a pull, a new sign-in or the first sync round (a
first download tells no one what it brought). `countChanged(int)` tells the
frame the rows shown (its tab's title); `openRequested(number)` asks for a 360. Without a
signed-in user there is no "my" list: the page says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.errors import GuitaiError
from ui import format as fmt
from ui.tasks import generic_message
from ui.workspace import Workspace

RELOAD_MS = 300
"""How long a page waits after a change before reading its list again (changes coalesce)."""


def list_table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    sort_column: int,
    widths: Mapping[int, int],
) -> QTableView:
    """A home's list: whole rows, one at a time, read-only, sorted by `sort_column` until
    its header is clicked; `widths` are the first widths of some columns."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return table


def filter_box(
    parent: QWidget, name: str, changed: Callable[[str], None]
) -> tuple[QLineEdit, QLabel]:
    """A home's filter field (clearable; `changed` gets its text) and its label."""
    box = QLineEdit(parent)
    box.setObjectName(name)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(changed)
    label = QLabel(parent)
    label.setBuddy(box)
    return box, label


def keyed_action(
    page: QWidget, keys: str, triggered: Callable[[], object], button_name: str
) -> tuple[QAction, QPushButton]:
    """An action of the page on `keys` (while the focus is in the page) and its button,
    which presses it and does not take the focus from the list."""
    action = QAction(page)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _=False: triggered())
    page.addAction(action)
    button = QPushButton(page)
    button.setObjectName(button_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(action.trigger)
    return action, button


def keyed_actions(
    page: QWidget, keys: Mapping[str, str], triggered: Callable[[str], object], prefix: str
) -> tuple[dict[str, QAction], dict[str, QPushButton], QHBoxLayout]:
    """One `keyed_action` per name of `keys` (`triggered` gets the name; the button is
    named `prefix_name`), and the row of their buttons."""
    actions: dict[str, QAction] = {}
    buttons: dict[str, QPushButton] = {}
    row = QHBoxLayout()
    for name, key in keys.items():
        actions[name], buttons[name] = keyed_action(
            page, key, partial(triggered, name), f"{prefix}_{name}"
        )
        row.addWidget(buttons[name])
    row.addStretch(1)
    return actions, buttons, row


def list_page_layout(
    page: QWidget, top: QLayout, table: QTableView, buttons: QLayout, status: QLabel
) -> QVBoxLayout:
    """A home's layout: its row of choices, its list, its buttons, its status line."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    layout.addWidget(status)
    return layout


def focus_list(table: QTableView) -> None:
    """A home's `focus_first`: the focus to its list, on its first row when none is current."""
    table.setFocus()
    model = table.model()
    if model.rowCount() and not table.currentIndex().isValid():
        table.setCurrentIndex(model.index(0, 0))


def into_table(table: QTableView) -> None:
    """Enter in a filter: the focus goes to the list's first row, if it has one."""
    model = table.model()
    if model.rowCount():
        table.setFocus()
        table.setCurrentIndex(model.index(0, 0))


def plain_error(problem: str | GuitaiError | BaseException) -> str:
    """A refusal or failure as the status line says it."""
    if isinstance(problem, GuitaiError | str):
        return str(problem)
    return generic_message()


class HomePage(QWidget):
    """The base of the RM's homes (see the module docstring)."""

    countChanged = Signal(int)
    openRequested = Signal(str)
    """A customer number."""
    loaded = Signal()
    """A read of the page's list was shown (tests and the smoke run wait for it)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.loaded_at: datetime | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(self.reload)
        workspace.localEditSaved.connect(self.schedule_reload)
        workspace.rowsPulled.connect(self.schedule_reload)
        workspace.signedInChanged.connect(self.schedule_reload)
        if workspace.sync is not None:  # the first download tells no page: read again after it
            workspace.sync.roundFinished.connect(self._first_round)
        self._rounds = 0

    def _first_round(self, *_: object) -> None:
        self._rounds += 1
        if self._rounds == 1:
            self.schedule_reload()

    @property
    def user_id(self) -> uuid.UUID | None:
        staff = self.workspace.staff
        return staff.user_id if staff is not None else None

    def schedule_reload(self, *_: object) -> None:
        self._reload.start()

    def reload(self) -> None:
        """Reads the page's list again (off the GUI thread)."""
        raise NotImplementedError

    def tab_count(self) -> int | None:
        """The rows the tab's title counts (None until the first read)."""
        raise NotImplementedError

    def focus_first(self) -> None:
        raise NotImplementedError

    def no_user(self) -> bool:
        """True (and says so) when nobody is signed in: there is no "my" list then."""
        if self.user_id is not None:
            return False
        self.status.setText(
            QCoreApplication.translate(
                "HomePage", "Sign in to see your own customers and calendar."
            )
        )
        return True

    def synced_text(self) -> str:
        """When this computer's copy was last synced, in words."""
        last = self.workspace.status.status().last_sync
        if last is None:
            return QCoreApplication.translate("HomePage", "This computer's copy, not synced yet.")
        return QCoreApplication.translate("HomePage", "This computer's copy, synced %1.").replace(
            "%1", fmt.moment(last)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language (pages override)."""
