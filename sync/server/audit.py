"""The audit trail on the server: each workstation's chain checked on arrival, the server's own
chain over what it accepted, and the checks `guitai-server audit verify` runs.

On push (`accept`), an audit event is taken only when it is the next of its workstation's
chain as the server holds it: its `device_seq` follows the last accepted one, its
`prev_hash` is that one's hash, its `event_hash` recomputes from its fields
(`client.audit.canonical`), its author is the token's user and device, and its time is
neither in the future nor older than any workstation may stay offline. Anything else is
refused alone, with a reason code (`audit_chain`, `forged_author`, `backdated`), and the
push goes on. Each accepted event is appended to `server_audit_chain`, whose every link
hashes the one before, so an event later changed or deleted in the database is found.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from client.audit import AUDIT_TABLE, CHAIN_FORMAT, HASHED, encode, hash_of
from client.reasons import Reason
from client.schema.enums import AuditAction
from client.schema.models import AuditEvent
from sync.server.auth import Actor
from sync.server.tables import audit_chain

__all__ = ["AUDIT_TABLE", "Break", "Refusal", "Verdict", "accept", "verify"]

MAX_SKEW = timedelta(minutes=15)
"""How far a workstation's clock may run ahead of the server's, or step back between two
events (a clock put right): beyond, the event is refused, and the workstation's chain stops
there (a refused event is not re-chained), so the bound is generous."""
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


def _append(session: Session, event: AuditEvent, now: datetime) -> None:
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
    _append(session, event, now)
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
class Verdict:
    events: int
    devices: int
    broken: Break | None


VERIFY_SQL = """
SELECT c.seq, c.event_id, c.event_hash, c.chain_hash,
       e.id, e.device_seq, e.occurred_at, e.user_id, e.device_id, e.action, e.entity,
       e.entity_id, e.customer_id, e.detail, e.change, e.prev_hash, e.event_hash
FROM server_audit_chain c LEFT OUTER JOIN audit_event e ON e.id = c.event_id
ORDER BY c.seq
"""
UNCHAINED_SQL = """
SELECT e.id FROM audit_event e LEFT OUTER JOIN server_audit_chain c ON c.event_id = e.id
WHERE c.event_id IS NULL ORDER BY e.occurred_at LIMIT 1
"""


def _uuid_text(value: Any) -> str | None:
    """A GUID as the driver returns it (SQLite: 16 bytes; PostgreSQL: a UUID) as text."""
    if value is None:
        return None
    if isinstance(value, bytes | memoryview):
        h = bytes(value).hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(value)


def _time_text(value: Any) -> str:
    """A timestamp as the driver returns it (SQLite: naive UTC text) in canonical form."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    raw = str(value)
    if len(raw) == 19:
        raw += ".000000"
    return f"{raw[:10]}T{raw[11:]}+00:00"


def _rows(conn: Connection) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, max_row_buffer=5000).exec_driver_sql(
        VERIFY_SQL
    )
    while chunk := result.fetchmany(5000):
        yield from chunk


def verify(conn: Connection) -> Verdict:
    """Checks every chain in one pass over the server's chain: each link, each event's hash,
    each workstation's order; then that no event sits outside the chain."""
    sha256 = hashlib.sha256
    heads: dict[Any, tuple[int, str]] = {}
    previous_link, expected_seq, count = "", 1, 0

    def broken(raw_id: Any, seq: int | None, why: str) -> Verdict:
        found = Break(uuid.UUID(_uuid_text(raw_id)), seq, why)
        return Verdict(count, len(heads), found)

    for row in _rows(conn):
        (
            seq,
            raw_id,
            chained_hash,
            chain_hash,
            found_id,
            device_seq,
            occurred,
            user,
            device,
            action,
            entity,
            entity_id,
            customer,
            detail,
            change,
            prev_hash,
            event_hash,
        ) = row
        if seq != expected_seq:
            return broken(raw_id, seq, f"the server's chain jumps from {expected_seq - 1} to {seq}")
        if sha256(f"{previous_link}:{chained_hash}".encode()).hexdigest() != chain_hash:
            return broken(raw_id, seq, "the server's chain does not hold at this event")
        if found_id is None:
            return broken(raw_id, seq, "the event was deleted from audit_event")
        event_id = _uuid_text(raw_id)
        digest = sha256(
            encode(
                [
                    CHAIN_FORMAT,
                    event_id,
                    int(device_seq),
                    _time_text(occurred),
                    _uuid_text(user),
                    _uuid_text(device),
                    action,
                    entity,
                    _uuid_text(entity_id),
                    _uuid_text(customer),
                    detail,
                    change,
                    prev_hash,
                ]
            )
        ).hexdigest()
        if digest != event_hash or event_hash != chained_hash:
            return broken(raw_id, seq, "the event was changed after it was accepted")
        head_seq, head_hash = heads.get(device, (0, ""))
        if device_seq != head_seq + 1 or prev_hash != head_hash:
            return broken(raw_id, seq, "its workstation's chain does not hold at this event")
        heads[device] = (int(device_seq), event_hash)
        previous_link, expected_seq, count = chain_hash, expected_seq + 1, count + 1
    stray = conn.exec_driver_sql(UNCHAINED_SQL).scalar()
    if stray is not None:
        return broken(stray, None, "the event is in audit_event but was never accepted by a push")
    return Verdict(count, len(heads), None)
