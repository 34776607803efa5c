"""Branches CSV: one branch per line, matched on `code` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    code,name,city
- code (required, up to 8 characters), name (required, up to 120), city (may be empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import Branch
from sync.server.feed import PendingChange
from sync.server.imports.cells import Cells, duplicate
from sync.server.imports.common import Line, Problem, Summary, upsert
from sync.server.imports.progress import Progress

COLUMNS = ("code", "name", "city")


@dataclass(frozen=True)
class BranchRow:
    code: str
    values: dict[str, Any]


class BranchImport:
    columns = COLUMNS
    optional: tuple[str, ...] = ()

    def __init__(self, session: Session, rows: list[Line], now: datetime) -> None:
        self.existing = {b.code: b for b in session.scalars(select(Branch))}

    def check(self, rows: list[Line], progress: Progress) -> tuple[list[BranchRow], list[Problem]]:
        good: list[BranchRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in progress.over(rows, "checked"):
            cells = Cells("branch", row)
            parsed = self._parse(cells)
            if parsed.code and (taken := duplicate(first_line, parsed.code, "code", line)):
                cells.fail(taken)
            found = cells.problem(line)
            if found is None:
                good.append(parsed)
            else:
                problems.append(found)
        return good, problems

    @staticmethod
    def _parse(cells: Cells) -> BranchRow:
        code = cells.text("code")
        name = cells.text("name")
        city = cells.text("city", needed=False)
        return BranchRow(code, {"code": code, "name": name, "city": city})

    def apply(
        self, session: Session, rows: list[BranchRow], summary: Summary, progress: Progress
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        for row in progress.over(rows, "loaded"):
            outcome, _ = upsert(session, pending, "branch", self.existing.get(row.code), row.values)
            summary.count(outcome)
        return pending
