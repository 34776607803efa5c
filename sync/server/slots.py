"""An RM's calendar on the server: the rules of `client.calendar`, answered as protocol slots."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from client import calendar
from sync.protocol import Slot

overlapping = calendar.overlapping


def nearest_free_slots(
    session: Session, rm_id: uuid.UUID, wanted: datetime, count: int = 3
) -> list[Slot]:
    """The `count` free 30-minute slots nearest to `wanted`, for a refused booking."""
    return [
        Slot(starts_at=s.starts_at, ends_at=s.ends_at)
        for s in calendar.nearest_free_slots(session, rm_id, wanted, count)
    ]
