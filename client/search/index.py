"""Keeping the `search_term` index in step with the customers it describes.

A customer's rows come from its own columns, its phone contact points and the numbers of
the accounts it holds (tombstoned rows of any of them do not count). Call
`reindex_customers` in the transaction that changed them; `rebuild_index` recomputes all.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from client.schema.enums import ContactKind
from client.schema.local import search_term
from client.schema.models import Account, AccountHolder, Branch, ContactPoint, Customer
from client.search.terms import customer_terms

if TYPE_CHECKING:
    from client.store import LocalCache

BATCH = 1000
"""Customers read and rewritten per statement (well under SQLite's bound-parameter limit)."""

REBUILD_BATCH = 20_000
"""Customers rebuilt per transaction: big enough that each index page is rewritten rarely."""

IndexRow = tuple[str, bytearray, str, str, str]
"""(term, customer_id, field, branch code, lifecycle): one row of `search_term`.

The id is a bytearray, which sqlcipher3 binds several times faster than bytes."""

_INSERT = (
    "INSERT INTO search_term (term, customer_id, field, branch, lifecycle) VALUES (?, ?, ?, ?, ?)"
)


def reindex_customers(target: Session | Connection, customer_ids: Iterable[uuid.UUID]) -> int:
    """Replaces the index rows of `customer_ids` with rows computed from the current data.

    Runs in the caller's transaction (a Session is flushed first, so its pending changes
    count). A tombstoned or missing customer is left with no rows. Returns the rows written.
    """
    if isinstance(target, Session):
        target.flush()
        target = target.connection()
    ids = list(dict.fromkeys(customer_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        target.execute(delete(search_term).where(search_term.c.customer_id.in_(chunk)))
        written += _insert(target, index_rows(target, chunk))
    return written


def rebuild_index(cache: LocalCache, *, batch: int = REBUILD_BATCH) -> int:
    """Recomputes the whole index, one committed batch of customers (in id order) at a time.

    Each batch replaces every row whose customer id falls in its id range, so rows of
    customers that no longer exist go too; an interrupted rebuild leaves the index whole,
    part new and part old. Returns the rows written.
    """
    written = 0
    low: uuid.UUID | None = None
    while True:
        with cache.engine.begin() as conn:
            query = select(Customer.id).order_by(Customer.id).limit(batch)
            if low is not None:
                query = query.where(Customer.id > low)
            ids = list(conn.execute(query).scalars())
            high = ids[-1] if len(ids) == batch else None
            stale = delete(search_term)
            if low is not None:
                stale = stale.where(search_term.c.customer_id > low)
            if high is not None:
                stale = stale.where(search_term.c.customer_id <= high)
            conn.execute(stale)
            rows = [
                r for i in range(0, len(ids), BATCH) for r in index_rows(conn, ids[i : i + BATCH])
            ]
            written += _insert(conn, sorted(rows))
        if high is None:
            return written
        low = high


def index_rows(conn: Connection, customer_ids: Sequence[uuid.UUID]) -> list[IndexRow]:
    """The index rows of the given (not tombstoned) customers, sorted by term."""
    if not customer_ids:
        return []
    phones = select(ContactPoint.customer_id, ContactPoint.value).where(
        ContactPoint.customer_id.in_(customer_ids),
        ContactPoint.kind == ContactKind.PHONE,
        ContactPoint.deleted.is_(False),
    )
    accounts = (
        select(AccountHolder.customer_id, Account.account_number)
        .join(Account, Account.id == AccountHolder.account_id)
        .where(
            AccountHolder.customer_id.in_(customer_ids),
            AccountHolder.deleted.is_(False),
            Account.deleted.is_(False),
        )
    )
    phones_of = _by_customer(conn.execute(phones))
    accounts_of = _by_customer(conn.execute(accounts))
    customers = conn.execute(
        select(
            Customer.id,
            Customer.customer_number,
            Customer.kind,
            Customer.legal_name,
            Customer.name_latin,
            Customer.national_id,
            Customer.lifecycle,
            Branch.code,
        )
        .join(Branch, Branch.id == Customer.home_branch_id)
        .where(Customer.id.in_(customer_ids), Customer.deleted.is_(False))
    )
    rows: list[IndexRow] = []
    for cid, number, kind, legal_name, latin, national_id, lifecycle, branch in customers:
        terms = customer_terms(
            customer_number=number,
            kind=str(kind),
            legal_name=legal_name,
            name_latin=latin or "",
            national_id=national_id,
            phones=phones_of.get(cid, ()),
            account_numbers=accounts_of.get(cid, ()),
        )
        unique: dict[str, str] = {}
        for term, field in terms:
            unique.setdefault(term, field)
        rows.extend(
            (term, bytearray(cid.bytes), field, branch, str(lifecycle))
            for term, field in unique.items()
        )
    rows.sort()
    return rows


def _by_customer(pairs: Iterable[tuple[uuid.UUID, str]]) -> dict[uuid.UUID, list[str]]:
    found: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    for customer_id, value in pairs:
        found[customer_id].append(value)
    return found


def _insert(conn: Connection, rows: list[IndexRow]) -> int:
    if rows:
        conn.exec_driver_sql(_INSERT, rows)
    return len(rows)
