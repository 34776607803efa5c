"""The messages of head office's side of the branches' segment feedback (online only).

- `GET /v1/feedback?status=open|answered|all` (`FeedbackListResponse`): the feedback per
  segment and branch, with the customer, what the branch said and why, who and when, and
  head office's answer;
- `POST /v1/feedback/answer` (`FeedbackAnswerRequest` -> `FeedbackAnswerResponse`): accept or
  reject one open feedback with a reply; an accepted "should be X" moves the customer to X
  (`sync.server.feedback.answer`, as `guitai-server feedback answer`).

Served by `sync.server.feedback_api` to head office only (`client.schema.permissions.
feedback_answer_reach`; 403 `not_head_office` for every other role); asked by
`sync.engine.feedback`. The answer itself replicates like any change of the feedback row:
the branch's workstations pull it and show it in the 360.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field

from sync.protocol import Message, Text

MAX_FEEDBACK = 5_000
"""The most feedback rows one listing answers (`truncated` says when there were more)."""
REPLY_LIMIT = 2_000
"""The longest reply (as `sync.server.feedback.REPLY_LIMIT`)."""


class FeedbackShown(StrEnum):
    """Which feedback a listing holds: still open, answered (accepted, rejected or lifted),
    or all."""

    OPEN = "open"
    ANSWERED = "answered"
    ALL = "all"


class FeedbackLine(Message):
    """One feedback row as head office reads it."""

    id: uuid.UUID
    segment: str
    """The code of the segment the feedback is about."""
    branch: str
    customer_number: str | None
    """None: feedback on the segment as a whole."""
    customer_name: str | None
    current_segment: str | None
    """The customer's segment now (its code)."""
    verdict: str
    """A `client.schema.enums.FeedbackVerdict` value."""
    suggested: str | None
    """The segment the branch suggests instead (its code), for `suggest_other`."""
    reason: str
    user: str
    """The username of who wrote it."""
    created_at: datetime
    status: str
    """open, accepted, rejected or lifted."""
    reply: str
    answered_at: datetime | None


class FeedbackListResponse(Message):
    lines: list[FeedbackLine]
    truncated: bool = False
    """More than `MAX_FEEDBACK` rows matched."""


class FeedbackAnswerRequest(Message):
    """Head office's answer to one open feedback row."""

    id: uuid.UUID
    accept: bool
    reply: Text = Field(default="", max_length=REPLY_LIMIT)


class FeedbackAnswerResponse(Message):
    line: FeedbackLine
    """The feedback row as answered."""
    moved: bool = False
    """The customer was moved to the suggested segment (an accepted "should be X")."""
