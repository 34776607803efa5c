"""Customer search over the local cache, answered from the `search_term` index.

Each tier (exact, prefix, partial; see `client.search.parse`) is answered with bounded
range scans of the index, first within the teller's own branch through the (branch, term)
index, then everywhere else through the primary key, so a search reads about as many index
rows as it shows. Scanning stops as soon as the limit is filled; display data then comes
from one query on `customer` for the hits, dropping tombstoned customers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import Lifecycle
from client.search.parse import Probe, QueryPlan, Tier, plan_query
from client.search.terms import Field, Namespace

if TYPE_CHECKING:
    from client.store import LocalCache

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
REFINE_PAGE = 256
"""Rows read at a time when hits must also match a name (a number tail finds many)."""

NAME_BUDGET = 5000
"""Index rows of a name read at most, when a number's hits must also match that name."""

TERM_END = "\U0010ffff"
"""Sorts after every character a term can hold: `key <= term < key + TERM_END` is a prefix."""

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

BRANCH_INDEX = "search_term INDEXED BY ix_search_term_branch"
"""Within one branch, always the (branch, term) index: with ANALYZE statistics SQLite would
otherwise scan the term range of every branch, which is slow when that branch has few."""

_TIER_RANGES = {
    Tier.EXACT: "term = ?",
    Tier.PREFIX: "term > ? AND term < ?",
    Tier.PARTIAL: "term >= ? AND term < ?",
}


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


@dataclass(frozen=True)
class _Scope:
    """Which branches one scan covers: `op` '=' (only `branch`), '<>' (all but it) or ''."""

    op: str
    branch: str = ""


@dataclass(frozen=True)
class _Filters:
    scopes: tuple[_Scope, ...]
    lifecycles: tuple[str, ...]
    limit: int


@dataclass(frozen=True)
class _Candidate:
    customer_id: bytes
    tier: Tier
    field: str


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
) -> _Filters:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"the limit must be a whole number from 1 to {MAX_LIMIT}, not {limit}")
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in lifecycles or ()))
    unknown = [v for v in chosen if v not in {m.value for m in Lifecycle}]
    if unknown:
        known = ", ".join(m.value for m in Lifecycle)
        raise UsageError(f"unknown lifecycle {', '.join(unknown)}; use one of {known}")
    if branch is not None:
        return _Filters((_Scope("=", _branch_code(branch)),), chosen, limit)
    if own_branch is not None:
        own = _branch_code(own_branch)
        return _Filters((_Scope("=", own), _Scope("<>", own)), chosen, limit)
    return _Filters((_Scope(""),), chosen, limit)


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


def _search(db: Any, plan: QueryPlan, filters: _Filters) -> list[SearchHit]:
    named = _named(db, plan.name_key) if plan.name_key else None
    check_name = plan.name_key if named is None else ""
    page = REFINE_PAGE if plan.name_key else filters.limit + 4
    hits: list[SearchHit] = []
    batch: list[_Candidate] = []
    for candidate in _candidates(db, plan, filters, page):
        if named is not None and candidate.customer_id not in named:
            continue
        batch.append(candidate)
        if len(batch) >= (page if check_name else filters.limit - len(hits)):
            hits += _resolve(db, batch, check_name)
            batch = []
            if len(hits) >= filters.limit:
                return hits[: filters.limit]
    hits += _resolve(db, batch, check_name)
    return hits[: filters.limit]


def _candidates(db: Any, plan: QueryPlan, filters: _Filters, page: int) -> Iterator[_Candidate]:
    """Each matching customer once, at its best tier, in rank order."""
    seen: set[bytes] = set()
    for tier in Tier:
        probes = [p for p in plan.probes if p.tier is tier]
        for scope in filters.scopes:
            for probe in probes:
                for _term, customer_id, field in _scan(db, probe, scope, filters.lifecycles, page):
                    if customer_id not in seen:
                        seen.add(customer_id)
                        yield _Candidate(customer_id, tier, field)


