"""The call centre's lists as table models: the callers found, a caller's recent
interactions, and the RMs' nearest free slots (one row per slot, the caller's RM first).

Small lists (at most 20 callers, 20 interactions, a few slots per RM): plain `RowsModel`s
over the `client.callers` values, sorted and filtered by a `QSortFilterProxyModel` in the
view. Headers are translated when painted (context "CallersModel").
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from client.callers import Caller, CallerFile, RecentInteraction
from ui import format as fmt
from ui.models.table import Column, RowsModel
from ui.terms import term

CONTEXT = "CallersModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads the calls)."""
    return text


def _header(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(CONTEXT, text)


def _where(caller: Caller) -> str:
    if caller.remote:
        return QCoreApplication.translate(CONTEXT, "☁ Server")
    return QCoreApplication.translate(CONTEXT, "This computer")


CALLER_COLUMNS = (
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Customer")), lambda c: c.customer_number),
    Column(
        _header(QT_TRANSLATE_NOOP("CallersModel", "Name")),
        lambda c: f"{c.name} ({c.name_latin})" if c.name_latin else c.name,
    ),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Phone")), lambda c: c.phone_masked),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Branch")), lambda c: c.branch_code),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "RM")), lambda c: c.rm_name or "—"),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Found in")), _where),
)

INTERACTION_COLUMNS = (
    Column(
        _header(QT_TRANSLATE_NOOP("CallersModel", "When")),
        lambda i: fmt.moment(i.occurred_at),
    ),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Channel")), lambda i: term(i.channel)),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Kind")), lambda i: term(i.kind)),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Subject")), lambda i: i.subject),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "Outcome")), lambda i: i.outcome or "—"),
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "By")), lambda i: i.by or "—"),
)


@dataclass(frozen=True)
class SlotRow:
    """One free slot of one RM."""

    rm_id: uuid.UUID
    rm_name: str
    owns: bool
    starts_at: datetime
    ends_at: datetime


def _rm(row: SlotRow) -> str:
    if row.owns:
        return QCoreApplication.translate(CONTEXT, "%1 (their RM)").replace("%1", row.rm_name)
    return row.rm_name


SLOT_COLUMNS = (
    Column(_header(QT_TRANSLATE_NOOP("CallersModel", "RM")), _rm),
    Column(
        _header(QT_TRANSLATE_NOOP("CallersModel", "Free slot")), lambda s: fmt.moment(s.starts_at)
    ),
    Column(
        _header(QT_TRANSLATE_NOOP("CallersModel", "Until")),
        lambda s: f"{s.ends_at.astimezone():%H:%M}",
    ),
)


def slot_rows(file: CallerFile) -> tuple[SlotRow, ...]:
    """The file's free slots, one row each: the caller's RM's first, each RM's in time order."""
    return tuple(
        SlotRow(rm.rm_id, rm.name, rm.owns, slot.starts_at, slot.ends_at)
        for rm in file.rms
        for slot in rm.slots
    )


class CallersModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CALLER_COLUMNS, parent)

    def caller_at(self, row: int) -> Caller:
        caller: Caller = self.row_at(row)
        return caller


class InteractionsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(INTERACTION_COLUMNS, parent)

    def interaction_at(self, row: int) -> RecentInteraction:
        interaction: RecentInteraction = self.row_at(row)
        return interaction


class SlotsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SLOT_COLUMNS, parent)

    def slot_at(self, row: int) -> SlotRow:
        slot: SlotRow = self.row_at(row)
        return slot
