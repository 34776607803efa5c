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
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Boolean
from sqlalchemy.orm import Session

from client.schema.base import GUID, Money, UTCDateTime
from client.schema.enums import Role
from client.schema.models import Customer, User
from client.schema.permissions import LINKS, PARTY_VERSION, party_hidden
from client.schema.registry import REGISTRY, Owner, TableSpec, spec
from client.schema.rows import table_codec
from sync.server import scope


def _filterable(table_spec: TableSpec) -> bool:
    """Whether `of_branches` can say in SQL which branches a row of the table belongs to.

    So far: rows whose branches are customers' home branches (named by the row, by the
    link rows naming it, or by those of the row it `shares`), a branch of their own and
    members of staff's branches (`also`); not rows with owners of other kinds.
    """
    if table_spec.owner is not Owner.CUSTOMER or table_spec.via:
        return False
    if any(kind is not Owner.USER for kind, _ in table_spec.also):
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


def row_json(
    table_name: str, hidden: frozenset[str] = frozenset(), fixed: Mapping[str, int] | None = None
) -> tuple[str, str] | None:
    """(inner select list, outer JSON array expression) of one row; None if Python must encode.

    `hidden` fields (the reader may not read them) come out as null, `fixed` ones as the
    number given (a party row's version).
    """
    fixed = fixed or {}
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
        if name in fixed:
            outer.append(str(int(fixed[name])))
        elif name in hidden:
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


def _held_sql(table: str, row_id: str, branches: Collection[uuid.UUID], params: list[Any]) -> str:
    """SQL: the row of `table` (one with `held_by`) whose id is `row_id` belongs to one of
    `branches`: by a branch of its own or by a live link row's customer."""
    table_spec = spec(table)
    link = table_spec.held_by
    assert link is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    holder = spec(link.table).customer_columns[0]
    parts = []
    if table_spec.branch_column is not None:  # params are bound in the order of the text
        own = _in(f"p.{table_spec.branch_column}", branches, params)
        parts.append(f"EXISTS (SELECT 1 FROM {table} p WHERE p.id = {row_id} AND {own})")  # noqa: S608 - identifiers from the table registry or constants; values are bound
    held = _in("c.home_branch_id", branches, params)
    parts.append(
        f"EXISTS (SELECT 1 FROM {link.table} h JOIN customer c "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        f"ON c.id = h.{holder} WHERE h.{link.column} = {row_id} AND h.deleted = 0 AND {held})"
    )
    return parts[0] if len(parts) == 1 else f"({' OR '.join(parts)})"


def of_branches(
    table: str, branches: Collection[uuid.UUID], params: list[Any], alias: str = "t"
) -> str:
    """SQL: the row `alias` of `table` (one of FILTERABLE) belongs to one of `branches`
    (`sync.server.branches.Resolver.branches` in SQL)."""
    table_spec = spec(table)
    parts: list[str] = []
    if table_spec.branch_column is not None:
        parts.append(_in(f"{alias}.{table_spec.branch_column}", branches, params))
    if table_spec.held_by is not None:
        link = table_spec.held_by
        holder = spec(link.table).customer_columns[0]
        held = _in("c.home_branch_id", branches, params)
        parts.append(
            f"EXISTS (SELECT 1 FROM {link.table} h JOIN customer c "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"ON c.id = h.{holder} WHERE h.{link.column} = {alias}.id AND h.deleted = 0 "
            f"AND {held})"
        )
    if not table_spec.owns_itself:
        for column in table_spec.customer_columns:
            held = _in("c.home_branch_id", branches, params)
            parts.append(
                f"EXISTS (SELECT 1 FROM customer c WHERE c.id = {alias}.{column} AND {held})"  # noqa: S608 - identifiers from the table registry or constants; values are bound
            )
    if table_spec.shares is not None:
        shared = table_spec.shares
        parts.append(_held_sql(shared.table, f"{alias}.{shared.column}", branches, params))
    for _, column in table_spec.also:  # members of staff (`_filterable`)
        staff = _in("u.branch_id", branches, params)
        parts.append(
            f"EXISTS (SELECT 1 FROM {User.__tablename__} u WHERE u.id = {alias}.{column} "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"AND {staff})"
        )
    return parts[0] if len(parts) == 1 else f"({' OR '.join(parts)})"


def visibility(
    table: str,
    rule: scope.Reach,
    own: uuid.UUID,
    narrow: frozenset[uuid.UUID] | None,
    followed: Collection[uuid.UUID],
    params: list[Any],
    alias: str = "t",
) -> str:
    """SQL: the row `alias` of `table` is in a pull's visibility (see `pull._visible`)."""
    parts: list[str] = []
    if rule is scope.Reach.OWN:
        parts.append(of_branches(table, [own], params, alias))
    if narrow is not None:
        narrowed = of_branches(table, narrow, params, alias)
        parts.append(f"({narrowed} OR {_in(f'{alias}.id', followed, params)})")
    return " AND ".join(parts) or "1"


