"""Every row of some customers' relationships: for opening a customer and re-stamping it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Base,
    Customer,
    Household,
    HouseholdMember,
    PartyRelationship,
)
from client.schema.rows import table_codec
from sync.server.branches import CHUNK

BY_CUSTOMER = (
    "contact_point",
    "consent",
    "interaction",
    "task",
    "offer",
    "referral",
    "appointment",
    "external_record",
    "segment_feedback",
)
"""Tables whose rows belong to one customer through `customer_id`."""


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _where_in(session: Session, model: Any, column: Any, ids: Iterable[uuid.UUID]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        found += session.scalars(select(model).where(column.in_(chunk))).all()
    return found


def rows_of(session: Session, customer_ids: Iterable[uuid.UUID]) -> list[tuple[str, Any]]:
    """(table, ORM object) of every row tied to these customers, parents before children."""
    ids = set(customer_ids)
    if not ids:
        return []
    found: dict[str, list[Any]] = {"customer": _where_in(session, Customer, Customer.id, ids)}
    for table in BY_CUSTOMER:
        model: Any = table_codec(table).model
        found[table] = _where_in(session, model, model.customer_id, ids)
    holders = _where_in(session, AccountHolder, AccountHolder.customer_id, ids)
    accounts = {h.account_id for h in holders}
    found["account"] = _where_in(session, Account, Account.id, accounts)
    found["account_holder"] = _where_in(session, AccountHolder, AccountHolder.account_id, accounts)
    found["account_history"] = _where_in(
        session, AccountHistory, AccountHistory.account_id, accounts
    )
    relations: dict[uuid.UUID, Any] = {}
    for chunk in _chunks(ids):
        stmt = select(PartyRelationship).where(
            or_(
                PartyRelationship.from_customer_id.in_(chunk),
                PartyRelationship.to_customer_id.in_(chunk),
            )
        )
        relations.update({r.id: r for r in session.scalars(stmt)})
    found["party_relationship"] = list(relations.values())
    members = _where_in(session, HouseholdMember, HouseholdMember.customer_id, ids)
    households = {m.household_id for m in members}
    found["household"] = _where_in(session, Household, Household.id, households)
    found["household_member"] = _where_in(
        session, HouseholdMember, HouseholdMember.household_id, households
    )
    ordered: list[tuple[str, Any]] = []
    for parent_first in Base.metadata.sorted_tables:
        rows = sorted(found.get(parent_first.name, ()), key=lambda r: r.id)
        ordered += [(parent_first.name, r) for r in rows]
    return ordered


def ids_of(session: Session, customer_ids: Iterable[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """The ids, per table, of every row tied to these customers."""
    out: dict[str, set[uuid.UUID]] = {}
    for table, row in rows_of(session, customer_ids):
        out.setdefault(table, set()).add(row.id)
    return out
