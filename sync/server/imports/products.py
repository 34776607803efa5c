"""Products CSV: one product per line, matched on `product_code` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    product_code,name,family,line
- product_code (required, up to 20 characters), name (required, up to 120);
- family (required): deposit|loan|card|wealth|insurance|payment;
- line (required): retail|commercial;
- optional column: category (current|savings|time_deposit|card|mortgage|loan|wealth|
  insurance), the finer kind the 360 shows; when not given, a new product gets its family's
  usual one (`client.schema.enums.CATEGORY_OF_FAMILY`) and a product that changes family
  gets it too. Loans are the customer's liabilities (`is_liability`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import (
    CATEGORY_OF_FAMILY,
    FAMILY_OF_CATEGORY,
    ProductCategory,
    ProductFamily,
    ProductLine,
)
from client.schema.models import Product
from sync.server.feed import PendingChange
from sync.server.imports.cells import Cells, duplicate
from sync.server.imports.common import Line, Problem, Summary, upsert
from sync.server.imports.progress import Progress

COLUMNS = ("product_code", "name", "family", "line")


@dataclass(frozen=True)
class ProductRow:
    code: str
    values: dict[str, Any]
    category: ProductCategory | None
    """As the file gives it (None: derived from the family)."""


class ProductImport:
    columns = COLUMNS
    optional: tuple[str, ...] = ("category",)

    def __init__(self, session: Session, rows: list[Line], now: datetime) -> None:
        self.existing = {p.code: p for p in session.scalars(select(Product))}

    def check(self, rows: list[Line], progress: Progress) -> tuple[list[ProductRow], list[Problem]]:
        good: list[ProductRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in progress.over(rows, "checked"):
            cells = Cells("product", row)
            parsed = self._parse(cells, row)
            if parsed.code and (taken := duplicate(first_line, parsed.code, "product_code", line)):
                cells.fail(taken)
            found = cells.problem(line)
            if found is None:
                good.append(parsed)
            else:
                problems.append(found)
        return good, problems

    @staticmethod
    def _parse(cells: Cells, row: dict[str, str]) -> ProductRow:
        code = cells.text("product_code", field="code")
        name = cells.text("name")
        family = cells.choice("family", [f.value for f in ProductFamily])
        line = cells.choice("line", [v.value for v in ProductLine])
        category = None
        if row.get("category"):
            given = cells.choice("category", [c.value for c in ProductCategory])
            category = ProductCategory(given) if given else None
            if category and family and FAMILY_OF_CATEGORY[category] != family:
                cells.fail(f"category {category.value} is not of the family {family}")
        values: dict[str, Any] = {"code": code, "name": name}
        if family:
            values |= {"family": ProductFamily(family), "is_liability": family == "loan"}
        if line:
            values["line"] = ProductLine(line)
        return ProductRow(code, values, category)

    def apply(
        self, session: Session, rows: list[ProductRow], summary: Summary, progress: Progress
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        for row in progress.over(rows, "loaded"):
            current = self.existing.get(row.code)
            family = row.values["family"]
            category = row.category
            if category is None:
                keeps = current is not None and FAMILY_OF_CATEGORY[current.category] == family
                category = current.category if keeps and current else CATEGORY_OF_FAMILY[family]
            values = {**row.values, "category": category}
            outcome, _ = upsert(session, pending, "product", current, values)
            summary.count(outcome)
        return pending
