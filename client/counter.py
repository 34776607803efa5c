"""Counter edits as jobs: built from a form's values, saved in one transaction of the cache.

A `Job` is what a work dialog hands over; `save` runs it as the signed-in staff member (or,
when nobody signed in, as the first teller of the customer's branch). The interface only
passes jobs along: it never sees the session they run in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import NotFoundError
from client.outbox import Edit
from client.schema.enums import Channel, ContactKind, FeedbackVerdict, InteractionKind, Role
from client.schema.models import (
    Appointment,
    ContactPoint,
    Customer,
    Interaction,
    Offer,
    Referral,
    SegmentFeedback,
    Task,
    User,
)
from client.schema.permissions import Action, Reach, may, reach
from client.store import LocalCache
from client.work import (
    Staff,
    book_appointment,
    create_task,
    log_interaction,
    refer,
    segment_feedback,
    set_contact,
)

Job = Callable[[Session, Staff], Edit | None]
"""A counter edit: runs inside one `LocalCache.session()` as `staff`."""

WORK_TABLES: Mapping[str, str] = {
    "interaction": Interaction.__tablename__,
    "contact": ContactPoint.__tablename__,
    "task": Task.__tablename__,
    "refer": Referral.__tablename__,
    "book": Appointment.__tablename__,
    "feedback": SegmentFeedback.__tablename__,
}
"""The table each counter job of the Work menu creates rows of."""

ITEM_TABLES: Mapping[str, str] = {
    "close_task": Task.__tablename__,
    "reassign_task": Task.__tablename__,
    "offer_response": Offer.__tablename__,
}
"""The table each action on a listed item (a task, an offer) updates rows of."""


def offered(role: str | None, job: str) -> bool:
    """Whether the window offers the counter job `job` to `role` (the permission table);
    nobody signed in (a demo profile): everything, as the branch's teller records it."""
    if role is None:
        return True
    return may(role, WORK_TABLES[job], Action.CREATE)


def offered_on(
    role: str | None, job: str, own_branch: uuid.UUID | None, home_branch: uuid.UUID | None
) -> bool:
    """Whether the window offers `job` on a customer of `home_branch` to `role` working at
    `own_branch`: `offered`, and where the role's grant reaches its own branch only, the
    customer is of that branch (a walk-in of another branch, opened by a specific query, is
    read, not written: the server would refuse the row as outside the scope)."""
    if not offered(role, job):
        return False
    return reaches_branch(role, WORK_TABLES[job], Action.CREATE, own_branch, home_branch)


def item_offered_on(
    role: str | None, action: str, own_branch: uuid.UUID | None, home_branch: uuid.UUID | None
) -> bool:
    """Whether the item `action` (`ITEM_TABLES`) is offered on a customer of `home_branch`."""
    return reaches_branch(role, ITEM_TABLES[action], Action.UPDATE, own_branch, home_branch)


def reaches_branch(
    role: str | None,
    table: str,
    action: Action,
    own_branch: uuid.UUID | None,
    home_branch: uuid.UUID | None,
) -> bool:
    """Whether `role`'s grant of `action` on `table` reaches a customer of `home_branch`
    (a grant of its own branch only does not reach a walk-in of another branch)."""
    if role is None:
        return True
    grant = reach(role, table, action)
    if grant is Reach.NONE:
        return False
    if grant is Reach.ALL or own_branch is None or home_branch is None:
        return True
    return home_branch == own_branch


def branch_teller(session: Session, customer_id: uuid.UUID) -> Staff:
    """The first teller of the customer's branch: who records edits when nobody signed in."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(f"no customer {customer_id} in this cache")
    user = session.scalars(
        select(User)
        .where(
            User.branch_id == customer.home_branch_id,
            User.role == Role.TELLER,
            User.active.is_(True),
            User.deleted.is_(False),
        )
        .order_by(User.username)
        .limit(1)
    ).first()
    if user is None:
        raise NotFoundError("no teller of the customer's branch in this cache to record this as")
    return Staff(user.id, user.branch_id)


def save(cache: LocalCache, customer_id: uuid.UUID, staff: Staff | None, job: Job) -> Edit | None:
    """Runs `job` as `staff` (or the branch's teller) in one transaction."""
    with cache.session() as session:
        who = staff if staff is not None else branch_teller(session, customer_id)
        return job(session, who)


def interaction(
    customer_id: uuid.UUID,
    kind: InteractionKind,
    subject: str,
    *,
    channel: Channel,
    notes: str,
    outcome: str,
) -> Job:
    def job(session: Session, staff: Staff) -> Edit:
        return log_interaction(
            session,
            staff,
            customer_id,
            kind,
            subject,
            channel=channel,
            notes=notes,
            outcome=outcome,
        )

    return job


def contact(customer_id: uuid.UUID, changes: Mapping[ContactKind, str]) -> Job:
    """New primary contacts of the given kinds; the last edit stands for them all."""
    values = dict(changes)

    def job(session: Session, staff: Staff) -> Edit | None:
        edits = [set_contact(session, customer_id, kind, v) for kind, v in values.items()]
        return edits[-1]

    return job


def task(customer_id: uuid.UUID, title: str, due: date) -> Job:
    def job(session: Session, staff: Staff) -> Edit:
        return create_task(session, staff, customer_id, title, due)

    return job


def referral(
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    rm_id: uuid.UUID,
    *,
    expected_value: str | Decimal,
    notes: str,
) -> Job:
    def job(session: Session, staff: Staff) -> Edit:
        return refer(
            session,
            staff,
            customer_id,
            product_id,
            rm_id,
            expected_value=expected_value,
            notes=notes,
        )

    return job


def booking(customer_id: uuid.UUID, rm_id: uuid.UUID, starts_at: datetime, purpose: str) -> Job:
    def job(session: Session, staff: Staff) -> Edit:
        return book_appointment(session, staff, customer_id, rm_id, starts_at, purpose)

    return job


def feedback(
    customer_id: uuid.UUID,
    segment_id: uuid.UUID,
    verdict: FeedbackVerdict,
    *,
    suggested_segment_id: uuid.UUID | None,
    comment: str,
) -> Job:
    def job(session: Session, staff: Staff) -> Edit:
        return segment_feedback(
            session,
            staff,
            segment_id,
            verdict,
            customer_id=customer_id,
            suggested_segment_id=suggested_segment_id,
            comment=comment,
        )

    return job
