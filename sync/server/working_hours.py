"""An RM's weekly working hours, and the available calendar blocks made from them.

Bookable slots are computed, on the workstation and on the server alike, from an RM's
available calendar blocks (`client.calendar`). `guitai-server calendar set` stores the
hours (`server_working_hours`) and writes one available block per working stretch of each
day of the coming `HORIZON_DAYS`, through the feed, so they replicate like any block;
`calendar refresh` (daily) moves that horizon on.

A made block's id is derived from its RM, times and slot length (`block_id`), so writing
the same hours again changes nothing, and a block the RM or a manager made by hand (a
random id) is never touched. New hours replace the made blocks of the future; the past
stays as it was.

The hours are written as `DAYS RANGES[; DAYS RANGES ...]`: DAYS a day (`mon` ... `sun`), a
run of days (`mon-fri`) or several joined by commas (`mon,wed,fri`); RANGES one or more
`HH:MM-HH:MM` joined by commas, e.g. "mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import CalendarBlockKind, Role
from client.schema.models import CalendarBlock, User
from sync.server.feed import PendingChange
from sync.server.tables import working_hours

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_SLOT_MINUTES = 30
MIN_SLOT_MINUTES, MAX_SLOT_MINUTES = 5, 480
DEFAULT_TIME_ZONE = "Asia/Shanghai"
"""The zone the hours are read in, unless told otherwise (`--time-zone`)."""
HORIZON_DAYS = 56
"""How far ahead available blocks are made (the workstation offers two weeks of slots)."""
BLOCK_NAMESPACE = uuid.UUID("6f1d4c52-2f6e-4d0e-9b8e-7a1c3e5b9d21")


class HoursError(ValueError):
    """A working-hours text that cannot be read; `position` is the 1-based character."""

    def __init__(self, text: str, position: int, problem: str) -> None:
        super().__init__(f"hours {text!r}: at character {position}: {problem}")
        self.position = position
        self.problem = problem


@dataclass(frozen=True, order=True)
class Stretch:
    """Working time of one weekday, in minutes after midnight."""

    weekday: int
    start: int
    end: int


@dataclass(frozen=True)
class WeeklyHours:
    stretches: tuple[Stretch, ...]

    def text(self) -> str:
        """The hours written the canonical way (days with the same ranges grouped)."""
        by_day: dict[int, list[str]] = {}
        for s in self.stretches:
            by_day.setdefault(s.weekday, []).append(f"{_clock(s.start)}-{_clock(s.end)}")
        groups: list[tuple[list[int], str]] = []
        for day in sorted(by_day):
            ranges = ",".join(by_day[day])
            if groups and groups[-1][1] == ranges and groups[-1][0][-1] == day - 1:
                groups[-1][0].append(day)
            else:
                groups.append(([day], ranges))
        parts = []
        for days, ranges in groups:
            span = DAYS[days[0]] if len(days) == 1 else f"{DAYS[days[0]]}-{DAYS[days[-1]]}"
            parts.append(f"{span} {ranges}")
        return "; ".join(parts)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class _Reader:
    """A recursive-descent reader of the hours grammar (see the module docstring)."""

    def __init__(self, text: str, slot_minutes: int) -> None:
        self.text = text
        self.slot = slot_minutes
        self.pos = 0

    def fail(self, problem: str, at: int | None = None) -> HoursError:
        return HoursError(self.text, (self.pos if at is None else at) + 1, problem)

    def spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def found(self) -> str:
        return repr(self.text[self.pos]) if self.pos < len(self.text) else "the end"

    def take(self, char: str) -> bool:
        self.spaces()
        if self.text.startswith(char, self.pos):
            self.pos += 1
            return True
        return False

    def read(self) -> WeeklyHours:
        stretches: list[tuple[Stretch, int]] = []
        while True:
            stretches += self.clause()
            self.spaces()
            if self.pos == len(self.text):
                break
            if not self.take(";"):
                raise self.fail(f"expected ';' or ',' or the end, found {self.found()}")
        return WeeklyHours(self.checked(stretches))

    def clause(self) -> list[tuple[Stretch, int]]:
        days = self.days()
        if self.pos < len(self.text) and self.text[self.pos] not in " \t":
            raise self.fail(f"expected a space after the days, found {self.found()}")
        ranges = [self.range()]
        while self.take(","):
            ranges.append(self.range())
        return [(Stretch(day, start, end), at) for day in days for start, end, at in ranges]

    def days(self) -> list[int]:
        self.spaces()
        days = self.day_run()
        while self.text.startswith(",", self.pos):
            self.pos += 1
            days += self.day_run()
        return days

    def day_run(self) -> list[int]:
        first = self.day()
        if not self.text.startswith("-", self.pos):
            return [first]
        self.pos += 1
        at = self.pos
        last = self.day()
        if last < first:
            raise self.fail(
                f"the days run backwards ({DAYS[first]}-{DAYS[last]}): write them from "
                "monday on, e.g. mon-fri",
                at,
            )
        return list(range(first, last + 1))

    def day(self) -> int:
        word = self.text[self.pos : self.pos + 3].lower()
        if word not in DAYS:
            raise self.fail(f"expected a day ({', '.join(DAYS)}), found {self.found()}")
        self.pos += 3
        return DAYS.index(word)

    def range(self) -> tuple[int, int, int]:
        self.spaces()
        at = self.pos
        start = self.clock(end=False)
        if not self.take("-"):
            raise self.fail(f"expected '-' between two times, found {self.found()}")
        self.spaces()
        end = self.clock(end=True)
        if end <= start:
            raise self.fail(f"{_clock(start)}-{_clock(end)} ends before it starts", at)
        if end - start < self.slot:
            raise self.fail(
                f"{_clock(start)}-{_clock(end)} is shorter than one {self.slot}-minute slot", at
            )
        return start, end, at

    def clock(self, *, end: bool) -> int:
        at = self.pos
        digits = self.text[at : at + 2]
        width = 2 if digits.isdigit() else 1  # 9:00 as well as 09:00
        part = self.text[at : at + width + 3]
        hour, colon, minute = part[:width], part[width : width + 1], part[width + 1 :]
        if not (hour.isdigit() and colon == ":" and len(minute) == 2 and minute.isdigit()):
            raise self.fail(f"expected a time HH:MM, found {self.found()}")
        hours, minutes = int(hour), int(minute)
        if minutes > 59:
            raise self.fail(f"minute {minute} is not 00-59", at + width + 1)
        if hours > 23 and not (end and hours == 24 and minutes == 0):
            raise self.fail(f"hour {hour} is not 00-23", at)
        self.pos += len(part)
        return hours * 60 + minutes

    def checked(self, stretches: list[tuple[Stretch, int]]) -> tuple[Stretch, ...]:
        seen: list[Stretch] = []
        for stretch, at in stretches:
            for other in seen:
                same_day = other.weekday == stretch.weekday
                if same_day and stretch.start < other.end and other.start < stretch.end:
                    raise self.fail(
                        f"{_clock(stretch.start)}-{_clock(stretch.end)} on "
                        f"{DAYS[stretch.weekday]} overlaps "
                        f"{_clock(other.start)}-{_clock(other.end)}",
                        at,
                    )
            seen.append(stretch)
        return tuple(sorted(seen))


def parse_hours(text: str, slot_minutes: int = DEFAULT_SLOT_MINUTES) -> WeeklyHours:
    """The weekly hours written in `text`; HoursError naming the position of a mistake."""
    check_slot_minutes(slot_minutes)
    if not text.strip():
        raise HoursError(text, 1, "no hours given (e.g. mon-fri 09:00-12:00,13:30-17:00)")
    return _Reader(text, slot_minutes).read()


def check_slot_minutes(slot_minutes: int) -> None:
    if not MIN_SLOT_MINUTES <= slot_minutes <= MAX_SLOT_MINUTES:
        raise UsageError(
            f"slot minutes {slot_minutes} is not between {MIN_SLOT_MINUTES} and {MAX_SLOT_MINUTES}"
        )


def time_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {name!r} (e.g. Asia/Shanghai)") from None


def block_id(user_id: uuid.UUID, starts_at: datetime, ends_at: datetime, slot: int) -> uuid.UUID:
    """The id of a block made from working hours (the same block always gets the same id)."""
    return uuid.uuid5(
        BLOCK_NAMESPACE, f"{user_id}|{starts_at.isoformat()}|{ends_at.isoformat()}|{slot}"
    )


def _is_made(block: CalendarBlock) -> bool:
    return block.id == block_id(block.user_id, block.starts_at, block.ends_at, block.slot_minutes)


def planned_blocks(
    hours: WeeklyHours, zone: ZoneInfo, first: date, days: int
) -> list[tuple[datetime, datetime]]:
    """The working stretches of `days` days from `first` (local dates), in UTC."""
    out = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        for s in hours.stretches:
            if s.weekday != day.weekday():
                continue
            midnight = datetime.combine(day, time(), zone)
            # aware + timedelta is wall-clock arithmetic: 09:00 stays 09:00 on a DST day
            start = (midnight + timedelta(minutes=s.start)).astimezone(UTC)
            end = (midnight + timedelta(minutes=s.end)).astimezone(UTC)
            out.append((start, end))
    return out


@dataclass
class HoursOutcome:
    hours: str
    """The hours as stored (canonical form)."""
    created: int = 0
    removed: int = 0
    unchanged: int = 0


def rm_for_hours(session: Session, username: str) -> User:
    """The RM named, with a row lock; UsageError for anyone else."""
    user = session.execute(
        select(User).where(User.username == username, User.deleted.is_(False)).with_for_update()
    ).scalar_one_or_none()
    if user is None:
        raise UsageError(f"no user {username}")
    if user.role is not Role.RELATIONSHIP_MANAGER:
        raise UsageError(
            f"{username} is a {user.role.value}: working hours are for relationship managers "
            "(only they are booked)"
        )
    return user


def set_hours(
    session: Session,
    pending: list[PendingChange],
    user: User,
    hours: WeeklyHours,
    slot_minutes: int,
    zone_name: str,
    now: datetime,
    horizon_days: int = HORIZON_DAYS,
) -> HoursOutcome:
    """Stores the RM's hours and brings their future made blocks in line with them; the
    changes are queued in `pending` (the caller records them in the feed)."""
    zone = time_zone(zone_name)
    text = hours.text()
    stored = session.execute(
        select(
            working_hours.c.hours, working_hours.c.slot_minutes, working_hours.c.time_zone
        ).where(working_hours.c.user_id == user.id)
    ).first()
    values = {"hours": text, "slot_minutes": slot_minutes, "time_zone": zone_name}
    if stored is None:
        session.execute(insert(working_hours).values(user_id=user.id, changed_at=now, **values))
    elif tuple(stored) != (text, slot_minutes, zone_name):
        session.execute(
            update(working_hours)
            .where(working_hours.c.user_id == user.id)
            .values(changed_at=now, **values)
        )
    first = now.astimezone(zone).date()
    wanted = {
        block_id(user.id, start, end, slot_minutes): (start, end)
        for start, end in planned_blocks(hours, zone, first, horizon_days)
        if end > now
    }
    return _reconcile(session, pending, user, wanted, slot_minutes, now, HoursOutcome(text))


def _reconcile(
    session: Session,
    pending: list[PendingChange],
    user: User,
    wanted: dict[uuid.UUID, tuple[datetime, datetime]],
    slot_minutes: int,
    now: datetime,
    outcome: HoursOutcome,
) -> HoursOutcome:
    existing = session.scalars(
        select(CalendarBlock).where(
            CalendarBlock.user_id == user.id,
            CalendarBlock.kind == CalendarBlockKind.AVAILABLE,
            CalendarBlock.ends_at > now,
        )
    ).all()
    made = {b.id: b for b in existing if _is_made(b)}
    for ident, block in made.items():
        if ident in wanted:
            if block.deleted:
                block.deleted = False
                pending.append(PendingChange(block, "calendar_block", "update", {"deleted": True}))
                outcome.created += 1
            else:
                outcome.unchanged += 1
        elif not block.deleted and block.starts_at > now:
            block.deleted = True
            pending.append(PendingChange(block, "calendar_block", "delete", {"deleted": False}))
            outcome.removed += 1
    missing = [ident for ident in wanted if ident not in made]
    taken: set[uuid.UUID] = set()  # made before, then changed by hand: left alone
    for start_at in range(0, len(missing), 500):
        chunk = missing[start_at : start_at + 500]
        taken.update(session.scalars(select(CalendarBlock.id).where(CalendarBlock.id.in_(chunk))))
    for ident, (start, end) in sorted(wanted.items(), key=lambda item: item[1]):
        if ident in made or ident in taken:
            continue
        block = CalendarBlock(
            id=ident,
            user_id=user.id,
            kind=CalendarBlockKind.AVAILABLE,
            starts_at=start,
            ends_at=end,
            slot_minutes=slot_minutes,
            version=0,
            deleted=False,
        )
        session.add(block)
        pending.append(PendingChange(block, "calendar_block", "insert"))
        outcome.created += 1
    return outcome


def clear_hours(
    session: Session, pending: list[PendingChange], user: User, now: datetime
) -> HoursOutcome:
    """Forgets the RM's hours and removes their future made blocks."""
    session.execute(delete(working_hours).where(working_hours.c.user_id == user.id))
    return _reconcile(session, pending, user, {}, DEFAULT_SLOT_MINUTES, now, HoursOutcome(""))


