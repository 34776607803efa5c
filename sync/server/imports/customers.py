"""Customers CSV: one customer per line, matched on `customer_number` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,birth_date
- customer_number (required, up to 20 characters), kind (required: individual|business),
  name (required: the legal name), branch_code (required: an existing branch);
- name_latin, national_id, phone, email: optional text; phone and email become the
  customer's primary phone and email contact points;
- segment: optional code of an existing segment; birth_date: optional YYYY-MM-DD (date of
  incorporation for a business).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import ContactKind, CustomerKind
from client.schema.models import Branch, ContactPoint, Customer, Segment
from sync.server.feed import PendingChange
from sync.server.imports.common import (
    Line,
    Problem,
    RowInvalid,
    Summary,
    check_choice,
    check_length,
    check_shape,
    chunks,
    parse_date,
    required,
    upsert,
)

COLUMNS = (
    "customer_number",
    "kind",
    "name",
    "name_latin",
    "national_id",
    "phone",
    "email",
    "branch_code",
    "segment",
    "birth_date",
)


@dataclass(frozen=True)
class CustomerRow:
    number: str
    values: dict[str, Any]
    phone: str
    email: str


class CustomerImport:
    columns = COLUMNS

    def __init__(self, session: Session) -> None:
        self.branches = dict(session.execute(select(Branch.code, Branch.id)).all())
        self.segments = dict(session.execute(select(Segment.code, Segment.id)).all())

    def check(self, rows: list[Line]) -> tuple[list[CustomerRow], list[Problem]]:
        good: list[CustomerRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in rows:
            try:
                parsed = self._parse(row)
                if parsed.number in first_line:
                    raise RowInvalid(
                        f"customer_number {parsed.number} already on line "
                        f"{first_line[parsed.number]}"
                    )
                first_line[parsed.number] = line
                good.append(parsed)
            except RowInvalid as exc:
                problems.append(Problem(line, str(exc)))
        return good, problems

    def _parse(self, row: dict[str, str]) -> CustomerRow:
        check_shape(row)
        number = required(row, "customer_number")
        kind = check_choice(row, "kind", [k.value for k in CustomerKind])
        name = required(row, "name")
        code = required(row, "branch_code")
        if code not in self.branches:
            raise RowInvalid(f"unknown branch code {code!r}")
        segment = row.get("segment", "")
        if segment and segment not in self.segments:
            raise RowInvalid(f"unknown segment {segment!r}")
        birth: date | None = parse_date(row, "birth_date", optional=True)
        values: dict[str, Any] = {
            "customer_number": number,
            "kind": CustomerKind(kind),
            "legal_name": name,
            "name_latin": row.get("name_latin", ""),
            "national_id": row.get("national_id") or None,
            "home_branch_id": self.branches[code],
            "segment_id": self.segments.get(segment) if segment else None,
            "birth_date": birth,
        }
        check_length("customer", values)
        contact = {"value": row.get("phone", "") or row.get("email", "")}
        check_length(ContactPoint.__tablename__, contact)
        return CustomerRow(number, values, row.get("phone", ""), row.get("email", ""))

    def apply(
        self, session: Session, rows: list[CustomerRow], summary: Summary
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        existing: dict[str, Customer] = {}
        for chunk in chunks([r.number for r in rows]):
            found = session.scalars(select(Customer).where(Customer.customer_number.in_(chunk)))
            existing.update({c.customer_number: c for c in found})
        contacts = self._primary_contacts(session, [c.id for c in existing.values()])
        outcomes = [
            upsert(session, pending, "customer", existing.get(row.number), row.values)
            for row in rows
        ]
        session.flush()  # new customers before their contact points
        for row, (outcome, customer) in zip(rows, outcomes, strict=True):
            touched = False
            for kind, value in ((ContactKind.PHONE, row.phone), (ContactKind.EMAIL, row.email)):
                if not value:
                    continue
                current = contacts.get((customer.id, kind))
                values = {"customer_id": customer.id, "kind": kind, "value": value}
                if current is None:
                    label = "mobile" if kind is ContactKind.PHONE else ""
                    values |= {"label": label, "is_primary": True}
                done, _ = upsert(session, pending, ContactPoint.__tablename__, current, values)
                touched = touched or done != "unchanged"
            summary.count("updated" if outcome == "unchanged" and touched else outcome)
        return pending

    @staticmethod
    def _primary_contacts(
        session: Session, customer_ids: list[uuid.UUID]
    ) -> dict[tuple[uuid.UUID, ContactKind], ContactPoint]:
        out: dict[tuple[uuid.UUID, ContactKind], ContactPoint] = {}
        for chunk in chunks(customer_ids):
            found = session.scalars(
                select(ContactPoint).where(
                    ContactPoint.customer_id.in_(chunk),
                    ContactPoint.is_primary.is_(True),
                    ContactPoint.deleted.is_(False),
                )
            )
            for contact in found:
                out.setdefault((contact.customer_id, contact.kind), contact)
        return out
