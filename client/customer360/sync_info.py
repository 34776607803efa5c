"""How fresh each part of a customer's 360 is, and where the customer's local edits stand.

`load_sync_info` reads, for one customer: when the cache last finished a sync with the
server, the latest server change among the rows of each section of the 360, and every
local edit about the customer that is waiting in the outbox (saved locally), was refused
(in conflict), or is among `recent` edits the caller made and has since been uploaded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from client.schema.local import cache_meta, outbox, sync_issue
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Base,
    Consent,
    ContactPoint,
    Customer,
    HouseholdMember,
    Interaction,
    Offer,
    PartyRelationship,
    Referral,
    SegmentFeedback,
    Task,
)
from client.schema.registry import REGISTRY, TableSpec, spec
from client.work import EditState, edit_state

LAST_SYNC_KEY = "sync.last_sync"
"""The `cache_meta` key the sync engine stamps when a round finishes (`sync.replica.state`)."""

SECTION_OF_TABLE = {
    Customer.__tablename__: "customer",
    SegmentFeedback.__tablename__: "customer",
    ContactPoint.__tablename__: "contact",
    Consent.__tablename__: "contact",
    Account.__tablename__: "accounts",
    AccountHolder.__tablename__: "accounts",
    AccountHistory.__tablename__: "profitability",
    PartyRelationship.__tablename__: "related",
    HouseholdMember.__tablename__: "related",
    Appointment.__tablename__: "appointment",
    Interaction.__tablename__: "interactions",
    Task.__tablename__: "tasks",
    Referral.__tablename__: "referrals",
    Offer.__tablename__: "offers",
}
"""The section of the 360 that shows a table's rows."""


@dataclass(frozen=True)
class EditStatus:
    """One local edit of a row about the customer and where it stands."""

    table: str
    row_id: uuid.UUID
    state: EditState
    edited_at: datetime | None


@dataclass(frozen=True)
class SyncInfo:
    customer_id: uuid.UUID
    last_sync: datetime | None
    """When the cache last finished a sync round with the server; None if it never did."""
    changed_at: Mapping[str, datetime] = field(default_factory=dict)
    """Section -> the latest change among its rows (sections with rows only)."""
    edits: tuple[EditStatus, ...] = ()
    """Newest first."""

    def edits_of(self, *sections: str) -> tuple[EditStatus, ...]:
        return tuple(e for e in self.edits if SECTION_OF_TABLE.get(e.table) in sections)


def _stamp(section: str, updated_at: Any, *where: Any) -> Select[Any]:
    return select(literal(section).label("section"), func.max(updated_at).label("at")).where(*where)


def _about(table_spec: TableSpec, customer_id: uuid.UUID) -> Any:
    """The condition "this row of `table_spec` is about the customer" (see the registry)."""
    model: Any = table_spec.model
    if table_spec.customer_columns:
        return or_(*(getattr(model, c) == customer_id for c in table_spec.customer_columns))
    link = table_spec.held_by or (spec(table_spec.via).held_by if table_spec.via else None)
    if link is None:
        return literal(False)
    link_model: Any = spec(link.table).model
    holder = spec(link.table).customer_columns[0]
    held = select(getattr(link_model, link.column)).where(
        getattr(link_model, holder) == customer_id, link_model.deleted.is_(False)
    )
    column = "id" if table_spec.held_by else table_spec.owner_columns[0]
    return getattr(model, column).in_(held)


def _changed_at(session: Session, customer_id: uuid.UUID) -> dict[str, datetime]:
    parts = []
    for table, section in SECTION_OF_TABLE.items():
        model: Any = REGISTRY[table].model
        parts.append(_stamp(section, model.updated_at, _about(REGISTRY[table], customer_id)))
    found: dict[str, datetime] = {}
    for section, at in session.execute(union_all(*parts)):
        if at is not None and (section not in found or at > found[section]):
            found[section] = at
    return found


def _last_sync(session: Session) -> datetime | None:
    text = session.execute(
        select(cache_meta.c.value).where(cache_meta.c.key == LAST_SYNC_KEY)
    ).scalar_one_or_none()
    return None if text is None else datetime.fromisoformat(text)


def _belongs_to(session: Session, table: str, row_id: uuid.UUID, customer_id: uuid.UUID) -> bool:
    """Whether a row of `table` is about the customer (and is still in the cache)."""
    columns = Base.metadata.tables[table].c
    if spec(table).owns_itself:
        return row_id == customer_id
    names = spec(table).customer_columns
    if not names:
        return False
    found = session.execute(
        select(*(columns[name] for name in names)).where(columns.id == row_id)
    ).first()
    return found is not None and customer_id in tuple(found)


def _uploaded_at(session: Session, table: str, row_id: uuid.UUID) -> datetime | None:
    columns = Base.metadata.tables[table].c
    stamp: datetime | None = session.execute(
        select(columns.updated_at).where(columns.id == row_id)
    ).scalar_one_or_none()
    return stamp


def load_sync_info(
    session: Session,
    customer_id: uuid.UUID,
    recent: Iterable[tuple[str, uuid.UUID]] = (),
) -> SyncInfo:
    """The customer's sync facts; `recent` are (table, row id) of edits made this session."""
    latest: dict[tuple[str, uuid.UUID], EditStatus] = {}
    waiting = session.execute(
        select(outbox.c.table_name, outbox.c.row_id, outbox.c.created_at)
        .where(outbox.c.customer_id == customer_id)
        .order_by(outbox.c.seq)
    )
    for table, row_id, created_at in waiting:
        latest[(table, row_id)] = EditStatus(table, row_id, EditState.SAVED_LOCALLY, created_at)
    issues = session.execute(
        select(sync_issue.c.table_name, sync_issue.c.row_id, sync_issue.c.edited_at).where(
            sync_issue.c.customer_id == customer_id
        )
    )
    for table, row_id, edited_at in issues:
        latest[(table, row_id)] = EditStatus(table, row_id, EditState.IN_CONFLICT, edited_at)
    for table, row_id in dict.fromkeys(recent):
        key = (table, row_id)
        if key in latest or table not in Base.metadata.tables:
            continue
        if _belongs_to(session, table, row_id, customer_id):
            state = edit_state(session, table, row_id)
            latest[key] = EditStatus(table, row_id, state, _uploaded_at(session, table, row_id))
    edits = sorted(
        latest.values(),
        key=lambda e: e.edited_at.timestamp() if e.edited_at is not None else 0.0,
        reverse=True,
    )
    return SyncInfo(
        customer_id, _last_sync(session), _changed_at(session, customer_id), tuple(edits)
    )
