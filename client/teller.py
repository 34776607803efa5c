"""The teller's window's reads and writes, each in a session of its own on the cache it is
given (so the window runs them as read and write ops of its task layer without ever
holding a session): the branch's day (`client.today`), a new customer or prospect
(`client.capture`), closing and reassigning a task and an offer's response (`client.work`).

Each write checks the permission table first (`client.work.allowed`), as the CLI does, and
answers which customer it touched, so the window reloads the 360 and Today.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.capture import Duplicate, NeedsDecisionError, NewCustomer, Saved, local_duplicates
from client.capture import merged as merged_duplicates
from client.capture import save as save_customer
from client.errors import NotFoundError, UsageError
from client.lookups import Choice
from client.outbox import Edit
from client.schema.models import Branch, Customer, Task, User
from client.schema.permissions import may
from client.store import LocalCache
from client.today import Today, today_at
from client.work import (
    OfferResponse,
    Staff,
    allowed,
    close_task,
    reassign_task,
    respond_to_offer,
    signed_in,
)


@dataclass(frozen=True)
class Changed:
    """A write of the teller's window: the customer it touched and the edit queued (None:
    nothing changed, say a task given to whom it was already)."""

    customer_id: uuid.UUID
    edit: Edit | None


# --- what the window offers (the permission table) ------------------------------------


def may_take_on(role: str | None) -> bool:
    """Whether `role` may take on a new customer (nobody signed in, a demo: yes)."""
    return role is None or may(role, "customer", "create")


def may_close_task(role: str | None) -> bool:
    return role is None or may(role, "task", "update", "status")


def may_reassign_task(role: str | None) -> bool:
    return role is None or may(role, "task", "update", "assigned_to_id")


def may_respond_to_offer(role: str | None) -> bool:
    return role is None or may(role, "offer", "update", "status")


# --- reads -----------------------------------------------------------------------------


def load_today(
    cache: LocalCache,
    branch_id: uuid.UUID,
    *,
    day: date | None = None,
    zone: tzinfo | None = None,
) -> Today:
    """`client.today.today_at` in a read session of its own."""
    with cache.read_session() as session:
        return today_at(session, branch_id, day=day, zone=zone)


def branch_staff(cache: LocalCache, task_id: uuid.UUID, staff: Staff | None) -> tuple[Choice, ...]:
    """Who a task may be given to: the active staff of the branch (the signed-in user's, or
    on a demo profile the task's customer's), by name."""
    with cache.read_session() as session:
        branch_id = _branch_for(session, task_id, staff)
        users = session.scalars(
            select(User)
            .where(User.branch_id == branch_id, User.active.is_(True), User.deleted.is_(False))
            .order_by(User.display_name, User.username)
        )
        return tuple(Choice(u.id, f"{u.display_name} ({u.username})") for u in users)


def _branch_for(session: Session, task_id: uuid.UUID, staff: Staff | None) -> uuid.UUID:
    if staff is not None:
        return staff.branch_id
    task = session.get(Task, task_id)
    customer = None if task is None else session.get(Customer, task.customer_id)
    if customer is None:
        raise NotFoundError(f"no task {task_id} in this cache")
    return customer.home_branch_id


# --- writes ----------------------------------------------------------------------------


def _staff(session: Session, staff: Staff | None) -> Staff:
    """Who takes the customer on: `staff`, the signed-in user, or on a demo profile nobody
    signed in to the first active member of staff of the first branch."""
    if staff is not None:
        return staff
    who = signed_in(session)
    if who is not None:
        return who.staff
    row = session.execute(
        select(User.id, User.branch_id)
        .join(Branch, Branch.id == User.branch_id)
        .where(User.active.is_(True), User.deleted.is_(False))
        .order_by(Branch.code, User.username)
        .limit(1)
    ).first()
    if row is None:
        raise UsageError("no member of staff in this cache to take the customer on as")
    return Staff(row[0], row[1])


def take_on(
    cache: LocalCache,
    staff: Staff | None,
    new: NewCustomer,
    *,
    server_found: Sequence[Duplicate] = (),
    not_duplicate: str | None = None,
    decided: Collection[uuid.UUID] = (),
) -> Saved:
    """Saves a new customer (checked) in one transaction: the cache's likely duplicates are
    looked up in that transaction and merged with the server's (`server_found`); while any
    are listed and no reason is given, or one is found that the teller was not shown
    (`decided`: the customers the reason was given for), refused with
    `NeedsDecisionError` (its `duplicates`: the list to show)."""
    with cache.session() as session:
        allowed(session, "customer", "create", None, "taking on a new customer")
        found = merged_duplicates(local_duplicates(session, new), server_found)
        reason = (not_duplicate or "").strip() or None
        unseen = {d.customer_id for d in found} - set(decided)
        if found and (reason is None or unseen):
            raise NeedsDecisionError(found)
        return save_customer(
            session, _staff(session, staff), new, duplicates=found, not_duplicate=reason
        )


def _task_customer(session: Session, task_id: uuid.UUID) -> uuid.UUID:
    task = session.get(Task, task_id)
    if task is None or task.deleted:
        raise NotFoundError(f"no task {task_id} in this cache")
    return task.customer_id


def close(cache: LocalCache, task_id: uuid.UUID, note: str = "") -> Changed:
    """Marks an open task done (`client.work.close_task`), in one transaction."""
    with cache.session() as session:
        allowed(session, "task", "update", "status", "closing a task")
        customer_id = _task_customer(session, task_id)
        return Changed(customer_id, close_task(session, task_id, note=note))


def reassign(
    cache: LocalCache, staff: Staff | None, task_id: uuid.UUID, user_id: uuid.UUID
) -> Changed:
    """Gives an open task to another active member of staff of the branch."""
    with cache.session() as session:
        allowed(session, "task", "update", "assigned_to_id", "reassigning a task")
        customer_id = _task_customer(session, task_id)
        who = staff
        if who is None:  # a demo profile: as a member of staff of the task's customer's branch
            who = Staff(user_id, _branch_for(session, task_id, None))
        return Changed(customer_id, reassign_task(session, who, task_id, user_id))


def respond(
    cache: LocalCache, customer_id: uuid.UUID, offer_id: uuid.UUID, response: OfferResponse
) -> Changed:
    """Records the customer's response to an offer (`client.work.respond_to_offer`)."""
    with cache.session() as session:
        allowed(session, "offer", "update", "status", "recording an offer's response")
        return Changed(customer_id, respond_to_offer(session, customer_id, offer_id, response))
