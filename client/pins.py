"""Pins and follows: which customers opened from outside the workstation's scope stay cached.

A customer opened from the server (`sync.engine.SyncEngine.open_from_server`) is followed:
`customer_follow` holds it with when it was last opened as the server knows it. A follow
neither pinned nor opened again for the server's `follow_days` (kept in `cache_meta` under
`FOLLOW_DAYS_KEY`) lapses, and the customer leaves the cache with every row tied to it
(`remove_customers`), except while one of its edits waits to upload or in the conflicts
inbox: it stays until that is settled. At each sync the engine tells the server the pins
and later openings (`held`) and removes what the server says lapsed (`settle`); when a
command opens the cache (`expire_on_open`), lapsed follows go by the same rule offline.

Pins (`customer_pin`) keep a followed customer whatever its age: a user's
(`guitai pin`), or an appointment's: a customer with an appointment today or tomorrow with
an RM of the workstation's branch is pinned by itself until the appointment's day has
passed (`refresh_appointment_pins`). Only customers in the cache (readable by the role) can
be pinned.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from client.audit import DEVICE_KEY, USER_KEY
from client.errors import NotFoundError, UsageError
from client.schema.enums import AppointmentStatus, AuditAction
from client.schema.local import cache_meta, customer_follow, customer_pin, outbox, sync_issue
from client.schema.models import Appointment, AuditEvent, Base, Customer, User
from client.schema.registry import REGISTRY, ScopeGroup, TableSpec
from client.search.index import reindex_customers

if TYPE_CHECKING:
    from client.store import LocalCache

log = logging.getLogger(__name__)

USER_SOURCE = "user"
APPOINTMENT_SOURCE = "appointment"
FOLLOW_DAYS_KEY = "follows.follow_days"
"""The server's `follow_days`, as its last answer to `POST /v1/pins` said."""
DROPPED_KEY = "follows.dropped"
"""Customers removed here whose follow the server has not been told to forget (JSON list)."""
DEFAULT_FOLLOW_DAYS = 14
"""Until the server has said: the server's default."""
CHUNK = 500


class UnknownCustomerError(NotFoundError):
    """A pin of a customer this cache does not hold."""


