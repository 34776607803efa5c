"""Wire values (JSON, as `client.schema.rows` encodes them) to the cache's stored values.

Applying pulled rows goes straight to SQLite with `executemany`, not through ORM objects:
each column gets one small function turning its JSON value into exactly what SQLAlchemy
would have stored. Common shapes take a fast path; anything unusual goes through the full
codec check and SQLAlchemy's own bind processing, so a bad value is refused by name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Boolean, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects import sqlite

from client.schema.base import GUID, Money, UTCDateTime
from client.schema.rows import table_codec

Convert = Callable[[Any], Any]

DIALECT = sqlite.dialect()
_AMOUNT = re.compile(r"-?\d{1,15}\.\d{4}")
_HEX = frozenset("0123456789abcdefABCDEF-")


class BadRowError(ValueError):
    """A pulled row the cache cannot store: names the table, field and problem."""


def _generic(table: str, name: str) -> Convert:
    """Full check by the codec, then SQLAlchemy's bind processing for SQLite."""
    spec = table_codec(table).fields[name]
    column = table_codec(table).model.__table__.c[name]
    bind = column.type.dialect_impl(DIALECT).bind_processor(DIALECT)

    def convert(raw: Any) -> Any:
        if raw is None:
            if not spec.nullable:
                raise BadRowError(f"{table}.{name}: must not be null")
            return None
        try:
            value = spec.codec.decode(raw)
        except ValueError as exc:
            raise BadRowError(f"{table}.{name}: {exc}") from None
        return bind(value) if bind is not None else value

    return convert


def _guid(fallback: Convert) -> Convert:
    def convert(raw: Any) -> Any:
        if type(raw) is str and len(raw) == 36:
            try:
                return bytearray.fromhex(raw.replace("-", ""))
            except ValueError:
                pass
        return fallback(raw)

    return convert


def _money(fallback: Convert) -> Convert:
    def convert(raw: Any) -> Any:
        if type(raw) is str and _AMOUNT.fullmatch(raw):
            return int(raw.replace(".", ""))
        return fallback(raw)

    return convert


def _timestamp(fallback: Convert) -> Convert:
    def convert(raw: Any) -> Any:
        if type(raw) is str and raw.endswith("+00:00") and raw[10:11] == "T":
            if len(raw) == 32:
                return f"{raw[:10]} {raw[11:26]}"
            if len(raw) == 25:
                return f"{raw[:10]} {raw[11:19]}.000000"
        return fallback(raw)

    return convert


def _plain(kind: type, fallback: Convert, limit: int | None = None) -> Convert:
    def convert(raw: Any) -> Any:
        if type(raw) is kind and (limit is None or len(str(raw)) <= limit):
            return raw
        return fallback(raw)

    return convert


def _boolean(fallback: Convert) -> Convert:
    def convert(raw: Any) -> Any:
        if raw is True:
            return 1
        if raw is False:
            return 0
        return fallback(raw)

    return convert


def _nullable(convert: Convert) -> Convert:
    def nullable(raw: Any) -> Any:
        return None if raw is None else convert(raw)

    return nullable


def column_converter(table: str, name: str) -> Convert:
    """The JSON-to-stored function of one column."""
    fallback = _generic(table, name)
    column = table_codec(table).model.__table__.c[name]
    kind = column.type
    fast: Convert
    if isinstance(kind, GUID):
        fast = _guid(fallback)
    elif isinstance(kind, Money):
        fast = _money(fallback)
    elif isinstance(kind, UTCDateTime):
        fast = _timestamp(fallback)
    elif isinstance(kind, Boolean):
        fast = _boolean(fallback)
    elif isinstance(kind, SAEnum):
        return fallback
    elif isinstance(kind, String):
        fast = _plain(str, fallback, kind.length)
    elif isinstance(kind, BigInteger):
        fast = _plain(int, fallback)
    else:
        return fallback
    return _nullable(fast) if column.nullable else fast


@dataclass(frozen=True)
class TableWriter:
    """Converts rows given as lists in `columns` order and upserts them by id and version."""

    table: str
    columns: tuple[str, ...]
    converters: tuple[Convert, ...]
    upsert: str

    def convert(self, row: Sequence[Any]) -> tuple[Any, ...]:
        if len(row) != len(self.converters):
            raise BadRowError(
                f"{self.table}: a row has {len(row)} values for {len(self.columns)} columns"
            )
        try:
            return tuple([c(v) for c, v in zip(self.converters, row, strict=True)])
        except BadRowError:
            raise
        except (TypeError, ValueError, KeyError) as exc:
            raise BadRowError(f"{self.table}: {exc}") from None

    def convert_dict(self, row: dict[str, Any]) -> tuple[Any, ...]:
        unknown = set(row) - set(self.columns)
        if unknown:
            raise BadRowError(f"{self.table}: unknown fields {', '.join(sorted(unknown))}")
        return self.convert([row.get(name) for name in self.columns])


@cache
def table_writer(table: str, columns: tuple[str, ...]) -> TableWriter:
    """The writer for `table` with these columns (all of them must exist; id and version too)."""
    try:
        codec = table_codec(table)
    except ValueError as exc:
        raise BadRowError(str(exc)) from None
    unknown = [name for name in columns if name not in codec.fields]
    if unknown:
        raise BadRowError(f"{table}: unknown fields {', '.join(unknown)}")
    for needed in ("id", "version"):
        if needed not in columns:
            raise BadRowError(f"{table}: rows lack the field {needed}")
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    upsert = (
        f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET '  # noqa: S608 - identifiers from the table registry or constants; values are bound
        f'{updates} WHERE excluded.version > "{table}".version'
    )
    converters = tuple(column_converter(table, name) for name in columns)
    return TableWriter(table, columns, converters, upsert)


def full_writer(table: str) -> TableWriter:
    return table_writer(table, tuple(table_codec(table).fields))


def stored_value(table: str, name: str, raw: Any) -> Any:
    """One wire value of `table.name` as stored; raises BadRowError."""
    try:
        return column_converter(table, name)(raw)
    except KeyError:
        raise BadRowError(f"{table}: no field {name}") from None


def to_json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
