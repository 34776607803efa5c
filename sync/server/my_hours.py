"""`GET|POST /v1/my-hours`: the signed-in RM's own weekly working hours.

The same hours `guitai-server calendar set` stores (`sync.server.working_hours`), set by
the RM from "My calendar": `POST` stores them in `server_working_hours` and makes the RM's
available calendar blocks of the coming weeks anew, through the feed, so the workstation
receives them by its normal pull; `GET` answers the hours stored ("" when none). Who may:
`client.schema.permissions.own_hours_reach` (the RM, for themselves only: the route takes
no user, it sets the caller's); 403 `forbidden` for the others; a text that cannot be read
is 422 `usage` with the position of the mistake.

(The route's annotations are read by FastAPI at run time: no `from __future__ import
annotations`.)
"""

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.models import User
from client.schema.permissions import Reach, own_hours_reach
from sync.protocol import ErrorBody, MyHoursRequest, MyHoursResponse
from sync.server.auth import Actor
from sync.server.errors import ApiError
from sync.server.feed import PendingChange, record
from sync.server.tables import working_hours
from sync.server.working_hours import (
    DEFAULT_SLOT_MINUTES,
    DEFAULT_TIME_ZONE,
    HoursError,
    parse_hours,
    set_hours,
)

log = logging.getLogger(__name__)

PATH = "/my-hours"

Writer = Callable[[Any, Callable[[Session], Any]], Any]


def _check(actor: Actor) -> None:
    if own_hours_reach(actor.role) is Reach.NONE:
        raise ApiError(403, f"a {actor.role.value} has no working hours to set", Reason.FORBIDDEN)


def stored(session: Session, actor: Actor) -> MyHoursResponse:
    """The actor's hours as stored ("" and the defaults when none are)."""
    row = session.execute(
        select(
            working_hours.c.hours, working_hours.c.slot_minutes, working_hours.c.time_zone
        ).where(working_hours.c.user_id == actor.user_id)
    ).first()
    if row is None:
        return MyHoursResponse(
            hours="", slot_minutes=DEFAULT_SLOT_MINUTES, time_zone=DEFAULT_TIME_ZONE
        )
    return MyHoursResponse(hours=row[0], slot_minutes=row[1], time_zone=row[2])


def put(session: Session, actor: Actor, body: MyHoursRequest, now: datetime) -> MyHoursResponse:
    """Stores the actor's hours and remakes their coming blocks (recorded in the feed)."""
    _check(actor)
    zone = body.time_zone or DEFAULT_TIME_ZONE
    try:
        hours = parse_hours(body.hours, body.slot_minutes)
    except HoursError as exc:
        raise ApiError(422, str(exc), Reason.USAGE) from None
    except UsageError as exc:
        raise ApiError(422, str(exc), Reason.USAGE) from None
    user = session.execute(
        select(User).where(User.id == actor.user_id, User.deleted.is_(False)).with_for_update()
    ).scalar_one_or_none()
    if user is None:
        raise ApiError(403, "this user is no longer known", Reason.FORBIDDEN)
    pending: list[PendingChange] = []
    try:
        outcome = set_hours(session, pending, user, hours, body.slot_minutes, zone, now)
    except UsageError as exc:  # an unknown time zone
        raise ApiError(422, str(exc), Reason.USAGE) from None
    record(session, pending, actor.device_id, now)
    log.info(
        "%s set their working hours %r (%s, %d-minute slots): %d made, %d removed",
        actor.username,
        outcome.hours,
        zone,
        body.slot_minutes,
        outcome.created,
        outcome.removed,
    )
    return MyHoursResponse(
        hours=outcome.hours,
        slot_minutes=body.slot_minutes,
        time_zone=zone,
        created=outcome.created,
        removed=outcome.removed,
        unchanged=outcome.unchanged,
    )


def router(actor: Callable[..., Any], write: Writer) -> APIRouter:
    """The routes, authenticated by the app's `actor` dependency, writing through its
    `write` (its retry on deadlock)."""
    routes = APIRouter()

    @routes.get(PATH, response_model=MyHoursResponse, responses={403: {"model": ErrorBody}})
    def my_hours(request: Request, who: Annotated[Actor, Depends(actor)]) -> MyHoursResponse:
        """The signed-in RM's working hours (403 `forbidden` for a role without hours)."""
        _check(who)
        db = request.app.state.guitai.db
        with db.reader() as session, session.begin():
            return stored(session, who)

    @routes.post(PATH, response_model=MyHoursResponse, responses={403: {"model": ErrorBody}})
    def set_my_hours(
        body: MyHoursRequest, request: Request, who: Annotated[Actor, Depends(actor)]
    ) -> MyHoursResponse:
        """Sets the signed-in RM's working hours and makes their coming available blocks
        anew (403 `forbidden` for a role without hours, 422 `usage` for hours that cannot
        be read)."""
        _check(who)
        ctx = request.app.state.guitai
        now = ctx.settings.clock()
        answer: MyHoursResponse = write(ctx, lambda session: put(session, who, body, now))
        ctx.notifier.fire_threadsafe()
        return answer

    return routes
