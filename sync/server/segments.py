"""Head office's customer segments on the server: create and list (through the feed)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.models import Segment
from client.text_rules import clean_row
from sync.server.feed import PendingChange, record


def add_segment(session: Session, code: str, name: str, description: str, now: datetime) -> Segment:
    """A new segment; refuses a code that is taken."""
    values = clean_row(Segment.__table__, {"code": code, "name": name, "description": description})
    if not code:
        raise UsageError("a segment needs a code", code=Reason.REQUIRED, field="code")
    if session.scalars(select(Segment.id).where(Segment.code == code)).first():
        raise UsageError(f"the segment code {code!r} is taken")
    segment = Segment(id=uuid.uuid4(), version=0, deleted=False, **values)
    session.add(segment)
    record(session, [PendingChange(segment, "segment", "insert")], None, now)
    return segment


def list_segments(session: Session) -> list[Segment]:
    return list(
        session.scalars(select(Segment).where(Segment.deleted.is_(False)).order_by(Segment.code))
    )
