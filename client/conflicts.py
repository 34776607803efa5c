"""The conflicts inbox: edits the server did not apply, and how a user settles each one.

A conflict shows three values per field: what I wrote, what the server has, what it was
before both edits. Keep mine re-sends my values on top of the server's current version;
take theirs drops them; edit sends values the user typed. The edit's other fields (those
nobody else changed) are re-sent in every case, because the server applied none of it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from client import audit
from client.errors import NotFoundError, UsageError
from client.outbox import Edit, delete_row, insert_row, parse_values, update_row
from client.schema.local import sync_issue
from client.schema.rows import table_codec


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    EDIT = "edit"


@dataclass(frozen=True)
class FieldConflict:
    name: str
    mine: Any
    theirs: Any
    base: Any


@dataclass(frozen=True)
class Issue:
    entry_id: uuid.UUID
    kind: str
    """`conflict` or `rejected`."""
    table: str
    row_id: uuid.UUID
    op: str
    customer_id: uuid.UUID | None
    changed: dict[str, Any]
    fields: list[FieldConflict]
    server_version: int | None
    reason: str
    edited_at: datetime
    reported_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "entry_id": str(self.entry_id),
            "kind": self.kind,
            "table": self.table,
            "row_id": str(self.row_id),
            "op": self.op,
            "customer_id": str(self.customer_id) if self.customer_id else None,
            "changed": self.changed,
            "fields": [vars(f) for f in self.fields],
            "server_version": self.server_version,
            "reason": self.reason,
            "edited_at": self.edited_at.isoformat(),
            "reported_at": self.reported_at.isoformat(),
        }


def list_issues(session: Session, customer_id: uuid.UUID | None = None) -> list[Issue]:
    query = select(sync_issue).order_by(sync_issue.c.reported_at, sync_issue.c.edited_at)
    if customer_id is not None:
        query = query.where(sync_issue.c.customer_id == customer_id)
    issues = []
    for row in session.execute(query):
        changed = json.loads(row.changed)
        theirs = json.loads(row.theirs)
        base = json.loads(row.base)
        names: list[str] = json.loads(row.fields)
        issues.append(
            Issue(
                entry_id=row.entry_id,
                kind=row.kind,
                table=row.table_name,
                row_id=row.row_id,
                op=row.op,
                customer_id=row.customer_id,
                changed=changed,
                fields=[
                    FieldConflict(n, changed.get(n), theirs.get(n), base.get(n)) for n in names
                ],
                server_version=row.server_version,
                reason=row.reason,
                edited_at=row.edited_at,
                reported_at=row.reported_at,
            )
        )
    return issues


def find_issue(session: Session, entry_id: uuid.UUID) -> Issue:
    for issue in list_issues(session):
        if issue.entry_id == entry_id:
            return issue
    raise NotFoundError(f"no conflict {entry_id} in this cache (resolved already?)")


def resolve(
    session: Session,
    entry_id: uuid.UUID,
    choice: Choice,
    edited: Mapping[str, Any] | None = None,
) -> Edit | None:
    """Settles one issue in the caller's transaction; returns the new outbox entry, if any."""
    issue = find_issue(session, entry_id)
    codec = table_codec(issue.table)
    conflicting = {f.name for f in issue.fields}
    if choice is Choice.EDIT and not edited:
        raise UsageError("give the values to keep (FIELD=VALUE) when editing a conflict")
    if edited and not set(edited) <= conflicting:
        extra = ", ".join(sorted(set(edited) - conflicting))
        raise UsageError(f"only conflicting fields can be edited here, not {extra}")
    session.execute(delete(sync_issue).where(sync_issue.c.entry_id == entry_id))
    audit.resolved(session, issue.table, issue.row_id, issue.customer_id, choice.value)
    if issue.kind == "rejected" and choice is not Choice.MINE:
        return None
    wire: dict[str, Any] = {k: v for k, v in issue.changed.items() if k not in conflicting}
    if choice is Choice.MINE:
        wire = dict(issue.changed)
    elif choice is Choice.EDIT and edited:
        wire.update(edited)
    base = issue.server_version
    if issue.op == "delete":
        if choice is not Choice.MINE:
            return None
        return delete_row(session, issue.table, issue.row_id, base_version=base)
    if not wire:
        return None
    values = parse_values(codec, wire)
    if issue.op == "insert" and issue.kind == "rejected":
        return insert_row(session, issue.table, values, row_id=issue.row_id)
    return update_row(session, issue.table, issue.row_id, values, base_version=base, force=True)
