"""External data CSV: facts about customers from outside the CRM (demographics, a credit
bureau), one attribute per line, matched on (customer, source, attribute, as_of).

Header (UTF-8, comma-separated; other columns are ignored):
    customer_number,source,attribute,value,as_of
- customer_number (required): an existing customer;
- source (required, up to 60 characters): where it comes from, e.g. pboc_credit;
- attribute (required, up to 60): what it is, e.g. credit_score;
- value (required, up to 1,000): the value as the source gives it;
- as_of (required): YYYY-MM-DD, the date the source says it held, not in the future.
Each line is an `external_record` of kind = attribute with the payload
{"attribute": ..., "value": ..., "as_of": "YYYY-MM-DD"}; a re-run changes the value of a
known (customer, source, attribute, as_of) and adds a new date as a new record, so the
history of an attribute is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.orm import Session

from client.schema.models import Customer, ExternalRecord
from sync.server.imports.bulk import BulkLoad, RowId
from sync.server.imports.common import Batch, Problem, Summary, problems_of
from sync.server.imports.refs import customers_by_number
from sync.server.imports.values import Issues, day, limit_of, text

COLUMNS = ("customer_number", "source", "attribute", "value", "as_of")
OPTIONAL: tuple[str, ...] = ()
FIELDS = ("customer_id", "source", "kind", "payload", "imported_at")
VALUE_LIMIT: Final = 1_000
LIMITS = {name: limit_of(ExternalRecord.__table__.c[name]) for name in ("source", "kind")}
NUMBER_LIMIT = limit_of(Customer.__table__.c.customer_number)

Key = tuple[RowId, str, str, str]
"""(customer id, source, attribute, as_of)"""


@dataclass(slots=True)
class ExternalLine:
    line: int
    number: str
    source: str
    attribute: str
    value: str
    as_of: str
    customer_id: RowId | None = None

    def key(self) -> Key:
        return self.customer_id or "", self.source, self.attribute, self.as_of

    def payload(self) -> dict[str, str]:
        return {"attribute": self.attribute, "value": self.value, "as_of": self.as_of}


class ExternalImport:
    kind = "external"
    columns = COLUMNS
    optional = OPTIONAL

    def __init__(self, session: Session, load: BulkLoad) -> None:
        self.load = load
        self.today = load.now.date()
        self.fresh = load.is_empty(ExternalRecord)
        self.first_line: dict[Key, int] = {}

    def check(self, batch: Batch) -> tuple[list[ExternalLine], list[Problem]]:
        """The good lines of a batch, and the problems of the others."""
        customers = customers_by_number(self.load, {r.number for _, r, _ in batch})
        for _, record, issues in batch:
            if not record.number:
                continue
            record.customer_id = customers.get(record.number)
            if record.customer_id is None:
                issues.append(f"unknown customer_number {record.number!r}")
            elif record.source and record.attribute and record.as_of:
                key = record.key()
                if key in self.first_line:
                    issues.append(
                        f"{record.number} {record.source} {record.attribute} "
                        f"{record.as_of} already on line {self.first_line[key]}"
                    )
                else:
                    self.first_line[key] = record.line
        return [r for _, r, issues in batch if not issues], problems_of(batch)

    def finish(self) -> tuple[list[ExternalLine], list[Problem]]:
        return [], []

    def parse(self, line: int, v: list[str], issues: Issues) -> ExternalLine:
        number, source, attribute, value, as_of = v
        number = text(issues, "customer_number", number, NUMBER_LIMIT, required=True)
        source = text(issues, "source", source, LIMITS["source"], required=True)
        attribute = text(issues, "attribute", attribute, LIMITS["kind"], required=True)
        value = text(issues, "value", value, VALUE_LIMIT, required=True)
        as_of_day = day(issues, "as_of", as_of, required=True, latest=self.today)
        return ExternalLine(
            line, number, source, attribute, value, as_of_day.isoformat() if as_of_day else ""
        )

    def plan(self, lines: list[ExternalLine], summary: Summary) -> None:
        records = self.load.table(ExternalRecord.__tablename__, FIELDS)
        existing = self._existing({line.customer_id for line in lines if line.customer_id})
        now = self.load.now
        for line in lines:
            if line.customer_id is None:  # not a good line: check() keeps none
                continue
            new = (line.customer_id, line.source, line.attribute, line.payload(), now)
            old = existing.get(line.key())
            if old is None:
                records.insert(new)
                summary.created += 1
                continue
            row_id, deleted, *was = old
            if not deleted and was[3] == new[3]:
                summary.unchanged += 1
                continue
            records.change(row_id, was, new, deleted=deleted)
            summary.updated += 1

    def _existing(self, customer_ids: set[RowId]) -> dict[Key, tuple[Any, ...]]:
        """(id, deleted, *FIELDS) of these customers' external records, by key."""
        load = self.load
        if not customer_ids or self.fresh:
            return {}
        r = ExternalRecord
        columns = [
            load.hex(r.id),
            r.deleted,
            load.hex(r.customer_id),
            r.source,
            r.kind,
            r.payload,
            r.imported_at,
        ]
        out: dict[Key, tuple[Any, ...]] = {}
        for row in load.fetch(columns, r.customer_id, customer_ids):
            payload = row[5] if isinstance(row[5], dict) else {}
            key = (row[2], row[3], row[4], str(payload.get("as_of", "")))
            current = out.get(key)
            if current is None or (current[1] and not row[1]):
                out[key] = tuple(row)
        return out
