"""ORM row <-> JSON dict, for any replicated model, derived from the mapper's columns.

Encoding: UUID as its string, Decimal (Money) as a string with up to four decimals, date
and timestamp in ISO 8601 (timestamps must carry a zone), enums by value, the month series
of `account_history` as a list of `{"period": YYYYMM, "end_balance": "12.3400", ...}`.
Decoding checks every value and raises `RowError` naming the field and what is wrong.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapper

from client.schema.base import GUID, MONEY_SCALE, Base, Money, Replicated, UTCDateTime
from client.schema.history import FIELDS as MONTH_FIELDS
from client.schema.history import MonthFigures, MonthSeries

SERVER_MANAGED = frozenset({"id", "version", "updated_at", "deleted"})
"""Fields a client never sends in `changed`: the server sets them."""

INT64 = 2**63 - 1
INT32 = 2**31 - 1
MAX_MONEY = Decimal(INT64) / MONEY_SCALE


class UnknownTableError(ValueError):
    """A table name that is not a replicated table of the schema."""

    def __init__(self, table: str) -> None:
        super().__init__(f"unknown table {table!r}")
        self.table = table


class RowError(ValueError):
    """A field that does not exist, or a value that does not fit its column."""

    def __init__(self, table: str, field: str, problem: str) -> None:
        super().__init__(f"{table}.{field}: {problem}")
        self.table = table
        self.field = field


class Codec:
    """Converts one column's Python value to JSON and back."""

    def encode(self, value: Any) -> Any:
        return value

    def decode(self, raw: Any) -> Any:
        return raw


class UUIDCodec(Codec):
    def encode(self, value: uuid.UUID) -> str:
        return str(value)

    def decode(self, raw: Any) -> uuid.UUID:
        if not isinstance(raw, str):
            raise ValueError("expected a UUID string")
        try:
            return uuid.UUID(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not a UUID") from None


def decode_amount(raw: Any) -> Decimal:
    """An exact amount from a JSON string or integer; never from a float."""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise ValueError('expected an amount as a string such as "1234.5600"')
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"{raw!r} is not a decimal amount") from None
    if not amount.is_finite():
        raise ValueError(f"{raw!r} is not a finite amount")
    if amount.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValueError(f"{raw!r} has more than four decimals")
    if abs(amount) > MAX_MONEY:
        raise ValueError(f"{raw!r} is too large")
    return amount


class MoneyCodec(Codec):
    def encode(self, value: Decimal) -> str:
        return f"{value:.4f}"

    def decode(self, raw: Any) -> Decimal:
        return decode_amount(raw)


class DateTimeCodec(Codec):
    def encode(self, value: datetime) -> str:
        return value.isoformat()

    def decode(self, raw: Any) -> datetime:
        if not isinstance(raw, str):
            raise ValueError("expected an ISO 8601 timestamp string")
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not an ISO 8601 timestamp") from None
        if value.tzinfo is None:
            raise ValueError(f"{raw!r} has no time zone (add Z or +08:00)")
        return value


class DateCodec(Codec):
    def encode(self, value: date) -> str:
        return value.isoformat()

    def decode(self, raw: Any) -> date:
        if not isinstance(raw, str) or len(raw) != 10:
            raise ValueError("expected a date as YYYY-MM-DD")
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not a date (YYYY-MM-DD)") from None


