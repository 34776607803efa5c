"""Monthly account figures and their packed column type.

Layout (version 1): one byte `1`, then for each month in ascending order a little-endian
record `<i6q`: the period as YYYYMM, then the six amounts named in `FIELDS`, each an
integer of 1/10,000 of the account's currency, as in `client.schema.base.Money`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from client.schema.base import MONEY_SCALE, money_from_units

FORMAT_VERSION = 1
FIELDS = (
    "end_balance",
    "interest_income",
    "fee_income",
    "funding_cost",
    "operating_cost",
    "risk_cost",
)
RECORD = struct.Struct("<i6q")


class CorruptHistoryError(ValueError):
    """A packed month series that cannot be decoded."""


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One month of an account: month-end balance, revenue lines and cost lines."""

    period: int
    """YYYYMM."""
    end_balance: Decimal
    interest_income: Decimal
    fee_income: Decimal
    funding_cost: Decimal
    operating_cost: Decimal
    risk_cost: Decimal

    @property
    def revenue(self) -> Decimal:
        return self.interest_income + self.fee_income

    @property
    def cost(self) -> Decimal:
        return self.funding_cost + self.operating_cost + self.risk_cost

    @property
    def net(self) -> Decimal:
        return self.revenue - self.cost


def _units(amount: Decimal) -> int:
    return int(amount * MONEY_SCALE)


def pack_months(months: tuple[MonthFigures, ...] | list[MonthFigures]) -> bytes:
    ordered = sorted(months, key=lambda m: m.period)
    body = b"".join(
        RECORD.pack(m.period, *(_units(getattr(m, name)) for name in FIELDS)) for m in ordered
    )
    return bytes([FORMAT_VERSION]) + body


def unpack_months(data: bytes) -> tuple[MonthFigures, ...]:
    if not data:
        return ()
    if data[0] != FORMAT_VERSION or (len(data) - 1) % RECORD.size:
        raise CorruptHistoryError(f"unknown or damaged month series ({len(data)} bytes)")
    return tuple(
        MonthFigures(period, *(money_from_units(v) for v in values))
        for period, *values in RECORD.iter_unpack(memoryview(data)[1:])
    )


class MonthSeries(TypeDecorator[tuple[MonthFigures, ...]]):
    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return pack_months(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[MonthFigures, ...]:
        if value is None:
            return ()
        return unpack_months(bytes(value))
