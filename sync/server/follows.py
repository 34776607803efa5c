"""Customers a device opened ("follows"): opening one, what that adds to its pulls, and when
that ends.

A follow lasts while it is pinned or was opened again within the server's `follow_days`
(`sync.server.settings`): `live_since` is the oldest last opening still followed. At each
sync a workstation that follows customers sends its pins and when it last opened each of
them (`POST /v1/pins`, `exchange`), and learns which follows are still live.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from client.audit import hash_of
from client.schema.enums import AuditAction
from client.schema.models import AuditEvent, Branch, Customer, Device
from client.schema.permissions import LINKS, PARTY_VERSION
from client.schema.rows import table_codec
from sync.protocol import Change, FollowState, OpenResponse, PinsRequest, PinsResponse, PullScope
from sync.server import audit, feed, relationship, scope, search
from sync.server.auth import Actor
from sync.server.branches import CHUNK, MissingReferenceError, Resolver
from sync.server.errors import ApiError
from sync.server.feed import PendingChange
from sync.server.tables import device_follow

log = logging.getLogger(__name__)


def live_since(now: datetime, follow_days: int) -> datetime:
    """The oldest last opening of a follow that is not pinned and still live at `now`."""
    return now - timedelta(days=follow_days)


def followed(session: Session, device_id: uuid.UUID, since: datetime | None) -> set[uuid.UUID]:
    """The customers `device_id` follows: pinned, or opened at or after `since` (None: every
    follow, however old)."""
    stmt = select(device_follow.c.customer_id).where(device_follow.c.device_id == device_id)
    if since is not None:
        stmt = stmt.where(or_(device_follow.c.pinned, device_follow.c.last_opened_at >= since))
    return set(session.scalars(stmt).all())


def followed_rows(
    session: Session, device_id: uuid.UUID, since: datetime | None
) -> dict[str, set[uuid.UUID]]:
    """Per table, the ids of rows tied to the customers `device_id` follows (`followed`)."""
    customers = followed(session, device_id, since)
    return relationship.ids_of(session, customers) if customers else {}


def _readable(resolver: Resolver, actor: Actor, table: str, obj: object) -> bool:
    try:
        branches = resolver.branches(table, obj)
    except MissingReferenceError:
        return False
    return scope.can_read(actor.role, actor.branch_id, table, branches)


def _readable_followed(resolver: Resolver, actor: Actor, table: str, obj: object) -> bool:
    """Readable as a row tied to a customer the device follows (`scope.can_read_followed`)."""
    try:
        branches = resolver.branches(table, obj)
    except MissingReferenceError:
        return False
    return scope.can_read_followed(actor.role, actor.branch_id, table, branches)


SERVER_CHAIN = uuid.UUID("5b0c6a52-4f61-4d8e-9a57-0e6f3c1d2b90")
"""Namespace of the audit chains the server writes for a workstation's openings by a
specific query: one chain per workstation, `uuid5(SERVER_CHAIN, device id)`, beside the
workstation's own (whose sequence the server never writes into)."""


def opening_chain(device_id: uuid.UUID) -> uuid.UUID:
    """The `device_id` of the server's audit chain of `device_id`'s specific openings."""
    return uuid.uuid5(SERVER_CHAIN, str(device_id))


