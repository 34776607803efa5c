"""Head office's overrides of the segment rules, one customer at a time.

A branch's "wrong, should be X" (`segment_feedback` with verdict `suggest_other`) that head
office accepts (`sync.server.feedback`) puts the customer in segment X whatever the rules
say, until head office lifts it (`guitai-server feedback lift ID`, status "lifted"). The
segment evaluation (`sync.server.segments.evaluate`) reads `override_segment()` before any
rule.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select, type_coerce

from client.schema.base import GUID
from client.schema.enums import FeedbackVerdict
from client.schema.models import Customer, SegmentFeedback

OPEN, ACCEPTED, REJECTED, LIFTED = "open", "accepted", "rejected", "lifted"
STATUSES: Final = (OPEN, ACCEPTED, REJECTED, LIFTED)


def overriding() -> list[Any]:
    """The conditions of a feedback row that overrides the rules now."""
    f = SegmentFeedback
    return [
        f.status == ACCEPTED,
        f.verdict == FeedbackVerdict.SUGGEST_OTHER,
        f.suggested_segment_id.is_not(None),
        f.customer_id.is_not(None),
        f.deleted.is_(False),
    ]


def override_segment() -> Any:
    """The segment head office has put the customer (of the outer query) in, or NULL."""
    f = SegmentFeedback
    found = (
        select(f.suggested_segment_id)
        .where(f.customer_id == Customer.id, *overriding())
        .order_by(f.answered_at.desc(), f.id)
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    return type_coerce(found, GUID())
