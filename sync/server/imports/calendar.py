"""RM working hours CSV: one relationship manager per line, matched on `username`.

Header (UTF-8, comma-separated; other columns are ignored):
    username,hours,slot_minutes
- username (required): an existing relationship manager;
- hours (required): their weekly hours, e.g. "mon-fri 09:00-12:00,13:30-17:00" (quote it:
  it holds commas; the form is described in `sync.server.working_hours`);
- slot_minutes: the length of one bookable slot (default 30, 5 to 480);
- optional column: time_zone, the zone the hours are in (default Asia/Shanghai).
Each RM's available calendar blocks of the coming weeks are made from the hours and
replicate; running the same file again changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import Role
from client.schema.models import User
from sync.server.feed import PendingChange
from sync.server.imports.cells import Cells, duplicate
from sync.server.imports.common import Line, Problem, RowInvalid, Summary
from sync.server.imports.progress import Progress
from sync.server.tables import working_hours
from sync.server.working_hours import (
    DEFAULT_SLOT_MINUTES,
    DEFAULT_TIME_ZONE,
    HoursError,
    WeeklyHours,
    check_slot_minutes,
    parse_hours,
    rm_for_hours,
    set_hours,
    time_zone,
)

COLUMNS = ("username", "hours")
"""The columns the header must have (without slot_minutes, slots are 30 minutes long)."""


@dataclass(frozen=True)
class HoursRow:
    username: str
    hours: WeeklyHours | None
    slot_minutes: int
    time_zone: str


class CalendarImport:
    columns = COLUMNS
    optional: tuple[str, ...] = ("slot_minutes", "time_zone")

    def __init__(self, session: Session, rows: list[Line], now: datetime) -> None:
        self.now = now
        self.users: dict[str, tuple[uuid.UUID, Role]] = {
            name: (ident, role)
            for name, ident, role in session.execute(
                select(User.username, User.id, User.role).where(User.deleted.is_(False))
            )
        }
        self.stored = {
            row.user_id: (row.hours, row.slot_minutes, row.time_zone)
            for row in session.execute(select(working_hours))
        }

    def check(self, rows: list[Line], progress: Progress) -> tuple[list[HoursRow], list[Problem]]:
        good: list[HoursRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in progress.over(rows, "checked"):
            cells = Cells("user_account", row)
            parsed = self._parse(cells, row)
            if parsed.username and (
                taken := duplicate(first_line, parsed.username, "username", line)
            ):
                cells.fail(taken)
            found = cells.problem(line)
            if found is None:
                good.append(parsed)
            else:
                problems.append(found)
        return good, problems

    def _parse(self, cells: Cells, row: dict[str, str]) -> HoursRow:
        username = cells.text("username")
        known = self.users.get(username)
        if username and known is None:
            cells.fail(f"unknown username {username!r}")
        elif known is not None and known[1] is not Role.RELATIONSHIP_MANAGER:
            cells.fail(f"username {username!r} is a {known[1].value}, not a relationship manager")
        slot = cells.read(lambda: _slot_minutes(row)) or DEFAULT_SLOT_MINUTES
        zone = row.get("time_zone") or DEFAULT_TIME_ZONE
        cells.read(lambda: time_zone(zone))
        hours = None
        text = cells.require("hours")
        if text:
            try:
                hours = parse_hours(text, slot)
            except HoursError as exc:
                cells.fail(f"hours: at character {exc.position}: {exc.problem}")
        return HoursRow(username, hours, slot, zone)

    def apply(
        self, session: Session, rows: list[HoursRow], summary: Summary, progress: Progress
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        for row in progress.over(rows, "loaded"):
            assert row.hours is not None  # noqa: S101 - a checked row has its hours
            user = rm_for_hours(session, row.username)
            before = self.stored.get(user.id)
            done = set_hours(
                session, pending, user, row.hours, row.slot_minutes, row.time_zone, self.now
            )
            if before is None:
                summary.count("created")
            elif (
                before != (done.hours, row.slot_minutes, row.time_zone)
                or done.created
                or done.removed
            ):
                summary.count("updated")
            else:
                summary.count("unchanged")
        return pending


def _slot_minutes(row: dict[str, str]) -> int:
    value = row.get("slot_minutes", "")
    if not value:
        return DEFAULT_SLOT_MINUTES
    if not value.isdigit():
        raise RowInvalid(f"slot_minutes {value!r} is not a whole number of minutes")
    try:
        check_slot_minutes(int(value))
    except UsageError as exc:
        raise RowInvalid(f"slot_minutes: {exc}") from None
    return int(value)
