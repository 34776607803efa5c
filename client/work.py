"""What staff do at the counter, as local edits: each saved with its outbox entry at once.

Every function runs in the caller's `LocalCache.session()` transaction, checks its input
(raising `UsageError` naming the field), and returns the `Edit` that waits for upload.
`edit_state` tells the screen whether a row is saved locally, uploaded, or in conflict.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from client import audit
from client.calendar import overlapping, slot_length
from client.errors import NotFoundError, UsageError
from client.outbox import Edit, insert_row, update_row
from client.reasons import Reason
from client.schema import permissions
from client.schema.base import utcnow
from client.schema.enums import (
    AppointmentStatus,
    AuditAction,
    Channel,
    ContactKind,
    FeedbackVerdict,
    InteractionKind,
    OfferStatus,
    ReferralStage,
    Role,
    TaskStatus,
)
from client.schema.local import cache_meta, outbox, sync_issue
from client.schema.models import ContactPoint, Customer, Offer, Product, Segment, Task, User
from client.text_rules import clean_text


@dataclass(frozen=True)
class Staff:
    """Who is at the keyboard: stamped on what they record."""

    user_id: uuid.UUID
    branch_id: uuid.UUID


@dataclass(frozen=True)
class SignedIn:
    """The cache's signed-in user, as `sync.engine.signin` recorded it."""

    staff: Staff
    username: str
    role: Role


def signed_in(session: Session) -> SignedIn | None:
    """Who last signed in on this cache (None: nobody ever did, a demo or test cache)."""
    text = session.execute(
        select(cache_meta.c.value).where(cache_meta.c.key == audit.USER_KEY)
    ).scalar_one_or_none()
    if text is None:
        return None
    user = json.loads(text)
    try:
        staff = Staff(uuid.UUID(user["id"]), uuid.UUID(user["branch_id"]))
        return SignedIn(staff, str(user["username"]), Role(user["role"]))
    except (KeyError, ValueError):
        return None


def allowed(session: Session, table: str, action: str, field: str | None, what: str) -> None:
    """Refuses (`forbidden`) what the signed-in user's role may not do by the permission
    table; a cache nobody signed in to (a demo) may do everything, as the window offers."""
    who = signed_in(session)
    if who is not None and not permissions.may(who.role, table, action, field):
        raise audit.NotAllowedError(f"{what} is not allowed for the role {who.role.value}")


class EditState(StrEnum):
    SAVED_LOCALLY = "saved locally"
    UPLOADED = "uploaded"
    IN_CONFLICT = "in conflict"


def edit_state(session: Session, table: str, row_id: uuid.UUID) -> EditState:
    """Where the latest local change of a row stands."""
    conflict = session.execute(
        select(sync_issue.c.entry_id).where(
            sync_issue.c.table_name == table, sync_issue.c.row_id == row_id
        )
    ).first()
    if conflict is not None:
        return EditState.IN_CONFLICT
    waiting = session.execute(
        select(outbox.c.seq).where(outbox.c.table_name == table, outbox.c.row_id == row_id)
    ).first()
    return EditState.SAVED_LOCALLY if waiting is not None else EditState.UPLOADED


def _customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFoundError(f"no customer {customer_id} in this cache")
    return customer


def _text(field: str, value: str, limit: int, *, required: bool = True) -> str:
    value = clean_text(field, value.strip())  # refused characters, NFC names
    if required and not value:
        raise UsageError(f"{field}: please fill it in", code=Reason.REQUIRED, field=field)
    if len(value) > limit:
        raise UsageError(
            f"{field}: at most {limit} characters ({len(value)} given)",
            code=Reason.TOO_LONG,
            field=field,
            details={"limit": limit},
        )
    return value


def log_interaction(
    session: Session,
    staff: Staff,
    customer_id: uuid.UUID,
    kind: InteractionKind,
    subject: str,
    *,
    channel: Channel = Channel.COUNTER,
    notes: str = "",
    outcome: str = "",
    occurred_at: datetime | None = None,
) -> Edit:
    """Records something that happened with the customer (append-only, never in conflict)."""
    _customer(session, customer_id)
    return insert_row(
        session,
        "interaction",
        {
            "customer_id": customer_id,
            "kind": kind,
            "channel": channel,
            "occurred_at": occurred_at or utcnow(),
            "user_id": staff.user_id,
            "branch_id": staff.branch_id,
            "subject": _text("subject", subject, 200),
            "notes": _text("notes", notes, 10_000, required=False),
            "outcome": _text("outcome", outcome, 200, required=False),
        },
    )