def party_visibility(
    role: Role,
    own: uuid.UUID,
    narrow: frozenset[uuid.UUID] | None,
    followed: Mapping[str, Collection[uuid.UUID]],
    params: list[Any],
) -> str | None:
    """SQL: the customer `t`, which the reader may not read, is named by a live link row
    (`LINKS`) the reader reads: it comes as a party row (`follows.party_changes`). None
    when a link table's visibility cannot be written in SQL."""
    named: list[str] = []
    for table, ends in LINKS.items():
        rule = scope.reach(scope.READ, role, table)
        columns = [end.column for end in ends if end.table == Customer.__tablename__]
        if rule is scope.Reach.NONE or not columns:
            continue
        if table not in FILTERABLE:
            return None
        for column in columns:
            seen = visibility(table, rule, own, narrow, followed.get(table, ()), params, "l")
            named.append(
                f'EXISTS (SELECT 1 FROM "{table}" l WHERE l.{column} = t.id '  # noqa: S608 - identifiers from the table registry or constants; values are bound
                f"AND l.deleted = 0 AND {seen})"
            )
    return f"({' OR '.join(named)})" if named else "0"


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


def _party_sources(
    table: str, column: str, rule: scope.Reach, own: uuid.UUID, params: list[Any]
) -> list[str]:
    """SELECTs of the customers of other branches than `own` the `column` end of live link
    rows of `table` names, for the rows tied to `own` by anything but that end (its other
    customer ends, its branch, the row it `shares`, its members of staff): driven by the
    branch's own rows through indexes, a superset of the party rows that `party_visibility`
    then checks."""
    link = f'SELECT l.{column} FROM "{table}" l JOIN customer x ON x.id = l.{column}'  # noqa: S608 - identifiers from the table registry or constants; values are bound

    def elsewhere() -> str:  # last in each SELECT: params are bound in the order of the text
        params.append(own.bytes)
        return "x.home_branch_id != ?"

    if rule is scope.Reach.ALL:
        return [f"{link} WHERE l.deleted = 0 AND {elsewhere()}"]
    table_spec = spec(table)
    found: list[str] = []
    for other in table_spec.customer_columns:
        if other != column:
            mine = _in("c.home_branch_id", [own], params)
            found.append(
                f"{link} JOIN customer c ON c.id = l.{other} WHERE l.deleted = 0 AND {mine} "
                f"AND {elsewhere()}"
            )
    if table_spec.branch_column is not None:
        mine = _in(f"l.{table_spec.branch_column}", [own], params)
        found.append(f"{link} WHERE l.deleted = 0 AND {mine} AND {elsewhere()}")
    if table_spec.shares is not None:
        shared = spec(table_spec.shares.table)
        held = shared.held_by
        assert held is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        holder = spec(held.table).customer_columns[0]
        mine = _in("c.home_branch_id", [own], params)
        parents = (
            f"SELECT h.{held.column} FROM {held.table} h JOIN customer c ON c.id = h.{holder} "  # noqa: S608 - identifiers from the table registry or constants; values are bound
            f"WHERE h.deleted = 0 AND {mine}"
        )
        if shared.branch_column is not None:
            theirs = _in(f"p.{shared.branch_column}", [own], params)
            parents += f" UNION SELECT p.id FROM {shared.table} p WHERE {theirs}"  # noqa: S608 - identifiers from the table registry or constants; values are bound
        found.append(
            f"{link} WHERE l.deleted = 0 AND l.{table_spec.shares.column} IN ({parents}) "
            f"AND {elsewhere()}"
        )
    for _, staff in table_spec.also:
        mine = _in("u.branch_id", [own], params)
        found.append(
            f"{link} JOIN {User.__tablename__} u ON u.id = l.{staff} WHERE l.deleted = 0 "
            f"AND {mine} AND {elsewhere()}"
        )
    return found


def party_candidates(role: Role, own: uuid.UUID, params: list[Any]) -> str:
    """SQL: a SELECT of the customers that may come as party rows to a reader of `role` at
    the branch `own` (`_party_sources` of every link table's customer ends)."""
    selects: list[str] = []
    for table, ends in LINKS.items():
        rule = scope.reach(scope.READ, role, table)
        if rule is scope.Reach.NONE:
            continue
        for end in ends:
            if end.table == Customer.__tablename__:
                selects += _party_sources(table, end.column, rule, own, params)
    return " UNION ".join(selects) or "SELECT NULL WHERE 0"


def party_json(session: Session, where: str, params: list[Any]) -> tuple[str, int]:
    """(JSON array, count) of the party rows (`scope.party_row`) of the live customers
    matching `where`."""
    row = row_json(Customer.__tablename__, party_hidden(), {"version": PARTY_VERSION})
    assert row is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    inner, outer = row
    sql = (
        f"SELECT json_group_array({outer}), count(*) FROM "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        f'(SELECT {inner} FROM "{Customer.__tablename__}" t WHERE t.deleted = 0 AND {where})'
    )
    rows, count = session.connection().exec_driver_sql(sql, tuple(params)).one()
    return rows, int(count)
