"""Customers CSV: one customer per line, matched on `customer_number` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,birth_date
and optionally `lifecycle` and `marketing_consent`.
- customer_number (required, up to 20 characters), kind (required: individual|business),
  name (required: the legal name), branch_code (required: an existing branch);
- name_latin, national_id, phone, email: optional text; phone and email become the
  customer's primary phone and email contact points (an empty one leaves a contact as it is);
- segment: optional code of an existing segment; birth_date: optional YYYY-MM-DD (date of
  incorporation for a business), not in the future;
- lifecycle: prospect|active|dormant|closed; a new customer without one is active, a
  known customer's stays as it is;
- marketing_consent: yes|no, the customer's answer to marketing by SMS, e-mail and call (the
  three `marketing_*` consents, as the capture form asks it; recorded now, channel counter);
  empty leaves the consents as they are.
A national ID that another customer number holds (in the database, or on another line of
the file) is refused, naming both numbers, unless `--allow-duplicate-id`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.masking import mask_national_id
from client.schema.enums import Channel, ConsentPurpose, ContactKind, CustomerKind, Lifecycle
from client.schema.models import Branch, Consent, ContactPoint, Customer, Segment
from sync.server.imports.bulk import BulkLoad, RowId
from sync.server.imports.common import Batch, Problem, Summary, problems_of
from sync.server.imports.values import Issues, choice, day, known, limit_of, text
from sync.server.users import check_email

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
OPTIONAL = ("lifecycle", "marketing_consent")
FIELDS = (
    "customer_number",
    "kind",
    "legal_name",
    "name_latin",
    "national_id",
    "birth_date",
    "home_branch_id",
    "segment_id",
    "lifecycle",
)
"""The customer's columns a line sets, in the order of `CustomerLine.values`."""
LIFECYCLE = FIELDS.index("lifecycle")
NATIONAL_ID = FIELDS.index("national_id")
BRANCH = FIELDS.index("home_branch_id")
CONTACT_FIELDS = ("customer_id", "kind", "label", "value", "is_primary")
CONSENT_FIELDS = ("customer_id", "purpose", "granted", "recorded_at", "channel")
MARKETING = tuple(p.value for p in ConsentPurpose if p.value.startswith("marketing"))
YES_NO = ("yes", "no")
KINDS = tuple(k.value for k in CustomerKind)
LIFECYCLES = tuple(s.value for s in Lifecycle)
LIMITS = {
    name: limit_of(Customer.__table__.c[name])
    for name in ("customer_number", "legal_name", "name_latin", "national_id")
}
CONTACT_LIMIT = limit_of(ContactPoint.__table__.c.value)


@dataclass(slots=True)
class CustomerLine:
    line: int
    number: str
    values: tuple[Any, ...]
    """In `FIELDS` order; lifecycle None when the line gives none."""
    phone: str
    email: str
    marketing: bool | None = None
    """The line's marketing_consent; None: not given."""


