"""Server-side customer search over the customers a user may read (online, beyond the cache).

A partial query (a name's start, a number's end) finds only customers the user may read
(`scope.READ`). A specific query (`specific`: a whole ID, phone or customer number, or a
name with its birth date) also finds customers of every branch for a role that may open
them (`scope.OPEN`: tellers and RMs, for a customer who is in front of them); opening one
checks the query again and is audited (`sync.server.follows.open_customer`).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from client.capture import name_keys
from client.id_numbers import compact
from client.schema.enums import ContactKind, CustomerKind
from client.schema.models import Branch, ContactPoint, Customer
from client.search.normalize import phone_digits
from sync.protocol import RemoteHit, RemoteSearchRequest, RemoteSearchResponse
from sync.server import scope
from sync.server.auth import Actor

TAIL_DIGITS = 4
"""The fewest digits that search ID and phone numbers by their end."""

MIN_PHONE_DIGITS = 7
"""The fewest digits of a whole phone number (a local number without its area code)."""
MIN_NUMBER_CHARS = 6
"""The fewest characters of a whole ID or customer number."""
MAX_SPECIFIC = 20
"""The most customers one specific query finds (a name and birth date may fit a few)."""
MAX_SAME_DAY = 5_000
"""Customers born on one day that a name and birth date query looks at, at most."""

_DATE = r"(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{8})"
_NAME_THEN_DATE = re.compile(rf"^(?P<name>.*?\D)\s+(?P<date>{_DATE})$")
_DATE_THEN_NAME = re.compile(rf"^(?P<date>{_DATE})\s+(?P<name>\D.*)$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s()-]+$")


class QueryKind(StrEnum):
    """What a specific query named (kept in the audit event of an opening)."""

    NATIONAL_ID = "national_id"
    PHONE = "phone"
    CUSTOMER_NUMBER = "customer_number"
    NAME_AND_BIRTH_DATE = "name_and_birth_date"


@dataclass(frozen=True)
class Specific:
    """A query that names a person, not a group: see `specific`."""

    number: str | None
    """The query compacted (upper case, no spaces or dashes): a whole ID or customer number."""
    phones: frozenset[str]
    """The spellings a whole phone number may be stored in."""
    name: str | None
    birth_date: date | None


def _date(text: str) -> date | None:
    parts = re.split(r"[-/]", text) if not text.isdigit() else [text[:4], text[4:6], text[6:]]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None


def specific(query: str) -> Specific | None:
    """The query as a specific one, or None when it is partial. THE definition:

    - a whole national ID or customer number: at least `MIN_NUMBER_CHARS` Latin letters or
      digits (spaces and dashes ignored, letter case too; each group has a digit), found
      only where it equals the stored number;
    - a whole phone number: only digits, spaces, dashes, brackets and a leading +, at least
      `MIN_PHONE_DIGITS` digits once +86 / 0086 is dropped, found only where it equals a stored
      phone number (bare digits, +86 or 0086);
    - a name with its birth date: the whole name (any script: simplified, traditional,
      pinyin or Latin; `client.capture.name_keys`) and a date YYYY-MM-DD, YYYY/MM/DD or
      YYYYMMDD, before or after it, separated by a space; found where the birth date is the
      same and the whole name matches.

    Equality is what makes them specific: no prefix, tail or part of a name finds anybody.
    """
    text = " ".join(query.split())
    for pattern in (_NAME_THEN_DATE, _DATE_THEN_NAME):
        found = pattern.match(text)
        if found is not None:
            born = _date(found["date"])
            name = found["name"].strip()
            if born is not None and name:
                return Specific(None, frozenset(), name, born)
    compacted = compact(text)
    worded = all(any(ch.isdigit() for ch in word) for word in text.split())
    whole = compacted.isascii() and compacted.isalnum() and len(compacted) >= MIN_NUMBER_CHARS
    number = compacted if worded and whole else None
    phones: frozenset[str] = frozenset()
    digits = phone_digits(text)
    if _PHONE_CHARS.match(text) and len(digits) >= MIN_PHONE_DIGITS:
        phones = frozenset({text, digits, f"+86{digits}", f"+86 {digits}", f"0086{digits}"})
    if number is None and not phones:
        return None
    return Specific(number, phones, None, None)


def _name_keys(name: str) -> frozenset[str]:
    return name_keys(CustomerKind.INDIVIDUAL, name, "") | name_keys(
        CustomerKind.INDIVIDUAL, "", name
    )


def specific_matches(
    session: Session, query: Specific, among: uuid.UUID | None = None
) -> dict[uuid.UUID, QueryKind]:
    """The live customers (at most `MAX_SPECIFIC`; only `among` if given) the specific query
    names, each with what matched."""
    found: dict[uuid.UUID, QueryKind] = {}
    live: ColumnElement[bool] = Customer.deleted.is_(False)
    if among is not None:
        live = live & (Customer.id == among)
    if query.number is not None:
        numbers = {query.number, query.number.lower()}
        for customer_id, national_id in session.execute(
            select(Customer.id, Customer.national_id)
            .where(
                live,
                or_(Customer.national_id.in_(numbers), Customer.customer_number == query.number),
            )
            .limit(MAX_SPECIFIC)
        ):
            same_id = national_id is not None and national_id.upper() == query.number
            found[customer_id] = QueryKind.NATIONAL_ID if same_id else QueryKind.CUSTOMER_NUMBER
    if query.phones:
        phones = select(ContactPoint.customer_id).where(
            ContactPoint.kind == ContactKind.PHONE,
            ContactPoint.deleted.is_(False),
            ContactPoint.value.in_(query.phones),
        )
        for customer_id in session.scalars(
            select(Customer.id).where(live, Customer.id.in_(phones)).limit(MAX_SPECIFIC)
        ):
            found.setdefault(customer_id, QueryKind.PHONE)
    if query.name is not None and query.birth_date is not None:
        keys = _name_keys(query.name)
        same_day = session.execute(
            select(Customer.id, Customer.kind, Customer.legal_name, Customer.name_latin)
            .where(live, Customer.birth_date == query.birth_date)
            .limit(MAX_SAME_DAY)
        ).all()
        for row in same_day:
            if keys and name_keys(row[1], row[2], row[3]) & keys:
                found.setdefault(row[0], QueryKind.NAME_AND_BIRTH_DATE)
    return dict(sorted(found.items())[:MAX_SPECIFIC])


def names(session: Session, query: str, customer_id: uuid.UUID) -> QueryKind | None:
    """What of `customer_id` the query names when it is specific; None otherwise."""
    parsed = specific(query)
    if parsed is None:
        return None
    return specific_matches(session, parsed, among=customer_id).get(customer_id)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(query: str, by_id: bool = True) -> ColumnElement[bool]:
    """Customers matching `query`; by national ID only when `by_id` (the user may read it)."""
    prefix = _escape(query) + "%"
    terms: list[ColumnElement[bool]] = [
        Customer.customer_number.like(prefix, escape="\\"),
        Customer.legal_name.like(prefix, escape="\\"),
        func.lower(Customer.name_latin).like(prefix.lower(), escape="\\"),
    ]
    if by_id:
        terms.append(Customer.national_id == query)
    phones = select(ContactPoint.customer_id).where(
        ContactPoint.kind == ContactKind.PHONE, ContactPoint.deleted.is_(False)
    )
    digits = query.replace(" ", "").replace("-", "").lstrip("+")
    if digits.isdigit() or (digits[:-1].isdigit() and digits[-1:] in "xX"):
        terms.append(Customer.id.in_(phones.where(ContactPoint.value == query)))
        if len(digits) >= TAIL_DIGITS:
            tail = "%" + _escape(digits)
            if by_id:
                terms.append(Customer.national_id.like(tail, escape="\\"))
            terms.append(Customer.id.in_(phones.where(ContactPoint.value.like(tail, escape="\\"))))
    return or_(*terms)


def search(session: Session, actor: Actor, request: RemoteSearchRequest) -> RemoteSearchResponse:
    """Customers matching `request.query` that the actor may read, at most `request.limit`."""
    rule = scope.reach(scope.READ, actor.role, "customer")
    query = request.query.strip()
    if rule is scope.Reach.NONE or not query:
        return RemoteSearchResponse(hits=[])
    by_id = "national_id" not in scope.hidden(actor.role, "customer")
    visible: ColumnElement[bool] = Customer.deleted.is_(False)
    matching = _matches(query, by_id)
    if rule is scope.Reach.OWN:
        visible = visible & (Customer.home_branch_id == actor.branch_id)
    parsed = specific(query) if scope.opens_anywhere(actor.role) else None
    anywhere = specific_matches(session, parsed) if parsed is not None else {}
    if anywhere:  # the customer in front of the teller, whatever their branch
        visible = visible | Customer.id.in_(anywhere)
        matching = matching | Customer.id.in_(anywhere)
    stmt: Any = (
        select(
            Customer.id,
            Customer.customer_number,
            Customer.legal_name,
            Customer.name_latin,
            Customer.kind,
            Branch.code,
        )
        .join(Branch, Branch.id == Customer.home_branch_id)
        .where(visible, matching if query else false())
        .order_by(Customer.legal_name, Customer.customer_number)
        .limit(request.limit)
    )
    hits = [
        RemoteHit(
            customer_id=row[0],
            customer_number=row[1],
            legal_name=row[2],
            name_latin=row[3],
            kind=str(getattr(row[4], "value", row[4])),
            branch_code=row[5],
        )
        for row in session.execute(stmt)
    ]
    return RemoteSearchResponse(hits=hits)
