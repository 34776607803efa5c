"""Accounts CSV: one account per line, matched on `account_number` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    account_number,customer_number,product_code,currency,status,opened_on,balance,joint_holder_numbers
- account_number (required, up to 34 characters);
- customer_number (required): the primary holder, an existing customer; the account
  belongs to that customer's home branch;
- product_code (required): an existing product; currency (required): ISO 4217, e.g. CNY;
- status (required): open|dormant|blocked|closed; opened_on (required): YYYY-MM-DD;
- balance (required): a decimal amount with up to four decimals, e.g. 12500.00;
- joint_holder_numbers (optional): customer numbers of joint holders separated by `;`;
- optional columns: closed_on (YYYY-MM-DD), balance_as_of (date and time, e.g.
  2025-11-30 18:00 in the bank's time zone, or with its own zone; default: the time of
  the import for a new account or a changed balance, else unchanged).
Holders are added, never removed, by a re-run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import AccountStatus, HolderRole
from client.schema.models import Account, AccountHolder, Customer, Product
from sync.server.imports.bulk import BulkLoad, RowId
from sync.server.imports.common import Batch, Problem, Summary, problems_of
from sync.server.imports.values import Issues, amount, choice, day, known, limit_of, moment, text
from sync.server.working_hours import DEFAULT_TIME_ZONE, time_zone

COLUMNS = (
    "account_number",
    "customer_number",
    "product_code",
    "currency",
    "status",
    "opened_on",
    "balance",
)
OPTIONAL = ("joint_holder_numbers", "closed_on", "balance_as_of")
CURRENCY = re.compile(r"[A-Z]{3}")
FIELDS = (
    "account_number",
    "product_id",
    "branch_id",
    "currency",
    "status",
    "opened_on",
    "closed_on",
    "balance",
    "balance_as_of",
)
BRANCH, BALANCE, AS_OF = (FIELDS.index(f) for f in ("branch_id", "balance", "balance_as_of"))
HOLDER_FIELDS = ("account_id", "customer_id", "role")
STATUSES = tuple(s.value for s in AccountStatus)
NUMBER_LIMIT = limit_of(Account.__table__.c.account_number)
CUSTOMER_LIMIT = limit_of(Customer.__table__.c.customer_number)


@dataclass(slots=True)
class AccountLine:
    line: int
    number: str
    holder: str
    joint: list[str]
    values: list[Any]
    """In `FIELDS` order; branch_id is filled in from the holder, balance_as_of may be None."""
    holders: list[tuple[RowId, str]]


def joint_numbers(value: str) -> list[str]:
    return [n.strip() for n in value.split(";") if n.strip()]


class AccountImport:
    kind = "accounts"
    columns = COLUMNS
    optional = OPTIONAL

    def __init__(self, session: Session, load: BulkLoad) -> None:
        self.load = load
        self.products: dict[str, RowId] = dict(
            session.execute(
                select(Product.code, load.hex(Product.id)).where(Product.deleted.is_(False))
            ).all()
        )
        self.zone = time_zone(DEFAULT_TIME_ZONE)
        self.today = load.now.date()
        self.fresh = load.is_empty(Account)
        self.first_line: dict[str, int] = {}

    def check(self, batch: Batch) -> tuple[list[AccountLine], list[Problem]]:
        """The good lines of a batch, and the problems of the others."""
        numbers: set[str] = set()
        for line, account, issues in batch:
            if account.number:
                if account.number in self.first_line:
                    issues.append(
                        f"account_number {account.number} already on line "
                        f"{self.first_line[account.number]}"
                    )
                else:
                    self.first_line[account.number] = line
            numbers.add(account.holder)
            numbers.update(account.joint)
        customers = self._customers(numbers - {""})
        for _, account, issues in batch:
            self._resolve(account, customers, issues)
        return [a for _, a, issues in batch if not issues], problems_of(batch)

    def finish(self) -> tuple[list[AccountLine], list[Problem]]:
        return [], []

    def parse(self, line: int, v: list[str], issues: Issues) -> AccountLine:
        number, holder, product, currency, status, opened, balance, joint, closed, as_of = v
        number = text(issues, "account_number", number, NUMBER_LIMIT, required=True)
        holder = text(issues, "customer_number", holder, CUSTOMER_LIMIT, required=True)
        product_id = known(issues, "product_code", product, self.products, "product_code")
        if not currency:
            issues.append("missing currency")
        elif not CURRENCY.fullmatch(currency):
            issues.append(f"currency {currency!r} is not a three-letter ISO code")
        status_value = choice(issues, "status", status, STATUSES)
        opened_on = day(issues, "opened_on", opened, required=True, latest=self.today)
        closed_on = day(issues, "closed_on", closed, latest=self.today)
        if opened_on and closed_on and closed_on < opened_on:
            issues.append(f"closed_on {closed_on} is before opened_on {opened_on}")
        balance_value: Decimal | None = amount(issues, "balance", balance)
        balance_as_of: datetime | None = None
        if as_of:
            balance_as_of = moment(issues, "balance_as_of", as_of, self.zone)
        values = [
            number,
            product_id,
            None,
            currency,
            status_value,
            opened_on,
            closed_on,
            balance_value,
            balance_as_of,
        ]
        return AccountLine(line, number, holder, joint_numbers(joint), values, [])

    def _customers(self, numbers: set[str]) -> dict[str, tuple[RowId, RowId]]:
        """(id, home branch) of the known customers among `numbers`."""
        load = self.load
        found = load.fetch(
            [Customer.customer_number, load.hex(Customer.id), load.hex(Customer.home_branch_id)],
            Customer.customer_number,
            numbers,
            Customer.deleted.is_(False),
        )
        return {number: (customer_id, branch) for number, customer_id, branch in found}

    @staticmethod
    def _resolve(
        account: AccountLine, customers: dict[str, tuple[RowId, RowId]], issues: Issues
    ) -> None:
        if account.holder:
            holder = customers.get(account.holder)
            if holder is None:
                issues.append(f"unknown customer_number {account.holder!r}")
            else:
                account.values[BRANCH] = holder[1]
                account.holders.append((holder[0], HolderRole.PRIMARY.value))
        for number in account.joint:
            joint = customers.get(number)
            if joint is None:
                issues.append(f"joint_holder_numbers: unknown customer_number {number!r}")
            elif joint[0] not in {h for h, _ in account.holders}:
                account.holders.append((joint[0], HolderRole.JOINT.value))

    def plan(self, lines: list[AccountLine], summary: Summary) -> None:
        load = self.load
        accounts = load.table(Account.__tablename__, FIELDS)
        holders = load.table(AccountHolder.__tablename__, HOLDER_FIELDS)
        existing = self._existing([line.number for line in lines])
        held = self._holders([row[0] for row in existing.values()])
        now = load.now
        for line in lines:
            old = existing.get(line.number)
            values = line.values
            if old is None:
                if values[AS_OF] is None:
                    values[AS_OF] = now
                account_id = accounts.insert(tuple(values))
                for customer_id, role in line.holders:
                    holders.insert((account_id, customer_id, role))
                summary.created += 1
                continue
            account_id, deleted, *was = old
            if values[AS_OF] is None:
                values[AS_OF] = now if values[BALANCE] != was[BALANCE] else was[AS_OF]
            changed = accounts.change(account_id, was, tuple(values), deleted=deleted)
            for customer_id, role in line.holders:
                current = held.get((account_id, customer_id))
                if current is None:
                    holders.insert((account_id, customer_id, role))
                    changed = True
                else:
                    holder_id, holder_deleted, *fields = current
                    new = (account_id, customer_id, role)
                    changed = (
                        holders.change(holder_id, fields, new, deleted=holder_deleted) or changed
                    )
            if changed:
                summary.updated += 1
            else:
                summary.unchanged += 1

    def _existing(self, numbers: list[str]) -> dict[str, tuple[Any, ...]]:
        """(id, deleted, *FIELDS) of the known accounts among `numbers`, by number."""
        load = self.load
        if self.fresh:
            return {}
        columns = [
            load.hex(Account.id),
            Account.deleted,
            *(load.plain(getattr(Account, f)) for f in FIELDS),
        ]
        found = load.fetch(columns, Account.account_number, numbers)
        return {row[2]: tuple(row) for row in found}

    def _holders(self, account_ids: list[RowId]) -> dict[tuple[RowId, RowId], tuple[Any, ...]]:
        """(id, deleted, *HOLDER_FIELDS) of the holders of these accounts."""
        load = self.load
        if self.fresh:
            return {}
        h = AccountHolder
        columns = [
            load.hex(h.id),
            h.deleted,
            load.hex(h.account_id),
            load.hex(h.customer_id),
            h.role,
        ]
        found = load.fetch(columns, h.account_id, account_ids)
        return {(row[2], row[3]): tuple(row) for row in found}
