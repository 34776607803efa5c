"""Checking one value of a CSV line: each function notes what is wrong in `issues` (naming
the column) and returns the value as stored, or None/"" when it is missing or wrong, so
the rest of the line is still checked and one run lists every problem of every line."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from client.schema.rows import decode_amount
from client.text_rules import column_limit

Issues = list[str]


def limit_of(column: Any) -> int:
    """The characters a model column holds (`client.text_rules.column_limit`)."""
    limit = column_limit(column)
    if limit is None:
        raise TypeError(f"{column} is not a text column")
    return limit


def text(
    issues: Issues,
    column: str,
    value: str,
    limit: int,
    *,
    required: bool = False,
    name: bool = False,
) -> str:
    """A text of at most `limit` characters; a `name` is NFC-normalised first."""
    if not value:
        if required:
            issues.append(f"missing {column}")
        return ""
    if name and not value.isascii():
        value = unicodedata.normalize("NFC", value)
    if len(value) > limit:
        issues.append(f"{column}: at most {limit} characters ({len(value)} given)")
    return value


def choice(
    issues: Issues, column: str, value: str, choices: tuple[str, ...], *, required: bool = True
) -> str | None:
    if not value:
        if required:
            issues.append(f"missing {column}")
        return None
    if value not in choices:
        issues.append(f"{column} {value!r} is not one of {', '.join(choices)}")
        return None
    return value


def day(
    issues: Issues,
    column: str,
    value: str,
    *,
    required: bool = False,
    latest: date | None = None,
) -> date | None:
    """A date written YYYY-MM-DD (nothing else: 03/04/2020 is ambiguous), not after `latest`."""
    if not value:
        if required:
            issues.append(f"missing {column}")
        return None
    try:
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError
        found = date.fromisoformat(value)
    except ValueError:
        issues.append(f"{column} {value!r} is not a date (YYYY-MM-DD)")
        return None
    if latest is not None and found > latest:
        issues.append(f"{column} {value} is in the future")
    return found


def moment(
    issues: Issues,
    column: str,
    value: str,
    zone: tzinfo,
    *,
    latest: datetime | None = None,
) -> datetime | None:
    """A required date and time, YYYY-MM-DD HH:MM[:SS] (or with T), in `zone` unless it
    names its own (Z, +08:00); not after `latest`."""
    if not value:
        issues.append(f"missing {column}")
        return None
    try:
        if len(value) < 16 or value[10] not in "T ":
            raise ValueError
        found = datetime.fromisoformat(value)
    except ValueError:
        issues.append(
            f"{column} {value!r} is not a date and time (YYYY-MM-DD HH:MM, "
            "e.g. 2025-11-03 14:30 or 2025-11-03T14:30:00+08:00)"
        )
        return None
    if found.tzinfo is None:
        found = found.replace(tzinfo=zone)
    if latest is not None and found > latest:
        issues.append(f"{column} {value} is in the future")
    return found


def amount(issues: Issues, column: str, value: str) -> Decimal | None:
    """A required decimal amount with up to four decimals."""
    if not value:
        issues.append(f"missing {column}")
        return None
    try:
        return decode_amount(value)
    except ValueError as exc:
        issues.append(f"{column}: {exc}")
        return None


def known(issues: Issues, column: str, value: str, table: dict[str, Any], what: str) -> Any | None:
    """The id `table` maps `value` to; notes an unknown one as "unknown WHAT"."""
    if not value:
        issues.append(f"missing {column}")
        return None
    found = table.get(value)
    if found is None:
        issues.append(f"unknown {what} {value!r} ({column})")
    return found
