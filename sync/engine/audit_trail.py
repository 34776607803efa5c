"""The workstation's side of the audit search (`POST /v1/audit/search`, online only).

`search_trail(engine, filters)` asks the server for the events that match (every
workstation's, as the server accepted them) and answers them as `client.audit_query`
lines, like those read from a cache, so the window shows both alike. A refusal comes back
as `RefusedError` with the server's code in `server_code` (`forbidden`, `outside_scope`).
"""

from __future__ import annotations

from client.audit_query import EventLine, Filters, Found
from sync.engine.engine import SyncEngine
from sync.protocol import (
    MAX_AUDIT_EVENTS,
    AuditEventLine,
    AuditSearchRequest,
    AuditSearchResponse,
)

PATH = "/v1/audit/search"


def line_of(event: AuditEventLine) -> EventLine:
    """An event of the answer as the window reads it."""
    return EventLine(
        event_id=event.event_id,
        occurred_at=event.occurred_at,
        action=event.action,
        username=event.user,
        user_id=event.user_id,
        workstation=event.workstation,
        device_id=event.device_id,
        customer_number=event.customer_number,
        entity=event.entity,
        entity_id=event.entity_id,
        detail=event.detail,
        change=dict(event.change),
    )


def request_of(filters: Filters) -> AuditSearchRequest:
    return AuditSearchRequest(
        customer_number=filters.customer_number or None,
        username=filters.username or None,
        action=filters.action.value if filters.action is not None else None,
        since=filters.since,
        limit=max(1, min(filters.limit, MAX_AUDIT_EVENTS)),
    )


def search_trail(engine: SyncEngine, filters: Filters) -> Found:
    """The server's events that pass `filters` (oldest first, the newest `limit`)."""
    # the transport's typed call (a `Transport.audit_search` would be the one place for it)
    answer = engine.transport.call("POST", PATH, AuditSearchResponse, request_of(filters))
    engine.online = True
    return Found(tuple(line_of(e) for e in answer.events), answer.truncated, online=True)
