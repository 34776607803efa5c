"""Head office's side of the branches' segment feedback: list it, answer it, lift a move.

A branch user says of a customer's segment "agree", "wrong" (verdict `disagree`), "wrong,
should be X" (`suggest_other`, X the suggested segment) or "watch" (right for now, keep an
eye on it), with a reason (`client.work.
segment_feedback`, Ctrl+G); the row replicates to the server. Head office answers it here:
- `answer(..., accept=True)`: status "accepted" with the reply; an accepted "should be X"
  moves the customer to X at once (history source "head_office") and overrides the rules
  for that customer (`sync.server.segment_overrides`) until `lift`; an earlier accepted move
  of the same customer is lifted by it;
- `answer(..., accept=False)`: status "rejected", the customer stays where the rules put it;
- `lift`: status "lifted", and the customer is evaluated by the rules again.
Every answer is a change of the feedback row through `sync.server.feed.record`, so the
branch's workstations pull it and show it in the 360 (`client.customer360.feedback`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import FeedbackVerdict
from client.schema.models import Branch, Customer, Segment, SegmentFeedback, User
from client.text_rules import clean_text
from sync.server.feed import PendingChange, record
from sync.server.segment_overrides import ACCEPTED, LIFTED, OPEN, REJECTED, overriding
from sync.server.segments import HEAD_OFFICE, evaluate, write_moves

TABLE = SegmentFeedback.__tablename__
REPLY_LIMIT = 2_000


def said(verdict: str, suggested: str | None) -> str:
    """What the branch said, in words."""
    match verdict:
        case FeedbackVerdict.AGREE:
            return "agree"
        case FeedbackVerdict.SUGGEST_OTHER:
            return f"wrong, should be {suggested or '?'}"
        case FeedbackVerdict.WATCH:
            return "watch"
    return "wrong"


@dataclass(frozen=True)
class FeedbackRow:
    id: uuid.UUID
    segment: str
    branch: str
    customer_number: str | None
    verdict: str
    suggested: str | None
    reason: str
    user: str
    created_at: datetime
    status: str
    reply: str
    answered_at: datetime | None
    customer_name: str | None = None
    current_segment: str | None = None
    """The customer's segment now (the code; None: none, or feedback on a whole segment)."""

    @property
    def said(self) -> str:
        return said(self.verdict, self.suggested)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "segment": self.segment,
            "branch": self.branch,
            "customer_number": self.customer_number,
            "customer_name": self.customer_name,
            "current_segment": self.current_segment,
            "verdict": self.verdict,
            "said": self.said,
            "suggested": self.suggested,
            "reason": self.reason,
            "user": self.user,
            "created_at": self.created_at.isoformat(),
            "status": self.status,
            "reply": self.reply,
            "answered_at": None if self.answered_at is None else self.answered_at.isoformat(),
        }


ANSWERED = (ACCEPTED, REJECTED, LIFTED)
"""The statuses of feedback head office has answered."""


def list_feedback(
    session: Session,
    status: str | Sequence[str] | None = None,
    *,
    ids: Sequence[uuid.UUID] | None = None,
    limit: int | None = None,
) -> list[FeedbackRow]:
    """The feedback (of `status`, or of any of several, or all; only `ids` when given), by
    segment, branch and time; at most `limit` rows."""
    f = SegmentFeedback
    suggested, current = aliased(Segment), aliased(Segment)
    stmt = (
        select(
            f.id,
            Segment.code,
            Branch.code,
            Customer.customer_number,
            f.verdict,
            suggested.code,
            f.comment,
            User.username,
            f.created_at,
            f.status,
            f.reply,
            f.answered_at,
            Customer.legal_name,
            current.code,
        )
        .join(Segment, Segment.id == f.segment_id)
        .join(Branch, Branch.id == f.branch_id)
        .join(User, User.id == f.user_id)
        .outerjoin(Customer, Customer.id == f.customer_id)
        .outerjoin(suggested, suggested.id == f.suggested_segment_id)
        .outerjoin(current, current.id == Customer.segment_id)
        .where(f.deleted.is_(False))
        .order_by(Segment.code, Branch.code, f.created_at, f.id)
    )
    if isinstance(status, str):
        stmt = stmt.where(f.status == status)
    elif status is not None:
        stmt = stmt.where(f.status.in_(list(status)))
    if ids is not None:
        stmt = stmt.where(f.id.in_(list(ids)))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        FeedbackRow(
            id=r[0],
            segment=r[1],
            branch=r[2],
            customer_number=r[3],
            verdict=r[4].value,
            suggested=r[5],
            reason=r[6],
            user=r[7],
            created_at=r[8],
            status=r[9],
            reply=r[10],
            answered_at=r[11],
            customer_name=r[12],
            current_segment=r[13],
        )
        for r in session.execute(stmt)
    ]