def _scan(
    db: Any, probe: Probe, scope: _Scope, lifecycles: tuple[str, ...], page: int
) -> Iterator[tuple[str, bytes, str]]:
    """The index rows of one probe within one scope, in index order, a page at a time."""
    sql, params = _scan_sql(probe, scope, lifecycles)
    after: tuple[str, bytes] | None = None
    while True:
        if after is None:
            rows = db.execute(sql.format(after=""), [*params, page]).fetchall()
        else:
            keyset = " AND (term, customer_id) > (?, ?)"
            rows = db.execute(sql.format(after=keyset), [*params, *after, page]).fetchall()
        yield from rows
        if len(rows) < page:
            return
        after = (rows[-1][0], rows[-1][1])


def _scan_sql(probe: Probe, scope: _Scope, lifecycles: tuple[str, ...]) -> tuple[str, list[Any]]:
    """The SELECT of one probe (with an `{after}` slot for paging) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if scope.op:
        clauses.append(f"branch {scope.op} ?")
        params.append(scope.branch)
    clauses.append(_TIER_RANGES[probe.tier])
    params += [probe.key] if probe.tier is Tier.EXACT else [probe.key, probe.key + TERM_END]
    if lifecycles:
        clauses.append(f"lifecycle IN ({', '.join('?' * len(lifecycles))})")
        params += lifecycles
    where = " AND ".join(clauses)
    source = BRANCH_INDEX if scope.op == "=" else "search_term"
    sql = (
        f"SELECT term, customer_id, field FROM {source} WHERE {where}{{after}} "
        "ORDER BY term, customer_id LIMIT ?"
    )
    return sql, params


def _resolve(db: Any, batch: list[_Candidate], check_name: str) -> list[SearchHit]:
    """The hits of `batch` that still hold: customer not deleted, name matching `check_name`."""
    if not batch:
        return []
    ids = [c.customer_id for c in batch]
    if check_name:
        named = _with_name(db, ids, check_name)
        ids = [i for i in ids if i in named]
        if not ids:
            return []
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        "SELECT c.id, c.customer_number, c.legal_name, c.name_latin, b.code, c.lifecycle, c.kind "
        "FROM customer AS c JOIN branch AS b ON b.id = c.home_branch_id "
        f"WHERE c.id IN ({marks}) AND c.deleted = 0",
        ids,
    ).fetchall()
    shown = {bytes(row[0]): row for row in rows}
    return [_hit(shown[c.customer_id], c) for c in batch if c.customer_id in shown]


def _named(db: Any, name_key: str) -> set[bytes] | None:
    """Every customer with a name or name part starting with `name_key`; None if too many.

    Reading a name's index range is sequential and cheap, so when it is short this beats
    checking each customer a number found one by one.
    """
    found: set[bytes] = set()
    for key in (Namespace.NAME + name_key, Namespace.NAME_PART + name_key):
        rows = db.execute(
            "SELECT customer_id FROM search_term WHERE term >= ? AND term < ? LIMIT ?",
            (key, key + TERM_END, NAME_BUDGET),
        ).fetchall()
        if len(rows) == NAME_BUDGET:
            return None
        found.update(bytes(row[0]) for row in rows)
    return found


def _with_name(db: Any, ids: list[bytes], name_key: str) -> set[bytes]:
    """Those of `ids` with a name or name part starting with `name_key`."""
    marks = ", ".join("?" * len(ids))
    full, part = Namespace.NAME + name_key, Namespace.NAME_PART + name_key
    rows = db.execute(
        f"SELECT DISTINCT customer_id FROM search_term WHERE customer_id IN ({marks}) "
        "AND ((term >= ? AND term < ?) OR (term >= ? AND term < ?))",
        [*ids, full, full + TERM_END, part, part + TERM_END],
    ).fetchall()
    return {bytes(row[0]) for row in rows}


def _hit(row: tuple[Any, ...], candidate: _Candidate) -> SearchHit:
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
