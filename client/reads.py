"""The main window's reads of the cache: one customer's 360, its sync facts, cached ids.

Each opens its own read session on the cache it is given (see `client.lookups`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from client import audit
from client.cached import cached_customers
from client.customer360 import load_customer_360, masked
from client.customer360.sync_info import SyncInfo, load_sync_info
from client.customer360.views import Customer360
from client.store import LocalCache


def customer_360(cache: LocalCache, customer_number: str, *, viewed: bool = True) -> Customer360:
    """One customer's 360 as the counter shows it (masked).

    Opening it is audited: the read is a write transaction that also records "viewed"
    (`client.audit`), committed without an fsync of its own (`LocalCache.read_recorded`);
    `viewed` False for re-reading the 360 already shown (a refresh).
    """
    if not viewed:
        with cache.read_session() as session:
            return masked(load_customer_360(session, customer_number=customer_number))
    with cache.read_recorded() as session:
        view = load_customer_360(session, customer_number=customer_number)
        audit.viewed(session, view.customer_id)
    return masked(view)


def sync_facts(
    cache: LocalCache, customer_id: uuid.UUID, recent: Iterable[tuple[str, uuid.UUID]] = ()
) -> SyncInfo:
    """The customer's sync facts; `recent` are (table, row id) of edits made this session."""
    with cache.read_session() as session:
        return load_sync_info(session, customer_id, tuple(recent))


def cached_among(cache: LocalCache, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The live customers among `ids` that this cache holds."""
    with cache.read_session() as session:
        return cached_customers(session, ids)
