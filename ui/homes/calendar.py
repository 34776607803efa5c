"""The RM's "My calendar": their appointments and calendar blocks, by day or by week.

A thin view over `ui.models.calendar`; the entries come from `client.rm_calendar` in the
cache-reading thread and a change of an appointment is a write op
(`client.rm_calendar.save_action`: the edit and its outbox entry in one transaction, then
uploaded). Keys: Alt+D a day, Alt+W a week, Alt+Left / Alt+Right the one before / after,
Alt+T today, Alt+B show or hide the working hours, Alt+L the filter; on an appointment
Alt+C confirms and Alt+E declines a tentative booking, Alt+M marks it done and Alt+N
cancels it; Enter opens the customer's 360. The changes are offered only when the
permission table lets the role update an appointment (`client.rm_calendar.may_act`).
Alt+H sets the RM's own working hours (`ui.homes.hours`, online: the server makes the
blocks, which arrive with the next sync), offered when the permission table gives the role
hours of its own (`client.schema.permissions.own_hours_reach`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, tzinfo

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from client.errors import GuitaiError
from client.outbox import Edit
from client.rm_calendar import (
    AppointmentAction,
    CalendarEntry,
    load_calendar,
    may_act,
    save_action,
    span,
    week_of,
)
from client.schema.base import utcnow
from client.schema.enums import AppointmentStatus
from client.schema.permissions import Reach, own_hours_reach
from sync.protocol import MyHoursResponse
from ui.homes.hours import HoursDialog
from ui.homes.page import HomePage, filter_box, focus_list, list_table, plain_error
from ui.models.calendar import DAY, PURPOSE, WHAT, CalendarFilter, calendar_model
from ui.tasks import ReadOp, WriteOp, refusals
from ui.work.form import plain_reason
from ui.workspace import Workspace

KEY = "my-calendar"


def local_zone() -> tzinfo:
    """The workstation's time zone (days start at its midnight)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # noqa: S101 - an aware local time has a zone
    return zone


