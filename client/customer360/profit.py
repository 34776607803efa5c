"""Profitability over the 12-month window: per account, per currency and per month.

Amounts of different currencies are never added together: every total is per currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from decimal import Decimal

from client.customer360.views import BalanceMonth, MonthProfit, ProfitLines, ProfitSummary
from client.schema.history import MonthFigures

MONTHS = 12
BALANCE_MONTHS = 24
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


LINES = ("interest_income", "fee_income", "funding_cost", "operating_cost", "risk_cost")
"""The profitability lines, revenue first (`client.schema.history.FIELDS` after the balance)."""


def profit_lines(histories: Iterable[History], periods: Sequence[int]) -> tuple[ProfitLines, ...]:
    """Each line summed over the window per currency, home currency first; net is the
    revenue lines less the cost lines."""
    chosen = set(periods)
    sums: dict[str, list[Decimal]] = {}
    for currency, months in histories:
        line = sums.setdefault(currency, [ZERO] * len(LINES))
        for m in months:
            if m.period in chosen:
                for k, name in enumerate(LINES):
                    line[k] += getattr(m, name)
    return tuple(
        ProfitLines(
            currency,
            interest_income=v[0],
            fee_income=v[1],
            funding_cost=v[2],
            operating_cost=v[3],
            risk_cost=v[4],
            net=v[0] + v[1] - v[2] - v[3] - v[4],
        )
        for currency, v in sorted(sums.items(), key=lambda i: currency_order(i[0]))
    )


def balance_series(
    histories: Iterable[History], current: int, size: int = BALANCE_MONTHS
) -> tuple[BalanceMonth, ...]:
    """The month-end balances of the home-currency accounts summed per period, over the
    `size` most recent periods in their histories up to `current` (an account without a
    figure for a month adds nothing to it)."""
    home = [months for currency, months in histories if currency == HOME_CURRENCY]
    periods = window(home, current, size)
    chosen = set(periods)
    sums = dict.fromkeys(periods, ZERO)
    for months in home:
        for m in months:
            if m.period in chosen:
                sums[m.period] += m.end_balance
    return tuple(BalanceMonth(period, balance) for period, balance in sums.items())
