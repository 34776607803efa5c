"""Reads behind the counter forms: RMs of a branch, products, segments, an RM's free slots.

Each function opens its own read session on the cache it is given, so the interface can run
it as a background read without knowing about sessions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.calendar import SEARCH_WINDOW, FreeSlot, free_slots
from client.errors import NotFoundError
from client.schema.base import utcnow
from client.schema.enums import Role
from client.schema.models import Customer, Product, Segment, User
from client.store import LocalCache


@dataclass(frozen=True)
class Choice:
    """One entry of a combo box: the row's id and how it reads."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class ReferralChoices:
    products: tuple[Choice, ...]
    rms: tuple[Choice, ...]


@dataclass(frozen=True)
class SegmentChoices:
    current: Choice | None
    """The customer's segment; None when head office has not set one."""
    others: tuple[Choice, ...]


def _customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFoundError(f"no customer {customer_id} in this cache")
    return customer


def _branch_rms(session: Session, customer_id: uuid.UUID) -> tuple[Choice, ...]:
    branch_id = _customer(session, customer_id).home_branch_id
    users = session.scalars(
        select(User)
        .where(
            User.branch_id == branch_id,
            User.role == Role.RELATIONSHIP_MANAGER,
            User.active.is_(True),
            User.deleted.is_(False),
        )
        .order_by(User.display_name)
    )
    return tuple(Choice(u.id, u.display_name) for u in users)


def branch_rms(cache: LocalCache, customer_id: uuid.UUID) -> tuple[Choice, ...]:
    """The active relationship managers of the customer's branch, by name."""
    with cache.read_session() as session:
        return _branch_rms(session, customer_id)


def referral_choices(cache: LocalCache, customer_id: uuid.UUID) -> ReferralChoices:
    """Every product of the cache and the RMs of the customer's branch."""
    with cache.read_session() as session:
        products = session.scalars(
            select(Product).where(Product.deleted.is_(False)).order_by(Product.name)
        )
        return ReferralChoices(
            tuple(Choice(p.id, f"{p.name} ({p.code})") for p in products),
            _branch_rms(session, customer_id),
        )


def segment_choices(cache: LocalCache, customer_id: uuid.UUID) -> SegmentChoices:
    """The customer's segment and the others one may suggest instead."""
    with cache.read_session() as session:
        current_id = _customer(session, customer_id).segment_id
        segments = session.scalars(
            select(Segment).where(Segment.deleted.is_(False)).order_by(Segment.name)
        ).all()
        current = next((Choice(s.id, s.name) for s in segments if s.id == current_id), None)
        others = tuple(Choice(s.id, s.name) for s in segments if s.id != current_id)
        return SegmentChoices(current, others)


def next_free_slots(
    cache: LocalCache, rm_id: uuid.UUID, now: datetime | None = None
) -> tuple[FreeSlot, ...]:
    """The RM's free 30-minute slots starting from now, over the coming 14 days."""
    now = now or utcnow()
    start = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    with cache.read_session() as session:
        return tuple(free_slots(session, rm_id, start, start + SEARCH_WINDOW))
