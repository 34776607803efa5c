"""The RM's calendar as a table: one `client.rm_calendar.CalendarEntry` a row, in time order.

Appointments show their customer, purpose, status and channel; calendar blocks (available,
busy, on leave) show their kind. `CalendarFilter` sorts and filters by typed words and
can hide the blocks (`set_blocks`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from client.rm_calendar import CalendarEntry
from client.schema.enums import CalendarBlockKind
from ui.models.lines import Keyed, LinesFilter, LinesModel
from ui.terms import term

CONTEXT = "CalendarModel"
DAY, TIME, WHAT, CUSTOMER, PURPOSE, STATUS, CHANNEL = range(7)

BLOCKS = {
    CalendarBlockKind.AVAILABLE: "available for appointments",
    CalendarBlockKind.BUSY: "busy",
    CalendarBlockKind.LEAVE: "on leave",
}
"""Each block kind in words (translated in the context `CalendarModel`)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


_MARKED = (
    QT_TRANSLATE_NOOP("CalendarModel", "available for appointments"),
    QT_TRANSLATE_NOOP("CalendarModel", "busy"),
    QT_TRANSLATE_NOOP("CalendarModel", "on leave"),
)


_DAYS = (
    QT_TRANSLATE_NOOP("CalendarModel", "Mon"),
    QT_TRANSLATE_NOOP("CalendarModel", "Tue"),
    QT_TRANSLATE_NOOP("CalendarModel", "Wed"),
    QT_TRANSLATE_NOOP("CalendarModel", "Thu"),
    QT_TRANSLATE_NOOP("CalendarModel", "Fri"),
    QT_TRANSLATE_NOOP("CalendarModel", "Sat"),
    QT_TRANSLATE_NOOP("CalendarModel", "Sun"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_text(entry: CalendarEntry) -> str:
    local = entry.starts_at.astimezone()
    return f"{local:%Y-%m-%d} {_tr(_DAYS[local.weekday()])}"


def time_text(entry: CalendarEntry) -> str:
    return f"{entry.starts_at.astimezone():%H:%M}–{entry.ends_at.astimezone():%H:%M}"


def what_text(entry: CalendarEntry) -> str:
    if entry.block is not None:
        return _tr(BLOCKS[entry.block])
    return entry.customer_name or "—"


def _when(entry: CalendarEntry) -> tuple[float, bool]:
    return entry.starts_at.timestamp(), entry.block is not None


def calendar_model(parent: QObject | None = None) -> LinesModel:
    return LinesModel(
        (
            Keyed(lambda: _tr("Day"), day_text, _when),
            Keyed(lambda: _tr("Time"), time_text, _when),
            Keyed(lambda: _tr("With"), what_text, lambda e: what_text(e).casefold()),
            Keyed(
                lambda: _tr("Customer"), lambda e: e.customer_number, lambda e: e.customer_number
            ),
            Keyed(lambda: _tr("Purpose"), lambda e: e.purpose, lambda e: e.purpose.casefold()),
            Keyed(
                lambda: _tr("Status"),
                lambda e: term(e.status.value) if e.status is not None else "",
                lambda e: e.status.value if e.status is not None else "",
            ),
            Keyed(
                lambda: _tr("Channel"),
                lambda e: term(e.channel.value) if e.channel is not None else "",
                lambda e: e.channel.value if e.channel is not None else "",
            ),
        ),
        parent,
    )


class CalendarFilter(LinesFilter):
    """The entries sortable by any column, filtered by words; blocks shown or not."""

    def set_blocks(self, shown: bool) -> None:
        self.set_accept(None if shown else (lambda entry: entry.block is None))
