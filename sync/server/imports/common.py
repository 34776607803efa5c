"""What the CSV importers share: reading, per-line problems, upserts through the feed."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from client.schema.rows import decode_amount, table_codec
from sync.server.feed import PendingChange


class RowInvalid(ValueError):
    """One line of a CSV file that cannot be imported; the message says why."""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


SHOWN_PROBLEMS = 1_000
"""Bad lines a refusal lists at most (a wholly wrong file would list millions)."""


class ImportRejected(GuitaiError):
    """A file with bad rows, loaded not at all."""

    default_code = Reason.IMPORT_REJECTED

    def __init__(self, path: Path, problems: list[Problem], note: str = "") -> None:
        shown = sorted(problems, key=lambda p: p.line)[:SHOWN_PROBLEMS]
        lines = "\n".join(f"  {p}" for p in shown)
        if len(problems) > len(shown):
            lines += f"\n  ... and {len(problems) - len(shown):,} more bad row(s)"
        bad = len({p.line for p in problems})
        super().__init__(
            f"{path}: {bad} bad row(s); nothing was imported "
            f"(fix them, or pass --skip-bad-rows to import the others):\n{lines}"
            + (f"\n{note}" if note else "")
        )
        self.problems = problems


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


Audited = Callable[[Session, Summary], None]
"""Writes an import run's audit event in its transaction (`sync.server.admin_audit`)."""

Line = tuple[int, dict[str, str]]
Batch = list[tuple[int, Any, list[str]]]
"""Lines of a file as an import parsed them: (line number, what it made of it, problems)."""


def problems_of(batch: Batch) -> list[Problem]:
    """One problem per bad line of the batch, naming all that is wrong with it."""
    return [Problem(line, "; ".join(issues)) for line, _, issues in batch if issues]


def read_csv(path: Path, required_columns: tuple[str, ...]) -> list[Line]:
    """The file's data rows with their line numbers; checks the header first."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in required_columns if c not in header]
        if missing:
            raise UsageError(
                f"{path}: the header lacks the column(s) {', '.join(missing)} "
                f"(needed: {', '.join(required_columns)})"
            )
        reader.fieldnames = header
        rows: list[Line] = []
        try:
            for raw in reader:
                if None in raw:
                    rows.append((reader.line_num, {"\0": "more values than header columns"}))
                    continue
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in raw.items()}))
        except (csv.Error, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: not a readable UTF-8 CSV file ({exc})") from None
    return rows


def check_shape(row: Mapping[str, str]) -> None:
    if "\0" in row:
        raise RowInvalid(row["\0"])


def required(row: Mapping[str, str], column: str) -> str:
    value = row.get(column, "")
    if not value:
        raise RowInvalid(f"missing {column}")
    return value


def parse_date(row: Mapping[str, str], column: str, *, optional: bool = False) -> date | None:
    value = row.get(column, "")
    if not value:
        if optional:
            return None
        raise RowInvalid(f"missing {column}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowInvalid(f"{column} {value!r} is not a date (YYYY-MM-DD)") from None


def parse_amount(row: Mapping[str, str], column: str) -> Decimal:
    value = required(row, column)
    try:
        return decode_amount(value)
    except ValueError as exc:
        raise RowInvalid(f"{column}: {exc}") from None


def check_choice(row: Mapping[str, str], column: str, choices: list[str]) -> str:
    value = required(row, column)
    if value not in choices:
        raise RowInvalid(f"{column} {value!r} is not one of {', '.join(choices)}")
    return value


def check_length(table: str, values: Mapping[str, Any]) -> None:
    """Rejects a value longer than its column."""
    codec = table_codec(table)
    for name, value in values.items():
        length = getattr(codec.model.__table__.c[name].type, "length", None)
        if isinstance(value, str) and length is not None and len(value) > length:
            raise RowInvalid(f"{name} is longer than {length} characters")


def chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def upsert(
    session: Session, pending: list[PendingChange], table: str, obj: Any, values: dict[str, Any]
) -> tuple[str, Any]:
    """Creates the row or changes what differs; queues the change for the feed."""
    codec = table_codec(table)
    if obj is None:
        obj = codec.model(id=uuid.uuid4(), version=0, deleted=False, **values)
        session.add(obj)
        pending.append(PendingChange(obj, table, "insert"))
        return "created", obj
    if obj.deleted:
        values = {**values, "deleted": False}
    before = {
        n: codec.encode_value(n, getattr(obj, n)) for n, v in values.items() if getattr(obj, n) != v
    }
    if not before:
        return "unchanged", obj
    for name in before:
        setattr(obj, name, values[name])
    pending.append(PendingChange(obj, table, "update", before))
    return "updated", obj
