"""Which customers the local cache already holds (to tell cached from server-only hits)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import Customer


def cached_customers(session: Session, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The live customers among `ids` that this cache holds."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    found = session.scalars(
        select(Customer.id).where(Customer.id.in_(wanted), Customer.deleted.is_(False))
    )
    return set(found)
