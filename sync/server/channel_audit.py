"""The audit events of a channel's service account, written by the server itself.

A service account has no workstation to chain its events, so the server chains them: each
account is the device of a chain of its own (`device_id` its id, `user_id` none, `detail`
naming the account and its channel), hashed as `client.audit.canonical` says and appended
to the server's chain (`sync.server.audit`), in the transaction of the request it records.
`guitai-server audit verify` checks them like any workstation's; they replicate to whoever
reads audit events, as pushed ones do (the caller records the returned change in the feed).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from client.audit import hash_of
from client.schema.enums import AuditAction
from client.schema.models import AuditEvent
from client.text_rules import clean_text, column_limit
from sync.server import audit
from sync.server.feed import PendingChange
from sync.server.service_accounts import ServiceAccount


def record(
    session: Session,
    account: ServiceAccount,
    action: AuditAction,
    now: datetime,
    *,
    entity: str,
    entity_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    detail: str = "",
) -> PendingChange:
    """One event of `account`'s chain, after its last one (the caller holds the account's
    row lock: `service_accounts.hold`); answers its change for the feed."""
    head = audit.last_link(session, account.id)
    said = f"service {account.name} ({account.channel.value})" + (f": {detail}" if detail else "")
    limit = column_limit(AuditEvent.__table__.c.detail) or len(said)
    fields = {
        "device_seq": int(head["device_seq"]) + 1,
        "occurred_at": now,
        "user_id": None,
        "device_id": account.id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "customer_id": customer_id,
        "detail": clean_text("detail", said[:limit]),
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
    return PendingChange(event, audit.AUDIT_TABLE, "insert")
