"""The initial sync: every row a user may read, table by table, in pages by ascending id.

Two paths. When the user may read the whole table (head office, reference tables), rows
are read as stored and encoded column by column without building Python objects (SQLite
stores ids, money and timestamps in shapes that map straight to the wire encoding). When
the rows must be filtered by branch, they are read as values and checked with the same
`Resolver` and rules as a pull, so both answers always agree. On SQLite, `page_json`
first tries `snapshot_sql`, where SQLite itself filters the rows and writes their JSON.
Followed customers join a narrowed snapshot as they join a narrowed pull. Fields the user
may not read are null, as in a pull (`scope.hidden`). A page of customers also carries, as
party rows (`scope.party_row`), the customers the user may not read that a link row it
reads names (a joint holder of its account, a member of its household), as a pull does
(`follows.party_changes`): on SQLite all of them with the first page, found from the
branch's own rows; otherwise those in each page's range of ids.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, or_, select
from sqlalchemy.orm import Session

from client.schema.base import GUID, Money, UTCDateTime
from client.schema.models import Base, Customer
from client.schema.permissions import LINKS, PARTY_VERSION, party_hidden
from client.schema.rows import replicated_tables, table_codec
from sync.protocol import PullRequest, PullScope, SnapshotPage, SnapshotRequest, SnapshotStart
from sync.server import feed, follows, scope, snapshot_sql
from sync.server.auth import Actor
from sync.server.branches import CHUNK, Resolver
from sync.server.errors import ApiError
from sync.server.pull import _narrowing, _visible

Encode = Callable[[Any], Any]


def start(session: Session) -> SnapshotStart:
    """The feed version to pull from afterwards, and the tables in dependency order."""
    version = feed.latest_version(session)
    wanted = set(replicated_tables())
    tables = [t.name for t in Base.metadata.sorted_tables if t.name in wanted]
    return SnapshotStart(feed_version=version, tables=tables)


def _guid_text(raw: Any) -> str:
    text = bytes(raw).hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _money_text(raw: int) -> str:
    whole, part = divmod(abs(raw), 10_000)
    return f"{'-' if raw < 0 else ''}{whole}.{part:04d}"


def _timestamp_text(raw: str) -> str:
    """SQLite keeps UTC timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff' without a zone."""
    return f"{raw[:10]}T{raw[11:]}+00:00"


def _months_encoder(kind: Any, codec: Any) -> Encode:
    def encode(raw: Any) -> Any:
        return codec.encode(kind.process_result_value(raw, None))

    return encode


@cache
def _stored_encoders(table_name: str) -> tuple[Encode | None, ...]:
    """Per column: stored SQLite value -> wire value (None: the stored value as it is)."""
    codec = table_codec(table_name)
    table: Any = codec.model.__table__
    encoders: list[Encode | None] = []
    for name in codec.fields:
        kind = table.c[name].type
        if isinstance(kind, GUID):
            encoders.append(_guid_text)
        elif isinstance(kind, Money):
            encoders.append(_money_text)
        elif isinstance(kind, UTCDateTime):
            encoders.append(_timestamp_text)
        elif isinstance(kind, Boolean):
            encoders.append(bool)
        elif name in ("payload",):
            encoders.append(json.loads)
        elif kind.__class__.__name__ == "MonthSeries":
            encoders.append(_months_encoder(kind, codec.fields[name].codec))
        else:
            encoders.append(None)
    return tuple(encoders)


