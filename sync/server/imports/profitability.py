"""Profitability CSV: one account-month per line, matched on (account_number, period).

Header (UTF-8, comma-separated; other columns are ignored):
    account_number,period,end_balance,interest_income,fee_income,funding_cost,operating_cost,risk_cost
- account_number (required): an existing account;
- period (required): the month as YYYYMM, e.g. 202511;
- the six amounts (required): decimals with up to four decimals in the account's currency;
  costs are positive numbers.
A line replaces that month of the account's history (`account_history.months`); months not
in the file are kept.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.history import FIELDS, MonthFigures
from client.schema.models import Account, AccountHistory
from sync.server.feed import PendingChange
from sync.server.imports.common import (
    Line,
    Problem,
    RowInvalid,
    Summary,
    check_shape,
    chunks,
    parse_amount,
    required,
    upsert,
)

COLUMNS = ("account_number", "period", *FIELDS)


@dataclass(frozen=True)
class MonthRow:
    account_id: uuid.UUID
    figures: MonthFigures


class ProfitabilityImport:
    columns = COLUMNS

    def __init__(self, session: Session, rows: list[Line]) -> None:
        numbers = sorted({row.get("account_number", "") for _, row in rows} - {""})
        self.accounts: dict[str, uuid.UUID] = {}
        for chunk in chunks(numbers):
            stmt = select(Account.account_number, Account.id).where(
                Account.account_number.in_(chunk), Account.deleted.is_(False)
            )
            self.accounts.update(dict(session.execute(stmt).all()))

    def check(self, rows: list[Line]) -> tuple[list[MonthRow], list[Problem]]:
        good: list[MonthRow] = []
        problems: list[Problem] = []
        first_line: dict[tuple[uuid.UUID, int], int] = {}
        for line, row in rows:
            try:
                parsed = self._parse(row)
                key = (parsed.account_id, parsed.figures.period)
                if key in first_line:
                    raise RowInvalid(
                        f"{row['account_number']} {parsed.figures.period} already on line "
                        f"{first_line[key]}"
                    )
                first_line[key] = line
                good.append(parsed)
            except RowInvalid as exc:
                problems.append(Problem(line, str(exc)))
        return good, problems

    def _parse(self, row: dict[str, str]) -> MonthRow:
        check_shape(row)
        number = required(row, "account_number")
        if number not in self.accounts:
            raise RowInvalid(f"unknown account_number {number!r}")
        text = required(row, "period")
        period = int(text) if text.isdigit() and len(text) == 6 else 0
        if not (190001 <= period <= 299912 and 1 <= period % 100 <= 12):
            raise RowInvalid(f"period {text!r} is not a month YYYYMM")
        amounts = [parse_amount(row, name) for name in FIELDS]
        return MonthRow(self.accounts[number], MonthFigures(period, *amounts))

    def apply(
        self, session: Session, rows: list[MonthRow], summary: Summary
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        by_account: dict[uuid.UUID, list[MonthFigures]] = defaultdict(list)
        for row in rows:
            by_account[row.account_id].append(row.figures)
        existing: dict[uuid.UUID, AccountHistory] = {}
        for chunk in chunks(list(by_account)):
            found = session.scalars(
                select(AccountHistory).where(AccountHistory.account_id.in_(chunk))
            )
            existing.update({h.account_id: h for h in found})
        for account_id, figures in by_account.items():
            history = existing.get(account_id)
            months = {m.period: m for m in (history.months if history else ())}
            for month in figures:
                old = months.get(month.period)
                summary.count(
                    "created" if old is None else "unchanged" if old == month else "updated"
                )
                months[month.period] = month
            values = {"account_id": account_id, "months": tuple(months[p] for p in sorted(months))}
            upsert(session, pending, "account_history", history, values)
        return pending
