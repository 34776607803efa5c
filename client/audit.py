"""The audit trail on the workstation: who viewed, unmasked, printed, exported or changed what.

`record` writes one `AuditEvent` and its outbox entry in the caller's local transaction, so
the event commits or vanishes with what it records. Events are chained per workstation:
each carries its number on this device (`device_seq`, from 1), the hash of the one before
(`prev_hash`) and its own hash (`event_hash`: SHA-256 of `canonical`), which the server
recomputes on arrival (`sync.server.audit`). The author is the cache's signed-in user and
its device id (`cache_meta`, written by `sync.engine.signin`); a cache nobody ever signed in
to (a demo, a test) has no device and records nothing.

When the server refuses an event, it answers its last accepted link of this workstation;
`rechain` drops the refused event and chains the later ones after that link, behind a
chain-gap event that says what was refused (so an auditor sees the gap).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, select
from sqlalchemy.orm import Session

from client.errors import DiskFullError, GuitaiError, UsageError
from client.reasons import Reason
from client.schema import permissions
from client.schema.base import GUID, UTCDateTime, utcnow
from client.schema.enums import AuditAction, Role
from client.schema.local import outbox
from client.schema.models import AuditEvent
from client.schema.registry import spec
from client.schema.rows import table_codec
from client.text_rules import clean_text, column_limit

if TYPE_CHECKING:
    from client.store import LocalCache

AUDIT_TABLE = str(AuditEvent.__tablename__)
DEVICE_KEY = "sync.device_id"
"""`sync.replica.state.DEVICE_ID` (client/ does not import sync/; a test holds them equal)."""
USER_KEY = "sync.user"
"""`sync.replica.state.USER`: the signed-in user (`sync.protocol.UserInfo` as JSON)."""
HEAD_KEY = "audit.chain_head"
"""This device's last event (number and hash, JSON): in `cache_meta`, which an initial sync
from a snapshot file keeps, unlike the replicated `audit_event` rows."""
CHAIN_FORMAT = "guitai-audit-1"
"""The first element of every canonical encoding: a later format gets a new name."""
MAX_REASON = 300
"""The longest reason for an unmask (the `detail` column)."""
MAX_VALUE = 500
"""Characters of one old or new text value a change event keeps."""
MAX_CHANGE = 8_000
"""A change record longer than this keeps the field names only (`Text` holds 10,000)."""

ROLE_VALUES = frozenset(r.value for r in Role)


class NotAllowedError(GuitaiError):
    """The signed-in user's role may not do this (exit 1, code `forbidden`)."""

    default_code = Reason.FORBIDDEN


@dataclass(frozen=True)
class Author:
    """Who acts on this cache: its signed-in user (None before the first sign-in) and device."""

    device_id: uuid.UUID
    user_id: uuid.UUID | None
    username: str | None
    role: Role | None


Bind = Session | Connection
"""What `record` and `rechain` write through: a cache session (the caller's transaction),
or a connection of the sync engine's."""


def _driver(bind: Bind) -> Any:
    """The SQLite (SQLCipher) connection under `bind`, inside its transaction."""
    conn = bind.connection() if isinstance(bind, Session) else bind
    return conn.connection.driver_connection