@dataclass(frozen=True)
class HoursRow:
    username: str
    hours: str
    slot_minutes: int
    time_zone: str
    changed_at: datetime


def list_hours(session: Session) -> list[HoursRow]:
    rows = session.execute(
        select(
            User.username,
            working_hours.c.hours,
            working_hours.c.slot_minutes,
            working_hours.c.time_zone,
            working_hours.c.changed_at,
        )
        .join(User, User.id == working_hours.c.user_id)
        .order_by(User.username)
    )
    return [HoursRow(*row) for row in rows]


def refresh_all(
    session: Session, pending: list[PendingChange], now: datetime, horizon_days: int = HORIZON_DAYS
) -> list[tuple[str, HoursOutcome | str]]:
    """Every RM's made blocks brought up to `horizon_days` from now (run daily); for a user
    who is no longer an RM, why they were left out."""
    done: list[tuple[str, HoursOutcome | str]] = []
    for row in list_hours(session):
        try:
            user = rm_for_hours(session, row.username)
        except UsageError as exc:
            done.append((row.username, str(exc)))
            continue
        hours = parse_hours(row.hours, row.slot_minutes)
        outcome = set_hours(
            session, pending, user, hours, row.slot_minutes, row.time_zone, now, horizon_days
        )
        done.append((row.username, outcome))
    return done
