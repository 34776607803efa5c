"""The one table of currency rates the rules convert balances and profits to CNY with.

Nothing else in Guitai adds amounts of different currencies (the 360 shows every total per
currency), and the bank's core system does not send rates yet; so rules use these fixed
reference rates, CNY per unit of the currency. Change them here and nowhere else; an
account in a currency missing here does not count towards `total_balance` or
`net_profit_12m` (`tests/sync/test_rules.py` checks the conversion against a plain Python
reading of the same rows).

The database does the conversion in integers: an amount of 1/10,000 units times the rate
in 1/10,000 CNY, divided by 10,000 (truncated towards zero), gives 1/10,000 CNY.
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import Final

HOME_CURRENCY: Final = "CNY"
RATE_SCALE: Final = 10_000

RATES_TO_CNY: Final = MappingProxyType(
    {
        "CNY": Decimal("1"),
        "USD": Decimal("7.1800"),
        "EUR": Decimal("7.7500"),
        "HKD": Decimal("0.9200"),
        "GBP": Decimal("9.0500"),
        "JPY": Decimal("0.0480"),
        "SGD": Decimal("5.3000"),
        "AUD": Decimal("4.6500"),
        "CAD": Decimal("5.1500"),
        "CHF": Decimal("8.1000"),
        "MOP": Decimal("0.8900"),
    }
)
"""CNY per unit, to four decimals."""


def rate_units(currency: str) -> int | None:
    """The rate of `currency` in 1/10,000 CNY (None: not convertible)."""
    rate = RATES_TO_CNY.get(currency)
    return None if rate is None else int(rate * RATE_SCALE)


def to_cny_units(units: int, currency: str) -> int | None:
    """An amount in 1/10,000 of `currency` as 1/10,000 CNY, as the database computes it."""
    rate = rate_units(currency)
    if rate is None:
        return None
    product = units * rate
    quotient = abs(product) // RATE_SCALE
    return quotient if product >= 0 else -quotient
