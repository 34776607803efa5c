"""Pages of the change feed, as the rows are now, filtered by the user's scope.

Rows the user may not read are passed over; fields of a readable row it may not read (a
customer's national ID for the call centre) are sent as null (`scope.blank_hidden`). Rows
tied to a customer the device opened by a specific query are readable while it follows it
(`scope.can_read_followed`); customers a page's link rows name that the user may not read
come as party rows, their names only (`follows.party_changes`).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.models import Branch
from client.schema.rows import table_codec
from sync.protocol import Change, PullRequest, PullResponse
from sync.server import feed, follows, scope
from sync.server.auth import Actor
from sync.server.branches import MissingReferenceError, Resolver
from sync.server.errors import ApiError

MAX_VERSION = 2**63 - 1
"""The largest feed version a database column holds."""


def _narrowing(session: Session, request: PullRequest) -> frozenset[uuid.UUID] | None:
    if request.scope is None or request.scope.branch_codes is None:
        return None
    codes = request.scope.branch_codes
    return frozenset(session.scalars(select(Branch.id).where(Branch.code.in_(codes))).all())


def load_rows(
    session: Session, resolver: Resolver, entries: Iterable[feed.FeedEntry]
) -> dict[tuple[str, uuid.UUID], Any]:
    """The rows the entries name, as they are now, by (table, id); `resolver` primed for them."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entry in entries:
        wanted[entry.table].add(entry.row_id)
    rows: dict[tuple[str, uuid.UUID], Any] = {}
    for table, ids in wanted.items():
        model = table_codec(table).model
        found: list[Any] = []
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            found += session.scalars(select(model).where(model.id.in_(chunk))).all()  # type: ignore[attr-defined]
        resolver.prefetch(table, found)
        rows.update({(table, obj.id): obj for obj in found})
    return rows


def pull(
    session: Session, actor: Actor, request: PullRequest, follow_since: datetime | None = None
) -> PullResponse:
    """The changes after `request.cursor` the actor may read, one bounded page of the feed.

    Customers the device follows count while their follow is live at `follow_since`
    (`sync.server.follows.followed`; None: every follow).

    A page covers up to `limit` feed entries; a row changed several times is sent once, at
    its latest version. Entries the actor may not read are passed over, so a page may hold
    fewer changes than `limit` while `has_more` is true.
    """
    if request.cursor > MAX_VERSION:
        raise ApiError(400, f"cursor {request.cursor} is beyond any feed version")
    entries = feed.entries_after(session, request.cursor, request.limit + 1)
    has_more = len(entries) > request.limit
    entries = entries[: request.limit]
    if not entries:
        return PullResponse(changes=[], next_cursor=request.cursor, has_more=False)
    readable = [
        e for e in entries if scope.reach(scope.READ, actor.role, e.table) is not scope.Reach.NONE
    ]
    resolver = Resolver(session)
    rows = load_rows(session, resolver, readable)
    narrow = _narrowing(session, request)
    follow = (
        follows.followed_rows(session, actor.device_id, follow_since)
        if narrow is not None or scope.opens_anywhere(actor.role)
        else {}
    )
    changes: list[Change] = []
    for entry in entries:
        obj = rows.get((entry.table, entry.row_id))
        if obj is None or obj.version != entry.seq:
            continue  # not readable, or sent later at its newer version
        if not _visible(resolver, actor, entry.table, obj, narrow, follow):
            continue
        row = scope.blank_hidden(actor.role, entry.table, table_codec(entry.table).to_json(obj))
        changes.append(Change(table=entry.table, row=row, version=entry.seq))
    changes += follows.party_changes(session, resolver, actor, changes)
    return PullResponse(changes=changes, next_cursor=entries[-1].seq, has_more=has_more)


def _visible(
    resolver: Resolver,
    actor: Actor,
    table: str,
    obj: Any,
    narrow: frozenset[uuid.UUID] | None,
    follow: dict[str, set[uuid.UUID]] | None = None,
) -> bool:
    """Readable by the actor, and within the narrowing or tied to a followed customer."""
    try:
        branches = resolver.branches(table, obj)
    except MissingReferenceError:
        return False
    followed = follow is not None and obj.id in follow.get(table, ())
    if not scope.can_read(actor.role, actor.branch_id, table, branches):
        # a customer opened by a specific query (`scope.OPEN`), while the device follows it
        return followed and scope.can_read_followed(actor.role, actor.branch_id, table, branches)
    if narrow is None or branches is None or bool(branches & narrow):
        return True
    return followed
