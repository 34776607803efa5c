"""Every row of some customers' relationships: for opening a customer and re-stamping it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from client.schema.models import Base
from client.schema.registry import REGISTRY, ScopeGroup, TableSpec, spec
from sync.server.branches import CHUNK


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _where_in(
    session: Session, model: Any, columns: Iterable[str], ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """Rows of `model` one of whose `columns` names one of `ids`, by id."""
    names = list(columns)
    found: dict[uuid.UUID, Any] = {}
    for chunk in _chunks(ids):
        where = or_(*(getattr(model, name).in_(chunk) for name in names))
        found.update({r.id: r for r in session.scalars(select(model).where(where))})
    return found


def _customer_data() -> list[TableSpec]:
    return [s for s in REGISTRY.values() if s.group is ScopeGroup.CUSTOMER_DATA]


def rows_of(session: Session, customer_ids: Iterable[uuid.UUID]) -> list[tuple[str, Any]]:
    """(table, ORM object) of every row tied to these customers, parents before children.

    Tied: the customer data (`client.schema.registry`) naming one of them, the rows their
    link rows name (their accounts, their households) with every link row of those (all
    holders, all members), and the rows hanging off those (the accounts' history).
    """
    ids = set(customer_ids)
    if not ids:
        return []
    found: dict[str, dict[uuid.UUID, Any]] = {}
    named: dict[str, set[uuid.UUID]] = {}
    for table_spec in _customer_data():
        if table_spec.customer_columns:
            found[table_spec.table] = _where_in(
                session, table_spec.model, table_spec.customer_columns, ids
            )
    for table_spec in _customer_data():
        link = table_spec.held_by
        if link is None:
            continue
        parents = {getattr(r, link.column) for r in found[link.table].values()}
        named[table_spec.table] = parents
        found[table_spec.table] = _where_in(session, table_spec.model, ["id"], parents)
        found[link.table].update(_where_in(session, spec(link.table).model, [link.column], parents))
    for table_spec in _customer_data():
        if table_spec.via is not None:
            parents = named.get(table_spec.via, set(found.get(table_spec.via, {})))
            found[table_spec.table] = _where_in(
                session, table_spec.model, table_spec.owner_columns[:1], parents
            )
    ordered: list[tuple[str, Any]] = []
    for parent_first in Base.metadata.sorted_tables:
        rows = sorted(found.get(parent_first.name, {}).values(), key=lambda r: r.id)
        ordered += [(parent_first.name, r) for r in rows]
    return ordered


def ids_of(session: Session, customer_ids: Iterable[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """The ids, per table, of every row tied to these customers."""
    out: dict[str, set[uuid.UUID]] = {}
    for table, row in rows_of(session, customer_ids):
        out.setdefault(table, set()).add(row.id)
    return out
