"""The evaluation report of one quarter as one JSON-ready dict.

Shape (README, "The quarterly evaluation"):

    {"quarter": "2026Q4", "from": "2026-10-01", "to": "2026-12-31",
     "previous_quarter": "2026Q3", "year_earlier": "2025Q4", "as_of": "2027-01-05",
     "quarters": ["2025Q1", ..., "2026Q4"],
     "figures": [{"name", "part", "unit", "definition"}, ...],
     "branches": {"BJ01": {"name": ..., "inputs": {...}, "use": {...}, "outputs": {...},
                           "it": {...}, "milestones": {...}, "trend": {...}}, ...},
     "bank": {"inputs": ..., "use": ..., "outputs": ..., "it": ..., "trend": ...}}

Every figure is `{"value": V, "previous_quarter": P, "year_earlier": Y}`, plus its
breakdowns of the quarter (e.g. `"by_kind": {"visit": 3}`); a milestone is
`{"period": "2027H1", "target": T, "actual": A, "share": A/T}` with the actual over the half
year up to the end of the quarter; a trend is the figure's value in each of `quarters`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import Branch
from sync.server.evaluation import sources
from sync.server.evaluation.figures import BY_NAME, FIGURES, PARTS, Figure, Number
from sync.server.evaluation.milestones import branch_by_code, list_milestones
from sync.server.evaluation.quarters import Period
from sync.server.evaluation.sources import Scope, Tally

TREND_QUARTERS = 8


def _value(figure: Figure, counts: list[Counter[str]], index: int) -> Number:
    return figure.value(counts[index])


def _parts(counts: list[Counter[str]]) -> dict[str, Any]:
    """The four parts of one branch (or the bank) from its counters per quarter."""
    current, previous, earlier = len(counts) - 1, len(counts) - 2, len(counts) - 5
    result: dict[str, Any] = {part: {} for part in PARTS}
    for figure in FIGURES:
        shown: dict[str, Any] = {
            "value": _value(figure, counts, current),
            "previous_quarter": _value(figure, counts, previous),
            "year_earlier": _value(figure, counts, earlier),
        }
        for key, prefix in figure.breakdowns:
            shown[key] = figure.breakdown(counts[current], prefix)
        result[figure.part][figure.name] = shown
    result["trend"] = {f.name: [f.value(c) for c in counts] for f in FIGURES}
    return result


def _counters(tally: Tally, branch_ids: list[uuid.UUID], periods: int) -> list[Counter[str]]:
    counts: list[Counter[str]] = [Counter() for _ in range(periods)]
    for branch_id in branch_ids:
        for index in range(periods):
            counts[index].update(tally.get((branch_id, index), Counter()))
    return counts


def half_so_far(quarter: Period) -> Period:
    """The half year holding `quarter`, up to the quarter's end."""
    half = quarter.half()
    return Period(half.year, half.first_month, quarter.first_month - half.first_month + 3)


def build(
    session: Session,
    quarter: Period,
    *,
    today: date,
    branch_code: str | None = None,
    with_bank: bool = True,
) -> dict[str, Any]:
    """The report of `quarter` (every branch, or one): see the module's docstring."""
    dialect = session.get_bind().dialect.name
    if branch_code is not None:
        chosen = [branch_by_code(session, branch_code)]
    else:
        chosen = list(
            session.scalars(select(Branch).where(Branch.deleted.is_(False)).order_by(Branch.code))
        )
    periods = [quarter.shifted(n) for n in range(1 - TREND_QUARTERS, 1)]
    ids = frozenset(b.id for b in chosen)
    tally = sources.tally(
        session, Scope(periods, None if branch_code is None else ids, today, dialect)
    )
    report: dict[str, Any] = {
        "quarter": quarter.label,
        "from": quarter.start.isoformat(),
        "to": (quarter.end - timedelta(days=1)).isoformat(),
        "previous_quarter": quarter.previous().label,
        "year_earlier": quarter.year_earlier().label,
        "as_of": today.isoformat(),
        "currency": "CNY",
        "quarters": [p.label for p in periods],
        "figures": [
            {"name": f.name, "part": f.part, "unit": f.unit, "definition": f.definition}
            for f in FIGURES
        ],
        "branches": {},
    }
    for branch in chosen:
        entry = {"name": branch.name, **_parts(_counters(tally, [branch.id], len(periods)))}
        entry["milestones"] = {}
        report["branches"][branch.code] = entry
    _milestones(session, report, quarter, chosen, today, dialect)
    if with_bank:
        if branch_code is not None:
            everyone = list(session.scalars(select(Branch.id).where(Branch.deleted.is_(False))))
            tally = sources.tally(session, Scope(periods, None, today, dialect))
        else:
            everyone = [b.id for b in chosen]
        report["bank_branches"] = len(everyone)
        report["bank"] = _parts(_counters(tally, everyone, len(periods)))
    return report


def _milestones(
    session: Session,
    report: dict[str, Any],
    quarter: Period,
    chosen: list[Branch],
    today: date,
    dialect: str,
) -> None:
    half = quarter.half()
    codes = {b.code: b for b in chosen}
    targets = [m for m in list_milestones(session, half.label) if m.branch_code in codes]
    if not targets:
        return
    so_far = half_so_far(quarter)
    wanted = frozenset(BY_NAME[m.figure].source for m in targets)
    ids = frozenset(codes[m.branch_code].id for m in targets)
    tally = sources.tally(session, Scope([so_far], ids, today, dialect), wanted)
    for m in targets:
        figure = BY_NAME[m.figure]
        actual = figure.value(tally.get((codes[m.branch_code].id, 0), Counter()))
        target = float(m.target)
        report["branches"][m.branch_code]["milestones"][m.figure] = {
            "period": m.period,
            "target": int(target) if target.is_integer() else target,
            "actual": actual,
            "share": round(actual / target, 4) if target else None,
        }


def rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per branch and figure (the CSV and the XLSX)."""
    out = []
    for code, branch in report["branches"].items():
        for figure in FIGURES:
            shown = branch[figure.part][figure.name]
            goal = branch["milestones"].get(figure.name, {})
            out.append(
                {
                    "quarter": report["quarter"],
                    "branch": code,
                    "part": figure.part,
                    "figure": figure.name,
                    "unit": figure.unit,
                    "value": shown["value"],
                    "previous_quarter": shown["previous_quarter"],
                    "year_earlier": shown["year_earlier"],
                    "milestone_target": goal.get("target"),
                    "milestone_actual": goal.get("actual"),
                }
            )
    return out