def set_contact(
    session: Session, customer_id: uuid.UUID, kind: ContactKind, value: str, label: str = ""
) -> Edit | None:
    """Sets the customer's primary contact of `kind` (a phone, an e-mail, an address)."""
    _customer(session, customer_id)
    value = _text(kind.value, value, 300)
    if kind is ContactKind.PHONE and not any(ch.isdigit() for ch in value):
        raise UsageError(f"phone: {value!r} has no digits", code=Reason.NO_DIGITS, field="phone")
    if kind is ContactKind.EMAIL and ("@" not in value or value.startswith("@")):
        raise UsageError(
            f"email: {value!r} is not an e-mail address", code=Reason.NOT_EMAIL, field="email"
        )
    current = session.scalars(
        select(ContactPoint)
        .where(
            ContactPoint.customer_id == customer_id,
            ContactPoint.kind == kind,
            ContactPoint.deleted.is_(False),
        )
        .order_by(ContactPoint.is_primary.desc())
    ).first()
    if current is not None:
        return update_row(session, ContactPoint.__tablename__, current.id, {"value": value})
    return insert_row(
        session,
        ContactPoint.__tablename__,
        {
            "customer_id": customer_id,
            "kind": kind,
            "label": _text("label", label, 20, required=False),
            "value": value,
            "is_primary": True,
        },
    )


def create_task(
    session: Session,
    staff: Staff,
    customer_id: uuid.UUID,
    title: str,
    due_on: date,
    *,
    assigned_to_id: uuid.UUID | None = None,
    interaction_id: uuid.UUID | None = None,
) -> Edit:
    """A follow-up for the customer, by default for whoever records it."""
    _customer(session, customer_id)
    if due_on < utcnow().date():
        raise UsageError(
            f"due date: {due_on:%Y-%m-%d} is in the past",
            code=Reason.DATE_IN_PAST,
            field="due date",
        )
    return insert_row(
        session,
        "task",
        {
            "customer_id": customer_id,
            "interaction_id": interaction_id,
            "assigned_to_id": assigned_to_id or staff.user_id,
            "title": _text("title", title, 200),
            "due_on": due_on,
            "status": TaskStatus.OPEN,
        },
    )


def refer(
    session: Session,
    staff: Staff,
    customer_id: uuid.UUID,
    product_id: uuid.UUID,
    rm_id: uuid.UUID,
    *,
    expected_value: str | Decimal = "0",
    notes: str = "",
    row_id: uuid.UUID | None = None,
) -> Edit:
    """Passes a sales lead for a product to an RM (`row_id`: the new referral's id, when
    the caller chooses it)."""
    _customer(session, customer_id)
    if session.get(Product, product_id) is None:
        raise NotFoundError(f"no product {product_id} in this cache")
    if session.get(User, rm_id) is None:
        raise NotFoundError(f"no user {rm_id} in this cache")
    try:
        value = Decimal(str(expected_value).replace(",", "").strip() or "0")
    except InvalidOperation:
        raise UsageError(
            f"expected value: {expected_value!r} is not an amount",
            code=Reason.NOT_AMOUNT,
            field="expected value",
        ) from None
    if value < 0 or not value.is_finite():
        raise UsageError(
            "expected value: must be zero or more",
            code=Reason.NEGATIVE_AMOUNT,
            field="expected value",
        )
    return insert_row(
        session,
        "referral",
        {
            "customer_id": customer_id,
            "product_id": product_id,
            "referred_by_id": staff.user_id,
            "assigned_to_id": rm_id,
            "stage": ReferralStage.NEW,
            "expected_value": value.quantize(Decimal("0.0001")),
            "notes": _text("notes", notes, 10_000, required=False),
            "created_at": utcnow(),
        },
        row_id=row_id,
    )


def segment_feedback(
    session: Session,
    staff: Staff,
    segment_id: uuid.UUID,
    verdict: FeedbackVerdict,
    *,
    customer_id: uuid.UUID | None = None,
    suggested_segment_id: uuid.UUID | None = None,
    comment: str = "",
) -> Edit:
    """The branch's word on a head-office segment, for one customer or the whole segment."""
    if session.get(Segment, segment_id) is None:
        raise NotFoundError(f"no segment {segment_id} in this cache")
    if customer_id is not None:
        _customer(session, customer_id)
    if verdict is FeedbackVerdict.SUGGEST_OTHER and suggested_segment_id is None:
        raise UsageError(
            "suggested segment: choose the segment you suggest instead",
            code=Reason.SUGGEST_SEGMENT,
            field="suggested segment",
        )
    return insert_row(
        session,
        "segment_feedback",
        {
            "segment_id": segment_id,
            "customer_id": customer_id,
            "branch_id": staff.branch_id,
            "user_id": staff.user_id,
            "verdict": verdict,
            "suggested_segment_id": suggested_segment_id,
            "comment": _text("comment", comment, 10_000, required=False),
            "created_at": utcnow(),
        },
    )


BOOKING_CHANNELS: dict[Role, Channel] = {Role.CALL_CENTRE_AGENT: Channel.CALL_CENTRE}
"""The channel a role's bookings come through (every other role's: the counter)."""


def booking_channel(role: Role | None) -> Channel:
    """The channel of a booking made by `role` (nobody signed in, a demo: the counter)."""
    return Channel.COUNTER if role is None else BOOKING_CHANNELS.get(role, Channel.COUNTER)


