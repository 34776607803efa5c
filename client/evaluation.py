"""The quarterly evaluation on the workstation: the server's answer read into lines for the
window, kept in the cache so that it shows offline with its "as of" date.

The server computes it (`POST /v1/evaluation`: `sync.engine.evaluation.fetch_evaluation`
brings it as its JSON); here, without any network:

- `evaluation_of(data)`: the JSON as an `Evaluation` (its branches, the bank's totals, the
  figures' table), `Evaluation.lines(code)` one `FigureLine` per figure of a branch: value,
  previous quarter, year earlier, the bank's value to compare with (per branch for counts
  and amounts: the bank's total over its branches), the milestone, the 8-quarter trend;
- `save_report` / `load_report`: the last answer per user, quarter and branch in the local
  table `evaluation_report` (the cache is encrypted), the newest `KEPT` per user;
- `record_drill`: a drill-down to the customers behind a figure, recorded in this
  workstation's audit chain (action view, entity "evaluation"), as the audit search is.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from client import audit
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from client.schema.local import evaluation_report
from client.store import LocalCache

KEPT: Final = 16
"""Reports kept per user (quarters and branches asked), the newest."""
ENTITY: Final = "evaluation"
"""The audit event's entity for a drill-down."""
PER_BRANCH_UNITS: Final = frozenset({"count", "cny"})
"""Units whose bank value is a sum over the branches: compared per branch."""

Number = int | float


@dataclass(frozen=True)
class FigureInfo:
    name: str
    part: str
    unit: str
    definition: str
    drill: str
    """"customers", "staff" or "none"."""


@dataclass(frozen=True)
class Milestone:
    period: str
    target: Number
    actual: Number
    share: float | None


@dataclass(frozen=True)
class FigureLine:
    """One figure of one branch in the quarter (see the module docstring)."""

    figure: FigureInfo
    value: Number
    previous_quarter: Number
    year_earlier: Number
    bank: Number | None
    """The bank's value, per branch for counts and amounts (None: no bank in the report)."""
    milestone: Milestone | None
    trend: tuple[Number, ...]
    bank_trend: tuple[Number, ...]
    order: int = 0
    """The figure's place in the report (parts, then figures within them)."""

    @property
    def name(self) -> str:
        return self.figure.name


@dataclass(frozen=True)
class BranchPart:
    code: str
    name: str
    figures: Mapping[str, Mapping[str, Any]]
    trend: Mapping[str, Sequence[Number]]
    milestones: Mapping[str, Milestone]


@dataclass(frozen=True)
class Evaluation:
    """The report as the server answered it (`data`: its JSON) and when it was fetched."""

    data: Mapping[str, Any]
    quarter: str
    quarters: tuple[str, ...]
    as_of: date
    reach: str
    figures: tuple[FigureInfo, ...]
    branches: tuple[BranchPart, ...]
    bank: BranchPart | None
    bank_branches: int
    fetched_at: datetime
    stored: bool = False
    """Read from this computer's copy (offline), not just answered."""
    asked_branch: str = ""
    """The branch asked for ("": every branch the role reads)."""

    def branch(self, code: str) -> BranchPart | None:
        return next((b for b in self.branches if b.code == code), None)

    def codes(self) -> list[str]:
        return [b.code for b in self.branches]

    def lines(self, code: str) -> list[FigureLine]:
        """Every figure of branch `code`, in the report's order (none for a branch it lacks)."""
        part = self.branch(code)
        if part is None:
            return []
        lines = []
        for order, info in enumerate(self.figures):
            shown = part.figures.get(info.name)
            if shown is None:
                continue
            lines.append(
                FigureLine(
                    figure=info,
                    value=shown["value"],
                    previous_quarter=shown["previous_quarter"],
                    year_earlier=shown["year_earlier"],
                    bank=self._bank_value(info, self.bank.figures[info.name]["value"])
                    if self.bank is not None and info.name in self.bank.figures
                    else None,
                    milestone=part.milestones.get(info.name),
                    trend=tuple(part.trend.get(info.name, ())),
                    bank_trend=tuple(
                        self._bank_value(info, v)
                        for v in (self.bank.trend.get(info.name, ()) if self.bank else ())
                    ),
                    order=order,
                )
            )
        return lines

    def _bank_value(self, info: FigureInfo, value: Number) -> Number:
        if info.unit in PER_BRANCH_UNITS and self.bank_branches > 0:
            return round(value / self.bank_branches, 2)
        return value


