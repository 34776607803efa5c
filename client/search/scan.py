"""Bounded range scans of the `search_term` index, one tier, branch scope and probe at a time.

Within the teller's own branch (or an explicit branch filter) a scan goes through the
(branch, term) index, elsewhere through the primary key (term, customer_id); both give rows
in term order, so the first page of each scan holds its best rows and paging on
(term, customer_id) continues where it stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from client.search.parse import Probe, QueryPlan, Tier

TERM_END = "\U0010ffff"
"""Sorts after every character a term can hold: `key <= term < key + TERM_END` is a prefix."""

BRANCH_INDEX = "search_term INDEXED BY ix_search_term_branch"
"""Within one branch, always the (branch, term) index: with ANALYZE statistics SQLite would
otherwise scan the term range of every branch, which is slow when that branch has few."""

_TIER_RANGES = {
    Tier.EXACT: "term = ?",
    Tier.PREFIX: "term > ? AND term < ?",
    Tier.PARTIAL: "term >= ? AND term < ?",
}


@dataclass(frozen=True)
class Scope:
    """Which branches one scan covers: `op` '=' (only `branch`), '<>' (all but it) or ''."""

    op: str
    branch: str = ""


@dataclass(frozen=True)
class Filters:
    """Checked search options: the branch scopes in rank order, lifecycles kept, the limit."""

    scopes: tuple[Scope, ...]
    lifecycles: tuple[str, ...]
    limit: int

    def scope_rank(self, branch: str) -> int | None:
        """Where a row of `branch` ranks among the scopes; None when no scope covers it."""
        for rank, scope in enumerate(self.scopes):
            if not scope.op or (scope.op == "=") == (branch == scope.branch):
                return rank
        return None


@dataclass(frozen=True)
class Candidate:
    """A customer the index matched, at its best tier, before its customer row is read."""

    customer_id: bytes
    tier: Tier
    field: str


def candidates(db: Any, plan: QueryPlan, filters: Filters, page: int) -> Iterator[Candidate]:
    """Each matching customer once, at its best tier, in rank order."""
    seen: set[bytes] = set()
    for tier in Tier:
        probes = [p for p in plan.probes if p.tier is tier]
        for scope in filters.scopes:
            for probe in probes:
                for _term, customer_id, field in scan(db, probe, scope, filters.lifecycles, page):
                    if customer_id not in seen:
                        seen.add(customer_id)
                        yield Candidate(customer_id, tier, field)


def scan(
    db: Any, probe: Probe, scope: Scope, lifecycles: tuple[str, ...], page: int
) -> Iterator[tuple[str, bytes, str]]:
    """The index rows of one probe within one scope, in index order, a page at a time."""
    sql, params = scan_sql(probe, scope, lifecycles)
    after: tuple[str, bytearray] | None = None
    while True:
        if after is None:
            rows = db.execute(sql.format(after=""), [*params, page]).fetchall()
        else:
            keyset = " AND (term, customer_id) > (?, ?)"
            rows = db.execute(sql.format(after=keyset), [*params, *after, page]).fetchall()
        yield from rows
        if len(rows) < page:
            return
        after = (rows[-1][0], bytearray(rows[-1][1]))


def scan_sql(probe: Probe, scope: Scope, lifecycles: tuple[str, ...]) -> tuple[str, list[Any]]:
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
        f"SELECT term, customer_id, field FROM {source} WHERE {where}{{after}} "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        "ORDER BY term, customer_id LIMIT ?"
    )
    return sql, params


def blobs(ids: list[bytes]) -> list[bytearray]:
    """`ids` as bytearrays, which sqlcipher3 binds several times faster than bytes."""
    return [bytearray(i) for i in ids]


def marks(count: int) -> str:
    """'?, ?, ?' for `count` parameters."""
    return ", ".join("?" * count)
