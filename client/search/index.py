"""Keeping the `search_term` index in step with the customers it describes.

A customer's rows come from its own columns, its phone contact points and the numbers of
the accounts it holds (tombstoned rows of any of them do not count). Call
`reindex_customers` in the transaction that changed them; `rebuild_index` recomputes all.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from client.schema.enums import ContactKind
from client.schema.local import search_term
from client.schema.models import Account, AccountHolder, Branch, ContactPoint, Customer
from client.search.terms import customer_terms
from client.store import CACHE_KIB

if TYPE_CHECKING:
    from client.store import LocalCache

BATCH = 1000
"""Customers read and rewritten per statement (well under SQLite's bound-parameter limit)."""

REBUILD_BATCH = 20_000
"""Customers rebuilt per transaction: big enough that each index page is rewritten rarely."""

STAGED = "search_term_staged"
"""The scratch table of `_build_sorted`: dropped when it is done (or when it starts again)."""

IndexRow = tuple[str, bytearray, str, str, str]
"""(term, customer_id, field, branch code, lifecycle): one row of `search_term`.

The id is a bytearray, which sqlcipher3 binds several times faster than bytes."""


@dataclass(frozen=True)
class _Batch:
    """One batch of a rebuild: its open transaction and its customers' id range."""

    conn: Connection
    low: bytes | None
    high: bytes | None


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


def rebuild_index(
    cache: LocalCache, *, batch: int = REBUILD_BATCH, cache_kib: int | None = None
) -> int:
    """Recomputes the whole index; returns the rows written.

    An empty index (a first sync) is built by `_build_sorted`. Otherwise one committed batch
    of customers (in id order) at a time: each batch replaces every row whose customer id
    falls in its id range, so rows of customers that no longer exist go too; an interrupted
    rebuild leaves the index whole, part new and part old. `cache_kib` enlarges the page
    cache of the connection for the rebuild (a bulk load), and puts the usual size back after.
    """
    try:
        with cache.engine.connect() as conn:
            empty = conn.exec_driver_sql("SELECT 1 FROM search_term LIMIT 1").first() is None
            conn.rollback()
        if empty:
            return _build_sorted(cache, batch, cache_kib)
        return _rebuild_in_place(cache, batch, cache_kib)
    finally:
        if cache_kib is not None:
            with cache.engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")


def _batches(cache: LocalCache, batch: int, cache_kib: int | None) -> Iterator[_Batch]:
    """One transaction per `batch` customers, in id order, each with its id range."""
    low: bytes | None = None
    while True:
        with cache.engine.begin() as conn:
            if cache_kib is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
            bounds, params = _range("id", low, None)
            ids = [
                bytes(r[0])
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM customer WHERE {bounds} ORDER BY id LIMIT ?",  # noqa: S608 - bound values
                    (*params, batch),
                )
            ]
            high = ids[-1] if len(ids) == batch else None
            yield _Batch(conn, low, high)
        if high is None:
            return
        low = high


def _rebuild_in_place(cache: LocalCache, batch: int, cache_kib: int | None) -> int:
    written = 0
    for part in _batches(cache, batch, cache_kib):
        bounds, params = _range("customer_id", part.low, part.high)
        part.conn.exec_driver_sql(f"DELETE FROM search_term WHERE {bounds}", params)  # noqa: S608 - identifiers from the table registry or constants; values are bound
        written += _insert(part.conn, index_rows_in_range(part.conn, part.low, part.high))
    return written


