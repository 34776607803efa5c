"""`GET /v1/feedback` and `POST /v1/feedback/answer`: head office reads the branches' segment
feedback and answers it from the window (the messages: `sync.feedback_protocol`).

Who may: `client.schema.permissions.feedback_answer_reach` (head office, every branch); 403
`not_head_office` for every other role. The listing is `sync.server.feedback.list_feedback`
(open, answered or all; at most `MAX_FEEDBACK` rows); the answer is `sync.server.feedback.
answer`, the function `guitai-server feedback answer` runs, so an accepted "should be X"
moves the customer and overrides the rules for them as there. An unknown id is 404
`not_found`, feedback answered already 409 `feedback_answered`.

Every answer is audited in the same transaction: an `update` event of the feedback row, by
the signed-in user, naming the customer and the answer, in a chain the server writes for the
workstation (`answer_chain`, beside the workstation's own chain, whose sequence the server
never writes into), hash-chained like any event (`client.audit.canonical`) and appended to
the server's chain; it replicates to whoever reads audit events. A listing is logged (who,
which, how many), not audited: it names no more than head office reads anyway.

`router(actor, write)` is included by `sync.server.app` (no `from __future__ import
annotations`: FastAPI reads the routes' annotations).
"""

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import AuditAction, FeedbackVerdict
from client.schema.permissions import Reach, feedback_answer_reach
from sync.feedback_protocol import (
    MAX_FEEDBACK,
    FeedbackAnswerRequest,
    FeedbackAnswerResponse,
    FeedbackLine,
    FeedbackListResponse,
    FeedbackShown,
)
from sync.protocol import ErrorBody
from sync.server import audit
from sync.server.auth import Actor
from sync.server.errors import ApiError
from sync.server.feed import PendingChange, record
from sync.server.feedback import ANSWERED, OPEN, FeedbackRow, answer, list_feedback

log = logging.getLogger(__name__)

PATH = "/feedback"
ANSWER_PATH = "/feedback/answer"
ANSWER_CHAIN = uuid.UUID("0f5f2d8e-7c1a-4b57-9d3e-2a6c8e41b7f3")
"""Namespace of the audit chains the server writes for head office's answers given from a
workstation: one per workstation, `uuid5(ANSWER_CHAIN, device id)`."""

Writer = Callable[[Any, Callable[[Session], Any]], Any]

STATUSES: dict[FeedbackShown, str | tuple[str, ...] | None] = {
    FeedbackShown.OPEN: OPEN,
    FeedbackShown.ANSWERED: ANSWERED,
    FeedbackShown.ALL: None,
}


def answer_chain(device_id: uuid.UUID) -> uuid.UUID:
    """The `device_id` of the server's audit chain of answers given from `device_id`."""
    return uuid.uuid5(ANSWER_CHAIN, str(device_id))


def check(actor: Actor) -> None:
    """Refuses (403 `not_head_office`) a role that does not answer feedback."""
    if feedback_answer_reach(actor.role) is Reach.NONE:
        raise ApiError(
            403,
            f"a {actor.role.value} does not read or answer segment feedback: head office does",
            Reason.NOT_HEAD_OFFICE,
        )


def line_of(row: FeedbackRow) -> FeedbackLine:
    return FeedbackLine(
        id=row.id,
        segment=row.segment,
        branch=row.branch,
        customer_number=row.customer_number,
        customer_name=row.customer_name,
        current_segment=row.current_segment,
        verdict=row.verdict,
        suggested=row.suggested,
        reason=row.reason,
        user=row.user,
        created_at=row.created_at,
        status=row.status,
        reply=row.reply,
        answered_at=row.answered_at,
    )


def listing(session: Session, actor: Actor, shown: FeedbackShown) -> FeedbackListResponse:
    """The feedback `shown` (open, answered, all), per segment and branch."""
    check(actor)
    rows = list_feedback(session, STATUSES[shown], limit=MAX_FEEDBACK + 1)
    log.info("feedback listed by %s: %s, %d row(s)", actor.username, shown.value, len(rows))
    return FeedbackListResponse(
        lines=[line_of(r) for r in rows[:MAX_FEEDBACK]], truncated=len(rows) > MAX_FEEDBACK
    )


