"""The conflicts inbox: open issues on the left, the chosen one's three values per field."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.conflicts import Choice, Issue
from client.inbox import InboxItem
from ui.conflicts.models import FieldsModel, IssuesModel, field_label, shown_value


def typed_value(text: str, like: Any) -> Any:
    """What the user typed, as the wire value of a field whose values look like `like`."""
    if isinstance(like, str) or like is None:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


class EditValuesDialog(QDialog):
    """Edit…: one line per conflicting field, filled in with my value to start from."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictEditDialog")
        self.setWindowTitle(self.tr("Edit the values to keep"))
        self.issue = issue
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for conflict in issue.fields:
            edit = QLineEdit(self)
            mine = conflict.mine
            edit.setText(mine if isinstance(mine, str) else shown_value(mine).replace("—", ""))
            edit.setPlaceholderText(shown_value(conflict.theirs))
            edit.setToolTip(
                self.tr("Server: %1 — original: %2")
                .replace("%1", shown_value(conflict.theirs))
                .replace("%2", shown_value(conflict.base))
            )
            form.addRow(field_label(conflict.name), edit)
            self.edits[conflict.name] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        """The typed values, field by field, in wire form."""
        likes = {f.name: f.mine if f.mine is not None else f.theirs for f in self.issue.fields}
        return {name: typed_value(e.text(), likes[name]) for name, e in self.edits.items()}


class ConflictsDialog(QDialog):
    """Lists the issues; Keep mine / Take theirs / Edit… (or Send again / Dismiss) settle one."""

    settleRequested = Signal(object, object, object)
    """(entry_id, Choice, edited values or None): the owner runs it in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.issues = IssuesModel(self)
        self.fields = FieldsModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list_view = self._table(self.issues, "issuesView")
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields_view = self._table(self.fields, "fieldsView")
        self.fields_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("conflictError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.keep_mine = QPushButton(self)
        self.take_theirs = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.send_again = QPushButton(self)
        self.dismiss = QPushButton(self)
        self.close_button = QPushButton(self)
        self.keep_mine.clicked.connect(lambda: self._settle(Choice.MINE))
        self.take_theirs.clicked.connect(lambda: self._settle(Choice.THEIRS))
        self.edit_button.clicked.connect(self._edit)
        self.send_again.clicked.connect(lambda: self._settle(Choice.MINE))
        self.dismiss.clicked.connect(lambda: self._settle(Choice.THEIRS))
        self.close_button.clicked.connect(self.reject)
        self.editor: EditValuesDialog | None = None
        self._busy = False

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reason)
        column.addWidget(self.fields_view, 1)
        buttons = QHBoxLayout()
        for button in (
            self.keep_mine,
            self.take_theirs,
            self.edit_button,
            self.send_again,
            self.dismiss,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        selection = self.list_view.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.resize(860, 560)
        self.retranslate()
        self._show_issue(None)

    def _table(self, model: IssuesModel | FieldsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.take_theirs.setText(self.tr("Take &theirs"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.send_again.setText(self.tr("&Send again"))
        self.dismiss.setText(self.tr("&Dismiss"))
        self.close_button.setText(self.tr("Close"))
        self._show_summary()
        self._show_issue(self.current())
        for model in (self.issues, self.fields):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def current(self) -> InboxItem | None:
        """The issue selected in the list."""
        rows = self.list_view.selectionModel().selectedRows()
        return self.issues.item(rows[0].row()) if rows else None

    def show_items(self, items: list[InboxItem]) -> None:
        """New contents of the list; the selected issue stays selected while it is open."""
        chosen = self.current()
        self.issues.set_items(items)
        row = self.issues.row_of(chosen.issue.entry_id) if chosen is not None else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.list_view.selectionModel().select(self.issues.index(row, 0), flags)
            self.list_view.setCurrentIndex(self.issues.index(row, 0))
        self._show_issue(self.current())
        self._show_summary()
        self.set_busy(False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show_buttons(self.current())

    def _show_summary(self) -> None:
        count = len(self.issues.items)
        if count:
            self.summary.setText(
                self.tr("%1 change(s) could not be uploaded as they are and need you.").replace(
                    "%1", str(count)
                )
            )
        else:
            self.summary.setText(self.tr("No conflicts: every change is uploaded or waiting to."))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.error.hide()
        self._show_issue(self.current())

    def _show_issue(self, item: InboxItem | None) -> None:
        issue = item.issue if item is not None else None
        self.fields.set_issue(issue)
        if issue is None:
            self.reason.clear()
        elif issue.kind == "conflict":
            self.reason.setText(
                self.tr(
                    "Someone changed the same field on the server after you. Mine is what you "
                    "wrote, Server what it has now, Original what it was before both changes."
                )
            )
        else:
            self.reason.setText(
                self.tr("The server refused this change: %1").replace("%1", issue.reason or "—")
            )
        self._show_buttons(item)

    def _show_buttons(self, item: InboxItem | None) -> None:
        conflict = item is not None and item.issue.kind == "conflict"
        refused = item is not None and not conflict
        for button in (self.keep_mine, self.take_theirs, self.edit_button):
            button.setVisible(item is None or conflict)
            button.setEnabled(conflict and not self._busy)
        self.edit_button.setEnabled(
            conflict and not self._busy and item is not None and bool(item.issue.fields)
        )
        for button in (self.send_again, self.dismiss):
            button.setVisible(refused)
            button.setEnabled(refused and not self._busy)

    def _settle(self, choice: Choice, edited: dict[str, Any] | None = None) -> None:
        item = self.current()
        if item is None or self._busy:
            return
        self.error.hide()
        self.set_busy(True)
        self.settleRequested.emit(item.issue.entry_id, choice, edited)

    def _edit(self) -> None:
        item = self.current()
        if item is None or self._busy:
            return
        editor = EditValuesDialog(item.issue, self)
        editor.accepted.connect(lambda: self._settle(Choice.EDIT, editor.values()))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
