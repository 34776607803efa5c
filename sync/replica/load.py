"""The first download page by page: every readable row into a fresh cache, resumably.

Both ends run it: the workstation's engine over its HTTP transport, and the server's
snapshot-file builder over the server's own database, so a prebuilt file is exactly the
cache a workstation's first sync would make. Each page is stored in one transaction that
also records the position reached (`state.SNAPSHOT`), so a killed download resumes with
the next page. Secondary indexes are off while rows arrive (`bulk`) and the search index
is built at the end.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine

from client.schema.local import search_term
from client.search.index import rebuild_index
from client.store import CACHE_KIB, LocalCache
from sync.protocol import SnapshotPage, SnapshotRequest, SnapshotStart
from sync.replica import bulk, state
from sync.replica.apply import Applier
from sync.replica.pages import Position, read_ahead

log = logging.getLogger(__name__)


class SnapshotSource(Protocol):
    """Where the rows come from: the two snapshot calls of the sync protocol."""

    def snapshot_start(self) -> SnapshotStart: ...

    def snapshot(self, request: SnapshotRequest) -> SnapshotPage: ...


LoadListener = Callable[[int, str], None]
"""Told the rows stored so far: once before the first page (table ""), then after each page
with that page's table."""


@dataclass(frozen=True)
class Loaded:
    """What `load_pages` did: the feed version to pull from, the tables, this call's work."""

    feed_version: int
    tables: list[str]
    rows: int
    pages: int


def load_pages(
    db: Engine,
    cache: LocalCache,
    source: SnapshotSource,
    *,
    limit: int,
    on_progress: LoadListener | None = None,
) -> Loaded:
    """Downloads every readable row from `source` into the cache behind `db` (its replica
    engine), resuming a download under way, then builds the indexes and the search index.
    The narrowing stored under `state.SCOPE` is asked for."""
    with db.begin() as conn:
        plan = state.get_json(conn, state.SNAPSHOT)
        scope = state.pull_scope(conn)
    if plan is None:
        start = source.snapshot_start()
        plan = {
            "feed_version": start.feed_version,
            "tables": start.tables,
            "at": 0,
            "after": None,
            "done": 0,
        }
        with db.begin() as conn:
            state.put_json(conn, state.SNAPSHOT, plan)
            bulk.drop_secondary_indexes(conn)
    if on_progress is not None:
        on_progress(plan["done"], "")
    rows = pages = 0
    after = uuid.UUID(plan["after"]) if plan["after"] else None
    for page, position in read_ahead(
        source.snapshot, plan["tables"], Position(plan["at"], after), limit=limit, scope=scope
    ):
        with db.begin() as conn:
            bulk.set_cache(conn, bulk.BULK_CACHE_KIB)
            Applier(conn, index=False).page(page.table, page.columns, page.rows)
            plan["done"] += len(page.rows)
            plan["at"] = position.at
            plan["after"] = str(position.after) if position.after else None
            state.put_json(conn, state.SNAPSHOT, plan)
            state.put(conn, state.INDEX_DIRTY, "1")
        rows += len(page.rows)
        pages += 1
        if on_progress is not None:
            on_progress(plan["done"], page.table)
    with db.begin() as conn:
        state.put(conn, state.CURSOR, str(plan["feed_version"]))
        state.remove(conn, state.SNAPSHOT)
    finish_bulk_load(db, cache)
    return Loaded(int(plan["feed_version"]), list(plan["tables"]), rows, pages)


def finish_bulk_load(db: Engine, cache: LocalCache) -> None:
    """After an initial sync (even one killed earlier): the tables' indexes, the search
    index (its own indexes still off), then those."""
    started = time.perf_counter()
    with db.begin() as conn:
        bulk.set_cache(conn, bulk.BULK_CACHE_KIB)
        restored = bulk.restore_indexes(conn, keep_dropped=search_term.name)
    _rebuild_index_if_needed(db, cache)
    with db.begin() as conn:
        restored += bulk.restore_indexes(conn)
        bulk.set_cache(conn, CACHE_KIB)
    if restored:
        log.info("%d indexes created in %.1f s", restored, time.perf_counter() - started)


def _rebuild_index_if_needed(db: Engine, cache: LocalCache) -> None:
    with db.connect() as conn:
        dirty = state.get(conn, state.INDEX_DIRTY)
        conn.rollback()
    if dirty:
        started = time.perf_counter()
        rebuild_index(cache, cache_kib=bulk.BULK_CACHE_KIB)
        with db.begin() as conn:
            state.remove(conn, state.INDEX_DIRTY)
        log.info("search index rebuilt in %.1f s", time.perf_counter() - started)
