"""The administration chain: an audit event for every `guitai-server` command that changes
data, written in the command's own transaction.

The events sit in one chain the server writes (`ADMIN_CHAIN_ID`, a `device_id` no
workstation has), hash-chained and appended to the server's chain like a workstation's
(`sync.server.audit.server_event`), so `guitai-server audit verify` checks them with the
rest, and recorded in the feed, so they replicate to whoever reads the audit trail. The
event's user is the one the command names (`user disable NAME`), if any; its `detail` says
what was done and which account of the server's machine did it ("user disable te01010 by
root"); its `change` holds a field's old and new values where there are any, as the
workstations write theirs (`client.audit.changed`: fields, old, new). A bulk import is one
event per run (file, table, rows created and updated), not one per row.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from client.schema.base import utcnow
from client.schema.enums import AuditAction
from client.schema.models import AuditEvent
from client.text_rules import column_limit
from sync.server.audit import AUDIT_TABLE, server_event
from sync.server.feed import PendingChange, record
from sync.server.imports.common import Summary

ADMIN_CHAIN = uuid.UUID("5b0e7f1c-3d2a-4e6b-8c9f-1a2b3c4d5e6f")
"""Namespace of the administration chain's id."""
ADMIN_CHAIN_ID = uuid.uuid5(ADMIN_CHAIN, "guitai-server")
"""The `device_id` of the events of `guitai-server` commands."""
UNKNOWN_OS_USER = "(unknown account)"
DETAIL_LIMIT = column_limit(AuditEvent.__table__.c.detail) or 300


def os_user() -> str:
    """The account of the server's machine running the command."""
    try:
        return getpass.getuser()
    except Exception:  # no login name and no password entry (a bare container)
        return UNKNOWN_OS_USER


def change_of(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """A change record: the fields, their old values (none for a new row) and new ones."""
    return {"fields": sorted({*old, *new}), "old": dict(old), "new": dict(new)}


def admin_event(
    session: Session,
    action: AuditAction,
    *,
    entity: str,
    what: str,
    now: datetime,
    entity_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    change: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Writes the event of one command (`what`: the command and its object, e.g. "user
    disable te01010"; " by OS-USER" is added) and records it in the feed."""
    by = f" by {os_user()}"
    event = server_event(
        session,
        chain_id=ADMIN_CHAIN_ID,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        customer_id=customer_id,
        detail=what[: DETAIL_LIMIT - len(by)] + by,
        change=change or "",
        now=now,
    )
    record(session, [PendingChange(event, AUDIT_TABLE, "insert")], None, now)
    return event


def imported(kind: str, path: Path) -> Callable[[Session, Summary], None]:
    """What writes the one event of an import run of `path` (`kind`: what the file holds),
    in the import's transaction (`sync.server.imports.common.Audited`); none for a run that
    changed nothing (every line unchanged), which leaves the feed as it was."""

    def audited(session: Session, summary: Summary) -> None:
        if not (summary.created or summary.updated):
            return
        counts = {
            "created": summary.created,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "skipped": len(summary.skipped),
        }
        admin_event(
            session,
            AuditAction.CREATE if summary.created else AuditAction.UPDATE,
            entity=kind,
            what=f"import {kind} {path.name}: {summary.created} created, "
            f"{summary.updated} updated, {summary.unchanged} unchanged, "
            f"{len(summary.skipped)} bad line(s) skipped",
            change={"file": str(path), "table": kind, **counts},
            now=utcnow(),
        )

    return audited