class CalendarHome(HomePage):
    """Day or week, the entries, the appointment actions (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("calendarHome")
        self.model = calendar_model(self)
        self.shown = CalendarFilter(self.model, self)
        self.day = date.today()
        self.week = True
        self._said = ""
        self._select: uuid.UUID | None = None

        self.day_button = QRadioButton(self)
        self.week_button = QRadioButton(self)
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.day_button.toggled.connect(self._day_toggled)
        self.week_button.toggled.connect(self._week_toggled)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("calendarRange")
        self.before = QPushButton(self)
        self.after = QPushButton(self)
        self.today = QPushButton(self)
        for button in (self.before, self.after, self.today):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.before.clicked.connect(lambda: self.step(-1))
        self.after.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.go_to(date.today()))
        for key, slot in (
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.blocks = QCheckBox(self)
        self.blocks.setChecked(True)
        self.blocks.toggled.connect(self._blocks_toggled)
        self.filter, self.filter_label = filter_box(self, "calendarFilter", self._filter_changed)

        self.table = list_table(
            self, "calendarTable", self.shown, 0, {DAY: 140, WHAT: 200, PURPOSE: 200}
        )
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._offer())

        self.allowed = may_act(workspace.role)
        self.buttons: dict[AppointmentAction, QPushButton] = {}
        actions = QHBoxLayout()
        for action in AppointmentAction:
            button = QPushButton(self)
            button.setObjectName(f"calendar_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            button.setVisible(self.allowed)
            actions.addWidget(button)
            self.buttons[action] = button
        actions.addStretch(1)
        role = workspace.role
        self.hours_dialog: HoursDialog | None = None
        self.hours_button = QPushButton(self)
        self.hours_button.setObjectName("calendarHours")
        self.hours_button.clicked.connect(self.set_hours)
        self.hours_button.setVisible(role is not None and own_hours_reach(role) is not Reach.NONE)
        actions.addWidget(self.hours_button)
        self.status.setObjectName("calendarStatus")

        top = QHBoxLayout()
        for widget in (self.day_button, self.week_button, self.before, self.range_label):
            top.addWidget(widget)
        top.addWidget(self.after)
        top.addWidget(self.today)
        top.addSpacing(12)
        top.addWidget(self.blocks)
        top.addSpacing(12)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
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

    # --- which days -----------------------------------------------------------------------

    def first_day(self) -> date:
        return week_of(self.day) if self.week else self.day

    def days(self) -> int:
        return 7 if self.week else 1

    def _day_toggled(self, on: bool) -> None:
        if on:
            self.show_span(week=False)

    def _week_toggled(self, on: bool) -> None:
        if on:
            self.show_span(week=True)

    def show_span(self, *, week: bool) -> None:
        if week != self.week:
            self.week = week
            self._span_changed()

    def go_to(self, day: date) -> None:
        """Shows the day (or its week)."""
        self.day = day
        self._span_changed()

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * self.days())
        self._span_changed()

    def _span_changed(self) -> None:
        self._fill_range()
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        rm_id = self.user_id
        if self.no_user() or rm_id is None:
            return
        low, high = span(self.first_day(), self.days(), local_zone())
        self.workspace.tasks.read(
            ReadOp(
                lambda cache: load_calendar(cache, rm_id, low, high),
                success=self.show_entries,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the RM's calendar",
            )
        )

    def show_entries(self, entries: tuple[CalendarEntry, ...]) -> None:
        current = self.current_entry()
        keep = self._select or (current.row_id if current is not None else None)
        self._select = None
        self.model.set_lines(entries)
        self.loaded_at = utcnow()
        if keep is not None:
            self.select(keep)
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.appointments())
        self.loaded.emit()

    def appointments(self) -> int:
        """The appointments shown (not the blocks)."""
        return sum(
            1 for row in range(self.shown.rowCount()) if self.shown.line_at(row).is_appointment
        )

    def tab_count(self) -> int | None:
        return None if self.loaded_at is None else self.appointments()

    def focus_first(self) -> None:
        focus_list(self.table)

    def current_entry(self) -> CalendarEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = self.shown.line_at(index.row())
        return entry if isinstance(entry, CalendarEntry) else None

    def select(self, row_id: uuid.UUID) -> bool:
        for row in range(self.shown.rowCount()):
            if self.shown.line_at(row).row_id == row_id:
                self.table.setCurrentIndex(self.shown.index(row, 0))
                return True
        return False

    # --- acting -------------------------------------------------------------------------

    def act(self, action: AppointmentAction) -> None:
        """Confirms, declines, completes or cancels the current appointment."""
        entry = self.current_entry()
        if not self.allowed or entry is None or not entry.may(action):
            return
        row_id = entry.row_id
        customers = frozenset({entry.customer_id}) if entry.customer_id else frozenset()
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: save_action(cache, row_id, action),
                success=lambda edit: self._done(entry, action, edit),
                error=refusals(self._refused),
                customers=customers,
                what="changing an appointment",
            )
        )

    def _done(self, entry: CalendarEntry, action: AppointmentAction, edit: Edit) -> None:
        self._select = entry.row_id
        words = {
            AppointmentAction.CONFIRM: self.tr("Confirmed"),
            AppointmentAction.DECLINE: self.tr("Declined"),
            AppointmentAction.COMPLETE: self.tr("Marked as done"),
            AppointmentAction.CANCEL: self.tr("Cancelled"),
        }
        self._said = (
            self.tr("%1: %2 — saved locally, waiting to upload.")
            .replace("%1", words[action])
            .replace("%2", f"{entry.customer_name} {entry.starts_at.astimezone():%Y-%m-%d %H:%M}")
        )
        self.status.setText(self._said)
        self.reload()

    def _refused(self, problem: str | GuitaiError) -> None:
        if not shiboken6.isValid(self):
            return
        text = plain_reason(problem) if isinstance(problem, GuitaiError) else problem
        self._said = self.tr("Not changed: %1").replace("%1", text)
        self.status.setText(self._said)

    def buttons_enabled(self) -> set[str]:
        """The actions offered on the current entry (by their values)."""
        return {action.value for action, button in self.buttons.items() if button.isEnabled()}

    def _offer(self) -> None:
        entry = self.current_entry()
        for action, button in self.buttons.items():
            button.setEnabled(self.allowed and entry is not None and entry.may(action))

    def set_hours(self) -> None:
        """Opens "Set my working hours" (one at a time)."""
        if not self.hours_button.isVisible():
            return
        if self.hours_dialog is not None and shiboken6.isValid(self.hours_dialog):
            self.hours_dialog.raise_()
            self.hours_dialog.activateWindow()
            return
        dialog = HoursDialog(self.workspace, self)
        dialog.saved.connect(self._hours_set)
        dialog.finished.connect(dialog.deleteLater)
        self.hours_dialog = dialog
        dialog.open()
        dialog.hours.setFocus()

    def _hours_set(self, answer: MyHoursResponse) -> None:
        self._said = (
            self.tr("Working hours set: %1 (%2-minute slots); %3 blocks made, %4 removed.")
            .replace("%1", answer.hours)
            .replace("%2", str(answer.slot_minutes))
            .replace("%3", f"{answer.created:,}")
            .replace("%4", f"{answer.removed:,}")
        )
        self.status.setText(self._said)
        self.workspace.sync_now()  # the blocks come with the pull

    # --- the rest -----------------------------------------------------------------------

    def _blocks_toggled(self, shown: bool) -> None:
        self.shown.set_blocks(shown)
        self._after_filter()

    def _filter_changed(self, text: str) -> None:
        self.shown.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._fill_status()
        self._offer()
        self.countChanged.emit(self.appointments())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = self.shown.line_at(index.row())
        if entry.customer_number:
            self.openRequested.emit(entry.customer_number)

    def _fill_range(self) -> None:
        first = self.first_day()
        if self.week:
            last = first + timedelta(days=6)
            self.range_label.setText(f"{first:%Y-%m-%d} – {last:%Y-%m-%d}")
        else:
            self.range_label.setText(f"{first:%Y-%m-%d}")

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        tentative = sum(
            1
            for row in range(self.shown.rowCount())
            if self.shown.line_at(row).status is AppointmentStatus.TENTATIVE
        )
        summary = (
            self.tr("%1 appointments, %2 of them tentative.")
            .replace("%1", f"{self.appointments():,}")
            .replace("%2", f"{tentative:,}")
        )
        said = f"{self._said} " if self._said else ""
        self.status.setText(f"{said}{summary} {self.synced_text()}")

    def retranslate(self) -> None:
        self.day_button.setText(self.tr("&Day"))
        self.week_button.setText(self.tr("&Week"))
        self.before.setText(self.tr("◀ Before (Alt+Left)"))
        self.after.setText(self.tr("After ▶ (Alt+Right)"))
        self.today.setText(self.tr("&Today"))
        self.blocks.setText(self.tr("Show working &blocks"))
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Customer, purpose or status"))
        texts = {
            AppointmentAction.CONFIRM: self.tr("&Confirm booking"),
            AppointmentAction.DECLINE: self.tr("D&ecline booking"),
            AppointmentAction.COMPLETE: self.tr("&Mark done"),
            AppointmentAction.CANCEL: self.tr("Ca&ncel appointment"),
        }
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self.hours_button.setText(self.tr("Set working &hours…"))
        self.model.refresh()
        self._fill_range()
        self._fill_status()