def _build_sorted(cache: LocalCache, batch: int, cache_kib: int | None) -> int:
    """Builds an empty index: rows appended to a scratch table batch by batch, then copied
    into `search_term` in one sorted pass.

    Batches of rows sorted each on its own, inserted straight into the index (keyed by term),
    land all over it: at a million customers every batch rewrote most of its pages, and
    the rebuild took half of a first sync. Appending costs each page one write, and the
    sorted copy one more. Killed before the copy commits, the index is still empty and the
    next rebuild starts over.
    """
    with cache.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGED}")
        conn.exec_driver_sql(
            f"CREATE TABLE {STAGED} (term TEXT, customer_id BLOB, field TEXT, branch TEXT, "
            "lifecycle TEXT)"
        )
    for part in _batches(cache, batch, cache_kib):
        rows = index_rows_in_range(part.conn, part.low, part.high)
        if rows:
            part.conn.exec_driver_sql(f"INSERT INTO {STAGED} VALUES (?, ?, ?, ?, ?)", rows)  # noqa: S608 - identifiers from the table registry or constants; values are bound
    with cache.engine.begin() as conn:
        if cache_kib is not None:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
        written = conn.exec_driver_sql(
            "INSERT INTO search_term (term, customer_id, field, branch, lifecycle) "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"SELECT term, customer_id, field, branch, lifecycle FROM {STAGED} "
            "ORDER BY term, customer_id"
        ).rowcount
        conn.exec_driver_sql(f"DROP TABLE {STAGED}")
    return int(written)


def _range(column: str, low: bytes | None, high: bytes | None) -> tuple[str, tuple[bytes, ...]]:
    """A SQL condition for `low < column <= high` (either end open when None)."""
    parts, params = ["1 = 1"], []
    if low is not None:
        parts.append(f"{column} > ?")
        params.append(low)
    if high is not None:
        parts.append(f"{column} <= ?")
        params.append(high)
    return " AND ".join(parts), tuple(params)


def index_rows_in_range(conn: Connection, low: bytes | None, high: bytes | None) -> list[IndexRow]:
    """The index rows of live customers with `low < id <= high`, sorted (raw SQL: a rebuild)."""
    bounds, params = _range("customer_id", low, high)
    phones = _by_customer(
        _fetch(
            conn,
            "SELECT customer_id, value FROM contact_point "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"WHERE kind = 'phone' AND deleted = 0 AND {bounds}",
            params,
        )
    )
    bounds_h, params = _range("h.customer_id", low, high)
    accounts = _by_customer(
        _fetch(
            conn,
            "SELECT h.customer_id, a.account_number FROM account_holder h "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            "JOIN account a ON a.id = h.account_id "
            f"WHERE h.deleted = 0 AND a.deleted = 0 AND {bounds_h}",
            params,
        )
    )
    bounds_c, params = _range("c.id", low, high)
    customers = _fetch(
        conn,
        "SELECT c.id, c.customer_number, c.kind, c.legal_name, c.name_latin, c.national_id, "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        "c.lifecycle, b.code FROM customer c JOIN branch b ON b.id = c.home_branch_id "
        f"WHERE c.deleted = 0 AND {bounds_c}",
        params,
    )
    rows: list[IndexRow] = []
    for cid, number, kind, legal_name, latin, national_id, lifecycle, branch in customers:
        key = bytes(cid)
        rows.extend(
            _rows_of(
                bytearray(key),
                branch,
                lifecycle,
                customer_terms(
                    customer_number=number,
                    kind=kind,
                    legal_name=legal_name,
                    name_latin=latin or "",
                    national_id=national_id,
                    phones=phones.get(key, ()),
                    account_numbers=accounts.get(key, ()),
                ),
            )
        )
    rows.sort(key=itemgetter(0))
    return rows


def _fetch(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """All rows of a raw query at once (far cheaper than row by row through SQLAlchemy)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def _rows_of(
    customer: bytearray, branch: str, lifecycle: str, terms: Iterable[tuple[str, str]]
) -> list[IndexRow]:
    unique: dict[str, str] = {}
    for term, field in terms:
        unique.setdefault(term, field)
    return [(term, customer, field, branch, lifecycle) for term, field in unique.items()]


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


def _by_customer(pairs: Iterable[Any]) -> dict[Any, list[str]]:
    """Values grouped by customer id (UUID, or bytes as SQLite returns them raw)."""
    found: defaultdict[Any, list[str]] = defaultdict(list)
    for customer_id, value in pairs:
        found[customer_id if isinstance(customer_id, uuid.UUID) else bytes(customer_id)].append(
            value
        )
    return found


def _insert(conn: Connection, rows: list[IndexRow]) -> int:
    if rows:
        conn.exec_driver_sql(_INSERT, rows)
    return len(rows)
