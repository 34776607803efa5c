"""Local edits: the change to the cache and its outbox entry, in ONE local transaction.

Call these inside `LocalCache.session()`; the edit and its entry commit or vanish together,
so an edit saved on screen is never lost and never uploaded without being saved. The row
keeps the server version it was edited on (`version`); the entry records it as its base.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from client import audit
from client.errors import NotFoundError, UsageError
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.local import outbox, sync_issue
from client.schema.registry import indexed_tables, spec
from client.schema.rows import SERVER_MANAGED, RowError, TableCodec, table_codec
from client.search.index import reindex_customers
from client.text_rules import clean_row

STAMP = "updated_at"
"""The row's change time: kept in the shadow beside the edited fields (see `_server_stamp`)."""

INDEXED_TABLES = indexed_tables()
"""Tables whose rows feed the customer search index."""


@dataclass(frozen=True)
class Edit:
    """A saved local edit waiting in the outbox."""

    entry_id: uuid.UUID
    table: str
    row_id: uuid.UUID


def customer_of(table: str, obj: Any) -> uuid.UUID | None:
    """The customer a row is about, for listing pending edits and issues per customer."""
    for name in spec(table).customer_columns:
        value = getattr(obj, name, None)
        if value is not None:
            return uuid.UUID(str(value))
    return None


def parse_values(codec: TableCodec, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Checks user-given values (wire encoding) for `codec`'s table; raises UsageError."""
    try:
        return codec.decode_changes(raw)
    except RowError as exc:
        raise UsageError(str(exc), code=Reason.BAD_ROW, field=exc.field) from None


def _encode(codec: TableCodec, values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: codec.encode_value(name, value) for name, value in values.items()}


def _earlier_shadow(session: Session, table: str, row_id: uuid.UUID) -> dict[str, Any]:
    """Server values already shadowed by earlier pending edits of the same row."""
    shadows: dict[str, Any] = {}
    rows = session.execute(
        select(outbox.c.shadow)
        .where(outbox.c.table_name == table, outbox.c.row_id == row_id)
        .order_by(outbox.c.seq)
    ).scalars()
    for text in rows:
        for name, value in json.loads(text).items():
            shadows.setdefault(name, value)
    return shadows


def _queue(
    session: Session,
    table: str,
    obj: Any,
    op: str,
    base: int | None,
    changed: dict[str, Any],
    shadow: dict[str, Any],
    now: datetime,
) -> Edit:
    entry_id = uuid.uuid4()
    session.flush()
    session.execute(
        insert(outbox).values(
            entry_id=entry_id,
            table_name=table,
            row_id=obj.id,
            op=op,
            base_version=base,
            changed=json.dumps(changed, ensure_ascii=False),
            shadow=json.dumps(shadow, ensure_ascii=False),
            customer_id=customer_of(table, obj),
            created_at=now,
        )
    )
    customer = customer_of(table, obj)
    if table in INDEXED_TABLES and customer is not None:
        reindex_customers(session, [customer])
    old = {name: value for name, value in shadow.items() if name != STAMP}
    audit.changed(session, table, obj.id, op, customer, changed, old, now)
    return Edit(entry_id, table, obj.id)


def insert_row(
    session: Session,
    table: str,
    values: Mapping[str, Any],
    *,
    row_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Edit:
    """Creates a row (Python values) and queues its upload."""
    codec = table_codec(table)
    _refuse_server_fields(table, values)
    values = clean_row(codec.model.__table__, values)
    missing = codec.missing_on_insert(values)
    if missing:
        raise UsageError(
            f"{table}: missing required fields: {', '.join(missing)}", code=Reason.MISSING_FIELDS
        )
    now = now or utcnow()
    obj = codec.model(id=row_id or uuid.uuid4(), version=0, deleted=False, updated_at=now)
    for name, value in values.items():
        setattr(obj, name, value)
    session.add(obj)
    return _queue(session, table, obj, "insert", None, _encode(codec, values), {}, now)


def update_row(
    session: Session,
    table: str,
    row_id: uuid.UUID,
    values: Mapping[str, Any],
    *,
    now: datetime | None = None,
    base_version: int | None = None,
    force: bool = False,
) -> Edit | None:
    """Changes fields of a row (Python values) and queues the upload; None if nothing changed.

    `base_version` (a resolved conflict: the server's version) replaces the row's own when
    newer; `force` sends every given field, changed or not.
    """
    codec = table_codec(table)
    _refuse_server_fields(table, values)
    if spec(table).append_only:
        raise UsageError(
            f"{table} is append-only: its records are never changed", code=Reason.APPEND_ONLY
        )
    obj: Any = session.get(codec.model, row_id)
    if obj is None or obj.deleted:
        raise NotFoundError(f"no {table} {row_id} in this cache")
    values = clean_row(codec.model.__table__, values)
    changed = {n: v for n, v in values.items() if force or getattr(obj, n) != v}
    if not changed:
        return None
    earlier = _earlier_shadow(session, table, row_id)
    shadow = {
        name: earlier[name] if name in earlier else codec.encode_value(name, getattr(obj, name))
        for name in changed
    }
    shadow[STAMP] = _server_stamp(codec, obj, earlier)
    for name, value in changed.items():
        setattr(obj, name, value)
    now = now or utcnow()
    obj.updated_at = now
    base = max(obj.version, base_version or 0)
    return _queue(session, table, obj, "update", base, _encode(codec, changed), shadow, now)


def delete_row(
    session: Session,
    table: str,
    row_id: uuid.UUID,
    *,
    now: datetime | None = None,
    base_version: int | None = None,
) -> Edit:
    """Tombstones a row and queues the upload."""
    codec = table_codec(table)
    if spec(table).append_only:
        raise UsageError(
            f"{table} is append-only: its records are never deleted", code=Reason.APPEND_ONLY
        )
    obj: Any = session.get(codec.model, row_id)
    if obj is None or obj.deleted:
        raise NotFoundError(f"no {table} {row_id} in this cache")
    shadow = {
        "deleted": False,
        STAMP: _server_stamp(codec, obj, _earlier_shadow(session, table, row_id)),
    }
    obj.deleted = True
    now = now or utcnow()
    obj.updated_at = now
    base = max(obj.version, base_version or 0)
    return _queue(session, table, obj, "delete", base, {}, shadow, now)


def _server_stamp(codec: TableCodec, obj: Any, earlier: Mapping[str, Any]) -> Any:
    """The row's `updated_at` as the server last sent it, for the shadow: a refused edit puts
    it back with the fields, so the row is the server's again to the letter."""
    if STAMP in earlier:
        return earlier[STAMP]
    return codec.encode_value(STAMP, obj.updated_at)


def _refuse_server_fields(table: str, values: Mapping[str, Any]) -> None:
    managed = sorted(SERVER_MANAGED & set(values))
    if managed:
        raise UsageError(
            f"{table}: {', '.join(managed)} are set by the server, not by an edit",
            code=Reason.SERVER_FIELD,
        )


def pending_count(session: Session) -> int:
    """Edits waiting to upload (audit events, queued beside them, are not edits)."""
    query = select(func.count()).select_from(outbox).where(outbox.c.table_name != audit.AUDIT_TABLE)
    return int(session.execute(query).scalar_one())


def oldest_pending(session: Session) -> datetime | None:
    query = select(func.min(outbox.c.created_at)).where(outbox.c.table_name != audit.AUDIT_TABLE)
    value: datetime | None = session.execute(query).scalar_one()
    return value


def issue_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(sync_issue)).scalar_one())
