"""Profitability over the 12-month window: per account, per currency and per month.

Amounts of different currencies are never added together: every total is per currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from decimal import Decimal

from client.customer360.views import MonthProfit, ProfitSummary
from client.schema.history import MonthFigures

MONTHS = 12
HOME_CURRENCY = "CNY"
ZERO = Decimal("0.0000")

History = tuple[str, Sequence[MonthFigures]]
"""An account's currency and its month figures."""


def period_of(day: date) -> int:
    """The YYYYMM period of a day."""
    return day.year * 100 + day.month


def window(
    series: Iterable[Sequence[MonthFigures]], current: int, size: int = MONTHS
) -> tuple[int, ...]:
    """The `size` most recent periods present in any series, none later than `current`."""
    periods = {m.period for months in series for m in months if m.period <= current}
    return tuple(sorted(periods)[-size:])


def currency_order(currency: str) -> tuple[bool, str]:
    """Sort key: the home currency first, then the others alphabetically."""
    return currency != HOME_CURRENCY, currency


def summarise(
    currency: str, months: Sequence[MonthFigures], chosen: AbstractSet[int]
) -> ProfitSummary:
    """One account's revenue, cost and net over the chosen periods."""
    revenue = cost = ZERO
    for m in months:
        if m.period in chosen:
            revenue += m.revenue
            cost += m.cost
    return ProfitSummary(currency, revenue, cost, revenue - cost)


def add_up(summaries: Iterable[ProfitSummary]) -> tuple[ProfitSummary, ...]:
    """Summaries added per currency, home currency first."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for s in summaries:
        sums[s.currency][0] += s.revenue
        sums[s.currency][1] += s.cost
    return tuple(
        ProfitSummary(currency, revenue, cost, revenue - cost)
        for currency, (revenue, cost) in sorted(sums.items(), key=lambda i: currency_order(i[0]))
    )


def month_series(histories: Iterable[History], periods: Sequence[int]) -> tuple[MonthProfit, ...]:
    """Revenue, cost and net per currency and period: every period of the window, zero-filled."""
    chosen = set(periods)
    sums: dict[str, dict[int, list[Decimal]]] = {}
    for currency, months in histories:
        by_period = sums.setdefault(currency, {p: [ZERO, ZERO] for p in periods})
        for m in months:
            if m.period in chosen:
                by_period[m.period][0] += m.revenue
                by_period[m.period][1] += m.cost
    return tuple(
        MonthProfit(period, currency, revenue, cost, revenue - cost)
        for currency in sorted(sums, key=currency_order)
        for period, (revenue, cost) in sums[currency].items()
    )