def _run(raw: Any, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """One statement straight to the driver connection `raw`, in its transaction: no ORM,
    no compiling, no result objects (the audit writes sit in the transaction that opens a
    360, where they cost more than the statements did). A full disk is `DiskFullError`,
    as the cache engine reports it."""
    try:
        return raw.execute(sql, params)
    except Exception as exc:
        from client.store import disk_full  # the store opens caches: imported when needed

        if disk_full(exc):
            raise DiskFullError(f"the disk of the cache is full: {exc}") from exc
        raise


_META_SQL = "SELECT key, value FROM cache_meta WHERE key IN (?, ?, ?)"
_PUT_HEAD_SQL = (
    "INSERT INTO cache_meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _meta(raw: Any) -> dict[str, str]:
    """The cache_meta values the audit needs, in one query."""
    rows = _run(raw, _META_SQL, (DEVICE_KEY, USER_KEY, HEAD_KEY)).fetchall()
    return {str(k): str(v) for k, v in rows}


def _author(found: Mapping[str, str]) -> Author | None:
    device = found.get(DEVICE_KEY)
    if device is None:
        return None
    user: dict[str, Any] = json.loads(found[USER_KEY]) if USER_KEY in found else {}
    role = user.get("role")
    return Author(
        device_id=uuid.UUID(device),
        user_id=uuid.UUID(user["id"]) if "id" in user else None,
        username=user.get("username"),
        role=Role(str(role)) if role in ROLE_VALUES else None,
    )


def author(session: Bind) -> Author | None:
    """The cache's device and signed-in user; None when it never had a device id."""
    return _author(_meta(_driver(session)))


def _head(found: Mapping[str, str], device_id: uuid.UUID) -> tuple[int, str]:
    """This device's last event: its number and hash ((0, "") before the first)."""
    text = found.get(HEAD_KEY)
    if text is None:
        return 0, ""
    head = json.loads(text)
    if head.get("device") != str(device_id):
        return 0, ""
    return int(head["seq"]), str(head["hash"])


def chain_head(session: Bind, device_id: uuid.UUID) -> tuple[int, str]:
    """The number and hash of this device's last event ((0, "") before the first)."""
    return _head(_meta(_driver(session)), device_id)


def _put_head(raw: Any, device_id: uuid.UUID, seq: int, digest: str) -> None:
    value = json.dumps({"device": str(device_id), "seq": seq, "hash": digest})
    _run(raw, _PUT_HEAD_SQL, (HEAD_KEY, value))


HASHED = (
    "device_seq",
    "occurred_at",
    "user_id",
    "device_id",
    "action",
    "entity",
    "entity_id",
    "customer_id",
    "detail",
    "change",
    "prev_hash",
)
"""The fields `canonical` takes besides the event's id, in its order: THE list both ends
hash (the server's verifier builds its query from it)."""


class Kind(Enum):
    """How a hashed field is written in the canonical encoding (from its column's type)."""

    UUID = "uuid"
    """Its text in quotes, or null."""
    TIME = "time"
    """`time_text` in quotes."""
    INT = "int"
    """The number."""
    TEXT = "text"
    """A JSON string (json's own escaping), or null."""


def _kind(column: Any) -> Kind:
    if isinstance(column.type, GUID):
        return Kind.UUID
    if isinstance(column.type, UTCDateTime):
        return Kind.TIME
    if isinstance(column.type, Integer):  # BigInteger too
        return Kind.INT
    return Kind.TEXT


KINDS: Mapping[str, Kind] = MappingProxyType(
    {name: _kind(AuditEvent.__table__.c[name]) for name in HASHED}
)
"""Each hashed field's kind."""

quote: Callable[[str], str] = json.encoder.encode_basestring
"""A text as `json.dumps(..., ensure_ascii=False)` writes it (its C escaper)."""


def time_text(moment: datetime) -> str:
    """A timestamp as the canonical encoding holds it: UTC, to the microsecond."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _uuid_part(value: Any) -> str:
    return "null" if value is None else f'"{value}"'


def _text_part(value: Any) -> str:
    return "null" if value is None else quote(str(value))


PARTS: Mapping[Kind, Callable[[Any], str]] = MappingProxyType(
    {
        Kind.UUID: _uuid_part,
        Kind.TIME: lambda value: quote(time_text(value)),
        Kind.INT: lambda value: str(int(value)),
        Kind.TEXT: _text_part,
    }
)
"""A Python value of each kind as its part of the canonical encoding."""

PREFIX = "[" + quote(CHAIN_FORMAT) + ","


def layout(parts: Iterable[str]) -> bytes:
    """The canonical encoding from its parts already written (the event's id, then HASHED):
    what `json.dumps([CHAIN_FORMAT, ...], ensure_ascii=False, separators=(",", ":"))` gives,
    without building the list (the server's verifier writes the parts in SQL)."""
    return (PREFIX + ",".join(parts) + "]").encode()


def canonical(*, event_id: uuid.UUID, **fields: Any) -> bytes:
    """The bytes an event's hash is taken of: the format name, its id and the `HASHED`
    fields in that order, as compact JSON (UUIDs and timestamps as text, UTC to the
    microsecond).

    Both ends compute it from Python values (or, verifying, from the stored ones), so the
    wire and database encodings never matter. Version, tombstone and `updated_at` are the
    server's and not hashed.
    """
    if fields.keys() != KINDS.keys():
        wrong = sorted(set(fields) ^ set(KINDS))
        raise TypeError(f"canonical() takes exactly the HASHED fields (not: {wrong})")
    return layout([_uuid_part(event_id), *(PARTS[KINDS[n]](fields[n]) for n in HASHED)])


def hash_of(**fields: Any) -> str:
    """The SHA-256 (hex) of `canonical(**fields)`."""
    return hashlib.sha256(canonical(**fields)).hexdigest()


# --- writing one event --------------------------------------------------------------------


def _stored(kind: Kind, value: Any) -> Any:
    """A value as SQLAlchemy stores it in the cache (SQLite): GUIDs as 16 bytes, timestamps
    as naive UTC text to the microsecond, enums by value; the ORM reads it back unchanged."""
    if value is None:
        return None
    if kind is Kind.UUID:
        return value.bytes
    if kind is Kind.TIME:
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if kind is Kind.INT:
        return int(value)
    return str(value)


_EVENT_COLUMNS = ("id", "version", "deleted", "updated_at", *HASHED, "event_hash")
_INSERT_EVENT_SQL = (
    f"INSERT INTO {AUDIT_TABLE} ({', '.join(_EVENT_COLUMNS)}) "  # noqa: S608 - the model's names
    f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)
_INSERT_ENTRY_SQL = (
    "INSERT INTO outbox (entry_id, table_name, row_id, op, base_version, changed, shadow, "
    "customer_id, created_at) VALUES (?, ?, ?, 'insert', NULL, ?, '{}', ?, ?)"
)
_ENTRY_CUSTOMER = spec(AUDIT_TABLE).customer_columns[0]
"""The column naming the customer an event is about, which its outbox entry lists."""


def _wire(values: Mapping[str, Any]) -> str:
    """An event's fields as its outbox entry sends them (`client.schema.rows` encoding)."""
    codec = table_codec(AUDIT_TABLE)
    return json.dumps(
        {name: codec.encode_value(name, value) for name, value in values.items()},
        ensure_ascii=False,
    )


def _write(raw: Any, event_id: uuid.UUID, values: dict[str, Any], at: datetime) -> str:
    """Stores one event (`values`: the HASHED fields) and queues its upload; its hash."""
    digest = hash_of(event_id=event_id, **values)
    stamp = _stored(Kind.TIME, at)
    stored = [_stored(KINDS[n], values[n]) for n in HASHED]
    _run(raw, _INSERT_EVENT_SQL, (event_id.bytes, 0, False, stamp, *stored, digest))
    customer = values.get(_ENTRY_CUSTOMER)
    _run(
        raw,
        _INSERT_ENTRY_SQL,
        (
            uuid.uuid4().bytes,
            AUDIT_TABLE,
            event_id.bytes,
            _wire({**values, "event_hash": digest}),
            None if customer is None else customer.bytes,
            stamp,
        ),
    )
    return digest


def record(
    session: Bind,
    action: AuditAction,
    *,
    entity: str,
    entity_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    detail: str = "",
    change: str = "",
    anonymous: bool = False,
    now: datetime | None = None,
) -> uuid.UUID | None:
    """Writes one event and queues its upload, chained to this device's last one.

    Returns its id; None (nothing written) when the cache has no device yet. `anonymous`:
    no user is named (a failed sign-in: whoever typed the password is not known).
    Four statements in the caller's transaction: the cache's audit keys, the event, its
    outbox entry, the new head.
    """
    raw = _driver(session)
    found = _meta(raw)
    who = _author(found)
    if who is None:
        return None
    seq, prev = _head(found, who.device_id)
    at = now or utcnow()
    values = {
        "device_seq": seq + 1,
        "occurred_at": at,
        "user_id": None if anonymous else who.user_id,
        "device_id": who.device_id,
        "action": action,
        "entity": _clean("entity", entity),
        "entity_id": entity_id,
        "customer_id": customer_id,
        "detail": _clean("detail", detail[:MAX_REASON]),
        "change": change if change.isascii() else _clean("change", change),
        "prev_hash": prev,
    }
    event_id = uuid.uuid4()
    digest = _write(raw, event_id, values, at)
    _put_head(raw, who.device_id, seq + 1, digest)
    return event_id


def _clean(field: str, value: str) -> str:
    """A text as the column stores it (`client.text_rules`); JSON written here (a change
    record, ASCII) needs no look."""
    column = AuditEvent.__table__.c[field]
    return clean_text(field, value, limit=column_limit(column)) if value else value


# --- a refused event: the chain goes on after the server's last link ----------------------

GAP_ENTITY = "audit_chain"
"""The entity of a chain-gap event (action `resolve_conflict`: the workstation settled the
server's refusal). A dedicated action would change the action column's check constraint,
which needs a migration at both ends."""
MAX_GAP_ATTEMPTS = 3
"""Chain gaps in a row whose own event the server refuses before the workstation gives up
re-chaining (its later events are then refused as before, each listed as a sync issue)."""
MAX_LISTED = 10
"""Refused events a chain-gap event describes one by one (it counts them all)."""


@dataclass(frozen=True)
class RefusedEvent:
    """The server's answer to one of this workstation's audit events it did not take."""

    entry_id: uuid.UUID
    code: str
    reason: str
    head_seq: int | None
    """The workstation's last event the server accepted (0: none; None: not told)."""
    head_hash: str


def is_gap(action: Any, entity: Any) -> bool:
    """Whether an event is a chain gap (`rechain`)."""
    return str(action) == AuditAction.RESOLVE_CONFLICT.value and entity == GAP_ENTITY


def _unsent(bind: Bind, device_id: uuid.UUID) -> list[Any]:
    """This device's events waiting in the outbox, in chain order, with their entries."""
    events = AuditEvent.__table__
    query = (
        select(
            outbox.c.seq.label("entry_seq"),
            outbox.c.entry_id,
            outbox.c.changed.label("wire"),
            events.c.id,
            *(events.c[n] for n in HASHED),
        )
        .join_from(outbox, events, events.c.id == outbox.c.row_id)
        .where(
            outbox.c.table_name == AUDIT_TABLE,
            outbox.c.op == "insert",
            events.c.device_id == device_id,
        )
        .order_by(events.c.device_seq)
    )
    conn = bind.connection() if isinstance(bind, Session) else bind
    return list(conn.execute(query))


def _summary(row: Any, refused: RefusedEvent) -> dict[str, Any]:
    return {
        "event_id": str(row.id),
        "device_seq": int(row.device_seq),
        "occurred_at": time_text(row.occurred_at),
        "user_id": None if row.user_id is None else str(row.user_id),
        "action": str(row.action),
        "entity": row.entity,
        "entity_id": None if row.entity_id is None else str(row.entity_id),
        "customer_id": None if row.customer_id is None else str(row.customer_id),
        "code": refused.code,
        "reason": refused.reason[:160],
    }


def rechain(
    bind: Bind, refusals: Sequence[RefusedEvent], now: datetime | None = None
) -> set[uuid.UUID]:
    """After the server refused some of this workstation's events: the rest of its chain
    goes on from the server's last accepted link instead of failing after the first refusal.

    An event refused for what it holds (author, time, content; or a link that was right)
    is dropped: the caller settles it as a refused entry (a sync issue, the row gone). An
    event refused only because one before it was (`audit_chain`, linked to something the
    server does not hold) is kept. One chain-gap event (`GAP_ENTITY`, `Reason.CHAIN_GAP`
    in its change) takes the place after the server's link, listing the dropped events;
    every kept or still unsent event follows it, renumbered and re-hashed, with a new
    outbox entry id at the end of the outbox. Returns the entry ids answered in
    `refusals` that it kept (the caller does not settle them). Does nothing when the
    server named no link, and gives up (returns nothing) after `MAX_GAP_ATTEMPTS`
    refused gaps in a row or when an event it would renumber was uploaded before.
    """
    told = [r for r in refusals if r.head_seq is not None]
    raw = _driver(bind)
    found = _meta(raw)
    who = _author(found)
    if not told or who is None:
        return set()
    head_seq, head_hash = int(told[-1].head_seq or 0), told[-1].head_hash
    answered = {r.entry_id: r for r in refusals}
    rows = _unsent(bind, who.device_id)
    dropped: list[tuple[Any, RefusedEvent]] = []
    kept: list[Any] = []
    for row in rows:
        refused = answered.get(row.entry_id)
        linked = row.device_seq == head_seq + 1 and row.prev_hash == head_hash
        if refused is not None and (refused.code != Reason.AUDIT_CHAIN.value or linked):
            dropped.append((row, refused))
        else:
            kept.append(row)
    if not dropped and not any(row.entry_id in answered for row in kept):
        return set()
    attempt = 1 + max(
        (_attempt(row.change) for row, _ in dropped if is_gap(row.action, row.entity)), default=0
    )
    if attempt > MAX_GAP_ATTEMPTS or _uploaded_after(raw, who.device_id, head_seq, rows):
        return set()
    at = now or utcnow()
    for row in rows:  # out of the way of the new numbers (the dropped ones go with settling)
        _run(raw, _SET_ASIDE_SQL, (row.id.bytes,))
    gap = _gap_values(who, head_seq, head_hash, dropped, kept, attempt, at)
    seq, prev = head_seq + 1, _write(raw, uuid.uuid4(), gap, at)
    for row in kept:
        seq += 1
        values = {n: getattr(row, n) for n in HASHED} | {"device_seq": seq, "prev_hash": prev}
        prev = _rehash(raw, row, values)
    _put_head(raw, who.device_id, seq, prev)
    return {row.entry_id for row in kept if row.entry_id in answered}


def _attempt(change: str) -> int:
    try:
        return int(json.loads(change).get("attempt", 1))
    except (ValueError, AttributeError, TypeError):
        return 1


_SET_ASIDE_SQL = f"UPDATE {AUDIT_TABLE} SET device_seq = -device_seq WHERE id = ?"  # noqa: S608 - the model's name
_LATER_SQL = f"SELECT id FROM {AUDIT_TABLE} WHERE device_id = ? AND device_seq > ?"  # noqa: S608 - the model's name
_RENUMBER_SQL = (
    f"UPDATE {AUDIT_TABLE} SET device_seq = ?, prev_hash = ?, event_hash = ? WHERE id = ?"  # noqa: S608 - the model's name
)
_MOVE_ENTRY_SQL = (
    "UPDATE outbox SET seq = (SELECT max(seq) + 1 FROM outbox), entry_id = ?, changed = ? "
    "WHERE seq = ?"
)


def _uploaded_after(raw: Any, device_id: uuid.UUID, head_seq: int, unsent: list[Any]) -> bool:
    """Whether an event of this device numbered after the server's link has left the outbox
    (the server once took it): renumbering would collide with it."""
    mine = {row.id.bytes for row in unsent}
    later = _run(raw, _LATER_SQL, (device_id.bytes, head_seq)).fetchall()
    return any(bytes(row_id) not in mine for (row_id,) in later)


def _gap_values(
    who: Author,
    head_seq: int,
    head_hash: str,
    dropped: list[tuple[Any, RefusedEvent]],
    kept: list[Any],
    attempt: int,
    at: datetime,
) -> dict[str, Any]:
    listed: list[dict[str, Any]] = []
    for row, refused in dropped:
        if is_gap(row.action, row.entity):
            listed += _inherited(row.change)
        listed.append(_summary(row, refused))
    codes = sorted({r.code for _, r in dropped})
    change = {
        "code": Reason.CHAIN_GAP.value,
        "after": head_seq,
        "refused": listed[:MAX_LISTED],
        "refused_count": len(listed),
        "re_chained": len(kept),
        "attempt": attempt,
        "recorded_at": time_text(at),
    }
    if dropped:
        detail = (
            f"{len(dropped)} audit event(s) refused by the server ({', '.join(codes)}); "
            f"the {len(kept)} after them re-chained after event {head_seq}"
        )
    else:
        detail = (
            f"this workstation's chain did not follow the server's, which ends at event "
            f"{head_seq}: {len(kept)} event(s) re-chained after it"
        )
    first = kept[0].occurred_at if kept else at
    return {
        "device_seq": head_seq + 1,
        # in the chain's time order: the first re-chained event's time (when it was
        # recorded is in the change), so the server's time checks pass as they would have
        "occurred_at": min(first, at),
        "user_id": who.user_id,
        "device_id": who.device_id,
        "action": AuditAction.RESOLVE_CONFLICT,
        "entity": GAP_ENTITY,
        "entity_id": dropped[0][0].id if dropped else None,
        "customer_id": None,
        "detail": detail[:MAX_REASON],
        "change": json.dumps(change, sort_keys=True),
        "prev_hash": head_hash,
    }


def _inherited(change: str) -> list[dict[str, Any]]:
    """The refused events a refused chain-gap event listed (they stay listed)."""
    try:
        listed = json.loads(change).get("refused", [])
    except (ValueError, AttributeError):
        return []
    return [item for item in listed if isinstance(item, dict)]


def _rehash(raw: Any, row: Any, values: dict[str, Any]) -> str:
    """Renumbers one kept event after the gap: its row, and its outbox entry moved to the
    end of the outbox under a new id (the server keeps the answer to the old one)."""
    digest = hash_of(event_id=row.id, **values)
    seq, prev = values["device_seq"], values["prev_hash"]
    _run(raw, _RENUMBER_SQL, (seq, prev, digest, row.id.bytes))
    wire = json.loads(row.wire) | {"device_seq": seq, "prev_hash": prev, "event_hash": digest}
    wire_text = json.dumps(wire, ensure_ascii=False)
    _run(raw, _MOVE_ENTRY_SQL, (uuid.uuid4().bytes, wire_text, row.entry_seq))
    return digest


# --- what the hooks record -------------------------------------------------------------------

CHANGE_ACTIONS = {"insert": AuditAction.CREATE, "update": AuditAction.UPDATE}


def changed(
    session: Session,
    table: str,
    row_id: uuid.UUID,
    op: str,
    customer_id: uuid.UUID | None,
    new: Mapping[str, Any],
    old: Mapping[str, Any],
    now: datetime,
) -> None:
    """A local edit (`client.outbox`): table, row, fields, old (the shadow) and new values."""
    if table == AUDIT_TABLE:
        return
    fields = sorted(new or old)
    change = {"fields": fields, "old": _clipped(old), "new": _clipped(new)}
    text = json.dumps(change, sort_keys=True)  # ASCII: no character a text may refuse
    if len(text) > MAX_CHANGE:
        text = json.dumps({"fields": fields, "values_left_out": True}, sort_keys=True)
    record(
        session,
        CHANGE_ACTIONS.get(op, AuditAction.DELETE),
        entity=table,
        entity_id=row_id,
        customer_id=customer_id,
        change=text,
        now=now,
    )


def _clipped(values: Mapping[str, Any]) -> dict[str, Any]:
    """Wire values with long texts cut (the event records the change, not a copy of notes)."""
    return {
        name: value[:MAX_VALUE] + "…"
        if isinstance(value, str) and len(value) > MAX_VALUE
        else value
        for name, value in values.items()
    }


def viewed(session: Session, customer_id: uuid.UUID) -> None:
    """A customer's 360 was opened."""
    record(
        session, AuditAction.VIEW, entity="customer", entity_id=customer_id, customer_id=customer_id
    )


def check_reason(reason: str | None) -> str:
    """The reason given for an unmask, refused when missing or longer than the column."""
    text = (reason or "").strip()
    if not text:
        raise UsageError(
            "say why the numbers must be shown whole (--reason TEXT)",
            code=Reason.REQUIRED,
            field="reason",
        )
    if len(text) > MAX_REASON:
        raise UsageError(
            f"the reason is longer than {MAX_REASON} characters",
            code=Reason.TOO_LONG,
            field="reason",
            details={"limit": MAX_REASON},
        )
    return text


def require(session: Session, allowed: Callable[[Role], bool], what: str) -> Role:
    """The signed-in user's role, refused (`forbidden`) unless `allowed(role)`."""
    who = author(session)
    role = None if who is None else who.role
    if role is None or not allowed(role):
        name = "nobody" if role is None else role.value
        raise NotAllowedError(f"{what} is not allowed for {name} signed in on this profile")
    return role


def unmaskable(role: Role) -> list[str]:
    """The masked fields (`table.field`) the permission table lets `role` see whole."""
    return [
        f"{table}.{name}"
        for table, names in sorted(permissions.MASKED.items())
        for name in sorted(names)
        if permissions.may(role, table, permissions.Action.UNMASK, name)
    ]


def may_read_history(role: Role) -> bool:
    """Whether `role` reads the audit trail (it replicates `audit_event`)."""
    return permissions.may(role, AUDIT_TABLE, permissions.Action.READ)


def unmasked(session: Session, customer_id: uuid.UUID, reason: str | None) -> Role:
    """Numbers shown whole: refused without a reason and for roles that may unmask none;
    records the reason and the fields shown whole. Returns the role (for `masked`)."""
    text = check_reason(reason)
    role = require(session, lambda r: bool(unmaskable(r)), "showing numbers whole")
    record(
        session,
        AuditAction.UNMASK,
        entity="customer",
        entity_id=customer_id,
        customer_id=customer_id,
        detail=text,
        change=json.dumps({"fields": unmaskable(role)}),
    )
    return role


def lock_changed(session: Session, *, locked: bool) -> None:
    """The window was locked or unlocked."""
    record(session, AuditAction.LOCK if locked else AuditAction.UNLOCK, entity="session")


def resolved(
    session: Session, table: str, row_id: uuid.UUID, customer_id: uuid.UUID | None, choice: str
) -> None:
    """A conflict or refused edit was settled (`choice`: mine, theirs or edit)."""
    record(
        session,
        AuditAction.RESOLVE_CONFLICT,
        entity=table,
        entity_id=row_id,
        customer_id=customer_id,
        detail=choice,
    )


def signed_in(session: Session, *, offline: bool) -> None:
    """The cache's user signed in (just now recorded in `cache_meta`)."""
    record(
        session, AuditAction.LOGIN, entity="user_account", detail="offline" if offline else "online"
    )


def sign_in_failed(session: Session, username: str, why: str) -> None:
    """A refused password (nobody is named as author: who typed it is not known)."""
    typed = ascii(username[:60])[1:-1]  # whatever was typed, even characters a text refuses
    record(
        session,
        AuditAction.LOGIN_FAILED,
        entity="user_account",
        detail=f"{typed}: {why}",
        anonymous=True,
    )


def record_lock(cache: LocalCache, *, locked: bool) -> None:
    """The window was locked or unlocked: one event in a transaction of its own."""
    with cache.session() as session:
        lock_changed(session, locked=locked)


def record_failed_unlock(cache: LocalCache, username: str) -> None:
    """A wrong password on the lock screen: a failed sign-in."""
    with cache.session() as session:
        sign_in_failed(session, username, "lock screen")
