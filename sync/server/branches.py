"""The branches a row belongs to, for the scope rules; looked up in batches for a pull page."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import Customer, User
from client.schema.registry import Owner, TableSpec, spec

CHUNK = 500


class MissingReferenceError(LookupError):
    """A row names a customer, account, user or household that does not exist."""


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = list(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class Resolver:
    """Maps rows to their branches; caches what it has looked up for one request.

    What a row's branches are comes from its `client.schema.registry` entry: its owners'
    branches (a customer's home branch, a member of staff's branch, a branch named
    outright), those of the row it hangs off (`via`) or of the link rows naming it
    (`held_by`), a branch of its own (`branch_column`), and for a link row those of the
    row it links that others hold too (`shares`: a holder row is every branch's of its
    account).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.customer_branch: dict[uuid.UUID, uuid.UUID] = {}
        self.user_branch: dict[uuid.UUID, uuid.UUID] = {}
        self.held_branches: dict[str, dict[uuid.UUID, frozenset[uuid.UUID]]] = {}
        """Table -> row id -> branches, for rows owned through link rows (accounts...)."""

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

    def _load_held(self, table: str, ids: Iterable[uuid.UUID]) -> None:
        """Branches of rows of `table` owned through link rows: their own, their holders'.

        A row with a branch of its own is known when it exists; one without (a household)
        belongs to no branch until a link row names it.
        """
        held = spec(table)
        assert held.held_by is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        known = self.held_branches.setdefault(table, {})
        model: Any = held.model
        link = spec(held.held_by.table)
        link_model: Any = link.model
        link_column = getattr(link_model, held.held_by.column)
        holder = getattr(link_model, link.customer_columns[0])
        todo = {i for i in ids if i is not None and i not in known}
        for chunk in _chunks(todo):
            found: dict[uuid.UUID, set[uuid.UUID]] = {}
            if held.branch_column is None:
                found = {i: set() for i in chunk}
            else:
                rows = self.session.execute(
                    select(model.id, getattr(model, held.branch_column)).where(model.id.in_(chunk))
                )
                for row_id, branch_id in rows:
                    found[row_id] = {branch_id}
            holders = self.session.execute(
                select(link_column, Customer.home_branch_id)
                .join(Customer, Customer.id == holder)
                .where(link_column.in_(chunk), link_model.deleted.is_(False))
            )
            for row_id, branch_id in holders:
                found.setdefault(row_id, set()).add(branch_id)
            known.update({k: frozenset(v) for k, v in found.items()})

    def _loader(self, kind: Owner, via: str | None) -> Callable[[Iterable[uuid.UUID]], None]:
        if via is not None:
            return lambda ids: self._load_held(via, ids)
        if kind is Owner.CUSTOMER:
            return self._load_customers
        if kind is Owner.USER:
            return self._load_users
        return lambda ids: None

    def prefetch(self, table: str, rows: Iterable[Any]) -> None:
        """Looks up, in a few queries, what `branches` will need for these rows."""
        rows = list(rows)
        for column, loader in self._references(spec(table)):
            loader([getattr(r, column) for r in rows])

    def _references(
        self, row_spec: TableSpec
    ) -> list[tuple[str, Callable[[Iterable[uuid.UUID]], None]]]:
        """(column, loader) of each owner the rows of `row_spec` name."""
        if row_spec.owner in (Owner.NONE, Owner.BRANCH):
            return []
        found: list[tuple[str, Callable[[Iterable[uuid.UUID]], None]]] = []
        if not row_spec.owns_itself:
            loader = self._loader(row_spec.owner, row_spec.via)
            found += [(column, loader) for column in row_spec.owner_columns]
        others = (*row_spec.also, *((row_spec.otherwise,) if row_spec.otherwise else ()))
        found += [(column, self._loader(kind, None)) for kind, column in others]
        if row_spec.held_by is not None:
            table = row_spec.table
            found.append(("id", lambda ids: self._load_held(table, ids)))
        if row_spec.shares is not None:
            found.append(
                (row_spec.shares.column, self._loader(row_spec.owner, row_spec.shares.table))
            )
        return found

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

    def _held(self, table: str, row_id: uuid.UUID) -> frozenset[uuid.UUID]:
        self._load_held(table, [row_id])
        try:
            return self.held_branches[table][row_id]
        except KeyError:
            raise MissingReferenceError(f"no {table} {row_id}") from None

    def _owner(self, kind: Owner, value: uuid.UUID) -> uuid.UUID:
        if kind is Owner.CUSTOMER:
            return self._customer(value)
        if kind is Owner.USER:
            return self._user(value)
        return value

    def forget(self) -> None:
        """Drops what was looked up: the rows it came from may have changed since."""
        self.customer_branch.clear()
        self.user_branch.clear()
        self.held_branches.clear()

    def end_branches(self, table: str, row_id: uuid.UUID) -> frozenset[uuid.UUID] | None:
        """The branches of the row of `table` a link row names (one of its ends).

        A customer's is its home branch, a member of staff's their branch, an account's its
        own and its holders', a household's its members' (none yet for a new one).
        """
        end = spec(table)
        if table == User.__tablename__:
            return frozenset({self._user(row_id)})
        if end.owns_itself:
            return frozenset({self._customer(row_id)})
        if end.held_by is not None:
            return self._held(table, row_id)
        raise ValueError(f"{table} cannot be the end of a link row")

    def branches(self, table: str, row: Any) -> frozenset[uuid.UUID] | None:
        """The branches `row` belongs to; None for a reference row.

        `row` is an ORM object or anything with the table's columns as attributes; for an
        account not saved yet, its own `branch_id` counts.
        """
        row_spec = spec(table)
        if row_spec.owner is Owner.NONE:
            return None
        found: set[uuid.UUID] = set()
        if row_spec.branch_column is not None:
            found.add(getattr(row, row_spec.branch_column))
        if row_spec.held_by is not None:
            self._load_held(table, [row.id])
            found |= self.held_branches[table].get(row.id, frozenset())
        if row_spec.shares is not None:
            shared = getattr(row, row_spec.shares.column)
            found |= self._held(row_spec.shares.table, shared) if shared is not None else set()
        if row_spec.via is not None:
            found |= self._held(row_spec.via, getattr(row, row_spec.owner_columns[0]))
        elif not row_spec.owns_itself:
            values = [getattr(row, column) for column in row_spec.owner_columns]
            if row_spec.otherwise is not None:
                values = [v for v in values if v is not None]
            found |= {self._owner(row_spec.owner, v) for v in values}
            if not values and row_spec.otherwise is not None:
                kind, column = row_spec.otherwise
                other = getattr(row, column)
                found |= {self._owner(kind, other)} if other is not None else set()
        found |= {self._owner(kind, getattr(row, column)) for kind, column in row_spec.also}
        return frozenset(found)
