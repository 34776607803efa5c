"""Quarters and half years: "2026Q4", "2027H1", and the quarters around them.

A period runs from midnight UTC of its first day to midnight UTC after its last day
(`start` inclusive, `end` exclusive, both as dates); every timestamp the evaluation counts
is compared with these bounds in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from client.errors import UsageError

_PERIOD = re.compile(r"^(\d{4})(?:Q([1-4])|H([12]))$")


@dataclass(frozen=True, order=True)
class Period:
    """A quarter (`months` 3) or a half year (`months` 6)."""

    year: int
    first_month: int
    months: int

    @property
    def label(self) -> str:
        if self.months == 6:
            return f"{self.year}H{1 if self.first_month == 1 else 2}"
        return f"{self.year}Q{(self.first_month - 1) // 3 + 1}"

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        """The day after the period's last day."""
        index = self.year * 12 + self.first_month - 1 + self.months
        return date(index // 12, index % 12 + 1, 1)

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(), UTC)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time(), UTC)

    @property
    def last_month(self) -> int:
        """The period's last month as YYYYMM."""
        index = self.year * 12 + self.first_month - 1 + self.months - 1
        return (index // 12) * 100 + index % 12 + 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def shifted(self, steps: int) -> Period:
        """The period `steps` periods of the same length later (earlier when negative)."""
        index = self.year * 12 + self.first_month - 1 + steps * self.months
        return Period(index // 12, index % 12 + 1, self.months)

    def previous(self) -> Period:
        return self.shifted(-1)

    def year_earlier(self) -> Period:
        return Period(self.year - 1, self.first_month, self.months)

    def quarters(self) -> tuple[Period, ...]:
        """The quarters of the period (itself for a quarter)."""
        return tuple(
            Period(self.year, self.first_month + 3 * n, 3) for n in range(self.months // 3)
        )

    def half(self) -> Period:
        """The half year holding the period."""
        return Period(self.year, 1 if self.first_month <= 6 else 7, 6)

    def key(self) -> int:
        """A quarter as YYYYQ (20264): how `server_evaluation_account_quarter` names it."""
        return self.year * 10 + (self.first_month - 1) // 3 + 1


def parse_period(text: str) -> Period:
    """ "2026Q4" or "2027H1"; anything else is a `UsageError` saying what is expected."""
    match = _PERIOD.match(text.strip().upper())
    if not match or not 1900 <= int(match.group(1)) <= 9999:
        raise UsageError(f"not a quarter or half year: {text!r} (expected e.g. 2026Q4 or 2027H1)")
    year = int(match.group(1))
    if match.group(2):
        return Period(year, 3 * (int(match.group(2)) - 1) + 1, 3)
    return Period(year, 1 if match.group(3) == "1" else 7, 6)


def parse_quarter(text: str) -> Period:
    period = parse_period(text)
    if period.months != 3:
        raise UsageError(f"not a quarter: {text!r} (expected e.g. 2026Q4)")
    return period


def parse_half(text: str) -> Period:
    period = parse_period(text)
    if period.months != 6:
        raise UsageError(f"not a half year: {text!r} (expected e.g. 2027H1)")
    return period


def quarter_of(day: date) -> Period:
    return Period(day.year, 3 * ((day.month - 1) // 3) + 1, 3)


def quarter_from_key(key: int) -> Period:
    return Period(key // 10, 3 * (key % 10 - 1) + 1, 3)


def month_quarter_key(period: int) -> int:
    """The quarter key (YYYYQ) of a month given as YYYYMM."""
    return (period // 100) * 10 + (period % 100 - 1) // 3 + 1
