"""A new customer or prospect, taken on at the counter: checked, checked for duplicates,
saved offline at once.

`checked(form)` cleans and validates what the teller typed (names, the ID card number or
the unified social credit code with their check characters, phones, e-mail, address).
`local_duplicates(session, new)` lists the cache's likely duplicates; when online, the server
answers the same question for the whole bank (`POST /v1/duplicates`, `sync.server.duplicates`,
which uses `match_reasons` too) and `merged` puts both lists together. A likely duplicate is:

- `same_id`: the same ID or registration number;
- `same_phone`: one of the same phone numbers (country code +86 or not);
- `same_name_and_birth_date`: the same birth date (or date of incorporation) and a name
  that matches in any script: simplified or traditional characters, pinyin or the Latin
  name (`name_keys`, from the search index's name forms, `client.search.terms`).

`save(session, staff, new, duplicates=..., not_duplicate=...)` refuses with
`NeedsDecisionError` (code `needs_decision`, exit 8) while likely duplicates are listed and
no reason is given. Otherwise it writes the customer, its contact points and its marketing
consent, each with its outbox entry, in the caller's ONE local transaction; a reason for
saving anyway is kept in an audit event of the new customer (`detail`: the reason, `change`:
the duplicates listed and why), uploaded with it.

Customer numbers made offline: "N" and 14 characters of Crockford base32 taken from a hash
of the new row's random UUID (70 bits): no sequence to coordinate between workstations, and
the chance that two of a hundred million numbers made so collide is about 4 in a million.
Numbers of the bank's own systems (imports, the demo's "C000000001") never start with N
followed by 14 such characters. Should two ever collide, the server refuses the second
customer (code `constraint`) and it waits in the conflicts inbox like any refused edit.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client import audit
from client.errors import GuitaiError, UsageError
from client.id_numbers import birth_date_of, check_prc_id, check_uscc
from client.outbox import Edit, insert_row
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.enums import (
    AuditAction,
    Channel,
    ConsentPurpose,
    ContactKind,
    CustomerKind,
    Lifecycle,
)
from client.schema.local import search_term
from client.schema.models import AuditEvent, Branch, Consent, ContactPoint, Customer
from client.search.normalize import identifier, phone_digits
from client.search.terms import Field, Namespace, name_terms
from client.text_rules import clean_text
from client.work import Staff

NUMBER_PREFIX = "N"
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32: no I, L, O or U to misread."""
NUMBER_LENGTH = 14
MAX_PHONES = 5
MAX_REASON = audit.MAX_REASON
LIFECYCLES = (Lifecycle.PROSPECT, Lifecycle.ACTIVE)
"""What a new customer starts as."""
MARKETING = (
    ConsentPurpose.MARKETING_SMS,
    ConsentPurpose.MARKETING_EMAIL,
    ConsentPurpose.MARKETING_CALL,
)
"""The consents "marketing yes/no" answers at once."""
NAME_FIELDS = frozenset({Field.CHINESE_NAME.value, Field.PINYIN.value, Field.LATIN_NAME.value})
"""Name forms two names match by (not initials: too many people share them)."""


class Why(StrEnum):
    """Why a customer is listed as a likely duplicate (values go on the wire)."""

    SAME_ID = "same_id"
    SAME_PHONE = "same_phone"
    SAME_NAME_AND_BIRTH_DATE = "same_name_and_birth_date"


@dataclass(frozen=True)
class NewCustomer:
    """What the teller typed for a new customer or prospect (`checked` cleans it)."""

    kind: CustomerKind
    legal_name: str
    name_latin: str = ""
    national_id: str | None = None
    """The ID card number (individual) or unified social credit code (business)."""
    birth_date: date | None = None
    """Of birth, or of incorporation; an ID card's own when it gives none."""
    phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    marketing_consent: bool | None = None
    """Yes or no to marketing by SMS, e-mail and call; None: not asked."""
    lifecycle: Lifecycle = Lifecycle.ACTIVE
    preferred_language: str = "zh-CN"


