"""`POST /v1/duplicates`: the bank's likely duplicates of a new customer, before it is saved.

A workstation asks while a teller takes on a new customer or prospect (online only;
offline it checks its cache alone, `client.capture.local_duplicates`). The server looks at
every branch (`client.schema.permissions.duplicate_check_reach`: roles that may create
customers; 403 `forbidden` for the others) for the same ID or registration number, the same
phone number, or the same birth date with a name that matches in any script, and answers
who (number, name, branch) and why, by the same rules as the cache
(`client.capture.match_reasons`). Nothing of the answer replicates; the check is logged
(user and how many were found, no personal data).

Cost: the ID is an indexed equality; phones are equalities on the spellings a number is
stored in (bare digits, +86, 0086); the birth date is a scan of `customer` (no index on it:
fine at a million customers on PostgreSQL, a candidate for an index with the next server
migration).

`router(actor)` is included by `sync.server.app` like `sync.server.audit_search`'s (and, like
it, without `from __future__ import annotations`: FastAPI reads the route's annotations,
which name the `actor` dependency, when the router is built).
"""

import logging
import uuid
from collections.abc import Callable, Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.capture import NewCustomer, match_reasons, name_keys, phone_keys
from client.id_numbers import compact
from client.reasons import Reason
from client.schema.enums import ContactKind, CustomerKind
from client.schema.models import Branch, ContactPoint, Customer
from client.schema.permissions import Reach, duplicate_check_reach
from client.search.normalize import phone_digits
from sync.protocol import (
    MAX_DUPLICATES,
    DuplicateCheckRequest,
    DuplicateCheckResponse,
    DuplicateHit,
    ErrorBody,
)
from sync.server.auth import Actor
from sync.server.errors import ApiError

log = logging.getLogger(__name__)

PATH = "/duplicates"
MAX_SAME_DAY = 5_000
"""Customers born (or incorporated) on one day that the name check looks at, at most."""


def _spellings(phones: Iterable[str]) -> set[str]:
    """The ways a phone number may be stored: as typed, bare digits, with +86 or 0086."""
    out: set[str] = set()
    for phone in phones:
        digits = phone_digits(phone)
        if digits:
            out |= {phone.strip(), digits, f"+86{digits}", f"+86 {digits}", f"0086{digits}"}
    return out


def _new_customer(body: DuplicateCheckRequest) -> NewCustomer:
    try:
        kind = CustomerKind(body.kind)
    except ValueError:
        raise ApiError(422, f"kind: {body.kind!r} is not individual or business") from None
    number = compact(body.national_id) if body.national_id else None
    return NewCustomer(
        kind=kind,
        legal_name=body.legal_name.strip(),
        name_latin=body.name_latin.strip(),
        national_id=number or None,
        birth_date=body.birth_date,
        phones=tuple(p for p in body.phones if p.strip()),
    )


def _candidates(session: Session, new: NewCustomer) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    if new.national_id:
        found |= set(
            session.scalars(
                select(Customer.id).where(
                    Customer.national_id.in_({new.national_id, new.national_id.lower()})
                )
            )
        )
    spellings = _spellings(new.phones)
    if spellings:
        found |= set(
            session.scalars(
                select(ContactPoint.customer_id).where(
                    ContactPoint.kind == ContactKind.PHONE,
                    ContactPoint.deleted.is_(False),
                    ContactPoint.value.in_(spellings),
                )
            )
        )
    keys = name_keys(new.kind, new.legal_name, new.name_latin)
    if new.birth_date is not None and keys:
        same_day = session.execute(
            select(Customer.id, Customer.kind, Customer.legal_name, Customer.name_latin)
            .where(Customer.birth_date == new.birth_date, Customer.deleted.is_(False))
            .limit(MAX_SAME_DAY)
        ).all()
        found |= {row[0] for row in same_day if name_keys(row[1], row[2], row[3]) & keys}
    return found


def check(session: Session, actor: Actor, body: DuplicateCheckRequest) -> DuplicateCheckResponse:
    """The likely duplicates of the customer in `body` the bank has (see the module)."""
    if duplicate_check_reach(actor.role) is Reach.NONE:
        raise ApiError(
            403, f"a {actor.role.value} does not take on new customers", Reason.FORBIDDEN
        )
    new = _new_customer(body)
    ids = _candidates(session, new)
    hits: list[DuplicateHit] = []
    if ids:
        rows = session.execute(
            select(Customer, Branch.code)
            .join(Branch, Branch.id == Customer.home_branch_id)
            .where(Customer.id.in_(ids), Customer.deleted.is_(False))
        ).all()
        phones: dict[uuid.UUID, list[str]] = {}
        for customer_id, value in session.execute(
            select(ContactPoint.customer_id, ContactPoint.value).where(
                ContactPoint.customer_id.in_(ids),
                ContactPoint.kind == ContactKind.PHONE,
                ContactPoint.deleted.is_(False),
            )
        ):
            phones.setdefault(customer_id, []).append(value)
        for customer, code in rows:
            why = match_reasons(
                new,
                national_id=customer.national_id,
                birth_date=customer.birth_date,
                names=name_keys(customer.kind, customer.legal_name, customer.name_latin),
                phones=phone_keys(phones.get(customer.id, ())),
            )
            if why:
                hits.append(
                    DuplicateHit(
                        customer_id=customer.id,
                        customer_number=customer.customer_number,
                        legal_name=customer.legal_name,
                        name_latin=customer.name_latin or "",
                        branch_code=code,
                        reasons=list(why),
                    )
                )
    hits.sort(key=lambda h: (-len(h.reasons), h.customer_number))
    log.info(
        "duplicate check by %s (%s): %d likely duplicate(s)",
        actor.username,
        actor.role.value,
        len(hits),
    )
    return DuplicateCheckResponse(hits=hits[:MAX_DUPLICATES], truncated=len(hits) > MAX_DUPLICATES)


def router(actor: Callable[..., Any]) -> APIRouter:
    """The route, authenticated by the app's `actor` dependency."""
    routes = APIRouter()

    @routes.post(PATH, response_model=DuplicateCheckResponse, responses={403: {"model": ErrorBody}})
    def duplicates(
        body: DuplicateCheckRequest,
        request: Request,
        who: Annotated[Actor, Depends(actor)],
    ) -> DuplicateCheckResponse:
        """Likely duplicates of a new customer across the bank (403 `forbidden` for a role
        that may not create customers)."""
        db = request.app.state.guitai.db
        with db.reader() as session, session.begin():
            return check(session, who, body)

    return routes