def _audit_opening(
    session: Session, actor: Actor, customer_id: uuid.UUID, kind: str, now: datetime
) -> PendingChange:
    """The audit event of an opening outside the read scope: who (user, workstation), which
    customer and what the query named (its kind, never its words), hash-chained like any
    event (`client.audit.canonical`) in the workstation's server-written chain."""
    session.execute(select(Device.id).where(Device.id == actor.device_id).with_for_update())
    chain = opening_chain(actor.device_id)
    head = audit.last_link(session, chain)
    fields = {
        "device_seq": int(head["device_seq"]) + 1,
        "occurred_at": now,
        "user_id": actor.user_id,
        "device_id": chain,
        "action": AuditAction.VIEW,
        "entity": "customer",
        "entity_id": customer_id,
        "customer_id": customer_id,
        "detail": f"opened from the server by {actor.username} on workstation "
        f"{actor.device_id} by a specific query: {kind}",
        "change": "",
        "prev_hash": str(head["event_hash"]),
    }
    event_id = uuid.uuid4()
    event = AuditEvent(
        id=event_id,
        version=0,
        deleted=False,
        event_hash=hash_of(event_id=event_id, **fields),
        **fields,
    )
    session.add(event)
    session.flush()
    audit.append_to_chain(session, event, now)
    log.info("%s opened customer %s by a specific query (%s)", actor.username, customer_id, kind)
    return PendingChange(event, audit.AUDIT_TABLE, "insert")


def party_changes(
    session: Session, resolver: Resolver, actor: Actor, changes: Sequence[Change]
) -> list[Change]:
    """Party rows (`scope.party_row`) of the customers the link rows among `changes` name
    that the actor may not read and that `changes` do not hold: their names show in the
    360 ("王芳 (another branch)") though nothing else of them replicates."""
    if scope.reach(scope.READ, actor.role, "customer") is not scope.Reach.OWN:
        return []  # reads every customer, or none
    sent = {str(c.row.get("id")) for c in changes if c.table == "customer"}
    named: set[uuid.UUID] = set()
    for change in changes:
        for end in LINKS.get(change.table, ()):
            value = change.row.get(end.column)
            if end.table == "customer" and value is not None and str(value) not in sent:
                named.add(uuid.UUID(str(value)))
    out: list[Change] = []
    for customer in _customers(session, named).values():
        if customer.deleted or _readable(resolver, actor, "customer", customer):
            continue
        row = scope.party_row(table_codec("customer").to_json(customer))
        out.append(Change(table="customer", row=row, version=PARTY_VERSION))
    return sorted(out, key=lambda c: str(c.row["id"]))


def open_customer(
    session: Session,
    actor: Actor,
    customer_id: uuid.UUID,
    now: datetime,
    query: str | None = None,
) -> OpenResponse:
    """Registers the follow (or opens it again: its time starts anew) and answers the
    customer's readable rows, the party rows of the other customers they link included
    (404 when unreadable).

    A customer outside the read scope opens for a role that may open anywhere
    (`scope.opens_anywhere`) when `query` is a specific one naming it
    (`sync.server.search.names`), or when the device follows it already (a pin brought it
    back); the first is audited (`_audit_opening`)."""
    customer = session.get(Customer, customer_id)
    resolver = Resolver(session)
    mine = (device_follow.c.device_id == actor.device_id) & (
        device_follow.c.customer_id == customer_id
    )
    follow = session.execute(select(device_follow.c.customer_id).where(mine)).first()
    audited: list[PendingChange] = []
    if customer is None:
        raise ApiError(404, "no such customer, or not one you may open")
    if not _readable(resolver, actor, "customer", customer):
        kind = search.names(session, query, customer_id) if query else None
        if not scope.opens_anywhere(actor.role) or (kind is None and follow is None):
            raise ApiError(404, "no such customer, or not one you may open")
        if kind is not None:
            audited.append(_audit_opening(session, actor, customer_id, kind.value, now))
    if follow is None:
        session.execute(
            insert(device_follow).values(
                device_id=actor.device_id,
                customer_id=customer_id,
                followed_at=now,
                last_opened_at=now,
                pinned=False,
            )
        )
    else:
        session.execute(update(device_follow).where(mine).values(last_opened_at=now))
    changes: list[Change] = []
    for table, obj in relationship.rows_of(session, [customer_id]):
        if _readable_followed(resolver, actor, table, obj):
            row = scope.blank_hidden(actor.role, table, table_codec(table).to_json(obj))
            changes.append(Change(table=table, row=row, version=obj.version))
    changes += party_changes(session, resolver, actor, changes)
    feed.record(session, audited, None, now)
    return OpenResponse(changes=changes)


