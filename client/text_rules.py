"""What text a field accepts, on both ends: the workstation checks an edit, the server a push.

- Every text: no lone surrogate (it cannot be stored), no control character but tab and line
  breaks, no bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069: they
  make text read other than it is stored), and at most its column's length (a `Text` column:
  `TEXT_LIMIT`).
- Names (`is_name_field`): NFC-normalised, and no zero-width character either (U+200B-U+200D,
  U+2060, U+FEFF): two names that look the same must be the same.
Refusals are `UsageError`s naming the field, with the code `bad_character` or `too_long`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import ColumnElement, String, Text
from sqlalchemy.sql import FromClause

from client.errors import UsageError
from client.reasons import Reason

TEXT_LIMIT: Final = 10_000
"""Characters a `Text` column (notes, comments, descriptions) holds at most."""
BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff")
ALLOWED_CONTROLS: Final = frozenset("\t\n\r")
NAME_FIELDS: Final = frozenset({"name", "legal_name", "name_latin", "display_name"})


def is_name_field(field: str) -> bool:
    """A field holding the name of a person, a company or a thing."""
    return field in NAME_FIELDS or field.endswith("_name")


def _refusal(field: str, char: str, what: str) -> UsageError:
    return UsageError(
        f"{field}: holds {what} (U+{ord(char):04X}), which is not allowed",
        code=Reason.BAD_CHARACTER,
        field=field,
        details={"character": f"U+{ord(char):04X}"},
    )


def bad_character(value: str, *, name: bool = False) -> tuple[str, str] | None:
    """The first character `value` may not hold and what it is; None when all are fine."""
    for char in value:
        point = ord(char)
        if 0xD800 <= point <= 0xDFFF:
            return char, "a lone surrogate"
        if char in BIDI_CONTROLS:
            return char, "a bidirectional control character"
        if name and char in ZERO_WIDTH:
            return char, "a zero-width character"
        if char not in ALLOWED_CONTROLS and unicodedata.category(char) == "Cc":
            return char, "a NUL control character" if point == 0 else "a control character"
    return None


def clean_text(field: str, value: str, *, limit: int | None = None) -> str:
    """`value` as stored: NFC for a name; UsageError for a refused character or length."""
    name = is_name_field(field)
    found = bad_character(value, name=name)
    if found is not None:
        raise _refusal(field, *found)
    if name:
        value = unicodedata.normalize("NFC", value)
    if limit is not None and len(value) > limit:
        raise UsageError(
            f"{field}: at most {limit} characters ({len(value)} given)",
            code=Reason.TOO_LONG,
            field=field,
            details={"limit": limit},
        )
    return value


def column_limit(column: ColumnElement[Any]) -> int | None:
    """How many characters a column holds: its String length, `TEXT_LIMIT` for Text."""
    kind = column.type
    if isinstance(kind, Text):
        return TEXT_LIMIT
    if isinstance(kind, String):
        return kind.length
    return None


def clean_row(table: FromClause, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` of a row with every text field cleaned (`clean_text`) to its column's limit."""
    cleaned = dict(values)
    for field, value in values.items():
        column = table.c.get(field)
        if isinstance(value, str) and column is not None:
            cleaned[field] = clean_text(field, value, limit=column_limit(column))
    return cleaned


def has_lone_surrogate(value: object) -> bool:
    """True when any text in a JSON-like value (keys too) holds a lone surrogate."""
    if isinstance(value, str):
        return any(0xD800 <= ord(char) <= 0xDFFF for char in value)
    if isinstance(value, Mapping):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_lone_surrogate(item) for item in value)
    return False