def _part(data: Mapping[str, Any]) -> BranchPart:
    return BranchPart(
        code=data["code"],
        name=data["name"],
        figures=data["figures"],
        trend=data["trend"],
        milestones={
            name: Milestone(m["period"], m["target"], m["actual"], m.get("share"))
            for name, m in data.get("milestones", {}).items()
        },
    )


def evaluation_of(
    data: Mapping[str, Any],
    *,
    fetched_at: datetime | None = None,
    stored: bool = False,
    asked_branch: str = "",
) -> Evaluation:
    """The server's answer (its JSON, `sync.evaluation_protocol.EvaluationResponse`)."""
    bank = data.get("bank")
    return Evaluation(
        data=data,
        quarter=data["quarter"],
        quarters=tuple(data["quarters"]),
        as_of=date.fromisoformat(data["as_of"]),
        reach=data["reach"],
        figures=tuple(
            FigureInfo(f["name"], f["part"], f["unit"], f["definition"], f["drill"])
            for f in data["figures"]
        ),
        branches=tuple(_part(b) for b in data["branches"]),
        bank=None if bank is None else _part(bank),
        bank_branches=int(data.get("bank_branches", 0)),
        fetched_at=fetched_at or utcnow(),
        stored=stored,
        asked_branch=asked_branch,
    )


def save_report(
    cache: LocalCache,
    user_id: uuid.UUID,
    data: Mapping[str, Any],
    *,
    branch: str = "",
    fetched_at: datetime | None = None,
) -> None:
    """Keeps the answer for `user_id` (replacing the one of the same quarter and branch),
    and the user's newest `KEPT` reports only."""
    table = evaluation_report
    with cache.session() as session:
        key = (
            table.c.user_id == user_id,
            table.c.quarter == data["quarter"],
            table.c.branch == branch,
        )
        session.execute(delete(table).where(*key))
        session.execute(
            insert(table).values(
                user_id=user_id,
                quarter=data["quarter"],
                branch=branch,
                report=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                fetched_at=fetched_at or utcnow(),
            )
        )
        old = session.execute(
            select(table.c.quarter, table.c.branch)
            .where(table.c.user_id == user_id)
            .order_by(table.c.fetched_at.desc())
            .offset(KEPT)
        ).all()
        for quarter, code in old:
            session.execute(
                delete(table).where(
                    table.c.user_id == user_id, table.c.quarter == quarter, table.c.branch == code
                )
            )


def stored_report(
    session: Session, user_id: uuid.UUID, quarter: str | None = None, branch: str = ""
) -> Evaluation | None:
    """The user's last answer for `quarter` and `branch` (None for the quarter: the newest
    fetched of any quarter); None when this computer has none."""
    table = evaluation_report
    stmt = select(table.c.report, table.c.fetched_at, table.c.branch).where(
        table.c.user_id == user_id
    )
    if quarter is not None:
        stmt = stmt.where(table.c.quarter == quarter, table.c.branch == branch)
    found = session.execute(stmt.order_by(table.c.fetched_at.desc()).limit(1)).first()
    if found is None:
        return None
    text, fetched_at, code = found
    return evaluation_of(json.loads(text), fetched_at=fetched_at, stored=True, asked_branch=code)


def load_report(
    cache: LocalCache, user_id: uuid.UUID, quarter: str | None = None, branch: str = ""
) -> Evaluation | None:
    """`stored_report` in a read session of its own (a read op of the window)."""
    with cache.read_session() as session:
        return stored_report(session, user_id, quarter, branch)


@dataclass(frozen=True)
class BehindLine:
    """A customer (number, name) or a member of staff (username, name) behind a figure."""

    key: str
    name: str
    name_latin: str
    count: int
    removed: bool = False
    """A customer deleted since (still behind the figure; not to be opened)."""


@dataclass(frozen=True)
class Behind:
    figure: str
    branch: str
    quarter: str
    kind: str
    lines: tuple[BehindLine, ...]
    total: int
    truncated: bool
    outside_scope: int


def drilled(session: Session, behind: Behind) -> uuid.UUID | None:
    """Records, in `session`'s transaction, that the signed-in user saw who is behind a
    figure (action view, entity "evaluation": the figure, branch, quarter and how many)."""
    return audit.record(
        session,
        AuditAction.VIEW,
        entity=ENTITY,
        detail=(
            f"evaluation drill-down: {behind.figure} of {behind.branch} in {behind.quarter}; "
            f"{len(behind.lines)} {behind.kind} shown"
        ),
    )


def record_drill(cache: LocalCache, behind: Behind) -> uuid.UUID | None:
    """`drilled` in a transaction of its own on `cache` (a write op of the window)."""
    with cache.session() as session:
        return drilled(session, behind)
