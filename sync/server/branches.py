"""The branches a row belongs to, for the scope rules; looked up in batches for a pull page."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import (
    Account,
    AccountHolder,
    Customer,
    HouseholdMember,
    User,
)
from sync.server.scope import REFERENCE

CHUNK = 500


class MissingReferenceError(LookupError):
    """A row names a customer, account, user or household that does not exist."""


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = list(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class Resolver:
    """Maps rows to their branches; caches what it has looked up for one request."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.customer_branch: dict[uuid.UUID, uuid.UUID] = {}
        self.user_branch: dict[uuid.UUID, uuid.UUID] = {}
        self.account_branches: dict[uuid.UUID, frozenset[uuid.UUID]] = {}
        self.household_branches: dict[uuid.UUID, frozenset[uuid.UUID]] = {}

    # --- batch loading ------------------------------------------------------------------

    def _load_customers(self, ids: Iterable[uuid.UUID]) -> None:
        todo = {i for i in ids if i is not None and i not in self.customer_branch}
        for chunk in _chunks(todo):
            stmt = select(Customer.id, Customer.home_branch_id).where(Customer.id.in_(chunk))
            self.customer_branch.update(dict(self.session.execute(stmt).all()))

    def _load_users(self, ids: Iterable[uuid.UUID]) -> None:
        todo = {i for i in ids if i is not None and i not in self.user_branch}
        for chunk in _chunks(todo):
            stmt = select(User.id, User.branch_id).where(User.id.in_(chunk))
            self.user_branch.update(dict(self.session.execute(stmt).all()))

    def _load_accounts(self, ids: Iterable[uuid.UUID]) -> None:
        todo = {i for i in ids if i is not None and i not in self.account_branches}
        for chunk in _chunks(todo):
            found: dict[uuid.UUID, set[uuid.UUID]] = {}
            rows = self.session.execute(
                select(Account.id, Account.branch_id).where(Account.id.in_(chunk))
            )
            for account_id, branch_id in rows:
                found[account_id] = {branch_id}
            holders = self.session.execute(
                select(AccountHolder.account_id, Customer.home_branch_id)
                .join(Customer, Customer.id == AccountHolder.customer_id)
                .where(AccountHolder.account_id.in_(chunk), AccountHolder.deleted.is_(False))
            )
            for account_id, branch_id in holders:
                found.setdefault(account_id, set()).add(branch_id)
            self.account_branches.update({k: frozenset(v) for k, v in found.items()})

    def _load_households(self, ids: Iterable[uuid.UUID]) -> None:
        todo = {i for i in ids if i is not None and i not in self.household_branches}
        for chunk in _chunks(todo):
            found: dict[uuid.UUID, set[uuid.UUID]] = {i: set() for i in chunk}
            rows = self.session.execute(
                select(HouseholdMember.household_id, Customer.home_branch_id)
                .join(Customer, Customer.id == HouseholdMember.customer_id)
                .where(HouseholdMember.household_id.in_(chunk), HouseholdMember.deleted.is_(False))
            )
            for household_id, branch_id in rows:
                found[household_id].add(branch_id)
            self.household_branches.update({k: frozenset(v) for k, v in found.items()})

    def prefetch(self, table: str, rows: Iterable[Any]) -> None:
        """Looks up, in a few queries, what `branches` will need for these rows."""
        rows = list(rows)
        for column, loader in self._references(table):
            loader([getattr(r, column) for r in rows])
        if table == "household":
            self._load_households(r.id for r in rows)

    def _references(self, table: str) -> list[tuple[str, Callable[[Iterable[uuid.UUID]], None]]]:
        customers, users, accounts = self._load_customers, self._load_users, self._load_accounts
        if table == "customer":
            return []
        if table == "party_relationship":
            return [("from_customer_id", customers), ("to_customer_id", customers)]
        if table == "account_history":
            return [("account_id", accounts)]
        if table == "account":
            return [("id", accounts)]
        if table == "calendar_block":
            return [("user_id", users)]
        if table == "appointment":
            return [("customer_id", customers), ("rm_id", users)]
        if table == "audit_event":
            return [("customer_id", customers), ("user_id", users)]
        if table in ("segment_feedback",):
            return [("customer_id", customers)]
        if table in ("household", "device") or table in REFERENCE:
            return []
        return [("customer_id", customers)]

    # --- one row ------------------------------------------------------------------------

    def _customer(self, customer_id: uuid.UUID) -> uuid.UUID:
        self._load_customers([customer_id])
        try:
            return self.customer_branch[customer_id]
        except KeyError:
            raise MissingReferenceError(f"no customer {customer_id}") from None

    def _user(self, user_id: uuid.UUID) -> uuid.UUID:
        self._load_users([user_id])
        try:
            return self.user_branch[user_id]
        except KeyError:
            raise MissingReferenceError(f"no user {user_id}") from None

    def _account(self, account_id: uuid.UUID) -> frozenset[uuid.UUID]:
        self._load_accounts([account_id])
        try:
            return self.account_branches[account_id]
        except KeyError:
            raise MissingReferenceError(f"no account {account_id}") from None

    def branches(self, table: str, row: Any) -> frozenset[uuid.UUID] | None:
        """The branches `row` belongs to; None for a reference row.

        `row` is an ORM object or anything with the table's columns as attributes; for an
        account not saved yet, its own `branch_id` counts.
        """
        if table in REFERENCE:
            return None
        if table == "customer":
            return frozenset({row.home_branch_id})
        if table == "device":
            return frozenset({row.branch_id})
        if table == "party_relationship":
            return frozenset(
                {self._customer(row.from_customer_id), self._customer(row.to_customer_id)}
            )
        if table == "account":
            self._load_accounts([row.id])
            return self.account_branches.get(row.id, frozenset()) | {row.branch_id}
        if table == "account_history":
            return self._account(row.account_id)
        if table == "household":
            self._load_households([row.id])
            return self.household_branches.get(row.id, frozenset())
        if table == "calendar_block":
            return frozenset({self._user(row.user_id)})
        if table == "appointment":
            return frozenset({self._customer(row.customer_id), self._user(row.rm_id)})
        if table == "audit_event":
            if row.customer_id is not None:
                return frozenset({self._customer(row.customer_id)})
            return frozenset({self._user(row.user_id)}) if row.user_id else frozenset()
        if table == "segment_feedback":
            if row.customer_id is not None:
                return frozenset({self._customer(row.customer_id)})
            return frozenset({row.branch_id})
        return frozenset({self._customer(row.customer_id)})