@dataclass(frozen=True)
class Duplicate:
    """A customer the new one may be: who, where, and why (`reasons`: `Why` values)."""

    customer_id: uuid.UUID
    customer_number: str
    legal_name: str
    name_latin: str
    branch_code: str
    reasons: tuple[str, ...]
    source: str = "cache"
    """"cache" or "server"."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "customer_id": str(self.customer_id),
            "customer_number": self.customer_number,
            "legal_name": self.legal_name,
            "name_latin": self.name_latin,
            "branch_code": self.branch_code,
            "reasons": list(self.reasons),
            "source": self.source,
        }

    def line(self) -> str:
        latin = f" ({self.name_latin})" if self.name_latin else ""
        return (
            f"{self.customer_number}  {self.legal_name}{latin}  {self.branch_code}  "
            f"{', '.join(self.reasons)}"
        )


class NeedsDecisionError(GuitaiError):
    """Likely duplicates were found: the new customer is saved only with a reason (exit 8)."""

    default_code = Reason.NEEDS_DECISION

    def __init__(self, duplicates: Sequence[Duplicate]) -> None:
        self.duplicates = tuple(duplicates)
        listed = "; ".join(d.line() for d in self.duplicates)
        super().__init__(
            f"{len(self.duplicates)} likely duplicate(s): {listed}. Open the existing customer, "
            "or save anyway with the reason it is not the same (--not-duplicate REASON)",
            details={"duplicates": [d.to_dict() for d in self.duplicates]},
        )


@dataclass(frozen=True)
class Saved:
    """A new customer saved locally: its number and the edits waiting to upload."""

    customer_id: uuid.UUID
    customer_number: str
    edits: tuple[Edit, ...] = field(default_factory=tuple)
    not_duplicate: str | None = None


# --- checking what was typed ---------------------------------------------------------


def _text(name: str, value: str, limit: int, *, required: bool = False) -> str:
    value = clean_text(name, value.strip())
    if required and not value:
        raise UsageError(f"{name}: please fill it in", code=Reason.REQUIRED, field=name)
    if len(value) > limit:
        raise UsageError(
            f"{name}: at most {limit} characters ({len(value)} given)",
            code=Reason.TOO_LONG,
            field=name,
            details={"limit": limit},
        )
    return value


def _phone(value: str) -> str:
    phone = _text("phone", value, 40, required=True)
    if len(phone_digits(phone)) < 5:
        raise UsageError(
            f"phone: {phone!r} has too few digits for a phone number",
            code=Reason.NO_DIGITS,
            field="phone",
        )
    return phone


def checked(new: NewCustomer, *, today: date | None = None) -> NewCustomer:
    """`new` cleaned and validated; raises `UsageError` naming the field that is wrong."""
    kind = CustomerKind(new.kind)
    legal_name = _text("name", new.legal_name, 200, required=True)
    name_latin = _text("Latin name", new.name_latin, 200)
    number = (new.national_id or "").strip() or None
    birth = new.birth_date
    today = today or date.today()
    if number is not None and kind is CustomerKind.INDIVIDUAL:
        number = check_prc_id(number, birth_date=birth, today=today)
        birth = birth or birth_date_of(number)
    elif number is not None:
        number = check_uscc(number)
    if birth is not None and birth > today:
        raise UsageError(
            f"birth date: {birth:%Y-%m-%d} is in the future",
            code=Reason.USAGE,
            field="birth date",
        )
    phones = tuple(dict.fromkeys(_phone(p) for p in new.phones if p.strip()))
    if len(phones) > MAX_PHONES:
        raise UsageError(f"phone: at most {MAX_PHONES} numbers", code=Reason.USAGE, field="phone")
    email = _text("email", new.email, 254)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise UsageError(
            f"email: {email!r} is not an e-mail address", code=Reason.NOT_EMAIL, field="email"
        )
    if new.lifecycle not in LIFECYCLES:
        raise UsageError(
            f"lifecycle: a new customer is {' or '.join(LIFECYCLES)}, not {new.lifecycle}",
            code=Reason.USAGE,
            field="lifecycle",
        )
    return replace(
        new,
        kind=kind,
        legal_name=legal_name,
        name_latin=name_latin,
        national_id=number,
        birth_date=birth,
        phones=phones,
        email=email,
        address=_text("address", new.address, 300),
    )


# --- likely duplicates ---------------------------------------------------------------


def name_keys(kind: str, legal_name: str, name_latin: str) -> frozenset[str]:
    """The forms a name matches another by: its simplified characters, pinyin, Latin name
    (namespaced like the search index's terms: `n...`)."""
    return frozenset(
        term
        for term, form in name_terms(str(kind), legal_name, name_latin)
        if term.startswith(Namespace.NAME) and form in NAME_FIELDS and len(term) > 2
    )


def phone_keys(phones: Iterable[str]) -> frozenset[str]:
    return frozenset(d for d in (phone_digits(p) for p in phones) if d)


def match_reasons(
    new: NewCustomer,
    *,
    national_id: str | None,
    birth_date: date | None,
    names: frozenset[str],
    phones: frozenset[str],
) -> tuple[str, ...]:
    """Why an existing customer (its ID, birth date, name keys and phone digits) may be
    `new` (a checked one); empty: it is not a likely duplicate."""
    why: list[str] = []
    if new.national_id and national_id and identifier(national_id) == identifier(new.national_id):
        why.append(Why.SAME_ID)
    if phones & phone_keys(new.phones):
        why.append(Why.SAME_PHONE)
    same_day = new.birth_date is not None and birth_date == new.birth_date
    if same_day and names & name_keys(new.kind, new.legal_name, new.name_latin):
        why.append(Why.SAME_NAME_AND_BIRTH_DATE)
    return tuple(str(w) for w in why)


def local_duplicates(session: Session, new: NewCustomer) -> list[Duplicate]:
    """The cache's customers `new` (a checked one) may be, by the search index."""
    wanted: dict[str, set[str]] = {}
    if new.national_id:
        wanted[Namespace.NUMBER + identifier(new.national_id)] = {Field.NATIONAL_ID.value}
    for digits in phone_keys(new.phones):
        wanted.setdefault(Namespace.NUMBER + digits, set()).add(Field.PHONE.value)
    if new.birth_date is not None:
        for key in name_keys(new.kind, new.legal_name, new.name_latin):
            wanted.setdefault(key, set()).update(NAME_FIELDS)
    if not wanted:
        return []
    rows = session.execute(
        select(search_term.c.term, search_term.c.field, search_term.c.customer_id).where(
            search_term.c.term.in_(list(wanted))
        )
    ).all()
    ids = {row.customer_id for row in rows if row.field in wanted[row.term]}
    if not ids:
        return []
    found = session.execute(
        select(Customer, Branch.code)
        .join(Branch, Branch.id == Customer.home_branch_id, isouter=True)
        .where(Customer.id.in_(ids), Customer.deleted.is_(False))
    ).all()
    phones = _phones_of(session, [c.id for c, _ in found])
    out: list[Duplicate] = []
    for customer, code in found:
        why = match_reasons(
            new,
            national_id=customer.national_id,
            birth_date=customer.birth_date,
            names=name_keys(customer.kind, customer.legal_name, customer.name_latin),
            phones=phone_keys(phones.get(customer.id, ())),
        )
        if why:
            out.append(
                Duplicate(
                    customer.id,
                    customer.customer_number,
                    customer.legal_name,
                    customer.name_latin,
                    code or "",
                    why,
                )
            )
    return sorted(out, key=lambda d: (-len(d.reasons), d.customer_number))


def _phones_of(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {}
    if not ids:
        return out
    rows = session.execute(
        select(ContactPoint.customer_id, ContactPoint.value).where(
            ContactPoint.customer_id.in_(ids),
            ContactPoint.kind == ContactKind.PHONE,
            ContactPoint.deleted.is_(False),
        )
    )
    for customer_id, value in rows:
        out.setdefault(customer_id, []).append(value)
    return out


def merged(*lists: Iterable[Duplicate]) -> list[Duplicate]:
    """One line per customer (the first list's wins; the reasons of all of them)."""
    by_id: dict[uuid.UUID, Duplicate] = {}
    for items in lists:
        for item in items:
            known = by_id.get(item.customer_id)
            if known is None:
                by_id[item.customer_id] = item
            else:
                reasons = tuple(dict.fromkeys((*known.reasons, *item.reasons)))
                by_id[item.customer_id] = replace(known, reasons=reasons)
    return sorted(by_id.values(), key=lambda d: (-len(d.reasons), d.customer_number))


# --- saving ---------------------------------------------------------------------------


DUPLICATE_ENTITY = "duplicate_check"
"""The entity of the audit event that keeps why a new customer was saved despite likely
duplicates (`detail`: the reason; `change`: the customers listed and why)."""


def customer_number_for(row_id: uuid.UUID) -> str:
    """The number a customer made on this workstation gets (see the module docstring)."""
    value = int.from_bytes(hashlib.sha256(row_id.bytes).digest()[:9], "big") >> 2
    chars = []
    for _ in range(NUMBER_LENGTH):
        value, digit = divmod(value, 32)
        chars.append(NUMBER_ALPHABET[digit])
    return NUMBER_PREFIX + "".join(reversed(chars))


def check_reason(reason: str | None) -> str | None:
    """The reason for saving despite likely duplicates, cleaned (None: none given)."""
    if reason is None:
        return None
    text = _text("reason", reason, MAX_REASON, required=True)
    return text


def save(
    session: Session,
    staff: Staff,
    new: NewCustomer,
    *,
    duplicates: Sequence[Duplicate] = (),
    not_duplicate: str | None = None,
    now: datetime | None = None,
) -> Saved:
    """Writes the new customer (checked) at the staff member's branch, in the caller's
    transaction; refused (`NeedsDecisionError`) while `duplicates` are listed and no
    `not_duplicate` reason is given."""
    reason = check_reason(not_duplicate)
    if duplicates and reason is None:
        raise NeedsDecisionError(duplicates)
    now = now or utcnow()
    row_id = uuid.uuid4()
    number = customer_number_for(row_id)
    values: dict[str, Any] = {
        "customer_number": number,
        "kind": new.kind,
        "legal_name": new.legal_name,
        "name_latin": new.name_latin,
        "national_id": new.national_id,
        "birth_date": new.birth_date,
        "home_branch_id": staff.branch_id,
        "lifecycle": new.lifecycle,
        "preferred_language": new.preferred_language,
    }
    edits = [insert_row(session, Customer.__tablename__, values, row_id=row_id, now=now)]
    contacts = [
        (ContactKind.PHONE, p, "mobile" if i == 0 else "") for i, p in enumerate(new.phones)
    ]
    if new.email:
        contacts.append((ContactKind.EMAIL, new.email, ""))
    if new.address:
        contacts.append(
            (
                ContactKind.ADDRESS,
                new.address,
                "home" if new.kind is CustomerKind.INDIVIDUAL else "registered office",
            )
        )
    firsts: set[ContactKind] = set()
    for kind, value, label in contacts:
        edits.append(
            insert_row(
                session,
                ContactPoint.__tablename__,
                {
                    "customer_id": row_id,
                    "kind": kind,
                    "label": label,
                    "value": value,
                    "is_primary": kind not in firsts,
                },
                now=now,
            )
        )
        firsts.add(kind)
    if new.marketing_consent is not None:
        for purpose in MARKETING:
            edits.append(
                insert_row(
                    session,
                    Consent.__tablename__,
                    {
                        "customer_id": row_id,
                        "purpose": purpose,
                        "granted": new.marketing_consent,
                        "recorded_at": now,
                        "channel": Channel.COUNTER,
                    },
                    now=now,
                )
            )
    if duplicates and reason is not None:
        listed = [
            {"customer_number": d.customer_number, "reasons": list(d.reasons)} for d in duplicates
        ]
        audit.record(
            session,
            AuditAction.CREATE,
            entity=DUPLICATE_ENTITY,
            entity_id=row_id,
            customer_id=row_id,
            detail=reason,
            change=json.dumps({"duplicates": listed}, sort_keys=True),
            now=now,
        )
    return Saved(row_id, number, tuple(edits), reason if duplicates else None)


def not_duplicate_reason(session: Session, customer_id: uuid.UUID) -> str | None:
    """The reason kept when the customer was saved despite likely duplicates (this cache's
    audit events; None: none was needed, or the events are not here)."""
    found = session.execute(
        select(AuditEvent.detail)
        .where(AuditEvent.customer_id == customer_id, AuditEvent.entity == DUPLICATE_ENTITY)
        .order_by(AuditEvent.occurred_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    return None if found is None else str(found)
