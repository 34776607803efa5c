"""Relationships CSV: one relationship between two customers per line, matched on the two
customers and the kind (re-running updates, never duplicates).

Header (UTF-8, comma-separated; other columns are ignored):
    customer_number,related_number,kind,since
- customer_number, related_number (required): two different existing customers; the line
  reads "customer_number is KIND related_number" (C001,C002,parent_of: C001 is C002's parent);
- kind (required): household|spouse|parent_of|director_of|guarantor_for|employee_of|
  beneficial_owner_of; household and spouse go both ways (C002,C001 is the same one);
- since: optional YYYY-MM-DD, not in the future; kept in the relationship's note
  ("since 2015-06-01"); an empty one leaves a known relationship's note as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from client.schema.enums import RelationshipKind
from client.schema.models import Customer, PartyRelationship
from sync.server.imports.bulk import BulkLoad, RowId
from sync.server.imports.common import Batch, Problem, Summary, problems_of
from sync.server.imports.refs import customers_by_number
from sync.server.imports.values import Issues, choice, day, limit_of, text

COLUMNS = ("customer_number", "related_number", "kind", "since")
OPTIONAL: tuple[str, ...] = ()
FIELDS = ("from_customer_id", "to_customer_id", "kind", "note")
NOTE = FIELDS.index("note")
KINDS = tuple(k.value for k in RelationshipKind)
BOTH_WAYS = frozenset({RelationshipKind.HOUSEHOLD.value, RelationshipKind.SPOUSE.value})
NUMBER_LIMIT = limit_of(Customer.__table__.c.customer_number)

Key = tuple[RowId, RowId, str]


def key_of(from_id: RowId, to_id: RowId, kind: str) -> Key:
    """What identifies a relationship: a two-way kind is the same either way round."""
    if kind in BOTH_WAYS and to_id < from_id:
        return to_id, from_id, kind
    return from_id, to_id, kind


@dataclass(slots=True)
class RelationshipLine:
    line: int
    numbers: tuple[str, str]
    kind: str | None
    note: str | None
    """"since ..." or None when the line gives no date."""
    ids: tuple[RowId, RowId] | None = None


class RelationshipImport:
    kind = "relationships"
    columns = COLUMNS
    optional = OPTIONAL

    def __init__(self, session: Session, load: BulkLoad) -> None:
        self.load = load
        self.today = load.now.date()
        self.fresh = load.is_empty(PartyRelationship)
        self.first_line: dict[Key, int] = {}

    def check(self, batch: Batch) -> tuple[list[RelationshipLine], list[Problem]]:
        """The good lines of a batch, and the problems of the others."""
        customers = customers_by_number(self.load, {n for _, r, _ in batch for n in r.numbers})
        for _, relationship, issues in batch:
            ids = []
            for column, number in zip(
                ("customer_number", "related_number"), relationship.numbers, strict=True
            ):
                if number and number not in customers:
                    issues.append(f"unknown {column} {number!r}")
                ids.append(customers.get(number))
            if ids[0] and ids[1] and relationship.kind:
                relationship.ids = (ids[0], ids[1])
                key = key_of(ids[0], ids[1], relationship.kind)
                if key in self.first_line:
                    issues.append(
                        f"{relationship.numbers[0]} {relationship.kind} "
                        f"{relationship.numbers[1]} already on line {self.first_line[key]}"
                    )
                else:
                    self.first_line[key] = relationship.line
        return [r for _, r, issues in batch if not issues], problems_of(batch)

    def finish(self) -> tuple[list[RelationshipLine], list[Problem]]:
        return [], []

    def parse(self, line: int, v: list[str], issues: Issues) -> RelationshipLine:
        number, related, kind, since = v
        number = text(issues, "customer_number", number, NUMBER_LIMIT, required=True)
        related = text(issues, "related_number", related, NUMBER_LIMIT, required=True)
        if number and number == related:
            issues.append(f"related_number {related} is the customer itself")
        kind_value = choice(issues, "kind", kind, KINDS)
        since_day = day(issues, "since", since, latest=self.today)
        note = f"since {since_day.isoformat()}" if since_day else None
        return RelationshipLine(line, (number, related), kind_value, note)

    def plan(self, lines: list[RelationshipLine], summary: Summary) -> None:
        relationships = self.load.table(PartyRelationship.__tablename__, FIELDS)
        existing = self._existing({i for line in lines if line.ids for i in line.ids})
        for line in lines:
            if line.ids is None or line.kind is None:  # not a good line: check() keeps none
                continue
            from_id, to_id = line.ids
            old = existing.get(key_of(from_id, to_id, line.kind))
            if old is None:
                relationships.insert((from_id, to_id, line.kind, line.note or ""))
                summary.created += 1
                continue
            row_id, deleted, *was = old
            new = (*was[:NOTE], was[NOTE] if line.note is None else line.note)
            if relationships.change(row_id, was, new, deleted=deleted):
                summary.updated += 1
            else:
                summary.unchanged += 1

    def _existing(self, customer_ids: set[RowId]) -> dict[Key, tuple[Any, ...]]:
        """(id, deleted, *FIELDS) of the relationships of these customers, by key."""
        load = self.load
        if not customer_ids or self.fresh:
            return {}
        r = PartyRelationship
        columns = [
            load.hex(r.id),
            r.deleted,
            load.hex(r.from_customer_id),
            load.hex(r.to_customer_id),
            r.kind,
            r.note,
        ]
        found = load.fetch(columns, r.from_customer_id, customer_ids)
        found += load.fetch(columns, r.to_customer_id, customer_ids)
        out: dict[Key, tuple[Any, ...]] = {}
        for row in found:
            key = key_of(row[2], row[3], row[4].value)
            current = out.get(key)
            if current is None or (current[1] and not row[1]):  # a live one before a tombstone
                out[key] = tuple(row)
        return out