class BoolCodec(Codec):
    def decode(self, raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise ValueError("expected true or false")
        return raw


@dataclass(frozen=True)
class IntCodec(Codec):
    limit: int = INT64

    def decode(self, raw: Any) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError("expected an integer")
        if abs(raw) > self.limit:
            raise ValueError(f"integer out of range (at most {self.limit})")
        return raw


@dataclass(frozen=True)
class StrCodec(Codec):
    length: int | None

    def decode(self, raw: Any) -> str:
        if not isinstance(raw, str):
            raise ValueError("expected a string")
        if self.length is not None and len(raw) > self.length:
            raise ValueError(f"longer than {self.length} characters")
        if "\x00" in raw:
            raise ValueError("contains a NUL character")
        return raw


@dataclass(frozen=True)
class EnumCodec(Codec):
    values: tuple[str, ...]

    def encode(self, value: Any) -> str:
        return str(value.value if hasattr(value, "value") else value)

    def decode(self, raw: Any) -> str:
        if raw not in self.values:
            raise ValueError(f"{raw!r} is not one of {', '.join(self.values)}")
        return str(raw)


class JSONCodec(Codec):
    def decode(self, raw: Any) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise ValueError("expected a JSON object")
        return raw


class MonthsCodec(Codec):
    def encode(self, value: tuple[MonthFigures, ...]) -> list[dict[str, Any]]:
        return [
            {"period": m.period, **{name: f"{getattr(m, name):.4f}" for name in MONTH_FIELDS}}
            for m in value
        ]

    def decode(self, raw: Any) -> tuple[MonthFigures, ...]:
        if not isinstance(raw, list):
            raise ValueError("expected a list of months")
        months: dict[int, MonthFigures] = {}
        for i, item in enumerate(raw):
            if not isinstance(item, dict) or set(item) != {"period", *MONTH_FIELDS}:
                raise ValueError(
                    f"month {i} must have exactly period and {', '.join(MONTH_FIELDS)}"
                )
            period = item["period"]
            if isinstance(period, bool) or not isinstance(period, int):
                raise ValueError(f"month {i}: period must be an integer YYYYMM")
            if not (190001 <= period <= 299912 and 1 <= period % 100 <= 12):
                raise ValueError(f"month {i}: {period} is not a period YYYYMM")
            if period in months:
                raise ValueError(f"month {i}: period {period} appears twice")
            try:
                amounts = [decode_amount(item[name]) for name in MONTH_FIELDS]
            except ValueError as exc:
                raise ValueError(f"month {i}: {exc}") from None
            months[period] = MonthFigures(period, *amounts)
        return tuple(months[p] for p in sorted(months))


def codec_for(column_type: Any) -> Codec:
    """The codec of a column type (decorated types first, then the generic ones)."""
    if isinstance(column_type, GUID):
        return UUIDCodec()
    if isinstance(column_type, Money):
        return MoneyCodec()
    if isinstance(column_type, UTCDateTime):
        return DateTimeCodec()
    if isinstance(column_type, MonthSeries):
        return MonthsCodec()
    if isinstance(column_type, SAEnum):
        return EnumCodec(tuple(column_type.enums))
    if isinstance(column_type, Boolean):
        return BoolCodec()
    if isinstance(column_type, Date):
        return DateCodec()
    if isinstance(column_type, BigInteger):
        return IntCodec()
    if isinstance(column_type, Integer):
        return IntCodec(INT32)
    if isinstance(column_type, String):
        return StrCodec(column_type.length)
    if isinstance(column_type, JSON):
        return JSONCodec()
    raise TypeError(f"no JSON codec for column type {column_type!r}")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    codec: Codec
    nullable: bool
    required: bool
    """Must be given on insert: not nullable and without a default."""


@dataclass(frozen=True)
class TableCodec:
    table: str
    model: type[Base]
    fields: Mapping[str, FieldSpec]

    def to_json(self, obj: Any) -> dict[str, Any]:
        """Every column of `obj` as JSON values."""
        out: dict[str, Any] = {}
        for name, spec in self.fields.items():
            value = getattr(obj, name)
            out[name] = None if value is None else spec.codec.encode(value)
        return out

    def encode_value(self, field: str, value: Any) -> Any:
        return None if value is None else self.fields[field].codec.encode(value)

    def decode_changes(self, changed: Mapping[str, Any]) -> dict[str, Any]:
        """Checks a client's `changed` dict and returns Python values; raises RowError."""
        values: dict[str, Any] = {}
        for name, raw in changed.items():
            spec = self.fields.get(name)
            if spec is None:
                raise RowError(self.table, name, "no such field")
            if name in SERVER_MANAGED:
                raise RowError(self.table, name, "is set by the server, never by a client")
            if raw is None:
                if not spec.nullable:
                    raise RowError(self.table, name, "must not be null")
                values[name] = None
                continue
            try:
                values[name] = spec.codec.decode(raw)
            except ValueError as exc:
                raise RowError(self.table, name, str(exc)) from None
        return values

    def missing_on_insert(self, changed: Mapping[str, Any]) -> list[str]:
        return [
            n
            for n, spec in self.fields.items()
            if spec.required and n not in changed and n not in SERVER_MANAGED
        ]


def _table_codec(mapper: Mapper[Any]) -> TableCodec:
    fields: dict[str, FieldSpec] = {}
    for key, column in mapper.columns.items():
        has_default = column.default is not None or column.server_default is not None
        fields[key] = FieldSpec(
            name=key,
            codec=codec_for(column.type),
            nullable=bool(column.nullable),
            required=not column.nullable and not has_default,
        )
    return TableCodec(mapper.local_table.name, mapper.class_, fields)  # type: ignore[attr-defined]


@cache
def _codecs() -> dict[str, TableCodec]:
    out: dict[str, TableCodec] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Replicated):
            codec = _table_codec(mapper)
            out[codec.table] = codec
    return out


def replicated_tables() -> list[str]:
    return sorted(_codecs())


def table_codec(table: str) -> TableCodec:
    try:
        return _codecs()[table]
    except KeyError:
        raise UnknownTableError(table) from None


def row_to_json(obj: Any) -> dict[str, Any]:
    """Every column of a replicated ORM object as a JSON-ready dict."""
    return table_codec(obj.__tablename__).to_json(obj)


def row_from_json(table: str, data: Mapping[str, Any]) -> Any:
    """A new ORM object from a full JSON row (as `row_to_json` makes it)."""
    codec = table_codec(table)
    values: dict[str, Any] = {}
    for name, raw in data.items():
        spec = codec.fields.get(name)
        if spec is None:
            raise RowError(table, name, "no such field")
        try:
            values[name] = None if raw is None else spec.codec.decode(raw)
        except ValueError as exc:
            raise RowError(table, name, str(exc)) from None
    return codec.model(**values)
