"""`POST /v1/callers`: the bank's customers with a phone number ending in the digits a caller
gives (the call centre, online; offline the workstation looks in its cache alone,
`client.callers.local_callers`).

Who may ask and how far: `client.schema.permissions.caller_lookup_reach` (a grant of
`search` on `contact_point`: the call centre, every branch; 403 `forbidden` for the
others). Fewer than `client.callers.TAIL_DIGITS` digits: 422 `no_digits`. The answer names
each customer (number, name, branch, RM) with the phone masked; nothing of it replicates.
Like the other online lookups (the duplicate check, the audit search) it is logged: who,
how many digits, how many found, no number.

Cost: a scan of the phone contact points with their separators taken out (no index helps a
suffix; at a million customers on PostgreSQL some 100 ms, a candidate for a reversed-digits
index with the next server migration).

`router(actor)` is included by `sync.server.app` like `sync.server.duplicates`'s (without
`from __future__ import annotations`: FastAPI reads the route's annotations).
"""

import logging
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from client.callers import MAX_CALLERS, find_callers, tail_of
from client.errors import UsageError
from client.reasons import Reason
from client.schema.permissions import Reach, caller_lookup_reach
from sync.protocol import CallerHit, CallerLookupRequest, CallerLookupResponse, ErrorBody
from sync.server.auth import Actor
from sync.server.errors import ApiError

log = logging.getLogger(__name__)

PATH = "/callers"


def lookup(session: Session, actor: Actor, body: CallerLookupRequest) -> CallerLookupResponse:
    """The customers the actor may look up whose phone ends with `body.phone`'s digits."""
    rule = caller_lookup_reach(actor.role)
    if rule is Reach.NONE:
        raise ApiError(403, f"a {actor.role.value} does not look callers up", Reason.FORBIDDEN)
    try:
        tail = tail_of(body.phone)
    except UsageError as exc:
        raise ApiError(422, str(exc), Reason.NO_DIGITS) from None
    found = find_callers(session, tail, branch_id=actor.branch_id if rule is Reach.OWN else None)
    log.info(
        "caller lookup by %s (%s): %d digit(s), %d found",
        actor.username,
        actor.role.value,
        len(tail),
        len(found.callers),
    )
    return CallerLookupResponse(
        hits=[
            CallerHit(
                customer_id=c.customer_id,
                customer_number=c.customer_number,
                legal_name=c.name,
                name_latin=c.name_latin,
                branch_code=c.branch_code,
                rm_name=c.rm_name,
                phone_masked=c.phone_masked,
            )
            for c in found.callers[:MAX_CALLERS]
        ],
        truncated=found.truncated,
    )


def router(actor: Callable[..., Any]) -> APIRouter:
    """The route, authenticated by the app's `actor` dependency."""
    routes = APIRouter()

    @routes.post(
        PATH,
        response_model=CallerLookupResponse,
        responses={403: {"model": ErrorBody}, 422: {"model": ErrorBody}},
    )
    def callers(
        body: CallerLookupRequest,
        request: Request,
        who: Annotated[Actor, Depends(actor)],
    ) -> CallerLookupResponse:
        """Customers whose phone ends with the digits given (403 `forbidden` for a role
        that may not look callers up)."""
        db = request.app.state.guitai.db
        with db.reader() as session, session.begin():
            return lookup(session, who, body)

    return routes
