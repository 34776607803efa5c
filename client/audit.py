"""The audit trail on the workstation: who viewed, unmasked, printed, exported or changed what.

`record` writes one `AuditEvent` and its outbox entry in the caller's local transaction, so
the event commits or vanishes with what it records. Events are chained per workstation:
each carries its number on this device (`device_seq`, from 1), the hash of the one before
(`prev_hash`) and its own hash (`event_hash`: SHA-256 of `canonical`), which the server
recomputes on arrival (`sync.server.audit`). The author is the cache's signed-in user and
its device id (`cache_meta`, written by `sync.engine.signin`); a cache nobody ever signed in
to (a demo, a test) has no device and records nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from client.schema import permissions
from client.schema.base import utcnow
from client.schema.enums import AuditAction, Role
from client.schema.local import cache_meta
from client.schema.models import AuditEvent

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


def _meta(session: Session) -> dict[str, str]:
    """The cache_meta values the audit needs, in one query."""
    keys = (DEVICE_KEY, USER_KEY, HEAD_KEY)
    query = select(cache_meta.c.key, cache_meta.c.value).where(cache_meta.c.key.in_(keys))
    return {str(k): str(v) for k, v in session.execute(query)}


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


def author(session: Session) -> Author | None:
    """The cache's device and signed-in user; None when it never had a device id."""
    return _author(_meta(session))


def _head(found: Mapping[str, str], device_id: uuid.UUID) -> tuple[int, str]:
    """This device's last event: its number and hash ((0, "") before the first)."""
    text = found.get(HEAD_KEY)
    if text is None:
        return 0, ""
    head = json.loads(text)
    if head.get("device") != str(device_id):
        return 0, ""
    return int(head["seq"]), str(head["hash"])


def chain_head(session: Session, device_id: uuid.UUID) -> tuple[int, str]:
    """The number and hash of this device's last event ((0, "") before the first)."""
    return _head(_meta(session), device_id)


def _put_head(session: Session, device_id: uuid.UUID, seq: int, digest: str) -> None:
    value = json.dumps({"device": str(device_id), "seq": seq, "hash": digest})
    statement = sqlite_insert(cache_meta).values(key=HEAD_KEY, value=value)
    session.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


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
"""The fields `canonical` takes besides the event's id, in its order."""


def canonical(
    *,
    event_id: uuid.UUID,
    device_seq: int,
    occurred_at: datetime,
    user_id: uuid.UUID | None,
    device_id: uuid.UUID | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None,
    customer_id: uuid.UUID | None,
    detail: str,
    change: str,
    prev_hash: str,
) -> bytes:
    """The bytes an event's hash is taken of: its fields in a fixed order, as compact JSON.

    Both ends compute it from Python values (timestamps in UTC to the microsecond), so the
    wire and database encodings never matter. Version, tombstone and `updated_at` are the
    server's and not hashed.
    """
    return encode(
        [
            CHAIN_FORMAT,
            str(event_id),
            int(device_seq),
            time_text(occurred_at),
            _text(user_id),
            _text(device_id),
            str(action),
            entity,
            _text(entity_id),
            _text(customer_id),
            detail,
            change,
            prev_hash,
        ]
    )


def time_text(moment: datetime) -> str:
    """A timestamp as the canonical encoding holds it: UTC, to the microsecond."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def encode(parts: list[Any]) -> bytes:
    """The canonical encoding of an event's fields already in text (see `canonical`)."""
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode()


def hash_of(**fields: Any) -> str:
    """The SHA-256 (hex) of `canonical(**fields)`."""
    return hashlib.sha256(canonical(**fields)).hexdigest()


def record(
    session: Session,
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
    """
    from client.outbox import insert_row

    found = _meta(session)
    who = _author(found)
    if who is None:
        return None
    seq, prev = _head(found, who.device_id)
    event_id = uuid.uuid4()
    values: dict[str, Any] = {
        "occurred_at": now or utcnow(),
        "user_id": None if anonymous else who.user_id,
        "device_id": who.device_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "customer_id": customer_id,
        "detail": detail[:MAX_REASON],
        "change": change,
        "device_seq": seq + 1,
        "prev_hash": prev,
    }
    values["event_hash"] = hash_of(event_id=event_id, **values)
    insert_row(session, AUDIT_TABLE, values, row_id=event_id, now=values["occurred_at"])
    _put_head(session, who.device_id, seq + 1, values["event_hash"])
    return event_id


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
