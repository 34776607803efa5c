"""`POST /v1/watched` and `POST /v1/watched/seen`: the watched groups' changes in the window.

A watched group (`sync.server.watch_groups`: a rule or a list of customers, added with
`guitai-server watch add`) has its members' changes listed for the user who asks: new
customer, new account, balance move, interaction, segment change, those after what this
user has seen of the group (before their first look: since the group was added). "Mark all
seen" moves what they have seen to the feed version their list was read up to, so a change
that came in meanwhile stays unseen. What the branch's CLI look (`watch changes`) has seen
is its own and is not touched.

Who may ask and how far: `client.schema.permissions.watch_reach` (the RM and the branch
manager: their own branch's customers; head office: every branch; 403 `forbidden` for the
others, whatever they ask). An unknown group: 404 `not_found`. Each change names the
customer (number, name, branch, RM) and what changed; nothing of it replicates. Like the
other online customer reads (the caller lookup, the duplicate check) it is logged: who, how
far, how many changes, no customer.

Cost: one pass over the change feed after the oldest version a group was seen at (joined
with the changed rows) and, per group, its membership of the customers that changed (a
rule runs in the database over those only).

`router(actor, write)` is included by `sync.server.app` like `sync.server.my_hours`'s
(without `from __future__ import annotations`: FastAPI reads the route's annotations).
"""

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.permissions import Reach, watch_reach
from sync.protocol import ErrorBody
from sync.server.auth import Actor
from sync.server.errors import ApiError
from sync.server.feed import latest_version
from sync.server.watch_groups import Group, group_by_code, groups, mark_seen, seen_versions, unseen
from sync.watch_protocol import (
    WatchedChange,
    WatchedGroup,
    WatchedRequest,
    WatchedResponse,
    WatchedSeenRequest,
    WatchedSeenResponse,
)

log = logging.getLogger(__name__)

PATH = "/watched"
SEEN_PATH = "/watched/seen"
Writer = Callable[[Any, Callable[[Session], Any]], Any]


def _reach(actor: Actor) -> Reach:
    rule = watch_reach(actor.role)
    if rule is Reach.NONE:
        raise ApiError(
            403, f"a {actor.role.value} is not listed watched groups' changes", Reason.FORBIDDEN
        )
    return rule


def _groups(session: Session, code: str | None) -> list[Group]:
    if code is None:
        return groups(session)
    try:
        return [group_by_code(session, code)]
    except UsageError as exc:
        raise ApiError(404, str(exc), Reason.NOT_FOUND) from None


def listing(session: Session, actor: Actor, body: WatchedRequest, now: datetime) -> WatchedResponse:
    """The changes the actor has not seen of the groups asked, within their reach."""
    rule = _reach(actor)
    among = _groups(session, body.group)
    latest = latest_version(session)  # first: a change committed after it waits for the next
    after = seen_versions(session, actor.user_id, among)
    found = unseen(
        session,
        {g: after[g.id] for g in among},
        now.date(),
        upto=latest,
        branch_id=None if rule is Reach.ALL else actor.branch_id,
    )
    counts = {g.id: 0 for g in among}
    for group, _change in found:
        counts[group.id] += 1
    newest = list(reversed(found))[: body.limit]
    log.info(
        "watched changes read by %s (%s, %s): %d group(s), %d unseen",
        actor.username,
        actor.role.value,
        rule.value,
        len(among),
        len(found),
    )
    return WatchedResponse(
        groups=[WatchedGroup(code=g.code, name=g.name, unseen=counts[g.id]) for g in among],
        changes=[
            WatchedChange(
                seq=c.seq,
                at=c.at,
                group=g.code,
                customer_number=c.customer_number,
                name=c.name,
                branch=c.branch,
                rm=c.rm,
                mine=c.rm is not None and c.rm == actor.username,
                kind=c.kind,
                detail=c.detail,
            )
            for g, c in newest
        ],
        total=len(found),
        latest=latest,
        reach=rule.value,
    )


def seen(
    session: Session, actor: Actor, body: WatchedSeenRequest, now: datetime
) -> WatchedSeenResponse:
    """The actor has seen the groups' changes up to `body.up_to`."""
    _reach(actor)
    among = _groups(session, body.group)
    moved = mark_seen(session, actor.user_id, among, body.up_to, now)
    log.info(
        "watched changes marked seen by %s up to %d: %d group(s)", actor.username, body.up_to, moved
    )
    return WatchedSeenResponse(groups=moved, up_to=min(body.up_to, latest_version(session)))


def router(actor: Callable[..., Any], write: Writer) -> APIRouter:
    """The routes, authenticated by the app's `actor` dependency, writing through its
    `write` (its retry on deadlock)."""
    routes = APIRouter()
    refusals: dict[int | str, dict[str, Any]] = {
        403: {"model": ErrorBody},
        404: {"model": ErrorBody},
    }

    @routes.post(PATH, response_model=WatchedResponse, responses=refusals)
    def watched(
        body: WatchedRequest, request: Request, who: Annotated[Actor, Depends(actor)]
    ) -> WatchedResponse:
        """The watched groups' changes the user has not seen (403 `forbidden` for a role
        that is not listed them, 404 `not_found` for an unknown group)."""
        ctx = request.app.state.guitai
        now = ctx.settings.clock()
        with ctx.db.reader() as session, session.begin():
            return listing(session, who, body, now)

    @routes.post(SEEN_PATH, response_model=WatchedSeenResponse, responses=refusals)
    def watched_seen(
        body: WatchedSeenRequest, request: Request, who: Annotated[Actor, Depends(actor)]
    ) -> WatchedSeenResponse:
        """The user has seen the groups' changes up to `up_to` (403, 404 as above)."""
        ctx = request.app.state.guitai
        now = ctx.settings.clock()
        answer: WatchedSeenResponse = write(ctx, lambda session: seen(session, who, body, now))
        return answer

    return routes
