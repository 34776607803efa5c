"""`POST /v1/audit/search`: the server's audit trail, searched online from the window.

What it answers is `client.audit_query.events` over the server's events (the same query as
`guitai-server audit list`), with every workstation's events as they were accepted. Who may
ask is the permission table's `search` action on `audit_event` (`history_reach`):

- a reach of ALL (auditor, head office) searches the whole trail by customer, user, action
  and time;
- a reach of OWN (branch manager) asks for one customer's History, of a customer of the
  user's own branch only (403 `outside_scope` for another branch's, 403 `forbidden` for a
  search without a customer);
- no reach (teller, RM, call centre): 403 `forbidden`.

The old and new values of masked fields (ID, account and phone numbers) are sent masked,
as the 360 shows them. The search itself is audited on the workstation that asks (its
chain is the only way an event enters the trail: `client.audit_query.searched`).

`router(actor)` is included by `sync.server.app` with the `/v1` prefix and its
dependencies; `actor` is the app's dependency for the authenticated user. (No
`from __future__ import annotations` here: FastAPI reads the route's annotations, which
name that dependency, when the router is built.)
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.audit_query import EventLine, Filters, events, history_reach
from client.reasons import Reason
from client.schema.enums import AuditAction
from client.schema.models import Customer
from client.schema.permissions import Reach
from client.text_rules import bad_character
from sync.protocol import AuditEventLine, AuditSearchRequest, AuditSearchResponse, ErrorBody
from sync.server.auth import Actor
from sync.server.errors import ApiError

PATH = "/audit/search"


def wire(line: EventLine) -> AuditEventLine:
    """An event line as the answer carries it."""
    return AuditEventLine(
        event_id=line.event_id,
        occurred_at=line.occurred_at,
        action=line.action,
        user=line.username,
        user_id=line.user_id,
        workstation=line.workstation,
        device_id=line.device_id,
        customer_number=line.customer_number,
        entity=line.entity,
        entity_id=line.entity_id,
        detail=line.detail,
        change=line.change,
    )


def _text(name: str, value: str | None) -> str | None:
    """A filter's text, refused (422 `bad_character`) when no stored text could match it."""
    if value is None:
        return None
    found = bad_character(value)
    if found is not None:
        raise ApiError(422, f"{name}: holds {found[1]}, which is not allowed", Reason.BAD_CHARACTER)
    return value.strip() or None


def filters_of(request: AuditSearchRequest) -> Filters:
    """The request's filters as the query takes them (422 for an unknown action)."""
    action = None
    if request.action is not None:
        try:
            action = AuditAction(request.action)
        except ValueError:
            known = ", ".join(a.value for a in AuditAction)
            raise ApiError(
                422, f"action: {request.action!r} is none of {known}", Reason.INVALID_REQUEST
            ) from None
    since = request.since
    if since is not None:
        try:
            since = since.astimezone(UTC) if since.tzinfo else since.replace(tzinfo=UTC)
        except (OverflowError, ValueError):
            raise ApiError(422, "since: a time out of range", Reason.INVALID_REQUEST) from None
    return Filters(
        customer_number=_text("customer_number", request.customer_number),
        username=_text("username", request.username),
        action=action,
        since=since,
        limit=request.limit,
    )


def _scoped(session: Session, actor: Actor, filters: Filters) -> Filters:
    """The filters narrowed to what the actor's reach lets them see (403 beyond it)."""
    reach = history_reach(actor.role)
    if reach is Reach.ALL:
        return filters
    if reach is Reach.NONE:
        raise ApiError(403, f"a {actor.role.value} may not read the audit trail", Reason.FORBIDDEN)
    if filters.customer_number is None:
        raise ApiError(
            403,
            f"a {actor.role.value} reads the History of one customer of their branch: "
            "searching the whole audit trail needs every branch's reach",
            Reason.FORBIDDEN,
        )
    home = session.execute(
        select(Customer.home_branch_id).where(
            Customer.customer_number == filters.customer_number.upper(),
            Customer.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if home is not None and home != actor.branch_id:
        raise ApiError(
            403, "outside your scope: this customer belongs to another branch", Reason.OUTSIDE_SCOPE
        )
    return replace(filters, branch_id=actor.branch_id)


def search(session: Session, actor: Actor, request: AuditSearchRequest) -> AuditSearchResponse:
    """The newest events that match, oldest first, masked; refused beyond the actor's reach."""
    filters = _scoped(session, actor, filters_of(request))
    lines = events(session, replace(filters, limit=filters.limit + 1))
    truncated = len(lines) > filters.limit
    kept = lines[1:] if truncated else lines
    return AuditSearchResponse(events=[wire(line.masked()) for line in kept], truncated=truncated)


def router(actor: Callable[..., Any]) -> APIRouter:
    """The route, authenticated by the app's `actor` dependency."""
    routes = APIRouter()

    @routes.post(
        PATH,
        response_model=AuditSearchResponse,
        responses={403: {"model": ErrorBody}},
    )
    def audit_search(
        body: AuditSearchRequest,
        request: Request,
        who: Annotated[Actor, Depends(actor)],
    ) -> AuditSearchResponse:
        """The audit trail filtered by customer, user, action and time (403 `forbidden` for a
        role without the `search` right, `outside_scope` for another branch's customer)."""
        db = request.app.state.guitai.db
        with db.reader() as session, session.begin():
            return search(session, who, body)

    return routes
