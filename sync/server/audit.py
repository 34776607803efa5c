"""The audit trail on the server: each workstation's chain checked on arrival, the server's own
chain over what it accepted, and the checks `guitai-server audit verify` runs.

On push (`accept`), an audit event is taken only when it is the next of its workstation's
chain as the server holds it: its `device_seq` follows the last accepted one, its
`prev_hash` is that one's hash, its `event_hash` recomputes from its fields
(`client.audit.canonical`), its author is the token's user and device, and its time is
neither in the future nor older than any workstation may stay offline. Anything else is
refused alone, with a reason code (`audit_chain`, `forged_author`, `backdated`), and the
push goes on. The answer to a refused event names the workstation's last accepted link
(`last_link`: its `device_seq` and hash), after which the workstation re-chains its later
events behind a chain-gap event (`client.audit.rechain`). Each accepted event is appended
to `server_audit_chain`, whose every link hashes the one before, so an event later changed
or deleted in the database is found.

The server writes events of its own with `server_event`, each in a chain of its own that no
workstation has (head office's answers from a workstation, `sync.server.feedback_api`; the
`guitai-server` commands, `sync.server.admin_audit`), verified like any other.

`verify` reads the chain and the events in one pass, straight from the driver (a
server-side cursor on PostgreSQL), with the parts of each event's canonical encoding that
are not plain texts (ids, times) written by the database, and lists the chain gaps it met.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from client import audit as chain
from client.audit import AUDIT_TABLE, HASHED, KINDS, Kind, hash_of
from client.reasons import Reason
from client.schema.enums import AuditAction
from client.schema.models import AuditEvent
from client.text_rules import clean_text, column_limit
from sync.server.auth import Actor
from sync.server.tables import audit_chain

__all__ = [
    "AUDIT_TABLE",
    "Break",
    "Gap",
    "Refusal",
    "Verdict",
    "accept",
    "last_link",
    "server_event",
    "verify",
]

MAX_SKEW = timedelta(minutes=15)
"""How far a workstation's clock may run ahead of the server's, or step back between two
events (a clock put right): beyond, the event is refused (its workstation re-chains the
ones after it behind a chain-gap event), so the bound is generous."""
MAX_AGE = timedelta(days=90)
"""The oldest event accepted: no workstation may stay offline longer (`offline_grace_days`
is at most 90; past it the cache locks)."""
CHAIN_LOCK = 0x6775_6974_6169
"""PostgreSQL advisory lock held while a push appends to the server's chain."""


class Refusal(Exception):
    """An audit event refused: its words and its code."""

    def __init__(self, reason: str, code: Reason) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


def link(previous: str, event_hash: str) -> str:
    """The server chain's hash of an accepted event after the link `previous`."""
    return hashlib.sha256(f"{previous}:{event_hash}".encode()).hexdigest()


def _check_author(actor: Actor, values: dict[str, Any]) -> None:
    if values.get("device_id") != actor.device_id:
        raise Refusal(
            "an audit event must come from the workstation that records it",
            Reason.FORGED_AUTHOR,
        )
    user = values.get("user_id")
    anonymous = user is None and values.get("action") == AuditAction.LOGIN_FAILED
    if user != actor.user_id and not anonymous:
        raise Refusal(
            "an audit event must be in the name of the user who sends it", Reason.FORGED_AUTHOR
        )


def _check_time(occurred: datetime, previous: datetime | None, now: datetime) -> None:
    if occurred > now + MAX_SKEW:
        raise Refusal(
            f"an audit event dated in the future ({occurred:%Y-%m-%d %H:%M} UTC)", Reason.BACKDATED
        )
    if occurred < now - MAX_AGE or (previous is not None and occurred < previous - MAX_SKEW):
        raise Refusal(
            f"an audit event dated {occurred:%Y-%m-%d %H:%M} UTC, before the workstation's "
            "previous one or longer ago than a workstation may stay offline",
            Reason.BACKDATED,
        )