@dataclass(frozen=True)
class PinLine:
    customer_id: uuid.UUID
    customer_number: str
    legal_name: str
    source: str
    pinned_at: datetime
    followed: bool
    """Held because it was opened from outside the workstation's scope (else it never lapses)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "customer_number": self.customer_number,
            "legal_name": self.legal_name,
            "source": self.source,
            "pinned_at": self.pinned_at.isoformat(),
            "followed": self.followed,
        }


@dataclass
class Removal:
    removed: set[uuid.UUID] = field(default_factory=set)
    """Customers that left the cache."""
    kept: set[uuid.UUID] = field(default_factory=set)
    """Lapsed, but kept while their edits wait (to upload, or in the conflicts inbox)."""


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _meta(conn: Connection, key: str) -> str | None:
    value: str | None = conn.execute(
        select(cache_meta.c.value).where(cache_meta.c.key == key)
    ).scalar_one_or_none()
    return value


def _put_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(cache_meta).where(cache_meta.c.key == key))
    conn.execute(insert(cache_meta).values(key=key, value=value))


def follow_days(conn: Connection) -> int:
    text = _meta(conn, FOLLOW_DAYS_KEY)
    return DEFAULT_FOLLOW_DAYS if text is None else int(text)


# --- pins -----------------------------------------------------------------------------------


def _customer(conn: Connection, number: str) -> tuple[uuid.UUID, str, str]:
    from client.customer360.lookup import clean_number, spellings

    cleaned = clean_number(number)
    if not cleaned:
        raise UsageError("a customer number is needed", field="customer_number")
    row = conn.execute(
        select(Customer.id, Customer.customer_number, Customer.legal_name).where(
            Customer.customer_number.in_(spellings(cleaned)), Customer.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise UnknownCustomerError(
            f'no customer numbered "{cleaned}" in this cache: only customers this workstation '
            "holds (those the role may read) can be pinned; find it with the server search "
            "and open it first",
            field="customer_number",
        )
    return row.id, row.customer_number, row.legal_name


def pin(conn: Connection, number: str, now: datetime) -> PinLine:
    """Pins a cached customer for the user (an appointment's pin becomes the user's)."""
    customer_id, _, _ = _customer(conn, number)
    found = conn.execute(
        select(customer_pin.c.source).where(customer_pin.c.customer_id == customer_id)
    ).scalar_one_or_none()
    if found is None:
        conn.execute(
            insert(customer_pin).values(customer_id=customer_id, pinned_at=now, source=USER_SOURCE)
        )
    elif found != USER_SOURCE:
        conn.execute(
            update(customer_pin)
            .where(customer_pin.c.customer_id == customer_id)
            .values(source=USER_SOURCE, pinned_at=now)
        )
    return next(p for p in pins(conn) if p.customer_id == customer_id)


def unpin(conn: Connection, number: str) -> PinLine | None:
    """Removes the user's pin of a cached customer; answers the pin left (an appointment's
    comes back while the appointment is near), or None."""
    customer_id, _, _ = _customer(conn, number)
    conn.execute(delete(customer_pin).where(customer_pin.c.customer_id == customer_id))
    refresh_appointment_pins(conn, _now_of(conn))
    return next((p for p in pins(conn) if p.customer_id == customer_id), None)


def _now_of(conn: Connection) -> datetime:
    from client import lease

    return lease.clock()


def pins(conn: Connection) -> list[PinLine]:
    """Every pin, by customer number."""
    followed = customer_follow.c.customer_id
    rows = conn.execute(
        select(
            customer_pin.c.customer_id,
            Customer.customer_number,
            Customer.legal_name,
            customer_pin.c.source,
            customer_pin.c.pinned_at,
            select(followed).where(followed == customer_pin.c.customer_id).exists(),
        )
        .join(Customer, Customer.id == customer_pin.c.customer_id)
        .order_by(Customer.customer_number)
    ).all()
    return [PinLine(*row) for row in rows]


def _branch_of_user(conn: Connection) -> uuid.UUID | None:
    text = _meta(conn, USER_KEY)
    if text is None:
        return None
    try:
        return uuid.UUID(str(json.loads(text)["branch_id"]))
    except (ValueError, KeyError, TypeError):
        return None


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def refresh_appointment_pins(conn: Connection, now: datetime) -> None:
    """Pins followed customers with an appointment (not cancelled) today or tomorrow with an
    RM of the signed-in user's branch; drops the appointment pins whose day has passed."""
    branch = _branch_of_user(conn)
    today = _local_day(now)
    due: set[uuid.UUID] = set()
    if branch is not None:
        window = (now - timedelta(days=2), now + timedelta(days=3))  # then by local day
        rows = conn.execute(
            select(Appointment.customer_id, Appointment.starts_at)
            .join(User, User.id == Appointment.rm_id)
            .join(customer_follow, customer_follow.c.customer_id == Appointment.customer_id)
            .where(
                User.branch_id == branch,
                Appointment.deleted.is_(False),
                Appointment.status != AppointmentStatus.CANCELLED,
                Appointment.starts_at >= window[0],
                Appointment.starts_at < window[1],
            )
        ).all()
        due = {r.customer_id for r in rows if 0 <= (_local_day(r.starts_at) - today).days <= 1}
    current = {
        r.customer_id: r.source
        for r in conn.execute(select(customer_pin.c.customer_id, customer_pin.c.source))
    }
    stale = {c for c, source in current.items() if source == APPOINTMENT_SOURCE} - due
    for chunk in _chunks(stale):
        conn.execute(delete(customer_pin).where(customer_pin.c.customer_id.in_(chunk)))
    for customer_id in sorted(due - set(current)):
        conn.execute(
            insert(customer_pin).values(
                customer_id=customer_id, pinned_at=now, source=APPOINTMENT_SOURCE
            )
        )


# --- follows --------------------------------------------------------------------------------


def record_opened(conn: Connection, customer_ids: Iterable[uuid.UUID], now: datetime) -> None:
    """Customers just opened from the server: followed from `now`."""
    for customer_id in set(customer_ids):
        conn.execute(delete(customer_follow).where(customer_follow.c.customer_id == customer_id))
        conn.execute(insert(customer_follow).values(customer_id=customer_id, opened_at=now))


@dataclass(frozen=True)
class Held:
    """A followed customer as the engine reports it to the server."""

    customer_id: uuid.UUID
    pinned: bool
    opened_at: datetime
    """The later of the server's last opening and this workstation's last view of it."""


def _device(conn: Connection) -> uuid.UUID | None:
    text = _meta(conn, DEVICE_KEY)
    return None if text is None else uuid.UUID(text)


