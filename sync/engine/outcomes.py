"""What the server's answer to a pushed entry does to the cache, in one local transaction.

Applied, merged and duplicate entries leave the outbox (the pull brings the row as the
server now has it). A conflict or a rejection leaves the outbox for `sync_issue`, keeping
the whole edit and both sides, and the row's fields go back to the server's values so the
replica shows what the server holds until the user resolves the issue. A refused booking's
issue names the RM's nearest free slots (in its reason, and under `nearest_free_slots` in
`theirs`).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from client.outbox import STAMP
from client.schema.local import outbox, sync_issue
from sync.protocol import EntryResult, EntryStatus
from sync.replica.storage import BadRowError, stored_value

DONE = frozenset({EntryStatus.APPLIED, EntryStatus.MERGED, EntryStatus.DUPLICATE})


def settle(conn: Connection, result: EntryResult, now: datetime) -> str | None:
    """Records the server's answer to one entry; returns the issue kind, if any."""
    row = conn.execute(select(outbox).where(outbox.c.entry_id == result.entry_id)).first()
    if row is None:
        return None  # answered before (a retried push): nothing left to do
    conn.execute(delete(outbox).where(outbox.c.seq == row.seq))
    if result.status in DONE:
        _drop_outrun_overlay(conn, row, result)
        return None
    changed: dict[str, Any] = json.loads(row.changed)
    shadow: dict[str, Any] = json.loads(row.shadow)
    kind = "conflict" if result.status is EntryStatus.CONFLICT else "rejected"
    theirs = result.server_row or {}
    server_version = result.server_version
    local = _local_version(conn, row)
    if row.op == "update" and local is not None and (server_version or 0) < local:
        # A retry answered from the server's record of the first try, after a pull brought a
        # later version: that version's values of these fields are in the shadow.
        theirs, server_version = {**theirs, **shadow}, local
    reason = result.reason
    if result.nearest_free_slots:
        slots = [s.model_dump(mode="json") for s in result.nearest_free_slots]
        theirs = {**theirs, "nearest_free_slots": slots}
        reason += "; nearest free slots: " + ", ".join(
            f"{s.starts_at:%Y-%m-%d %H:%M}" for s in result.nearest_free_slots
        )
        reason += " UTC"
    conn.execute(
        insert(sync_issue).values(
            entry_id=row.entry_id,
            kind=kind,
            table_name=row.table_name,
            row_id=row.row_id,
            op=row.op,
            customer_id=row.customer_id,
            changed=row.changed,
            fields=json.dumps(result.conflicting_fields),
            theirs=json.dumps(theirs, ensure_ascii=False),
            base=json.dumps(result.base_row or {}, ensure_ascii=False),
            server_version=server_version,
            reason=reason,
            edited_at=row.created_at,
            reported_at=now,
        )
    )
    _restore(conn, row.table_name, row.row_id, row.op, changed, {**shadow, **theirs})
    return kind


def _drop_outrun_overlay(conn: Connection, row: Any, result: EntryResult) -> None:
    """An update the server applied at version N, answered only now (a retry after a lost
    answer): if a pull meanwhile stored a later version with this edit laid over it, the
    fields go back to that version's values (the shadow), which the pull will not bring again.
    """
    if row.op != "update" or result.new_version is None:
        return
    local = _local_version(conn, row)
    if local is None or local <= result.new_version:
        return
    _restore(
        conn, row.table_name, row.row_id, row.op, json.loads(row.changed), json.loads(row.shadow)
    )


def _local_version(conn: Connection, row: Any) -> int | None:
    """The version of the outbox entry's row as this cache holds it (None: not held)."""
    version = conn.execute(
        text(f'SELECT version FROM "{row.table_name}" WHERE id = :id'),  # noqa: S608 - registry table
        {"id": row.row_id.bytes},
    ).scalar()
    return None if version is None else int(version)


def _later_fields(conn: Connection, table: str, row_id: uuid.UUID) -> set[str] | None:
    """Fields still pending for the row (None: a pending insert or delete owns the row)."""
    fields: set[str] = set()
    for op, changed in conn.execute(
        select(outbox.c.op, outbox.c.changed).where(
            outbox.c.table_name == table, outbox.c.row_id == row_id
        )
    ):
        if op != "update":
            return None
        fields.update(json.loads(changed))
    return fields


def _restore(
    conn: Connection,
    table: str,
    row_id: uuid.UUID,
    op: str,
    changed: dict[str, Any],
    server: dict[str, Any],
) -> None:
    """Puts back the server's values of the fields a refused edit had changed."""
    later = _later_fields(conn, table, row_id)
    if later is None:
        return
    raw_id = row_id.bytes
    if op == "insert":
        if not later:
            conn.execute(
                text(f'DELETE FROM "{table}" WHERE id = :id AND version = 0'),  # noqa: S608 - registry table
                {"id": raw_id},
            )
        return
    names = ["deleted"] if op == "delete" else [n for n in changed if n not in later]
    if not later:  # no edit of the row is left: its change time is the server's again
        names.append(STAMP)
    values: dict[str, Any] = {}
    for name in names:
        if name in server:
            try:
                values[name] = stored_value(table, name, server[name])
            except BadRowError:
                continue
    if not values:
        return
    assignments = ", ".join(f'"{name}" = :v{i}' for i, name in enumerate(values))
    params = {f"v{i}": value for i, value in enumerate(values.values())}
    conn.execute(
        text(f'UPDATE "{table}" SET {assignments} WHERE id = :id'),  # noqa: S608 - registry names, bound values
        {**params, "id": raw_id},
    )
