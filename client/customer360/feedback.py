"""The branch's segment feedback on one customer and head office's answer to it."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import aliased

from client.customer360.reader import Reader
from client.customer360.views import FeedbackView
from client.schema.models import Segment, SegmentFeedback

_SUGGESTED = aliased(Segment)

FEEDBACK_QUERY = (
    select(
        Segment.name.label("segment"),
        SegmentFeedback.verdict,
        _SUGGESTED.name.label("suggested"),
        SegmentFeedback.comment,
        SegmentFeedback.created_at,
        SegmentFeedback.status,
        SegmentFeedback.reply,
        SegmentFeedback.answered_at,
        SegmentFeedback.updated_at,
    )
    .join(Segment, Segment.id == SegmentFeedback.segment_id)
    .outerjoin(_SUGGESTED, _SUGGESTED.id == SegmentFeedback.suggested_segment_id)
    .where(SegmentFeedback.customer_id == bindparam("cid"), SegmentFeedback.deleted.is_(False))
    .order_by(SegmentFeedback.created_at.desc())
    .limit(5)
)
"""The customer's latest feedback, newest first."""


def load_feedback(reader: Reader) -> tuple[FeedbackView, ...]:
    return tuple(
        FeedbackView(
            r.segment,
            r.verdict,
            r.suggested,
            r.comment,
            r.created_at,
            r.status,
            r.reply,
            r.answered_at,
        )
        for r in reader.rows(FEEDBACK_QUERY)
    )
