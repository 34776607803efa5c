"""The call centre's caller: found by a phone number or its last digits, their recent
interactions of every channel, their RM's and the branch's other RMs' nearest free slots,
and a booking with the opportunity passed on as a referral attached to it.

`find_callers(session, tail)` is the one lookup, run by the server over the bank
(`sync.server.callers`, online) and by the workstation over its cache (`local_callers`,
offline or before the server answers): a phone number matches when its digits, without
spaces, dashes, brackets or "+", end with the digits typed (`tail_of`: at least
`TAIL_DIGITS`; a whole number with +86 or 0086 is looked up by its national digits). The
phones are shown masked (`client.masking.mask_phone`).

`caller_file(cache, customer_id)` reads what the agent sees of one caller. `book_for_caller`
books a slot as `client.work.book_appointment` does (its channel the booker's: the call
centre's) and, when a product is named, creates the referral in the same transaction with
the id `attached_referral_id(appointment id)`: the referral is attached to the appointment
by its id, so no column links them (an `appointment.referral_id` column is the cleaner link
for the next schema migration; until then either row finds the other by that id).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from client.calendar import SEARCH_WINDOW, FreeSlot, free_slots
from client.errors import NotFoundError, UsageError
from client.lookups import Choice
from client.masking import mask_phone
from client.outbox import Edit
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.enums import ContactKind, Role
from client.schema.models import Branch, ContactPoint, Customer, Interaction, Product, User
from client.search.normalize import phone_digits
from client.store import LocalCache
from client.work import Staff, book_appointment, refer

TAIL_DIGITS = 4
"""The fewest digits a caller is looked up by (the last 4 of a phone number)."""
MAX_CALLERS = 20
"""The most callers one lookup lists."""
RECENT = 20
"""The caller's latest interactions shown."""
SLOTS_PER_RM = 3
"""The nearest free slots shown of each RM."""
REFERRAL_NAMESPACE = uuid.UUID("6f0c7f7e-2b1a-4c43-9d7e-0c5a1e7b9a11")


@dataclass(frozen=True)
class Caller:
    """A customer with a phone ending in the digits typed."""

    customer_id: uuid.UUID
    customer_number: str
    name: str
    name_latin: str
    branch_code: str
    rm_name: str
    """The owning RM's name ("" without one)."""
    phone_masked: str
    remote: bool = False
    """Found by the server, not (yet) in this cache."""


@dataclass(frozen=True)
class Callers:
    callers: tuple[Caller, ...]
    truncated: bool
    """More matched than `MAX_CALLERS`: more digits tell them apart."""


def tail_of(text: str) -> str:
    """The digits a caller is looked up by; a `UsageError` when fewer than `TAIL_DIGITS`."""
    digits = phone_digits(text)
    if len(digits) < TAIL_DIGITS:
        raise UsageError(
            f"phone: give at least the last {TAIL_DIGITS} digits",
            code=Reason.NO_DIGITS,
            field="phone",
            details={"least": TAIL_DIGITS},
        )
    return digits


