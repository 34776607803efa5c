"""Customers a device opened ("follows"): opening one, and what that adds to its pulls."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from client.schema.models import Customer
from client.schema.rows import table_codec
from sync.protocol import Change, OpenResponse
from sync.server import relationship, scope
from sync.server.auth import Actor
from sync.server.branches import MissingReferenceError, Resolver
from sync.server.errors import ApiError
from sync.server.tables import device_follow


def followed(session: Session, device_id: uuid.UUID) -> set[uuid.UUID]:
    """The customers `device_id` follows."""
    stmt = select(device_follow.c.customer_id).where(device_follow.c.device_id == device_id)
    return set(session.scalars(stmt).all())


def followed_rows(session: Session, device_id: uuid.UUID) -> dict[str, set[uuid.UUID]]:
    """Per table, the ids of rows tied to the customers `device_id` follows."""
    customers = followed(session, device_id)
    return relationship.ids_of(session, customers) if customers else {}


def _readable(resolver: Resolver, actor: Actor, table: str, obj: object) -> bool:
    try:
        branches = resolver.branches(table, obj)
    except MissingReferenceError:
        return False
    return scope.can_read(actor.role, actor.branch_id, table, branches)


def open_customer(
    session: Session, actor: Actor, customer_id: uuid.UUID, now: datetime
) -> OpenResponse:
    """Registers the follow and answers the customer's readable rows (404 when unreadable)."""
    customer = session.get(Customer, customer_id)
    resolver = Resolver(session)
    if customer is None or not _readable(resolver, actor, "customer", customer):
        raise ApiError(404, "no such customer, or not one you may open")
    known = select(device_follow.c.customer_id).where(
        device_follow.c.device_id == actor.device_id, device_follow.c.customer_id == customer_id
    )
    if session.execute(known).first() is None:
        session.execute(
            insert(device_follow).values(
                device_id=actor.device_id, customer_id=customer_id, followed_at=now
            )
        )
    changes: list[Change] = []
    for table, obj in relationship.rows_of(session, [customer_id]):
        if _readable(resolver, actor, table, obj):
            row = scope.blank_hidden(actor.role, table, table_codec(table).to_json(obj))
            changes.append(Change(table=table, row=row, version=obj.version))
    return OpenResponse(changes=changes)
