"""The SQLite fast path of a snapshot page: SQLite filters the rows and writes their JSON.

Each row becomes a JSON array built by SQLite's json_array (ids, money and timestamps are
formatted in SQL exactly as `client.schema.rows` encodes them), and the page is one
json_group_array: Python only frames the answer. Visibility is the same as a pull's
(`scope` rules, branch narrowing, followed customers), written as SQL over the customer's
home branch and the account's holders. Fields the reader may not read are written as
null (`scope.hidden`), as a pull sends them.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Boolean
from sqlalchemy.orm import Session

from client.schema.base import GUID, Money, UTCDateTime
from client.schema.registry import REGISTRY, Owner, TableSpec, spec
from client.schema.rows import table_codec
from sync.server import scope


def _filterable(table_spec: TableSpec) -> bool:
    """Whether `_of_branches` can say in SQL which branches a row of the table belongs to.

    So far: rows whose branches are customers' home branches (named by the row, or by the
    link rows naming it) and a branch of their own; not rows with owners of other kinds.
    """
    if table_spec.owner is not Owner.CUSTOMER or table_spec.via or table_spec.also:
        return False
    if table_spec.otherwise is not None:
        return False
    return bool(table_spec.customer_columns or table_spec.held_by)


FILTERABLE = frozenset(t for t, s in REGISTRY.items() if _filterable(s))
"""Tables whose visibility `visibility` writes as SQL."""


def _guid(col: str) -> str:
    """`col` holds lower(hex(id)) from the inner select ('' for NULL)."""
    parts = [f"substr({col},{a},{n})" for a, n in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))]
    joined = " || '-' || ".join(parts)
    return f"CASE WHEN {col} = '' THEN NULL ELSE {joined} END"


def _money(col: str) -> str:
    return (
        f"CASE WHEN {col} IS NULL THEN NULL ELSE printf('%s%d.%04d', "
        f"CASE WHEN {col} < 0 THEN '-' ELSE '' END, abs({col}) / 10000, abs({col}) % 10000) END"
    )


def _timestamp(col: str) -> str:
    text = f"substr({col},1,10) || 'T' || substr({col},12) || '+00:00'"
    return f"CASE WHEN {col} IS NULL THEN NULL ELSE {text} END"


def _boolean(col: str) -> str:
    return f"CASE WHEN {col} IS NULL THEN NULL WHEN {col} THEN json('true') ELSE json('false') END"


def row_json(table_name: str, hidden: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(inner select list, outer JSON array expression) of one row; None if Python must encode.

    `hidden` fields (the reader may not read them) come out as null.
    """
    codec = table_codec(table_name)
    table: Any = codec.model.__table__
    inner: list[str] = []
    outer: list[str] = []
    for i, name in enumerate(codec.fields):
        kind = table.c[name].type
        col, alias = f't."{name}"', f"c{i}"
        if name == "payload" or kind.__class__.__name__ == "MonthSeries":
            return None
        inner.append(
            f"lower(hex({col})) AS {alias}" if isinstance(kind, GUID) else f"{col} AS {alias}"
        )
        if name in hidden:
            outer.append("NULL")
        elif isinstance(kind, GUID):
            outer.append(_guid(alias))
        elif isinstance(kind, Money):
            outer.append(_money(alias))
        elif isinstance(kind, UTCDateTime):
            outer.append(_timestamp(alias))
        elif isinstance(kind, Boolean):
            outer.append(_boolean(alias))
        else:
            outer.append(alias)
    return ", ".join(inner), f"json_array({', '.join(outer)})"


def _in(col: str, ids: Collection[uuid.UUID], params: list[Any]) -> str:
    if not ids:
        return "0"
    params.extend(i.bytes for i in ids)
    return f"{col} IN ({', '.join('?' * len(ids))})"


def _of_branches(table: str, branches: Collection[uuid.UUID], params: list[Any]) -> str:
    """SQL: the row `t` of `table` (one of FILTERABLE) belongs to one of `branches`."""
    table_spec = spec(table)
    parts: list[str] = []
    if table_spec.branch_column is not None:
        parts.append(_in(f"t.{table_spec.branch_column}", branches, params))
    link = table_spec.held_by
    if link is not None:
        holder = spec(link.table).customer_columns[0]
        held = _in("c.home_branch_id", branches, params)
        parts.append(
            f"EXISTS (SELECT 1 FROM {link.table} h JOIN customer c "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"ON c.id = h.{holder} WHERE h.{link.column} = t.id AND h.deleted = 0 AND {held})"
        )
    if not table_spec.owns_itself:
        for column in table_spec.customer_columns:
            held = _in("c.home_branch_id", branches, params)
            parts.append(f"EXISTS (SELECT 1 FROM customer c WHERE c.id = t.{column} AND {held})")  # noqa: S608 - identifiers from the table registry or constants; values are bound
    return parts[0] if len(parts) == 1 else f"({' OR '.join(parts)})"


def visibility(
    table: str,
    rule: scope.Reach,
    own: uuid.UUID,
    narrow: frozenset[uuid.UUID] | None,
    followed: Collection[uuid.UUID],
    params: list[Any],
) -> str:
    """SQL: the row `t` of `table` is in a pull's visibility (see `pull._visible`)."""
    parts: list[str] = []
    if rule is scope.Reach.OWN:
        parts.append(_of_branches(table, [own], params))
    if narrow is not None:
        narrowed = _of_branches(table, narrow, params)
        parts.append(f"({narrowed} OR {_in('t.id', followed, params)})")
    return " AND ".join(parts) or "1"


def page_json(
    session: Session,
    table: str,
    after_id: uuid.UUID | None,
    limit: int,
    where: str,
    params: list[Any],
    hidden: frozenset[str] = frozenset(),
) -> tuple[str, int, uuid.UUID | None]:
    """(JSON array of the page's rows, rows in it, last id) for rows matching `where`;
    `hidden` fields null."""
    row = row_json(table, hidden)
    assert row is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    inner, outer = row
    conditions = [where]
    args: list[Any] = list(params)
    if after_id is not None:
        conditions.append("t.id > ?")
        args.append(after_id.bytes)
    sql = (
        f"SELECT json_group_array({outer}), count(*), max(id) FROM "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        f'(SELECT {inner}, t.id AS id FROM "{table}" t WHERE {" AND ".join(conditions)} '
        f"ORDER BY t.id LIMIT ?)"
    )
    args.append(limit)
    rows, count, last = session.connection().exec_driver_sql(sql, tuple(args)).one()
    return rows, int(count), uuid.UUID(bytes=bytes(last)) if last is not None else None