class CustomerImport:
    kind = "customers"
    columns = COLUMNS
    optional = OPTIONAL

    def __init__(self, session: Session, load: BulkLoad, *, allow_duplicate_id: bool = False):
        self.load = load
        self.allow_duplicate_id = allow_duplicate_id
        hexed = load.hex
        self.branches: dict[str, RowId] = dict(
            session.execute(
                select(Branch.code, hexed(Branch.id)).where(Branch.deleted.is_(False))
            ).all()
        )
        self.segments: dict[str, RowId] = dict(
            session.execute(
                select(Segment.code, hexed(Segment.id)).where(Segment.deleted.is_(False))
            ).all()
        )
        self.today = load.now.date()
        self.fresh = load.is_empty(Customer)
        """No customer yet: nothing to look up, nothing to match."""
        self.moved: set[RowId] = set()
        """Customers whose home branch the import changes."""
        self.first_line: dict[str, int] = {}
        self.holder: dict[str, tuple[str, int]] = {}
        """national ID -> (customer number, line) of its first line in the file"""
        self.given: dict[str, str | None] = {}
        """customer number -> the national ID a good line of the file gives it"""
        self.waiting: list[tuple[CustomerLine, list[str], bool]] = []
        """Lines giving an ID that customers in the database hold, who may still get
        another one from the file: (line, those customers, whether it is bad anyway)."""

    # --- checking ----------------------------------------------------------------------

    def parse(self, line: int, v: list[str], issues: Issues) -> CustomerLine:
        """One line's values (in `COLUMNS` + `OPTIONAL` order), each checked on its own."""
        number, kind, name, latin, national_id, phone, email, branch, segment, birth, cycle = v[:11]
        consent = v[11].strip().lower() if len(v) > 11 else ""
        number = text(issues, "customer_number", number, LIMITS["customer_number"], required=True)
        kind_value = choice(issues, "kind", kind, KINDS)
        name = text(issues, "name", name, LIMITS["legal_name"], required=True, name=True)
        latin = text(issues, "name_latin", latin, LIMITS["name_latin"], name=True)
        national_id = text(issues, "national_id", national_id, LIMITS["national_id"])
        phone = text(issues, "phone", phone, CONTACT_LIMIT)
        if phone and not any(ch.isdigit() for ch in phone):
            issues.append(f"phone: {phone!r} has no digits")
        email = text(issues, "email", email, CONTACT_LIMIT)
        if email:
            try:
                check_email(email)
            except UsageError as exc:  # its message names the column
                issues.append(str(exc))
        branch_id = known(issues, "branch_code", branch, self.branches, "branch code")
        segment_id = (
            known(issues, "segment", segment, self.segments, "segment") if segment else None
        )
        birth_day: date | None = day(issues, "birth_date", birth, latest=self.today)
        lifecycle = choice(issues, "lifecycle", cycle, LIFECYCLES, required=False)
        marketing = choice(issues, "marketing_consent", consent, YES_NO, required=False)
        values = (
            number,
            kind_value,
            name,
            latin,
            national_id or None,
            birth_day,
            branch_id,
            segment_id,
            lifecycle,
        )
        marketing_given = None if marketing is None else marketing == "yes"
        return CustomerLine(line, number, values, phone, email, marketing_given)

    def check(self, batch: Batch) -> tuple[list[CustomerLine], list[Problem]]:
        """The good lines of a batch (in file order), and the problems of the others.

        A line giving a national ID that a customer in the database holds waits (it is
        neither good nor bad yet) when that customer is not in the file so far: a later
        line may give it another ID (`finish`)."""
        with_id: list[tuple[CustomerLine, Issues]] = []
        for line, parsed, issues in batch:
            number, national_id = parsed.number, parsed.values[NATIONAL_ID]
            if number:
                if number in self.first_line:
                    issues.append(
                        f"customer_number {number} already on line {self.first_line[number]}"
                    )
                else:
                    self.first_line[number] = line
            if national_id and number and not self.allow_duplicate_id:
                with_id.append((parsed, issues))
                other = self.holder.setdefault(national_id, (number, line))
                if other[0] != number:
                    issues.append(
                        f"national_id {mask_national_id(national_id)} of {number} is already "
                        f"held by {other[0]} (line {other[1]})"
                    )
        waiting = self._held_in_database(with_id) if with_id and not self.fresh else set()
        good = [p for _, p, issues in batch if not issues and p.line not in waiting]
        for parsed in good:
            self.given[parsed.number] = parsed.values[NATIONAL_ID]
        return good, problems_of(batch)

    def _held_in_database(self, with_id: list[tuple[CustomerLine, Issues]]) -> set[int]:
        """Refuses an ID held in the database by a customer number the file gave the same ID
        (the lines that wait for the file's other lines: their line numbers)."""
        found = self.load.fetch(
            [Customer.customer_number, Customer.national_id],
            Customer.national_id,
            {p.values[NATIONAL_ID] for p, _ in with_id},
            Customer.deleted.is_(False),
        )
        held: dict[str, list[str]] = {}
        for number, national_id in found:
            held.setdefault(national_id, []).append(number)
        waiting: set[int] = set()
        for parsed, issues in with_id:
            national_id = parsed.values[NATIONAL_ID]
            others = {o for o in held.get(national_id, ()) if o != parsed.number}
            if not others:
                continue
            kept = sorted(o for o in others if self.given.get(o, national_id) == national_id)
            seen = [o for o in kept if o in self.given]
            if seen:
                issues.append(self._held(parsed, seen[0]))
            elif kept:
                self.waiting.append((parsed, kept, bool(issues)))
                waiting.add(parsed.line)
        return waiting

    @staticmethod
    def _held(parsed: CustomerLine, other: str) -> str:
        national_id = parsed.values[NATIONAL_ID]
        return (
            f"national_id {mask_national_id(national_id)} of {parsed.number} is already "
            f"held by {other} (in the database)"
        )

    def finish(self) -> tuple[list[CustomerLine], list[Problem]]:
        """The lines that waited: good when the file gave each other holder another ID."""
        good: list[CustomerLine] = []
        problems: list[Problem] = []
        for parsed, others, bad in self.waiting:
            national_id = parsed.values[NATIONAL_ID]
            kept = [o for o in others if self.given.get(o, national_id) == national_id]
            if kept:
                problems.append(Problem(parsed.line, self._held(parsed, kept[0])))
            elif not bad:
                good.append(parsed)
        self.waiting.clear()
        return good, problems

    # --- planning ----------------------------------------------------------------------

    def plan(self, lines: list[CustomerLine], summary: Summary) -> None:
        load = self.load
        customers = load.table(Customer.__tablename__, FIELDS)
        contacts = load.table(ContactPoint.__tablename__, CONTACT_FIELDS)
        existing = self._existing([line.number for line in lines])
        primary = self._primary_contacts([row[0] for row in existing.values()])
        consents = self._marketing_consents(
            [
                existing[n.number][0]
                for n in lines
                if n.marketing is not None and n.number in existing
            ]
        )
        for line in lines:
            old = existing.get(line.number)
            if old is None:
                values = line.values
                if values[LIFECYCLE] is None:
                    values = (*values[:LIFECYCLE], Lifecycle.ACTIVE.value)
                customer_id = customers.insert(values)
                for kind, value in (
                    (ContactKind.PHONE, line.phone),
                    (ContactKind.EMAIL, line.email),
                ):
                    if value:
                        label = "mobile" if kind is ContactKind.PHONE else ""
                        contacts.insert((customer_id, kind.value, label, value, True))
                self._consent(customer_id, line.marketing, {})
                summary.created += 1
                continue
            customer_id, deleted, *was = old
            values = line.values
            if values[LIFECYCLE] is None:
                values = (*values[:LIFECYCLE], was[LIFECYCLE])
            changed = customers.change(customer_id, was, values, deleted=deleted)
            if changed and values[BRANCH] != was[BRANCH]:
                self.moved.add(customer_id)
            for kind, value in ((ContactKind.PHONE, line.phone), (ContactKind.EMAIL, line.email)):
                if not value:
                    continue
                current = primary.get((customer_id, kind.value))
                if current is None:
                    label = "mobile" if kind is ContactKind.PHONE else ""
                    contacts.insert((customer_id, kind.value, label, value, True))
                    changed = True
                elif current[4] != value:
                    contact_id, *fields = current
                    new = (*fields[:3], value, fields[4])
                    changed = contacts.change(contact_id, fields, new) or changed
            changed = self._consent(customer_id, line.marketing, consents) or changed
            if changed:
                summary.updated += 1
            else:
                summary.unchanged += 1

    def _consent(
        self,
        customer_id: RowId,
        marketing: bool | None,
        held: dict[tuple[RowId, str], tuple[Any, ...]],
    ) -> bool:
        """Sets the customer's marketing consents to the line's answer; True if it changed one."""
        if marketing is None:
            return False
        table = self.load.table(Consent.__tablename__, CONSENT_FIELDS)
        changed = False
        for purpose in MARKETING:
            current = held.get((customer_id, purpose))
            if current is None:
                values = (customer_id, purpose, marketing, self.load.now, Channel.COUNTER.value)
                table.insert(values)
                changed = True
            elif current[3] != marketing:
                consent_id, *fields = current
                new = (fields[0], fields[1], marketing, self.load.now, fields[4])
                changed = table.change(consent_id, fields, new) or changed
        return changed

    def _marketing_consents(
        self, customer_ids: list[RowId]
    ) -> dict[tuple[RowId, str], tuple[Any, ...]]:
        """(id, *CONSENT_FIELDS) of the customers' marketing consents."""
        load = self.load
        if not customer_ids:
            return {}
        c = Consent
        columns = [load.hex(c.id), load.hex(c.customer_id), c.purpose, c.granted, c.recorded_at]
        found = load.fetch(
            [*columns, c.channel],
            c.customer_id,
            customer_ids,
            c.deleted.is_(False),
            c.purpose.in_(MARKETING),
        )
        return {
            (row[1], row[2].value): (row[0], row[1], row[2].value, *row[3:5], row[5].value)
            for row in found
        }

    def _existing(self, numbers: list[str]) -> dict[str, tuple[Any, ...]]:
        """(id, deleted, *FIELDS) of the known customers among `numbers`, by number."""
        load = self.load
        if self.fresh:
            return {}
        columns = [
            load.hex(Customer.id),
            Customer.deleted,
            *(load.plain(getattr(Customer, f)) for f in FIELDS),
        ]
        found = load.fetch(columns, Customer.customer_number, numbers)
        return {row[2]: tuple(row) for row in found}

    def _primary_contacts(
        self, customer_ids: list[RowId]
    ) -> dict[tuple[RowId, str], tuple[Any, ...]]:
        """(id, *CONTACT_FIELDS) of each customer's primary phone and e-mail."""
        load = self.load
        if not customer_ids:
            return {}
        c = ContactPoint
        columns = [load.hex(c.id), load.hex(c.customer_id), c.kind, c.label, c.value, c.is_primary]
        found = load.fetch(
            columns,
            c.customer_id,
            customer_ids,
            c.is_primary.is_(True),
            c.deleted.is_(False),
            c.kind.in_([ContactKind.PHONE, ContactKind.EMAIL]),
        )
        out: dict[tuple[RowId, str], tuple[Any, ...]] = {}
        for row in found:
            out.setdefault((row[1], row[2].value), tuple(row))
        return out
