"""Reading one CSV line column by column, keeping every problem (not only the first).

The master-data imports (branches, products, users, calendar) check each line with a
`Cells`: each column's value is read on its own, a bad one is noted with its column and
the next column is still read, so one run lists everything wrong with the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from client.errors import UsageError
from client.schema.rows import table_codec
from client.text_rules import clean_text, column_limit
from sync.server.imports.common import Problem, RowInvalid, check_choice, required

T = TypeVar("T")


READER = "\0"
"""The key of a line's problems found by the reader (one per line of text), if any."""


class Cells:
    """The values of one line; `problems` says what is wrong with which column (the
    reader's problems first: a column it found unreadable is not checked again)."""

    def __init__(self, table: str, row: Mapping[str, str]) -> None:
        self.columns = table_codec(table).model.__table__.c
        self.row = row
        self.problems: list[str] = row[READER].split("\n") if row.get(READER) else []
        self.unreadable = {p.split(":", 1)[0] for p in self.problems if ":" in p}

    def text(self, column: str, *, field: str | None = None, needed: bool = True) -> str:
        """The column's text, checked against the model's `field` (default: same name):
        its characters and its length."""
        if column in self.unreadable:
            return ""
        value = self.row.get(column, "")
        if needed and not value:
            self.problems.append(f"missing {column}")
            return ""
        try:
            return clean_text(column, value, limit=column_limit(self.columns[field or column]))
        except UsageError as exc:
            self.problems.append(str(exc))
            return value

    def choice(self, column: str, choices: list[str]) -> str | None:
        return self.read(lambda: check_choice(self.row, column, choices), column)

    def read(self, parse: Callable[[], T], column: str | None = None) -> T | None:
        """`parse()`'s value, or None with its problem noted (RowInvalid or UsageError);
        None at once for an unreadable `column`."""
        if column in self.unreadable:
            return None
        try:
            return parse()
        except (RowInvalid, UsageError) as exc:
            self.problems.append(str(exc))
            return None

    def require(self, column: str) -> str | None:
        return self.read(lambda: required(self.row, column), column)

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def problem(self, line: int) -> Problem | None:
        """The line's problems as one, None when it is fine."""
        return Problem(line, "; ".join(self.problems)) if self.problems else None


def duplicate(first_line: dict[str, int], key: str, column: str, line: int) -> str | None:
    """The problem of a key already on an earlier line of the file (else None; noted)."""
    if key in first_line:
        return f"{column} {key} already on line {first_line[key]}"
    first_line[key] = line
    return None