def book_appointment(
    session: Session,
    staff: Staff,
    customer_id: uuid.UUID,
    rm_id: uuid.UUID,
    starts_at: datetime,
    purpose: str,
) -> Edit:
    """Books a slot of an RM (as long as their slots there); tentative until the server
    confirms it. Its channel is the booker's (`booking_channel`)."""
    _customer(session, customer_id)
    who = signed_in(session)
    channel = booking_channel(who.role if who is not None else None)
    if starts_at.tzinfo is None:
        raise UsageError(
            "start: give a time with its time zone", code=Reason.NO_TIME_ZONE, field="start"
        )
    ends_at = starts_at + slot_length(session, rm_id, starts_at)
    row_id = uuid.uuid4()
    clash = overlapping(session, rm_id, starts_at, ends_at, row_id)
    if clash is not None:
        raise UsageError(
            f"the RM is already booked from {clash.starts_at:%H:%M} to {clash.ends_at:%H:%M}",
            code=Reason.SLOT_TAKEN,
        )
    return insert_row(
        session,
        "appointment",
        {
            "rm_id": rm_id,
            "customer_id": customer_id,
            "booked_by_id": staff.user_id,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "purpose": _text("purpose", purpose, 200),
            "status": AppointmentStatus.TENTATIVE,
            "channel": channel,
        },
        row_id=row_id,
    )


def _open_task(session: Session, task_id: uuid.UUID) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted:
        raise NotFoundError(f"no task {task_id} in this cache")
    if task.status is not TaskStatus.OPEN:
        raise UsageError(
            f"the task {task.title!r} is already {task.status}", code=Reason.TASK_CLOSED
        )
    return task


def close_task(
    session: Session, task_id: uuid.UUID, *, note: str = "", now: datetime | None = None
) -> Edit:
    """Marks an open task done; the outcome `note`, if any, is kept in the audit event of
    the closing (`detail`; a task has no column of its own for it)."""
    task = _open_task(session, task_id)
    note = _text("note", note, audit.MAX_REASON, required=False)
    now = now or utcnow()
    edit = update_row(
        session, "task", task.id, {"status": TaskStatus.DONE, "completed_at": now}, now=now
    )
    assert edit is not None  # noqa: S101 - an open task's status changes: narrows for mypy
    if note:
        audit.record(
            session,
            AuditAction.UPDATE,
            entity="task",
            entity_id=task.id,
            customer_id=task.customer_id,
            detail=note,
            change='{"outcome": true}',
            now=now,
        )
    return edit


def reassign_task(
    session: Session, staff: Staff, task_id: uuid.UUID, user_id: uuid.UUID
) -> Edit | None:
    """Gives an open task to another active member of staff of the branch (None: it is
    theirs already)."""
    task = _open_task(session, task_id)
    user = session.get(User, user_id)
    if user is None or user.deleted or not user.active or user.branch_id != staff.branch_id:
        raise UsageError(
            "assignee: not an active member of staff of this branch",
            code=Reason.NOT_BRANCH_USER,
            field="assignee",
        )
    return update_row(session, "task", task.id, {"assigned_to_id": user.id})


class OfferResponse(StrEnum):
    """What the customer said to an offer; "later": presented, to be shown again."""

    PRESENTED = "presented"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    LATER = "later"


OFFER_STATUS_OF = {
    OfferResponse.PRESENTED: OfferStatus.PRESENTED,
    OfferResponse.ACCEPTED: OfferStatus.ACCEPTED,
    OfferResponse.DECLINED: OfferStatus.DECLINED,
    OfferResponse.LATER: OfferStatus.LATER,
}
"""The offer's status after each response ("later" is its own status: the offer is shown
again, and counted as presented in a campaign's results and the evaluation); the response
is kept in the audit event too."""


def respond_to_offer(
    session: Session,
    customer_id: uuid.UUID,
    offer_id: uuid.UUID,
    response: OfferResponse,
    *,
    now: datetime | None = None,
) -> Edit | None:
    """Records the customer's response to an offer: its new status (None: unchanged, e.g.
    "later" twice) and, always, an audit event whose `detail` is the response."""
    _customer(session, customer_id)
    offer = session.get(Offer, offer_id)
    if offer is None or offer.deleted or offer.customer_id != customer_id:
        raise NotFoundError(f"no offer {offer_id} for this customer in this cache")
    if offer.status is OfferStatus.EXPIRED:
        raise UsageError("the offer has expired", code=Reason.USAGE, field="offer")
    now = now or utcnow()
    edit = update_row(session, "offer", offer.id, {"status": OFFER_STATUS_OF[response]}, now=now)
    audit.record(
        session,
        AuditAction.UPDATE,
        entity="offer",
        entity_id=offer.id,
        customer_id=customer_id,
        detail=f"response: {response.value}",
        now=now,
    )
    return edit
