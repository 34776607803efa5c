"""The conflicts inbox's reads and writes: open issues with their customers, settling one."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from client.conflicts import Choice, Issue, list_issues, resolve
from client.outbox import Edit
from client.schema.models import Customer
from client.store import LocalCache


@dataclass(frozen=True)
class InboxItem:
    """One open issue and the customer it concerns, as the inbox lists it."""

    issue: Issue
    customer_number: str
    customer_name: str


def inbox_items(cache: LocalCache) -> list[InboxItem]:
    """Every open issue of the cache, oldest first, with its customer's number and name."""
    items = []
    with cache.read_session() as session:
        for issue in list_issues(session):
            customer = session.get(Customer, issue.customer_id) if issue.customer_id else None
            number = customer.customer_number if customer is not None else ""
            name = customer.legal_name if customer is not None else ""
            items.append(InboxItem(issue, number, name))
    return items


def settle(
    cache: LocalCache,
    entry_id: uuid.UUID,
    choice: Choice,
    edited: Mapping[str, Any] | None = None,
) -> Edit | None:
    """Settles one issue in one transaction; the new outbox entry, if any."""
    # session() takes the write lock first (BEGIN IMMEDIATE), waiting out a sync round.
    with cache.session() as session:
        return resolve(session, entry_id, Choice(choice), dict(edited) if edited else None)
