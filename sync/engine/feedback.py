"""The workstation's side of head office's answers to segment feedback (online only).

`server_feedback(engine, shown)` reads the branches' feedback (open, answered or all) from
the server; `answer_feedback(engine, id, accept=..., reply=...)` accepts or rejects one.
Both raise a sync error when the server is unreachable or refuses (403 `not_head_office`
for a role other than head office, 404 `not_found`, 409 `feedback_answered`). The answer
reaches every workstation of the branch (and this one) by the normal pull.
"""

from __future__ import annotations

import uuid

from sync.engine.engine import SyncEngine
from sync.feedback_protocol import (
    FeedbackAnswerRequest,
    FeedbackAnswerResponse,
    FeedbackListResponse,
    FeedbackShown,
)

PATH = "/v1/feedback"
ANSWER_PATH = "/v1/feedback/answer"


def server_feedback(
    engine: SyncEngine, shown: FeedbackShown = FeedbackShown.OPEN
) -> FeedbackListResponse:
    """The feedback `shown`, per segment and branch, as the server holds it."""
    # the transport's typed call, as `sync.engine.duplicates` makes it
    answer = engine.transport.call(
        "GET", PATH, FeedbackListResponse, params={"status": shown.value}
    )
    engine.online = True
    return answer


def answer_feedback(
    engine: SyncEngine, feedback_id: uuid.UUID, *, accept: bool, reply: str
) -> FeedbackAnswerResponse:
    """Head office's answer to one open feedback row; the row as answered."""
    asked = FeedbackAnswerRequest(id=feedback_id, accept=accept, reply=reply.strip())
    answer = engine.transport.call("POST", ANSWER_PATH, FeedbackAnswerResponse, asked)
    engine.online = True
    return answer