def _encode_stored(table: str, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    encoders = _stored_encoders(table)
    out = []
    for row in rows:
        out.append(
            [v if (e is None or v is None) else e(v) for e, v in zip(encoders, row, strict=True)]
        )
    return out


def page(
    session: Session,
    actor: Actor,
    request: SnapshotRequest,
    follow_since: datetime | None = None,
) -> SnapshotPage:
    """One page of `request.table`: rows after `after_id` the actor may read (followed
    customers while their follow is live at `follow_since`: `sync.server.follows`)."""
    try:
        codec = table_codec(request.table)
    except ValueError:
        raise ApiError(400, f"unknown table {request.table!r}") from None
    columns = list(codec.fields)
    rule = scope.reach(scope.READ, actor.role, request.table)
    if rule is scope.Reach.NONE:
        return SnapshotPage(
            table=request.table, columns=columns, rows=[], last_id=None, has_more=False
        )
    narrow = _narrowing(session, PullRequest(scope=request.scope or PullScope()))
    whole = request.table in scope.REFERENCE or (rule is scope.Reach.ALL and narrow is None)
    if whole and session.get_bind().dialect.name == "sqlite":
        scanned, last, rows = _stored_page(session, request, columns)
    else:
        scanned, last, rows = _value_page(
            session, actor, request, columns, narrow, whole, follow_since
        )
    blank = [columns.index(n) for n in scope.hidden(actor.role, request.table)]
    for row in rows if blank else ():
        for index in blank:
            row[index] = None
    return SnapshotPage.model_construct(  # built from trusted values: no validation pass
        table=request.table,
        columns=columns,
        rows=rows,
        last_id=last,
        has_more=scanned == request.limit,
    )


def page_json(
    session: Session,
    actor: Actor,
    request: SnapshotRequest,
    follow_since: datetime | None = None,
) -> bytes:
    """The page as JSON bytes; on SQLite, SQLite writes the rows' JSON when it can."""
    fast = _sqlite_page(session, actor, request, follow_since)
    if fast is not None:
        return fast
    return page(session, actor, request, follow_since).model_dump_json().encode()


def _sqlite_page(
    session: Session, actor: Actor, request: SnapshotRequest, follow_since: datetime | None
) -> bytes | None:
    table = request.table
    if session.get_bind().dialect.name != "sqlite" or table not in replicated_tables():
        return None
    rule = scope.reach(scope.READ, actor.role, table)
    if rule is scope.Reach.NONE or snapshot_sql.row_json(table) is None:
        return None
    narrow = _narrowing(session, PullRequest(scope=request.scope or PullScope()))
    params: list[Any] = []
    if table in scope.REFERENCE or (rule is scope.Reach.ALL and narrow is None):
        where = "1"
    elif table in snapshot_sql.FILTERABLE:
        opened = scope.opens_anywhere(actor.role)
        followed = (
            follows.followed_rows(session, actor.device_id, follow_since)
            if narrow is not None or opened
            else {}
        )
        if opened and followed.get(table):
            return None  # rows opened by a specific query: `_value_page` checks each one
        where = snapshot_sql.visibility(
            table, rule, actor.branch_id, narrow, followed.get(table, set()), params
        )
    else:
        return None
    hidden = scope.hidden(actor.role, table)
    rows, count, last = snapshot_sql.page_json(
        session, table, request.after_id, request.limit, where, params, hidden
    )
    if _sends_parties(actor, table) and request.after_id is None:  # all in the first page
        party = _sqlite_parties(session, actor, narrow, followed)
        if party is None:
            return None
        rows = _joined(rows, party)
    head = json.dumps(
        {"table": table, "columns": list(table_codec(table).fields)}, ensure_ascii=False
    )
    tail = json.dumps({"last_id": str(last) if last else None, "has_more": count == request.limit})
    return f'{head[:-1]}, "rows": {rows}, {tail[1:]}'.encode()


def _sends_parties(actor: Actor, table: str) -> bool:
    """Whether a page of `table` carries party rows: the customer table, for a role that
    reads its own branch's customers (`follows.party_changes`)."""
    return table == Customer.__tablename__ and (
        scope.reach(scope.READ, actor.role, table) is scope.Reach.OWN
    )


def _sqlite_parties(
    session: Session,
    actor: Actor,
    narrow: frozenset[uuid.UUID] | None,
    followed: dict[str, set[uuid.UUID]],
) -> str | None:
    """The JSON array of every party row of the snapshot (customers the reader may not
    read, named by a link row it reads), found from its own branch's rows (sent with the
    first page of customers); None when SQL cannot say which."""
    params: list[Any] = []
    candidates = snapshot_sql.party_candidates(actor.role, actor.branch_id, params)
    rule = scope.reach(scope.READ, actor.role, Customer.__tablename__)
    seen = snapshot_sql.visibility(
        Customer.__tablename__,
        rule,
        actor.branch_id,
        narrow,
        followed.get(Customer.__tablename__, set()),
        params,
    )
    named = snapshot_sql.party_visibility(actor.role, actor.branch_id, narrow, followed, params)
    if named is None:
        return None
    where = f"t.id IN ({candidates}) AND NOT ({seen}) AND {named}"
    rows, _ = snapshot_sql.party_json(session, where, params)
    return str(rows)


def _joined(rows: str, more: str) -> str:
    """Two JSON arrays as one."""
    if more == "[]":
        return rows
    if rows == "[]":
        return more
    return f"{rows[:-1]},{more[1:]}"


def _named_by_links(
    session: Session,
    resolver: Resolver,
    actor: Actor,
    customers: set[uuid.UUID],
    narrow: frozenset[uuid.UUID] | None,
    follow: dict[str, set[uuid.UUID]],
) -> set[uuid.UUID]:
    """Those of `customers` a live link row (`LINKS`) the actor may read names."""
    named: set[uuid.UUID] = set()
    for table, ends in LINKS.items():
        columns = [e.column for e in ends if e.table == Customer.__tablename__]
        if not columns or scope.reach(scope.READ, actor.role, table) is scope.Reach.NONE:
            continue
        model: Any = table_codec(table).model
        ids = sorted(customers)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            where = or_(*(getattr(model, c).in_(chunk) for c in columns))
            links = session.scalars(select(model).where(where, model.deleted.is_(False))).all()
            resolver.prefetch(table, links)
            for link in links:
                if _visible(resolver, actor, table, link, narrow, follow):
                    named |= {getattr(link, c) for c in columns} & customers
    return named


def _stored_page(
    session: Session, request: SnapshotRequest, columns: list[str]
) -> tuple[int, uuid.UUID | None, list[list[Any]]]:
    names = ", ".join(f'"{n}"' for n in columns)
    sql = f'SELECT {names} FROM "{request.table}"'  # noqa: S608 - identifiers from the table registry or constants; values are bound
    params: tuple[Any, ...] = (request.limit,)
    if request.after_id is not None:
        sql += " WHERE id > ?"
        params = (request.after_id.bytes, request.limit)
    sql += " ORDER BY id LIMIT ?"
    found = session.connection().exec_driver_sql(sql, params).fetchall()
    last = uuid.UUID(bytes=bytes(found[-1][columns.index("id")])) if found else None
    return len(found), last, _encode_stored(request.table, found)


def _value_page(
    session: Session,
    actor: Actor,
    request: SnapshotRequest,
    columns: list[str],
    narrow: frozenset[uuid.UUID] | None,
    whole: bool,
    follow_since: datetime | None,
) -> tuple[int, uuid.UUID | None, list[list[Any]]]:
    codec = table_codec(request.table)
    table: Any = codec.model.__table__
    query = select(*[table.c[n] for n in columns]).order_by(table.c.id).limit(request.limit)
    if request.after_id is not None:
        query = query.where(table.c.id > request.after_id)
    found = session.execute(query).all()
    scanned, last = len(found), (found[-1].id if found else None)
    parties: list[Any] = []
    if not whole:
        resolver = Resolver(session)
        resolver.prefetch(request.table, found)
        follow = (
            follows.followed_rows(session, actor.device_id, follow_since)
            if narrow is not None or scope.opens_anywhere(actor.role)
            else {}
        )
        seen = [r for r in found if _visible(resolver, actor, request.table, r, narrow, follow)]
        if _sends_parties(actor, request.table):
            hidden = {r.id for r in found if not r.deleted} - {r.id for r in seen}
            named = _named_by_links(session, resolver, actor, hidden, narrow, follow)
            parties = [r for r in found if r.id in named]
        found = seen
    fields = [codec.fields[n].codec for n in columns]
    rows = [
        [None if v is None else c.encode(v) for c, v in zip(fields, r, strict=True)] for r in found
    ]
    if parties:
        blank = [columns.index(n) for n in party_hidden()]
        for party in parties:
            row = [None if v is None else c.encode(v) for c, v in zip(fields, party, strict=True)]
            for index in blank:
                row[index] = None
            row[columns.index("version")] = PARTY_VERSION
            rows.append(row)
    return scanned, last, rows