def held(conn: Connection) -> list[Held]:
    """The followed customers, each with its pin and its last opening (a view of its 360
    on this workstation counts: `client.audit.viewed`)."""
    follows = {
        r.customer_id: r.opened_at
        for r in conn.execute(select(customer_follow.c.customer_id, customer_follow.c.opened_at))
    }
    if not follows:
        return []
    pinned = set(conn.execute(select(customer_pin.c.customer_id)).scalars())
    device = _device(conn)
    viewed: dict[uuid.UUID, datetime] = {}
    if device is not None:
        for chunk in _chunks(follows):
            rows = conn.execute(
                select(AuditEvent.customer_id, func.max(AuditEvent.occurred_at))
                .where(
                    AuditEvent.device_id == device,
                    AuditEvent.action == AuditAction.VIEW,
                    AuditEvent.customer_id.in_(chunk),
                )
                .group_by(AuditEvent.customer_id)
            )
            viewed.update({r[0]: r[1] for r in rows if r[0] is not None})
    return [
        Held(c, c in pinned, max(opened, viewed.get(c, opened)))
        for c, opened in sorted(follows.items())
    ]


def lapsed(conn: Connection, now: datetime) -> set[uuid.UUID]:
    """Followed customers neither pinned nor opened within `follow_days` of `now`."""
    since = now - timedelta(days=follow_days(conn))
    return {h.customer_id for h in held(conn) if not h.pinned and h.opened_at < since}


def dropped(conn: Connection) -> list[uuid.UUID]:
    """Customers removed here that the server has not been told of yet."""
    text = _meta(conn, DROPPED_KEY)
    return [] if text is None else [uuid.UUID(v) for v in json.loads(text)]


def _set_dropped(conn: Connection, ids: Collection[uuid.UUID]) -> None:
    if ids:
        _put_meta(conn, DROPPED_KEY, json.dumps(sorted(str(i) for i in ids)))
    else:
        conn.execute(delete(cache_meta).where(cache_meta.c.key == DROPPED_KEY))


def settle(
    conn: Connection,
    *,
    sent: Collection[uuid.UUID],
    told_dropped: Collection[uuid.UUID],
    live: dict[uuid.UUID, datetime],
    in_scope: Collection[uuid.UUID],
    days: int,
) -> Removal:
    """Takes the server's answer to the follows `sent`: `live` ones with their last opening,
    those `in_scope` (no longer tracked); the other sent ones lapsed and leave the cache."""
    _put_meta(conn, FOLLOW_DAYS_KEY, str(days))
    _set_dropped(conn, set(dropped(conn)) - set(told_dropped))
    for chunk in _chunks(in_scope):
        conn.execute(delete(customer_follow).where(customer_follow.c.customer_id.in_(chunk)))
    known = set(conn.execute(select(customer_follow.c.customer_id)).scalars())
    cached = _cached(conn, set(live) - known)
    for customer_id, opened in live.items():
        if customer_id in known:
            conn.execute(
                update(customer_follow)
                .where(customer_follow.c.customer_id == customer_id)
                .values(opened_at=opened)
            )
        elif customer_id in cached:  # followed before this cache knew (a cache made anew)
            conn.execute(insert(customer_follow).values(customer_id=customer_id, opened_at=opened))
    gone = set(sent) - set(live) - set(in_scope)
    return remove_customers(conn, gone) if gone else Removal()