def _audit(
    session: Session, actor: Actor, row: FeedbackRow, customer_id: uuid.UUID | None, now: datetime
) -> PendingChange:
    """The audit event of an answer (see the module docstring)."""
    said = (
        f"head office {row.status} segment feedback {row.id} ({row.said}) on workstation "
        f"{actor.device_id}" + (f": {row.reply}" if row.reply else "")
    )
    event = audit.server_event(
        session,
        chain_id=answer_chain(actor.device_id),
        user_id=actor.user_id,
        action=AuditAction.UPDATE,
        entity="segment_feedback",
        entity_id=row.id,
        customer_id=customer_id,
        detail=said,
        now=now,
    )
    return PendingChange(event, audit.AUDIT_TABLE, "insert")


def give_answer(
    session: Session, actor: Actor, body: FeedbackAnswerRequest, now: datetime
) -> FeedbackAnswerResponse:
    """Answers one open feedback row (`sync.server.feedback.answer`) and audits it."""
    check(actor)
    try:
        answered = answer(session, str(body.id), accept=body.accept, reply=body.reply, now=now)
    except UsageError as exc:
        if exc.code is Reason.NOT_FOUND:
            raise ApiError(404, str(exc), Reason.NOT_FOUND) from None
        if exc.code is Reason.FEEDBACK_ANSWERED:
            raise ApiError(409, str(exc), Reason.FEEDBACK_ANSWERED) from None
        raise ApiError(422, str(exc), exc.code) from None
    moved = body.accept and answered.verdict is FeedbackVerdict.SUGGEST_OTHER
    customer_id = answered.customer_id
    session.flush()
    [row] = list_feedback(session, ids=[answered.id])
    record(session, [_audit(session, actor, row, customer_id, now)], actor.device_id, now)
    log.info(
        "%s %s segment feedback %s%s",
        actor.username,
        row.status,
        row.id,
        f" (moved to {row.suggested})" if moved else "",
    )
    return FeedbackAnswerResponse(line=line_of(row), moved=bool(moved and customer_id))


def router(actor: Callable[..., Any], write: Writer) -> APIRouter:
    """The routes, authenticated by the app's `actor` dependency, writing through its
    `write` (its retry on deadlock)."""
    routes = APIRouter()

    @routes.get(
        PATH,
        response_model=FeedbackListResponse,
        responses={403: {"model": ErrorBody}},
    )
    def feedback(
        request: Request,
        who: Annotated[Actor, Depends(actor)],
        status: Annotated[FeedbackShown, Query()] = FeedbackShown.OPEN,
    ) -> FeedbackListResponse:
        """The branches' segment feedback (open, answered or all), per segment and branch
        (403 `not_head_office` for a role other than head office)."""
        check(who)
        db = request.app.state.guitai.db
        with db.reader() as session, session.begin():
            return listing(session, who, status)

    @routes.post(
        ANSWER_PATH,
        response_model=FeedbackAnswerResponse,
        responses={
            403: {"model": ErrorBody},
            404: {"model": ErrorBody},
            409: {"model": ErrorBody},
        },
    )
    def answer_feedback(
        body: FeedbackAnswerRequest, request: Request, who: Annotated[Actor, Depends(actor)]
    ) -> FeedbackAnswerResponse:
        """Accepts or rejects one open feedback with a reply; an accepted "should be X"
        moves the customer (403 `not_head_office`, 404 `not_found`, 409
        `feedback_answered`)."""
        check(who)
        ctx = request.app.state.guitai
        now = ctx.settings.clock()
        reply: FeedbackAnswerResponse = write(
            ctx, lambda session: give_answer(session, who, body, now)
        )
        ctx.notifier.fire_threadsafe()
        return reply

    return routes
