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
- optional columns: closed_on (YYYY-MM-DD), balance_as_of (ISO 8601 timestamp with zone;
  default: the time of the import).
Holders are added, never removed, by a re-run.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import AccountStatus, HolderRole
from client.schema.models import Account, AccountHolder, Customer, Product
from sync.server.feed import PendingChange
from sync.server.imports.common import (
    Line,
    Problem,
    RowInvalid,
    Summary,
    check_choice,
    check_length,
    check_shape,
    chunks,
    parse_amount,
    parse_date,
    required,
    upsert,
)

COLUMNS = (
    "account_number",
    "customer_number",
    "product_code",
    "currency",
    "status",
    "opened_on",
    "balance",
)
CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class AccountRow:
    number: str
    values: dict[str, Any]
    holders: list[tuple[uuid.UUID, HolderRole]]


class AccountImport:
    columns = COLUMNS

    def __init__(self, session: Session, rows: list[Line], now: datetime) -> None:
        self.now = now
        self.products = dict(session.execute(select(Product.code, Product.id)).all())
        numbers: set[str] = set()
        for _, row in rows:
            numbers.add(row.get("customer_number", ""))
            numbers.update(self._joint(row))
        self.customers: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}
        for chunk in chunks(sorted(numbers - {""})):
            stmt = select(Customer.customer_number, Customer.id, Customer.home_branch_id).where(
                Customer.customer_number.in_(chunk), Customer.deleted.is_(False)
            )
            self.customers.update({n: (i, b) for n, i, b in session.execute(stmt).all()})

    @staticmethod
    def _joint(row: dict[str, str]) -> list[str]:
        return [n.strip() for n in row.get("joint_holder_numbers", "").split(";") if n.strip()]

    def check(self, rows: list[Line]) -> tuple[list[AccountRow], list[Problem]]:
        good: list[AccountRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in rows:
            try:
                parsed = self._parse(row)
                if parsed.number in first_line:
                    raise RowInvalid(
                        f"account_number {parsed.number} already on line "
                        f"{first_line[parsed.number]}"
                    )
                first_line[parsed.number] = line
                good.append(parsed)
            except RowInvalid as exc:
                problems.append(Problem(line, str(exc)))
        return good, problems

    def _customer(self, number: str) -> tuple[uuid.UUID, uuid.UUID]:
        try:
            return self.customers[number]
        except KeyError:
            raise RowInvalid(f"unknown customer_number {number!r}") from None

    def _parse(self, row: dict[str, str]) -> AccountRow:
        check_shape(row)
        number = required(row, "account_number")
        holder, branch = self._customer(required(row, "customer_number"))
        code = required(row, "product_code")
        if code not in self.products:
            raise RowInvalid(f"unknown product_code {code!r}")
        currency = required(row, "currency")
        if not CURRENCY.fullmatch(currency):
            raise RowInvalid(f"currency {currency!r} is not a three-letter ISO code")
        status = check_choice(row, "status", [s.value for s in AccountStatus])
        as_of = self.now
        if row.get("balance_as_of"):
            try:
                as_of = datetime.fromisoformat(row["balance_as_of"])
            except ValueError:
                raise RowInvalid("balance_as_of is not an ISO 8601 timestamp") from None
            if as_of.tzinfo is None:
                raise RowInvalid("balance_as_of has no time zone")
        values: dict[str, Any] = {
            "account_number": number,
            "product_id": self.products[code],
            "branch_id": branch,
            "currency": currency,
            "status": AccountStatus(status),
            "opened_on": parse_date(row, "opened_on"),
            "closed_on": parse_date(row, "closed_on", optional=True),
            "balance": parse_amount(row, "balance"),
            "balance_as_of": as_of,
        }
        check_length("account", values)
        holders = [(holder, HolderRole.PRIMARY)]
        for joint in self._joint(row):
            joint_id, _ = self._customer(joint)
            if joint_id not in {h for h, _ in holders}:
                holders.append((joint_id, HolderRole.JOINT))
        return AccountRow(number, values, holders)

    def apply(
        self, session: Session, rows: list[AccountRow], summary: Summary
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        existing: dict[str, Account] = {}
        for chunk in chunks([r.number for r in rows]):
            found = session.scalars(select(Account).where(Account.account_number.in_(chunk)))
            existing.update({a.account_number: a for a in found})
        held: dict[tuple[uuid.UUID, uuid.UUID], AccountHolder] = {}
        for chunk in chunks([a.id for a in existing.values()]):
            found_holders = session.scalars(
                select(AccountHolder).where(AccountHolder.account_id.in_(chunk))
            )
            held.update({(h.account_id, h.customer_id): h for h in found_holders})
        outcomes = [
            upsert(session, pending, "account", existing.get(row.number), row.values)
            for row in rows
        ]
        session.flush()  # new accounts before their holders
        for row, (outcome, account) in zip(rows, outcomes, strict=True):
            for customer_id, role in row.holders:
                current = held.get((account.id, customer_id))
                values = {"account_id": account.id, "customer_id": customer_id, "role": role}
                done, _ = upsert(session, pending, "account_holder", current, values)
                if outcome == "unchanged" and done != "unchanged":
                    outcome = "updated"
            summary.count(outcome)
        return pending
