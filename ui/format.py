"""How numbers, money and dates read on screen."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal


def money(amount: Decimal, currency: str = "") -> str:
    """1,234,567.80 (with the currency code after it when given)."""
    text = f"{amount:,.2f}"
    return f"{text} {currency}" if currency else text


def day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def moment(value: datetime | None) -> str:
    """2026-11-23 09:30 in the workstation's time zone."""
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def period(value: int) -> str:
    """YYYYMM as 2026-03."""
    return f"{value // 100}-{value % 100:02d}"