def find(session: Session, key: str) -> SegmentFeedback:
    """The feedback row with this id, or the only one whose id starts with `key` (8+ hex)."""
    key = key.strip().lower()
    found: SegmentFeedback | None = None
    try:
        found = session.get(SegmentFeedback, uuid.UUID(key))
    except ValueError:
        ids = [i for i in session.scalars(select(SegmentFeedback.id)) if str(i).startswith(key)]
        if len(key) < 6 or not ids:
            ids = []
        elif len(ids) > 1:
            raise UsageError(
                f"{key!r} names {len(ids)} feedback rows: give more of the id"
            ) from None
        found = session.get(SegmentFeedback, ids[0]) if ids else None
    if found is None or found.deleted:
        raise UsageError(f"no segment feedback {key!r}", code=Reason.NOT_FOUND)
    return found


def _change(row: SegmentFeedback, status: str, reply: str | None, now: datetime) -> PendingChange:
    before = {"status": row.status, "reply": row.reply, "answered_at": _iso(row.answered_at)}
    row.status = status
    if reply is not None:
        row.reply = reply
    row.answered_at = now
    return PendingChange(row, TABLE, "update", before)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def answer(
    session: Session, key: str, *, accept: bool, reply: str, now: datetime
) -> SegmentFeedback:
    """Head office's answer to an open feedback row (see the module docstring). Call it in a
    writing transaction."""
    row = find(session, key)
    if row.status != OPEN:
        raise UsageError(f"the feedback is {row.status} already", code=Reason.FEEDBACK_ANSWERED)
    reply = clean_text("reply", reply.strip(), limit=REPLY_LIMIT)  # as a push's texts
    changes = [_change(row, ACCEPTED if accept else REJECTED, reply, now)]
    moves = accept and row.verdict is FeedbackVerdict.SUGGEST_OTHER and row.customer_id
    if moves and row.suggested_segment_id is not None and row.customer_id is not None:
        earlier = session.scalars(
            select(SegmentFeedback).where(
                SegmentFeedback.customer_id == row.customer_id,
                SegmentFeedback.id != row.id,
                *overriding(),
            )
        )
        changes += [_change(e, LIFTED, None, now) for e in earlier]
        current = session.scalar(select(Customer.segment_id).where(Customer.id == row.customer_id))
        if current != row.suggested_segment_id:
            write_moves(
                session, [(row.customer_id, current, row.suggested_segment_id, HEAD_OFFICE)], now
            )
    record(session, changes, None, now)
    return row


def lift(session: Session, key: str, *, now: datetime, reply: str | None = None) -> SegmentFeedback:
    """Ends an accepted move: the rules decide the customer's segment again."""
    row = find(session, key)
    if row.status != ACCEPTED or row.verdict is not FeedbackVerdict.SUGGEST_OTHER:
        raise UsageError("only an accepted move to another segment can be lifted")
    if reply is not None:
        reply = clean_text("reply", reply.strip(), limit=REPLY_LIMIT)
    record(session, [_change(row, LIFTED, reply, now)], None, now)
    if row.customer_id is not None:
        session.flush()
        evaluate(session, now, customer_ids={row.customer_id})
    return row
