"""The "Watched" home: the changes of the watched groups' customers the user has not seen.

Head office watches groups of customers (`guitai-server watch add`: prospects, low balances
with a salary inflow...); this page lists their members' new accounts, balance moves,
interactions and segment changes since the user's last look, within their role's reach
(`client.schema.permissions.watch_reach`: the RM and the branch manager their branch, head
office every branch), newest first, from the server (`sync.engine.watched`, a network op:
the GUI thread never waits). The tab's title counts the unseen changes shown. Keys: Alt+L
the filter, Enter (in the list) opens the customer's 360, Ctrl+Shift+M "Mark all seen"
(up to the list shown: a change that came in since stays). An RM may show only their own
customers (Alt+O). Offline the page says the list needs the server and keeps what it last
showed, marked as such. It reads again after a pull (something changed on the server), a
new sign-in, when the workstation comes back online, and after a sync round when the
server has news the user may read (a pulled interaction feeds no search, so no
`rowsPulled` tells of it).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from client.errors import GuitaiError
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.enums import Role
from sync.engine.watched import mark_seen, news_since, server_watched
from sync.status import SyncStatus
from sync.watch_protocol import WatchedChange, WatchedResponse, WatchedSeenResponse
from ui import format as fmt
from ui.homes.page import (
    HomePage,
    filter_box,
    focus_list,
    into_table,
    keyed_action,
    list_table,
    plain_error,
)
from ui.models.watched import DETAIL, NAME, WHEN, WatchedFilter, WatchedModel
from ui.tasks import NetworkOp
from ui.workspace import Workspace

KEY = "watched-list"
SEEN_KEY = "watched-seen"
NEWS_KEY = "watched-news"
MARK_KEYS = "Ctrl+Shift+M"


class WatchedHome(HomePage):
    """The filter, the list of unseen changes, "Mark all seen" (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("watchedHome")
        self.model = WatchedModel(self)
        self.shown = WatchedFilter(self.model, self)
        self.answer: WatchedResponse | None = None
        self.offline = False
        self._said = ""
        self.filter, self.filter_label = filter_box(self, "watchedFilter", self._filter_changed)
        self.table = list_table(self, "watchedTable", self.shown, WHEN, {NAME: 150, DETAIL: 260})
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open)
        self.filter.returnPressed.connect(lambda: into_table(self.table))
        self.mine = QCheckBox(self)
        self.mine.setObjectName("watchedMine")
        self.mine.toggled.connect(self._mine_changed)
        self.mine.setVisible(workspace.role == Role.RELATIONSHIP_MANAGER.value)
        self.mark, self.mark_button = keyed_action(
            self, MARK_KEYS, self.mark_all_seen, "watchedMarkSeen"
        )
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("watchedRefresh")
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.refresh_button.clicked.connect(self.reload)
        self.status.setObjectName("watchedStatus")
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setTabOrder(self.filter, self.table)
        self._online = workspace.status.status().online
        workspace.status.statusChanged.connect(self._status_changed)
        if workspace.sync is not None:  # a pull of interactions tells no page: ask after a round
            workspace.sync.roundFinished.connect(self._round_finished)
        self.retranslate()
        self._offer()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Asks the server for the unseen changes (offline: says the list needs it)."""
        if self.no_user():
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self.offline = True
            self._fill_status()
            self._offer()
            return
        self.workspace.tasks.network(
            NetworkOp(
                lambda: server_watched(engine),
                success=self.show_answer,
                error=self._failed,
                owner=self,
                key=KEY,
                what="reading the watched groups' changes",
            )
        )

    def show_answer(self, answer: WatchedResponse) -> None:
        current = self.current_change()
        self.answer = answer
        self.offline = False
        self.model.set_lines(answer.changes)
        self.loaded_at = utcnow()
        if current is not None:
            self._select(current.seq, current.group)
        self._fill_status()
        self._offer()
        self._count()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        code = exc.code if isinstance(exc, GuitaiError) else None
        if code is Reason.FORBIDDEN:
            self._said = self.tr("Your role is not listed the watched groups' changes.")
        elif code in (Reason.UNREACHABLE, Reason.CERTIFICATE):
            self.offline = True
            self._said = ""
        else:
            text = str(exc) if isinstance(exc, GuitaiError) else plain_error(exc)
            self._said = self.tr("The server could not list the changes: %1").replace("%1", text)
        self._fill_status()
        self._offer()
        self.loaded.emit()

    def _round_finished(self) -> None:
        """After a sync round: reads the list again if the server has news for the user."""
        answer, engine = self.answer, self.workspace.online_engine()
        if answer is None or engine is None:
            return
        latest = answer.latest
        self.workspace.tasks.network(
            NetworkOp(
                lambda: news_since(engine, latest),
                success=lambda news: self.schedule_reload() if news else None,
                owner=self,
                key=NEWS_KEY,
                what="asking the server for news of the watched groups",
            )
        )

    def _status_changed(self, status: SyncStatus) -> None:
        came_online = status.online and not self._online
        self._online = status.online
        if came_online:
            self.schedule_reload()
        elif not status.online and not self.offline:
            self.offline = True
            self._fill_status()
            self._offer()

    # --- marking ------------------------------------------------------------------------

    def mark_all_seen(self) -> None:
        """Every change listed is seen (up to the version the list was read at)."""
        answer = self.answer
        engine = self.workspace.online_engine()
        if answer is None or engine is None or not self.mark.isEnabled():
            return
        up_to = answer.latest
        self.mark.setEnabled(False)
        self.mark_button.setEnabled(False)
        self.workspace.tasks.network(
            NetworkOp(
                lambda: mark_seen(engine, up_to),
                success=self._marked,
                error=self._failed,
                owner=self,
                key=SEEN_KEY,
                what="marking the watched groups' changes seen",
            )
        )

    def _marked(self, _answer: WatchedSeenResponse) -> None:
        self._said = self.tr("Marked as seen; new changes will show here.")
        self.reload()

    # --- the rest -----------------------------------------------------------------------

    def tab_count(self) -> int | None:
        """The unseen changes (those the filter hides left out; more than one answer lists
        are counted too)."""
        if self.answer is None:
            return None
        hidden = self.model.rowCount() - self.shown.rowCount()
        return max(self.answer.total - hidden, 0)

    def _count(self) -> None:
        count = self.tab_count()
        if count is not None:
            self.countChanged.emit(count)

    def focus_first(self) -> None:
        focus_list(self.table)

    def current_change(self) -> WatchedChange | None:
        index = self.table.currentIndex()
        line = self.shown.line_at(index.row()) if index.isValid() else None
        return line if isinstance(line, WatchedChange) else None

    def _select(self, seq: int, group: str) -> None:
        for row in range(self.shown.rowCount()):
            line = self.shown.line_at(row)
            if line.seq == seq and line.group == group:
                self.table.setCurrentIndex(self.shown.index(row, 0))
                return

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.shown.line_at(index.row()).customer_number)

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._after_filter()

    def _mine_changed(self, mine: bool) -> None:
        self.shown.set_mine_only(mine)
        self._after_filter()

    def _after_filter(self) -> None:
        self._fill_status()
        self._count()

    def _offer(self) -> None:
        enabled = (
            not self.offline and self.answer is not None and self.answer.total > 0
        ) and self.workspace.online_engine() is not None
        self.mark.setEnabled(enabled)
        self.mark_button.setEnabled(enabled)
        self.refresh_button.setEnabled(not self.offline)

    def _fill_status(self) -> None:
        parts = [self._said] if self._said else []
        if self.offline:
            parts.append(
                self.tr("The watched groups' changes are on the server: go online to see them.")
            )
            if self.answer is not None and self.loaded_at is not None:
                parts.append(
                    self.tr("Shown: the list as read at %1.").replace(
                        "%1", fmt.moment(self.loaded_at)
                    )
                )
        elif self.answer is not None:
            answer = self.answer
            if not answer.groups:
                parts.append(self.tr("Head office watches no groups yet."))
            else:
                groups = "; ".join(f"{g.name} ({g.code}) {g.unseen:,}" for g in answer.groups)
                parts.append(self.tr("Unseen changes by group: %1.").replace("%1", groups))
            if answer.total > len(answer.changes):
                parts.append(
                    self.tr("The newest %1 of %2 are listed.")
                    .replace("%1", f"{len(answer.changes):,}")
                    .replace("%2", f"{answer.total:,}")
                )
            if self.loaded_at is not None:
                parts.append(
                    self.tr("Read from the server at %1.").replace("%1", fmt.moment(self.loaded_at))
                )
        self.status.setText(" ".join(parts))

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Customer, name, group, what changed or RM"))
        self.mine.setText(self.tr("&Only my customers"))
        keys = QKeySequence(MARK_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.mark.setText(self.tr("Mark all seen"))
        self.mark_button.setText(self.tr("Mark all seen (%1)").replace("%1", keys))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.refresh()
        self._fill_status()
