"""Customer search over the local cache, answered from the `search_term` index.

Each tier (exact, prefix, partial; see `client.search.parse`) is answered with bounded
range scans of the index (`client.search.scan`), first within the teller's own branch, then
everywhere else, so a search reads about as many index rows as it shows. Scanning stops as
soon as the limit is filled; display data then comes from one query on `customer` for the
hits, dropping tombstoned customers. Words with a number go through `client.search.mixed`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import Lifecycle
from client.search import mixed
from client.search.parse import QueryPlan, plan_query
from client.search.scan import Candidate, Filters, Scope, blobs, candidates, marks
from client.search.terms import Field

if TYPE_CHECKING:
    from client.store import LocalCache

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
REFINE_PAGE = 256
"""Rows read at a time when each hit must still be checked against a name."""

FIELD_NAMES = {
    Field.CHINESE_NAME.value: "chinese_name",
    Field.PINYIN.value: "pinyin",
    Field.INITIALS.value: "initials",
    Field.LATIN_NAME.value: "latin_name",
    Field.PHONE.value: "phone",
    Field.NATIONAL_ID.value: "national_id",
    Field.ACCOUNT.value: "account",
    Field.CUSTOMER_NUMBER.value: "customer_number",
}
"""The name of each `Field` code as SearchHit.field gives it."""


@dataclass(frozen=True)
class SearchHit:
    """A customer found, with how it matched: `tier` (exact/prefix/partial) and `field`."""

    customer_id: uuid.UUID
    customer_number: str
    name: str
    name_latin: str
    branch: str
    lifecycle: str
    tier: str
    field: str
    kind: str


def search_customers(
    source: LocalCache | Connection | Session,
    query: str,
    *,
    own_branch: str | None = None,
    branch: str | None = None,
    lifecycles: Sequence[str] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    """The customers matching `query`, best tier first and the teller's branch first within it.

    `own_branch` (the teller's branch code) only orders; `branch` keeps only that branch;
    `lifecycles` keeps only those lifecycles. Raises UsageError for a query or filter that
    cannot be searched, before touching the cache.
    """
    plan = plan_query(query)
    filters = _filters(own_branch, branch, lifecycles, limit)
    with _driver_connection(source) as db:
        return _search(db, plan, filters)


def _filters(
    own_branch: str | None, branch: str | None, lifecycles: Sequence[str] | None, limit: int
) -> Filters:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"the limit must be a whole number from 1 to {MAX_LIMIT}, not {limit}")
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in lifecycles or ()))
    unknown = [v for v in chosen if v not in {m.value for m in Lifecycle}]
    if unknown:
        known = ", ".join(m.value for m in Lifecycle)
        raise UsageError(f"unknown lifecycle {', '.join(unknown)}; use one of {known}")
    if branch is not None:
        return Filters((Scope("=", _branch_code(branch)),), chosen, limit)
    if own_branch is not None:
        own = _branch_code(own_branch)
        return Filters((Scope("=", own), Scope("<>", own)), chosen, limit)
    return Filters((Scope(""),), chosen, limit)


def _branch_code(code: str) -> str:
    code = code.strip()
    if not code or len(code) > 8:
        raise UsageError(f"{code!r} is not a branch code (1 to 8 characters)")
    return code


@contextmanager
def _driver_connection(source: LocalCache | Connection | Session) -> Iterator[Any]:
    """The DB-API connection under `source`, inside a read transaction for the whole search."""
    if isinstance(source, Session):
        source = source.connection()
    if isinstance(source, Connection):
        if source.in_transaction():
            yield source.connection.driver_connection
        else:
            with source.begin():
                yield source.connection.driver_connection
        return
    with source.engine.connect() as conn, conn.begin():
        yield conn.connection.driver_connection


def _search(db: Any, plan: QueryPlan, filters: Filters) -> list[SearchHit]:
    if not plan.name_key:
        return _collect(db, candidates(db, plan, filters, filters.limit + 4), filters.limit)
    named = mixed.named_customers(db, plan.name_key)
    found = candidates(db, plan, filters, REFINE_PAGE)
    if named is None:
        return _collect(db, found, filters.limit, check_name=plan.name_key)
    first = list(islice(found, mixed.NUMBER_BUDGET))
    if len(first) == mixed.NUMBER_BUDGET and len(named) <= mixed.DIRECT_MAX:
        return _collect(db, mixed.numbers_of(db, named, plan, filters), filters.limit)
    kept = (c for c in chain(first, found) if c.customer_id in named)
    return _collect(db, kept, filters.limit)


def _collect(
    db: Any, found: Iterable[Candidate], limit: int, *, check_name: str = ""
) -> list[SearchHit]:
    """The first `limit` hits of `found` that hold up, resolved a batch at a time."""
    hits: list[SearchHit] = []
    batch: list[Candidate] = []
    for candidate in found:
        batch.append(candidate)
        if len(batch) >= (REFINE_PAGE if check_name else limit - len(hits)):
            hits += _resolve(db, batch, check_name)
            batch = []
            if len(hits) >= limit:
                return hits[:limit]
    hits += _resolve(db, batch, check_name)
    return hits[:limit]


def _resolve(db: Any, batch: list[Candidate], check_name: str) -> list[SearchHit]:
    """The hits of `batch` that still hold: customer not deleted, name matching `check_name`."""
    if not batch:
        return []
    ids = [c.customer_id for c in batch]
    if check_name:
        named = mixed.with_name(db, ids, check_name)
        ids = [i for i in ids if i in named]
        if not ids:
            return []
    rows = db.execute(
        "SELECT c.id, c.customer_number, c.legal_name, c.name_latin, b.code, c.lifecycle, c.kind "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        "FROM customer AS c JOIN branch AS b ON b.id = c.home_branch_id "
        f"WHERE c.id IN ({marks(len(ids))}) AND c.deleted = 0",
        blobs(ids),
    ).fetchall()
    shown = {bytes(row[0]): row for row in rows}
    return [_hit(shown[c.customer_id], c) for c in batch if c.customer_id in shown]


def _hit(row: tuple[Any, ...], candidate: Candidate) -> SearchHit:
    customer_id, number, name, latin, branch, lifecycle, kind = row
    return SearchHit(
        customer_id=uuid.UUID(bytes=bytes(customer_id)),
        customer_number=number,
        name=name,
        name_latin=latin or "",
        branch=branch,
        lifecycle=lifecycle,
        tier=candidate.tier.value,
        field=FIELD_NAMES.get(candidate.field, candidate.field),
        kind=kind,
    )