def _device_head(session: Session, device_id: uuid.UUID) -> tuple[int, str, datetime | None]:
    """The last accepted event of a device: (device_seq, hash, time); (0, "", None) for none."""
    row = session.execute(
        select(audit_chain.c.device_seq, audit_chain.c.event_hash, AuditEvent.occurred_at)
        .join_from(audit_chain, AuditEvent, AuditEvent.id == audit_chain.c.event_id, isouter=True)
        .where(audit_chain.c.device_id == device_id)
        .order_by(audit_chain.c.device_seq.desc())
        .limit(1)
    ).first()
    return (0, "", None) if row is None else (int(row[0]), str(row[1]), row[2])


def last_link(session: Session, device_id: uuid.UUID) -> dict[str, Any]:
    """A workstation's last accepted event, as the answer to a refused one names it (in
    `EntryResult.server_row`): the workstation re-chains its later events after it."""
    seq, digest, _ = _device_head(session, device_id)
    return {"device_seq": seq, "event_hash": digest}


def append_to_chain(session: Session, event: AuditEvent, now: datetime) -> None:
    """Adds an accepted event to the server's chain (PostgreSQL: under an advisory lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    last = session.execute(
        select(audit_chain.c.seq, audit_chain.c.chain_hash)
        .order_by(audit_chain.c.seq.desc())
        .limit(1)
    ).first()
    seq, previous = (0, "") if last is None else (int(last[0]), str(last[1]))
    session.execute(
        insert(audit_chain).values(
            seq=seq + 1,
            event_id=event.id,
            device_id=event.device_id,
            device_seq=event.device_seq,
            event_hash=event.event_hash,
            chain_hash=link(previous, event.event_hash),
            accepted_at=now,
        )
    )


def server_event(
    session: Session,
    *,
    chain_id: uuid.UUID,
    user_id: uuid.UUID | None,
    action: AuditAction,
    entity: str,
    entity_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    detail: str = "",
    change: str | Mapping[str, Any] = "",
    now: datetime,
) -> AuditEvent:
    """An event the server writes itself, at the end of the chain `chain_id` (a `device_id`
    no workstation has: `sync.server.feedback_api.answer_chain`, `sync.server.admin_audit`)
    and of the server's chain, in the caller's transaction.

    The chain's head is read under the server chain's lock (PostgreSQL: an advisory lock,
    held to the commit), so two transactions never take the same place. `detail` is cut to
    its column and checked as any text (`client.text_rules`); `change` given as a mapping is
    written as the workstations write theirs (`client.audit.changed`: sorted JSON, field
    names only when too long). The caller records the event in the feed, so it replicates.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    seq, previous, _ = _device_head(session, chain_id)
    limit = column_limit(AuditEvent.__table__.c.detail) or len(detail)
    if not isinstance(change, str):
        written = json.dumps(change, sort_keys=True, default=str)
        if len(written) > chain.MAX_CHANGE:
            names = list(change.get("fields", ()))
            written = json.dumps({"fields": names, "values_left_out": True}, sort_keys=True)
        change = written
    fields = {
        "device_seq": seq + 1,
        "occurred_at": now,
        "user_id": user_id,
        "device_id": chain_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "customer_id": customer_id,
        "detail": clean_text("detail", detail[:limit]) if detail else "",
        "change": change,
        "prev_hash": previous,
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
    append_to_chain(session, event, now)
    return event


def accept(
    session: Session, actor: Actor, event_id: uuid.UUID, values: dict[str, Any], now: datetime
) -> AuditEvent | None:
    """Verifies a pushed audit event and stores it at the end of both chains.

    Returns the new row, None for a duplicate of one accepted before (same id, same hash);
    raises `Refusal` otherwise.
    """
    known = session.get(AuditEvent, event_id)
    if known is not None:
        if known.event_hash == values.get("event_hash"):
            return None
        raise Refusal(f"the id {event_id} is already used by another audit event", Reason.ID_TAKEN)
    missing = [n for n in REQUIRED if values.get(n) is None]
    if missing:
        raise Refusal(
            f"audit_event: missing required fields: {', '.join(missing)}", Reason.MISSING_FIELDS
        )
    _check_author(actor, values)
    seq, previous_hash, previous_time = _device_head(session, actor.device_id)
    _check_time(values["occurred_at"], previous_time, now)
    given = values.get("device_seq")
    if given != seq + 1:
        what = "is missing" if isinstance(given, int) and given > seq + 1 else "came already"
        raise Refusal(
            f"audit event {given} of this workstation arrived after {seq}: event {seq + 1} {what}",
            Reason.AUDIT_CHAIN,
        )
    if values.get("prev_hash", "") != previous_hash:
        raise Refusal(
            f"audit event {given} does not name event {seq}'s hash as its previous one",
            Reason.AUDIT_CHAIN,
        )
    fields = {n: values.get(n) for n in HASHED}
    fields["detail"] = fields["detail"] or ""
    fields["change"] = fields["change"] or ""
    if hash_of(event_id=event_id, **fields) != values.get("event_hash"):
        raise Refusal(f"audit event {given}'s hash does not match its content", Reason.AUDIT_CHAIN)
    event = AuditEvent(id=event_id, version=0, deleted=False, **values)
    session.add(event)
    session.flush()
    append_to_chain(session, event, now)
    return event


REQUIRED = ("occurred_at", "device_id", "action", "entity", "device_seq", "event_hash")


# --- audit verify ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """The first place a chain does not hold."""

    event_id: uuid.UUID
    seq: int | None
    """Its place in the server's chain (None: an event the chain does not know)."""
    why: str


@dataclass(frozen=True)
class Gap:
    """A chain-gap event: where a workstation recorded refused events and re-chained."""

    event_id: uuid.UUID
    device_id: str
    device_seq: int
    detail: str


@dataclass(frozen=True)
class Verdict:
    events: int
    devices: int
    broken: Break | None
    gaps: tuple[Gap, ...] = ()


LINK_COLUMNS = ("seq", "event_id", "event_hash", "chain_hash")
"""What `verify` reads of each link of the server's chain: its place, its event, the hash
it took of it, and the link's own hash."""


def _sqlite_uuid(value: bytes | None) -> str:
    """An id as SQLite keeps it (16 bytes) as its canonical part."""
    if value is None:
        return "null"
    h = value.hex()
    return f'"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"'


def _sqlite_time(value: str) -> str:
    """A timestamp as SQLite keeps it (naive UTC text) as its canonical part."""
    if len(value) == 19:
        value += ".000000"
    return chain.quote(f"{value[:10]}T{value[11:]}+00:00")


def _pg_uuid_sql(column: str) -> str:
    return f"""CASE WHEN {column} IS NULL THEN 'null' ELSE '"' || {column}::text || '"' END"""


def _pg_time_sql(column: str) -> str:
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""


Turn = Callable[[Any], str]


def _parts(dialect: str) -> list[tuple[str, Turn]]:
    """Per canonical part (the event's id, then HASHED): what the query selects of the
    event `e` and what turns the value read into the part. PostgreSQL writes ids and times
    itself; SQLite's bytes and texts are turned in Python (its string functions cost more)."""
    postgres = dialect == "postgresql"
    by_kind: dict[Kind, tuple[Callable[[str], str], Turn]] = {
        Kind.UUID: (_pg_uuid_sql, str) if postgres else (str, _sqlite_uuid),
        Kind.TIME: (_pg_time_sql, chain.quote) if postgres else (str, _sqlite_time),
        Kind.INT: (str, str),
        Kind.TEXT: (str, chain.quote),
    }
    columns = [("e.id", Kind.UUID), *((f"e.{n}", KINDS[n]) for n in HASHED)]
    return [(by_kind[kind][0](column), by_kind[kind][1]) for column, kind in columns]


EVENT_AT = {name: 2 + i for i, name in enumerate(HASHED)}
"""Where each HASHED field sits in an event as `verify` reads it: after the event's id (or
its part) and its stored hash (NULL: the event is gone)."""


def _event_columns(dialect: str) -> str:
    parts = [sql for sql, _ in _parts(dialect)]
    return ", ".join([parts[0], "e.event_hash", *parts[1:]])


def verify_sql(dialect: str) -> str:
    """The query `verify` reads by place: the server's chain in order, each link with its
    event (LEFT JOIN: a deleted one is NULL), the event's fields as `_parts` says."""
    links = ", ".join(f"c.{name}" for name in LINK_COLUMNS)
    return (
        f"SELECT {links}, {_event_columns(dialect)} FROM server_audit_chain c "  # noqa: S608 - built from the model
        f"LEFT OUTER JOIN {AUDIT_TABLE} e ON e.id = c.event_id ORDER BY c.seq"
    )


CHAIN_SCAN = f"SELECT {', '.join(LINK_COLUMNS)} FROM server_audit_chain ORDER BY rowid"  # noqa: S608 - our names
UNCHAINED_SQL = (
    f"SELECT e.id FROM {AUDIT_TABLE} e "  # noqa: S608 - the model's table name
    "LEFT OUTER JOIN server_audit_chain c ON c.event_id = e.id "
    "WHERE c.event_id IS NULL ORDER BY e.occurred_at LIMIT 1"
)
COUNT_SQL = f"SELECT count(*) FROM {AUDIT_TABLE}"  # noqa: S608 - the model's table name
BATCH = 5000


def _event_scan() -> str:
    """SQLite: the events as they were written."""
    return f"SELECT {_event_columns('sqlite')} FROM {AUDIT_TABLE} e ORDER BY e.rowid"  # noqa: S608 - built from the model


def _uuid_text(value: Any) -> str | None:
    """A GUID as the driver returns it (SQLite: 16 bytes; PostgreSQL: a UUID) as text."""
    if value is None:
        return None
    if isinstance(value, bytes | memoryview):
        raw = bytes(value)
        return str(uuid.UUID(bytes=raw)) if len(raw) == 16 else raw.hex()
    return str(value)


def _batches(conn: Connection, sql: str) -> Iterator[list[Any]]:
    """A query's rows as plain tuples from the driver, a batch at a time (PostgreSQL: a
    server-side cursor)."""
    raw = conn.connection.driver_connection
    assert raw is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    named = conn.dialect.name == "postgresql"
    cursor = raw.cursor(name="guitai_audit_verify") if named else raw.cursor()
    try:
        if named:
            cursor.itersize = BATCH
        cursor.execute(sql)
        while batch := cursor.fetchmany(BATCH):
            yield batch
    finally:
        cursor.close()


Pairs = Iterator[tuple[list[Any], list[Any]]]
"""Links of the server's chain and their events, a batch of each at a time, in step."""


def _by_place(conn: Connection) -> Pairs:
    """`verify_sql`'s rows cut into links and events."""
    width = len(LINK_COLUMNS)
    for batch in _batches(conn, verify_sql(conn.dialect.name)):
        yield [row[:width] for row in batch], [row[width:] for row in batch]


def _as_written(conn: Connection) -> Pairs:
    """SQLite: the links and the events each read in the order they were written (a push
    writes an event and its link together, one push at a time): no index to walk. The
    caller checks that each link names its event; a shorter or longer list of events is
    `_OutOfOrder`."""
    events = _batches(conn, _event_scan())
    for links in _batches(conn, CHAIN_SCAN):
        found = next(events, [])
        if len(found) != len(links):
            raise _OutOfOrder
        yield links, found
    if next(events, None) is not None:
        raise _OutOfOrder


class _OutOfOrder(Exception):
    """The links and events were not written in their order: read again, by place."""


def verify(conn: Connection) -> Verdict:
    """Checks every chain in one pass over the server's chain: each link, each event's hash,
    each workstation's order; then that no event sits outside the chain.

    SQLite first reads the links and the events in the order they were written (as pushes
    append them); should they not pair up in their order, it reads them again by place."""
    conn.exec_driver_sql("SELECT 1")  # the transaction the driver's cursor reads in
    if conn.dialect.name != "postgresql":
        try:
            return _verify(conn, _as_written(conn), written=True)
        except _OutOfOrder:
            pass
    return _verify(conn, _by_place(conn), written=False)


def _remembered(turn: Turn) -> Turn:
    """`turn` keeping what it gave for values met before (users and workstations repeat)."""
    seen: dict[Any, str] = {}

    def part(value: Any) -> str:
        found = seen.get(value)
        if found is None:
            found = turn(value)
            if len(seen) < MAX_REMEMBERED:
                seen[value] = found
        return found

    return part


MAX_REMEMBERED = 100_000


def _layout_of(dialect: str) -> Callable[[Any], str]:
    """The canonical encoding of an event as `verify` reads it, as text: one expression
    compiled from HASHED (a list and a join per event cost more than the rest)."""
    names: dict[str, Any] = {"P": chain.PREFIX}
    pieces = []
    for i, (_, turn) in enumerate(_parts(dialect)):
        at = 0 if i == 0 else EVENT_AT[HASHED[i - 1]]
        if turn is str:
            pieces.append(f"{{r[{at}]}}")
            continue
        if turn is _sqlite_uuid and i > 0:  # not the event's own id, which never repeats
            turn = _remembered(turn)
        names[f"t{i}"] = turn
        pieces.append(f"{{t{i}(r[{at}])}}")
    source = "def layout(r):\n    return f'{P}" + ",".join(pieces) + "]'\n"
    exec(compile(source, "<audit layout>", "exec"), names)  # noqa: S102 - our own constants
    layout: Callable[[Any], str] = names["layout"]
    return layout


def _verify(conn: Connection, pairs: Pairs, *, written: bool) -> Verdict:
    """The checks, link by link (`written`: read as written, so out of order is
    `_OutOfOrder`, not a break)."""
    dialect = conn.dialect.name
    sha256 = hashlib.sha256
    layout = _layout_of(dialect)
    at_seq, at_device, at_prev = (
        EVENT_AT["device_seq"],
        EVENT_AT["device_id"],
        EVENT_AT["prev_hash"],
    )
    at_action, at_entity = EVENT_AT["action"], EVENT_AT["entity"]
    gap_action, gap_entity = AuditAction.RESOLVE_CONFLICT.value, chain.GAP_ENTITY
    heads: dict[Any, tuple[int, str]] = {}
    gaps: list[Gap] = []
    previous_link, expected_seq, count = "", 1, 0

    def broken(raw_id: Any, seq: int | None, why: str) -> Verdict:
        found = Break(uuid.UUID(_uuid_text(raw_id)), seq, why)
        return Verdict(count, len(heads), found, tuple(gaps))

    for links, events in pairs:
        for (seq, raw_id, chained_hash, chain_hash), event in zip(links, events, strict=True):
            if seq != expected_seq or (written and event[0] != raw_id):
                if written:
                    raise _OutOfOrder
                why = f"the server's chain jumps from {expected_seq - 1} to {seq}"
                return broken(raw_id, seq, why)
            if sha256(f"{previous_link}:{chained_hash}".encode()).hexdigest() != chain_hash:
                return broken(raw_id, seq, "the server's chain does not hold at this event")
            stored_hash = event[1]
            if stored_hash is None:
                return broken(raw_id, seq, "the event was deleted from audit_event")
            try:
                digest = sha256(layout(event).encode()).hexdigest()
            except (TypeError, ValueError, AttributeError):  # a value changed behind our back
                digest = ""
            if digest != chained_hash or stored_hash != chained_hash:
                return broken(raw_id, seq, "the event was changed after it was accepted")
            device, device_seq, prev_hash = event[at_device], event[at_seq], event[at_prev]
            head_seq, head_hash = heads.get(device, (0, ""))
            if device_seq != head_seq + 1 or prev_hash != head_hash:
                return broken(raw_id, seq, "its workstation's chain does not hold at this event")
            heads[device] = (device_seq, chained_hash)
            if event[at_action] == gap_action and event[at_entity] == gap_entity:
                gaps.append(_gap(raw_id, dialect, event))
            previous_link, expected_seq, count = chain_hash, expected_seq + 1, count + 1
    total = conn.exec_driver_sql(COUNT_SQL).scalar_one()
    if total != count:
        stray = conn.exec_driver_sql(UNCHAINED_SQL).scalar()
        if stray is not None:
            why = "the event is in audit_event but was never accepted by a push"
            return broken(stray, None, why)
    return Verdict(count, len(heads), None, tuple(gaps))


def _gap(raw_id: Any, dialect: str, event: Any) -> Gap:
    """A chain-gap event as `verify` read it."""
    device = event[EVENT_AT["device_id"]]
    return Gap(
        event_id=uuid.UUID(_uuid_text(raw_id)),
        device_id=(str if dialect == "postgresql" else _sqlite_uuid)(device).strip('"'),
        device_seq=int(event[EVENT_AT["device_seq"]]),
        detail=str(event[EVENT_AT["detail"]]),
    )