def _bare(column: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[str]:
    """A phone column without the separators people type."""
    bare: ColumnElement[str] = func.replace(column, " ", "")
    for ch in ("-", "+", "(", ")"):
        bare = func.replace(bare, ch, "")
    return bare


def phone_ends(tail: str) -> ColumnElement[bool]:
    """Phone contact points whose digits end with `tail` (digits only)."""
    if not tail.isdigit():
        raise ValueError("a phone tail is digits only")
    return (
        (ContactPoint.kind == ContactKind.PHONE)
        & ContactPoint.deleted.is_(False)
        & _bare(ContactPoint.value).like(f"%{tail}")
    )


def find_callers(
    session: Session,
    tail: str,
    *,
    branch_id: uuid.UUID | None = None,
    limit: int = MAX_CALLERS,
) -> Callers:
    """The customers (of `branch_id` only, when given) with a phone ending in `tail`, by
    customer number; each once, with the first such phone."""
    rows = session.execute(
        select(
            Customer.id,
            Customer.customer_number,
            Customer.legal_name,
            Customer.name_latin,
            Branch.code,
            User.display_name,
            ContactPoint.value,
        )
        .join(ContactPoint, ContactPoint.customer_id == Customer.id)
        .join(Branch, Branch.id == Customer.home_branch_id)
        .outerjoin(User, User.id == Customer.owning_rm_id)
        .where(
            phone_ends(tail),
            Customer.deleted.is_(False),
            *(() if branch_id is None else (Customer.home_branch_id == branch_id,)),
        )
        .order_by(Customer.customer_number, ContactPoint.is_primary.desc())
        .limit(limit * 3 + 1)
    ).all()
    found: dict[uuid.UUID, Caller] = {}
    for customer_id, number, name, latin, code, rm, phone in rows:
        if customer_id not in found:
            found[customer_id] = Caller(
                customer_id, number, name, latin or "", code, rm or "", mask_phone(phone)
            )
    callers = tuple(found.values())
    return Callers(callers[:limit], len(callers) > limit)


def local_callers(cache: LocalCache, text: str) -> Callers:
    """`find_callers` over this workstation's cache (raises `UsageError` for too few digits)."""
    tail = tail_of(text)
    with cache.read_session() as session:
        return find_callers(session, tail)


def merged(local: Callers, remote: Callers) -> Callers:
    """The cache's callers, then the server's it lacks (marked remote), by number."""
    known = {c.customer_id for c in local.callers}
    extra = tuple(replace(c, remote=True) for c in remote.callers if c.customer_id not in known)
    both = sorted(local.callers + extra, key=lambda c: c.customer_number)
    return Callers(tuple(both[:MAX_CALLERS]), local.truncated or remote.truncated)


# --- one caller ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecentInteraction:
    occurred_at: datetime
    channel: str
    kind: str
    subject: str
    outcome: str
    by: str
    """Who recorded it ("" for a channel's or an import's)."""


@dataclass(frozen=True)
class RmSlots:
    """One RM and their nearest free slots."""

    rm_id: uuid.UUID
    name: str
    owns: bool
    """The caller's own RM."""
    slots: tuple[FreeSlot, ...]


@dataclass(frozen=True)
class CallerFile:
    """What the agent sees of a caller."""

    customer_id: uuid.UUID
    customer_number: str
    name: str
    branch_code: str
    rm_name: str
    interactions: tuple[RecentInteraction, ...]
    rms: tuple[RmSlots, ...]
    """The caller's RM first, then the other active RMs of their branch, by name."""
    products: tuple[Choice, ...]


def _value(value: object) -> str:
    return str(getattr(value, "value", value))


def _recent(session: Session, customer_id: uuid.UUID) -> tuple[RecentInteraction, ...]:
    rows = session.execute(
        select(
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.kind,
            Interaction.subject,
            Interaction.outcome,
            User.display_name,
        )
        .outerjoin(User, User.id == Interaction.user_id)
        .where(Interaction.customer_id == customer_id, Interaction.deleted.is_(False))
        .order_by(Interaction.occurred_at.desc())
        .limit(RECENT)
    ).all()
    return tuple(
        RecentInteraction(when, _value(channel), _value(kind), subject, outcome or "", by or "")
        for when, channel, kind, subject, outcome, by in rows
    )


def nearest_slots(
    session: Session, rm_id: uuid.UUID, now: datetime, count: int = SLOTS_PER_RM
) -> tuple[FreeSlot, ...]:
    """The RM's first `count` free slots from `now` on (over `SEARCH_WINDOW`)."""
    start = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return tuple(free_slots(session, rm_id, start, start + SEARCH_WINDOW)[:count])


def read_caller(session: Session, customer_id: uuid.UUID, now: datetime) -> CallerFile:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFoundError(f"no customer {customer_id} in this cache")
    branch = session.get(Branch, customer.home_branch_id)
    owner = session.get(User, customer.owning_rm_id) if customer.owning_rm_id else None
    others = session.scalars(
        select(User)
        .where(
            User.branch_id == customer.home_branch_id,
            User.role == Role.RELATIONSHIP_MANAGER,
            User.active.is_(True),
            User.deleted.is_(False),
        )
        .order_by(User.display_name)
    ).all()
    rms = [owner] if owner is not None and owner.active and not owner.deleted else []
    rms += [u for u in others if owner is None or u.id != owner.id]
    products = session.scalars(
        select(Product).where(Product.deleted.is_(False)).order_by(Product.name)
    )
    return CallerFile(
        customer.id,
        customer.customer_number,
        customer.legal_name,
        branch.code if branch is not None else "",
        owner.display_name if owner is not None else "",
        _recent(session, customer.id),
        tuple(
            RmSlots(
                u.id,
                u.display_name,
                owner is not None and u.id == owner.id,
                nearest_slots(session, u.id, now),
            )
            for u in rms
        ),
        tuple(Choice(p.id, f"{p.name} ({p.code})") for p in products),
    )


def caller_file(
    cache: LocalCache, customer_id: uuid.UUID, now: datetime | None = None
) -> CallerFile:
    """The caller's file from the cache (see `read_caller`)."""
    with cache.read_session() as session:
        return read_caller(session, customer_id, now or utcnow())


# --- the booking --------------------------------------------------------------------------


def attached_referral_id(appointment_id: uuid.UUID) -> uuid.UUID:
    """The id of the referral booked with an appointment (see the module docstring)."""
    return uuid.uuid5(REFERRAL_NAMESPACE, str(appointment_id))


def book_for_caller(
    session: Session,
    staff: Staff,
    customer_id: uuid.UUID,
    rm_id: uuid.UUID,
    starts_at: datetime,
    purpose: str,
    *,
    product_id: uuid.UUID | None = None,
    expected_value: str | Decimal = "0",
    notes: str = "",
) -> Edit:
    """Books the RM's slot and, with a product, passes the opportunity on to the same RM as
    a referral attached to the appointment; both in the caller's transaction."""
    booked = book_appointment(session, staff, customer_id, rm_id, starts_at, purpose)
    if product_id is not None:
        refer(
            session,
            staff,
            customer_id,
            product_id,
            rm_id,
            expected_value=expected_value,
            notes=notes,
            row_id=attached_referral_id(booked.row_id),
        )
    return booked
