"""Server-side customer search over the customers a user may read (online, beyond the cache)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from client.schema.enums import ContactKind
from client.schema.models import Branch, ContactPoint, Customer
from sync.protocol import RemoteHit, RemoteSearchRequest, RemoteSearchResponse
from sync.server import scope
from sync.server.auth import Actor

TAIL_DIGITS = 4
"""The fewest digits that search ID and phone numbers by their end."""


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
    if rule is scope.Reach.OWN:
        visible = visible & (Customer.home_branch_id == actor.branch_id)
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
        .where(visible, _matches(query, by_id) if query else false())
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
