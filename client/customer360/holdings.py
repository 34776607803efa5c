"""Accounts with their holders, households, and their profitability over one 12-month window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row

from client.customer360.profit import (
    add_up,
    balance_series,
    month_series,
    profit_lines,
    summarise,
    window,
)
from client.customer360.queries import (
    HELD_ACCOUNTS,
    HOUSEHOLD_HISTORIES,
    HOUSEHOLD_MEMBERS,
    OTHER_HOLDERS,
)
from client.customer360.reader import Reader
from client.customer360.views import (
    AccountView,
    HouseholdView,
    Party,
    Profitability,
    ProfitSummary,
)


@dataclass(frozen=True)
class Holdings:
    accounts: tuple[AccountView, ...]
    profit: Profitability
    households: tuple[HouseholdView, ...]


def load_holdings(reader: Reader, current_period: int) -> Holdings:
    """The customer's accounts and households, all measured over the same window.

    The window is the 12 most recent periods, up to `current_period`, found in the
    histories of the customer's accounts and of their households' accounts.
    """
    held = reader.rows(HELD_ACCOUNTS)
    others = _other_holders(reader, held)
    members = reader.rows(HOUSEHOLD_MEMBERS)
    histories = _household_histories(reader, members)
    periods = window([a.months for a in held] + [h.months for h in histories], current_period)
    chosen = frozenset(periods)
    accounts = tuple(
        _account(a, others.get(a.id, ()), summarise(a.currency, a.months, chosen)) for a in held
    )
    series = [(a.currency, a.months or ()) for a in held]
    profit = Profitability(
        periods,
        add_up(a.profit_12m for a in accounts),
        month_series(series, periods),
        profit_lines(series, periods),
        balance_series(series, current_period),
    )
    household_profit: defaultdict[Any, list[ProfitSummary]] = defaultdict(list)
    for h in histories:
        household_profit[h.household_id].append(summarise(h.currency, h.months, chosen))
    households = _households(reader, members, household_profit)
    return Holdings(accounts, profit, households)


def _other_holders(reader: Reader, held: Sequence[Row[Any]]) -> dict[Any, tuple[Party, ...]]:
    if not held:
        return {}
    found: defaultdict[Any, list[Party]] = defaultdict(list)
    for row in reader.rows(OTHER_HOLDERS, accounts=[a.id for a in held]):
        found[row.account_id].append(
            Party(row.customer_number, row.legal_name, row.role, bool(row.elsewhere))
        )
    return {account_id: tuple(parties) for account_id, parties in found.items()}


def _household_histories(reader: Reader, members: Sequence[Row[Any]]) -> Sequence[Row[Any]]:
    if not members:
        return ()
    households = list(dict.fromkeys(m.household_id for m in members))
    return reader.rows(HOUSEHOLD_HISTORIES, households=households)


def _account(row: Row[Any], others: tuple[Party, ...], profit: ProfitSummary) -> AccountView:
    return AccountView(
        account_id=row.id,
        account_number=row.account_number,
        product=row.product,
        category=row.category,
        currency=row.currency,
        status=row.status,
        balance=row.balance,
        balance_as_of=row.balance_as_of,
        opened_on=row.opened_on,
        role=row.role,
        other_holders=others,
        profit_12m=profit,
    )


def _households(
    reader: Reader,
    members: Sequence[Row[Any]],
    profit: dict[Any, list[ProfitSummary]],
) -> tuple[HouseholdView, ...]:
    by_household: dict[Any, list[Row[Any]]] = {}
    for m in members:
        by_household.setdefault(m.household_id, []).append(m)
    views = []
    for household_id, rows in by_household.items():
        me = next(r for r in rows if r.customer_id == reader.customer_id)
        views.append(
            HouseholdView(
                household_id=household_id,
                name=me.household_name,
                role=me.role,
                members=tuple(
                    Party(r.customer_number, r.legal_name, r.role, bool(r.elsewhere))
                    for r in rows
                    if r.customer_id != reader.customer_id
                ),
                profit_12m=add_up(profit.get(household_id, ())),
            )
        )
    return tuple(views)
