"""A small grey line under a part of the 360: when it was synced and its local edits' state."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from client.customer360.sync_info import EditStatus, SyncInfo
from client.work import EditState
from ui import format as fmt
from ui import theme
from ui.conflicts.models import table_label

MAX_EDITS = 3
"""Edits listed per line, newest first; the rest are counted."""
STATE_COLOURS = {
    EditState.SAVED_LOCALLY: "saved_locally",
    EditState.UPLOADED: "uploaded",
    EditState.IN_CONFLICT: "in_conflict",
}
"""Each state's colour in the theme's palette."""


class SyncLine(QLabel):
    """Shows the sync facts of some sections of the 360 (see `client.customer360.sync_info`)."""

    def __init__(self, sections: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLine")
        self.sections = sections
        self.info: SyncInfo | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.hide()
        theme.changes().connect(self.retranslate)

    def show_info(self, info: SyncInfo | None) -> None:
        self.info = info
        self.retranslate()

    def edits(self) -> tuple[EditStatus, ...]:
        return () if self.info is None else self.info.edits_of(*self.sections)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def state_text(self, state: EditState) -> str:
        return {
            EditState.SAVED_LOCALLY: self.tr("Saved locally"),
            EditState.UPLOADED: self.tr("Uploaded"),
            EditState.IN_CONFLICT: self.tr("In conflict"),
        }[state]

    def table_text(self, table: str) -> str:
        """The table's label as a word inside the line (lower case in English)."""
        return table_label(table).lower()

    def retranslate(self) -> None:
        info = self.info
        if info is None:
            self.clear()
            self.hide()
            return
        if info.last_sync is None:
            synced = self.tr("Not synced with the server yet")
        else:
            synced = self.tr("Synced %1").replace("%1", fmt.moment(info.last_sync))
        changes = [info.changed_at[s] for s in self.sections if s in info.changed_at]
        self.setToolTip(
            self.tr("Latest change of this data: %1").replace("%1", fmt.moment(max(changes)))
            if changes
            else ""
        )
        lines = [escape(synced)]
        edits = self.edits()
        for edit in edits[:MAX_EDITS]:
            colour = theme.color(STATE_COLOURS[edit.state])
            what = f"{self.table_text(edit.table)} · {fmt.moment(edit.edited_at)}"
            lines.append(
                f"<span style='color:{colour}'>● {escape(self.state_text(edit.state))}</span>"
                f" — {escape(what)}"
            )
        if len(edits) > MAX_EDITS:
            lines.append(escape(self.tr("%n more change(s)", "", len(edits) - MAX_EDITS)))
        self.setText("<br>".join(lines))
        self.show()