# --- pins and expiry (POST /v1/pins) ----------------------------------------------------------


def _narrowing(session: Session, narrowing: PullScope | None) -> frozenset[uuid.UUID] | None:
    if narrowing is None or narrowing.branch_codes is None:
        return None
    codes = narrowing.branch_codes
    return frozenset(session.scalars(select(Branch.id).where(Branch.code.in_(codes))).all())


def _customers(session: Session, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Customer]:
    found: dict[uuid.UUID, Customer] = {}
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        found.update(
            {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(chunk)))}
        )
    return found


def exchange(
    session: Session, actor: Actor, request: PinsRequest, now: datetime, follow_days: int
) -> PinsResponse:
    """Takes the workstation's pins, its later openings and the customers it let go; answers
    which of its follows are live (and outside its scope), which of those it holds are in its
    scope anyway, and which came back to life (pinned after they had lapsed)."""
    since = live_since(now, follow_days)
    device = device_follow.c.device_id == actor.device_id
    dropped = set(request.dropped) - {h.customer_id for h in request.held if h.pinned}
    for start in range(0, len(dropped), CHUNK):
        chunk = sorted(dropped)[start : start + CHUNK]
        session.execute(delete(device_follow).where(device, device_follow.c.customer_id.in_(chunk)))
    rows: dict[uuid.UUID, _Row | Any] = {
        r.customer_id: r for r in session.execute(select(device_follow).where(device))
    }
    live_before = {c for c, r in rows.items() if r.pinned or r.last_opened_at >= since}
    held = {h.customer_id: h for h in request.held}
    customers = _customers(session, set(rows) | set(held))
    resolver = Resolver(session)
    readable = {
        c
        for c, customer in customers.items()
        if not customer.deleted
        and (
            _readable(resolver, actor, "customer", customer)
            or (c in rows and _readable_followed(resolver, actor, "customer", customer))
        )
    }
    for customer_id, item in held.items():
        row = rows.get(customer_id)
        if row is None:
            if item.pinned and customer_id in readable:  # a pin outlives a lapsed follow
                values = {"followed_at": now, "last_opened_at": now, "pinned": True}
                session.execute(
                    insert(device_follow).values(
                        device_id=actor.device_id, customer_id=customer_id, **values
                    )
                )
                rows[customer_id] = _Row(now, True)
            continue
        opened = row.last_opened_at
        if item.opened_at is not None and opened < item.opened_at and opened >= since:
            opened = min(item.opened_at, now)  # opened again while still followed
        if opened != row.last_opened_at or item.pinned != row.pinned:
            session.execute(
                update(device_follow)
                .where(device, device_follow.c.customer_id == customer_id)
                .values(last_opened_at=opened, pinned=item.pinned)
            )
            rows[customer_id] = _Row(opened, item.pinned)
    narrow = _narrowing(session, request.scope)
    in_scope: set[uuid.UUID] = set()
    follows: list[FollowState] = []
    for customer_id in sorted(set(rows) | set(held)):
        if customer_id not in readable:
            continue  # gone, or no longer the role's: the workstation lets it go
        branches = resolver.branches("customer", customers[customer_id])
        row = rows.get(customer_id)
        inside = narrow is None or branches is None or bool(branches & narrow)
        if inside and _readable(resolver, actor, "customer", customers[customer_id]):
            in_scope.add(customer_id)  # not opened by a specific query: the scope's anyway
        elif row is not None and (row.pinned or row.last_opened_at >= since):
            follows.append(
                FollowState(
                    customer_id=customer_id, last_opened_at=row.last_opened_at, pinned=row.pinned
                )
            )
    live_after = {f.customer_id for f in follows}
    return PinsResponse(
        follow_days=follow_days,
        follows=follows,
        in_scope=sorted(in_scope & set(held)),
        revived=sorted(live_after - live_before),
    )


@dataclass(frozen=True)
class _Row:
    """A follow's state as `exchange` left it."""

    last_opened_at: datetime
    pinned: bool
