"""Declarative base, column types and the mixin every replicated row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

MONEY_SCALE = 10_000
"""Money is stored as an integer count of 1/10,000 of the currency unit (four decimals)."""

_QUANTUM = Decimal("0.0001")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Money(TypeDecorator[Decimal]):
    """An exact amount: `Decimal` in Python, a 64-bit integer of 1/10,000 units in the database.

    SQLite has no exact decimal type (NUMERIC values become floats), so both ends store
    the same integer and the value never passes through a float.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal or int, never float")
        amount = Decimal(value)
        scaled = amount.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN) * MONEY_SCALE
        return int(scaled)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).scaleb(-4).quantize(_QUANTUM)


def money_from_units(units: int) -> Decimal:
    """Converts a stored integer of 1/10,000 units to a Decimal."""
    return Decimal(units).scaleb(-4).quantize(_QUANTUM)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp; SQLite drops the zone, so it is restored on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class GUID(TypeDecorator[uuid.UUID]):
    """A UUID: native `uuid` on PostgreSQL, 16 raw bytes elsewhere (half of a CHAR(32))."""

    impl = LargeBinary(16)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Uuid(as_uuid=True))
        return dialect.type_descriptor(LargeBinary(16))

    def process_bind_param(self, value: uuid.UUID | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(str(value))
        return value if dialect.name == "postgresql" else value.bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None or isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(bytes=bytes(value))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: GUID(),
        Decimal: Money(),
        datetime: UTCDateTime(),
        date: Date(),
        str: String(),
        bool: Boolean(),
        int: Integer(),
    }


class Replicated:
    """Columns of every row that is replicated between the central server and workstations.

    `id` is created wherever the row is born (offline too) without collisions; `version`
    is assigned by the server on each accepted change (0 = never seen by the server);
    `deleted` is a tombstone: rows are never hard-deleted, so the deletion replicates.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, nullable=False)
    deleted: Mapped[bool] = mapped_column(default=False, nullable=False)
