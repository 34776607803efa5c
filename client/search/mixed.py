"""Words and a number ('张伟 5678'): customers the number finds whose name the words match.

The customers of the name are read first (`named_customers`, a short sequential range
unless the name is very common). Then the number's ranges are scanned as for a bare number,
keeping the named customers. When the number matches very many customers (four digits
that start thousands of ID numbers) and the named ones are few, their own number terms are
looked up instead (`numbers_of`). When the name is too common to read whole, each customer
the number finds is checked against it (`with_name`).
"""

from __future__ import annotations

from typing import Any

from client.search.parse import QueryPlan, Tier
from client.search.scan import TERM_END, Candidate, Filters, blobs, marks
from client.search.terms import Namespace

NAME_BUDGET = 5000
"""Index rows of the name read at most before falling back to checking number hits."""

NUMBER_BUDGET = 2000
"""Customers a number may match before the named customers' own numbers are looked up."""

DIRECT_MAX = 500
"""The most named customers whose number terms are looked up one customer at a time."""

CHUNK = 900
"""Customer ids bound per statement."""

_TIER_ORDER = {tier: rank for rank, tier in enumerate(Tier)}


def named_customers(db: Any, name_key: str) -> set[bytes] | None:
    """Every customer with a name or name part starting with `name_key`; None if too many."""
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


def numbers_of(db: Any, named: set[bytes], plan: QueryPlan, filters: Filters) -> list[Candidate]:
    """Those of `named` with a number term matching `plan`, ranked as the scans would."""
    ranges = sorted({p.key for p in plan.probes if p.tier is not Tier.EXACT})
    ids = sorted(named)
    best: dict[bytes, tuple[tuple[int, int, str], Candidate]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = blobs(ids[start : start + CHUNK])
        for key in ranges:
            rows = db.execute(
                "SELECT customer_id, term, field, branch, lifecycle "  # noqa: S608 - identifiers from the table registry or constants; values are bound
                "FROM search_term INDEXED BY ix_search_term_customer "
                f"WHERE customer_id IN ({marks(len(chunk))}) AND term >= ? AND term < ?",
                [*chunk, key, key + TERM_END],
            ).fetchall()
            for row in rows:
                _keep_best(best, row, plan, filters)
    return [candidate for _rank, candidate in sorted(best.values(), key=lambda b: b[0])]


def _keep_best(
    best: dict[bytes, tuple[tuple[int, int, str], Candidate]],
    row: tuple[Any, ...],
    plan: QueryPlan,
    filters: Filters,
) -> None:
    customer_id, term, field, branch, lifecycle = row
    scope = filters.scope_rank(branch)
    tier = _tier_of(term, plan)
    if scope is None or tier is None:
        return
    if filters.lifecycles and lifecycle not in filters.lifecycles:
        return
    customer_id = bytes(customer_id)
    rank = (_TIER_ORDER[tier], scope, term)
    if customer_id not in best or rank < best[customer_id][0]:
        best[customer_id] = (rank, Candidate(customer_id, tier, field))


def _tier_of(term: str, plan: QueryPlan) -> Tier | None:
    """The best tier a probe gives `term`: exact probes come first in a plan."""
    for probe in plan.probes:
        if term == probe.key if probe.tier is Tier.EXACT else term.startswith(probe.key):
            return probe.tier
    return None


def with_name(db: Any, ids: list[bytes], name_key: str) -> set[bytes]:
    """Those of `ids` with a name or name part starting with `name_key`."""
    full, part = Namespace.NAME + name_key, Namespace.NAME_PART + name_key
    rows = db.execute(
        f"SELECT DISTINCT customer_id FROM search_term WHERE customer_id IN ({marks(len(ids))}) "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        "AND ((term >= ? AND term < ?) OR (term >= ? AND term < ?))",
        [*blobs(ids), full, full + TERM_END, part, part + TERM_END],
    ).fetchall()
    return {bytes(row[0]) for row in rows}