def _cached(conn: Connection, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        found |= set(conn.execute(select(Customer.id).where(Customer.id.in_(chunk))).scalars())
    return found


def expire(conn: Connection, now: datetime) -> Removal:
    """Offline: refreshes the appointment pins and removes the lapsed follows."""
    refresh_appointment_pins(conn, now)
    gone = lapsed(conn, now)
    return remove_customers(conn, gone) if gone else Removal()


def expire_on_open(cache: LocalCache) -> Removal:
    """What opening a cache does with lapsed follows (`client.store.LocalCache.open`):
    nothing, in one query, for a cache that follows no customer."""
    from client import lease

    with cache.engine.connect() as conn:
        any_follow = conn.execute(select(customer_follow.c.customer_id).limit(1)).first()
        conn.rollback()
    if any_follow is None:
        return Removal()
    engine = cache.replica_engine()  # foreign keys not enforced: partial-replica references
    try:
        with engine.begin() as conn:
            removal = expire(conn, lease.clock())
    finally:
        engine.dispose()
    if removal.removed:
        log.info("removed %d customers whose follow lapsed", len(removal.removed))
    return removal


# --- removing customers ---------------------------------------------------------------------


def _specs() -> list[TableSpec]:
    return [s for s in REGISTRY.values() if s.group is ScopeGroup.CUSTOMER_DATA]


def _waiting(conn: Connection, customers: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of `customers` with an edit waiting to upload or in the conflicts inbox."""
    found: set[uuid.UUID] = set()
    for table in (outbox, sync_issue):
        for chunk in _chunks(customers):
            found |= set(
                conn.execute(
                    select(table.c.customer_id).where(table.c.customer_id.in_(chunk)).distinct()
                ).scalars()
            )
    return found


def _pending_rows(conn: Connection) -> set[tuple[str, uuid.UUID]]:
    return {
        (r.table_name, r.row_id)
        for table in (outbox, sync_issue)
        for r in conn.execute(select(table.c.table_name, table.c.row_id))
    }


def _plan(conn: Connection, doomed: set[uuid.UUID]) -> dict[str, dict[uuid.UUID, set[uuid.UUID]]]:
    """Per table, the rows to delete with the doomed customers: row id -> doomed customers
    it is tied to. A row tied to a customer that stays in the cache stays too."""
    links = {s.held_by.table: s for s in _specs() if s.held_by is not None}
    """Link table (account holders) -> the spec of the rows it links (accounts)."""
    plan: dict[str, dict[uuid.UUID, set[uuid.UUID]]] = {}
    others: dict[str, list[tuple[uuid.UUID, set[uuid.UUID], set[uuid.UUID]]]] = {}
    for s in _specs():
        columns = s.customer_columns
        if not columns or s.table in links:
            continue
        table: Any = s.model.__table__
        for chunk in _chunks(doomed):
            where = or_(*(table.c[c].in_(chunk) for c in columns))
            for row in conn.execute(
                select(table.c.id, *(table.c[c] for c in columns)).where(where)
            ):
                named = {v for v in row[1:] if v is not None}
                others.setdefault(s.table, []).append((row.id, named & doomed, named - doomed))
    staying = _cached(conn, {c for rows in others.values() for _, _, o in rows for c in o})
    for table_name, rows in others.items():
        plan[table_name] = {rid: mine for rid, mine, o in rows if not (o & staying)}
    for link_table, parent_spec in links.items():
        link: Any = parent_spec.held_by
        link_model: Any = REGISTRY[link_table].model.__table__
        parent_col = link_model.c[link.column]
        customer_col = link_model.c[REGISTRY[link_table].customer_columns[0]]
        parents: set[uuid.UUID] = set()
        for chunk in _chunks(doomed):
            parents |= set(
                conn.execute(select(parent_col).where(customer_col.in_(chunk))).scalars()
            )
        holders: dict[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]] = {}
        for chunk in _chunks(parents):
            for row in conn.execute(
                select(link_model.c.id, parent_col, customer_col).where(parent_col.in_(chunk))
            ):
                holders.setdefault(row[1], []).append((row.id, row[2]))
        staying = _cached(conn, {c for rows in holders.values() for _, c in rows} - doomed)
        parent_rows = plan.setdefault(parent_spec.table, {})
        link_rows = plan.setdefault(link_table, {})
        for parent, linked in holders.items():
            if any(c in staying for _, c in linked):
                continue
            mine = {c for _, c in linked if c in doomed}
            parent_rows[parent] = mine
            link_rows.update({rid: mine for rid, _ in linked})
    for s in _specs():
        if s.via is None:
            continue
        table = s.model.__table__
        parents_of = plan.get(s.via, {})
        column = table.c[s.owner_columns[0]]
        rows_here = plan.setdefault(s.table, {})
        for chunk in _chunks(parents_of):
            for row in conn.execute(select(table.c.id, column).where(column.in_(chunk))):
                rows_here[row.id] = parents_of[row[1]]
    return plan


def remove_customers(conn: Connection, customers: Collection[uuid.UUID]) -> Removal:
    """Deletes the customers and every row tied only to them (`_plan`), keeping those with
    a waiting edit; the search index follows. Remembers them for the server (`dropped`)."""
    candidates = set(customers)
    kept = _waiting(conn, candidates)
    pending = _pending_rows(conn)
    while True:
        doomed = candidates - kept
        plan = _plan(conn, doomed) if doomed else {}
        blocked = {
            c
            for t, rows in plan.items()
            for rid, mine in rows.items()
            if (t, rid) in pending
            for c in mine
        }
        if not blocked:
            break
        kept |= blocked
    plan.setdefault("customer", {}).update({c: {c} for c in doomed})
    for parent_first in reversed(Base.metadata.sorted_tables):
        ids = plan.get(parent_first.name)
        if not ids:
            continue
        for chunk in _chunks(ids):
            conn.execute(delete(parent_first).where(parent_first.c.id.in_(chunk)))
    if doomed:
        reindex_customers(conn, doomed)
        for chunk in _chunks(doomed):
            conn.execute(delete(customer_follow).where(customer_follow.c.customer_id.in_(chunk)))
            conn.execute(delete(customer_pin).where(customer_pin.c.customer_id.in_(chunk)))
        _set_dropped(conn, set(dropped(conn)) | doomed)
    return Removal(removed=doomed, kept=kept)
