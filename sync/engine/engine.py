"""The workstation's sync engine: upload the outbox, then download what changed.

Every step that writes to the cache is one local transaction that also records how far
it got (the feed cursor, the position in the initial snapshot, the outbox entries the
server has answered), so a killed process resumes where it stopped and repeats at most
the one request it was waiting for. The engine never imports Qt: the UI runs it in a
worker thread and listens to `on_status`.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Connection, Engine, func, select

from client.errors import GuitaiError
from client.outbox import INDEXED_TABLES
from client.schema.base import utcnow
from client.schema.local import outbox, search_term, sync_issue
from client.schema.models import Base
from client.schema.rows import replicated_tables
from client.search.index import rebuild_index, reindex_customers
from client.store import CACHE_KIB, LocalCache
from sync.engine import bulk, snapshot_file, state
from sync.engine.apply import Applier
from sync.engine.outcomes import settle
from sync.engine.pages import Position, read_ahead
from sync.engine.transport import SyncError, Transport
from sync.protocol import (
    DEFAULT_PAGE,
    MAX_PUSH_ENTRIES,
    SNAPSHOT_CHUNK,
    SNAPSHOT_PAGE,
    OpenRequest,
    OutboxEntry,
    PullRequest,
    PullScope,
    PushRequest,
    RemoteHit,
    RemoteSearchRequest,
)
from sync.status import Phase, Progress, SyncStatus

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    snapshot_rows: int = 0
    snapshot_bytes: int = 0
    """Bytes of a prebuilt snapshot file downloaded in this round."""
    pages: int = 0
    errors: list[str] = field(default_factory=list)


StatusListener = Callable[[SyncStatus], None]


class SyncEngine:
    """Syncs one profile's cache with the server behind `transport`."""

    def __init__(
        self,
        cache: LocalCache,
        transport: Transport,
        *,
        page: int = DEFAULT_PAGE,
        snapshot_page: int = SNAPSHOT_PAGE,
        push_batch: int = MAX_PUSH_ENTRIES,
        snapshot_files: bool = True,
        snapshot_chunk: int = SNAPSHOT_CHUNK,
        clock: Callable[[], datetime] = utcnow,
        on_status: StatusListener | None = None,
    ) -> None:
        self.cache = cache
        self.transport = transport
        self.page = page
        self.snapshot_page = snapshot_page
        self.push_batch = push_batch
        self.snapshot_files = snapshot_files
        """Copy the server's prebuilt snapshot file when it offers one (else pages only)."""
        self.snapshot_chunk = snapshot_chunk
        self.clock = clock
        self.on_status = on_status
        self.db: Engine = cache.replica_engine()
        self.online = False
        self.phase = Phase.IDLE
        self.progress: Progress | None = None
        self._lock = threading.Lock()
        self._last_status: SyncStatus | None = None

    def close(self) -> None:
        self.db.dispose()

    # --- status ---------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self.db.connect() as conn:
            pending, oldest = conn.execute(
                select(func.count(), func.min(outbox.c.created_at))
            ).one()
            conflicts = conn.execute(select(func.count()).select_from(sync_issue)).scalar_one()
            last_sync = state.get_time(conn, state.LAST_SYNC)
            error = state.get(conn, state.LAST_ERROR)
            conn.rollback()
        return SyncStatus(
            online=self.online,
            phase=self.phase,
            last_sync=last_sync,
            pending=int(pending),
            oldest_pending=oldest,
            conflicts=int(conflicts),
            progress=self.progress,
            error=error or None,
        )

    def _announce(
        self, phase: Phase | None = None, progress: Progress | None = None, *, fresh: bool = True
    ) -> None:
        """Tells `on_status`; with `fresh` false, the counts of the last status are reused
        (while a snapshot file is copied the cache is write-locked)."""
        if phase is not None:
            self.phase = phase
        self.progress = progress
        if self.on_status is None:
            return
        if fresh or self._last_status is None:
            self._last_status = self.status()
        else:
            self._last_status = replace(
                self._last_status, online=self.online, phase=self.phase, progress=progress
            )
        self.on_status(self._last_status)

    # --- one round ------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Uploads every pending edit, then downloads every change; raises SyncError."""
        with self._lock:
            report = SyncReport()
            try:
                self._push(report)
                if self._needs_snapshot():
                    self._snapshot(report)
                self._pull(report)
            except GuitaiError as exc:
                self._contact(ok=False, error=str(exc))
                raise
            finally:
                self._announce(Phase.IDLE)
            self._contact(ok=True, finished=True)
            self._announce(Phase.IDLE)
            return report

    def sync_with_retries(
        self,
        attempts: int = 5,
        base_delay: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> SyncReport:
        """`sync`, again after transient failures, waiting longer each time (with jitter)."""
        for attempt in range(attempts):
            try:
                return self.sync()
            except SyncError as exc:
                if not exc.transient or attempt == attempts - 1:
                    raise
                delay = min(60.0, base_delay * 2**attempt) * (0.5 + random.random())
                log.info("sync failed (%s); retrying in %.1f s", exc, delay)
                sleep(delay)
        raise AssertionError("unreachable")

    def _contact(self, *, ok: bool, error: str = "", finished: bool = False) -> None:
        self.online = ok
        with self.db.begin() as conn:
            now = self.clock()
            if ok:
                state.put_time(conn, state.LAST_CONTACT, now)
                state.remove(conn, state.LAST_ERROR)
                if finished:
                    state.put_time(conn, state.LAST_SYNC, now)
            else:
                state.put(conn, state.LAST_ERROR, error)

    # --- upload ---------------------------------------------------------------------------

    def _push(self, report: SyncReport) -> None:
        while True:
            with self.db.connect() as conn:
                rows = conn.execute(
                    select(outbox).order_by(outbox.c.seq).limit(self.push_batch)
                ).all()
                conn.rollback()
            if not rows:
                return
            self._announce(Phase.PUSHING, Progress(0, len(rows), "outbox"))
            entries = [
                OutboxEntry(
                    entry_id=row.entry_id,
                    table=row.table_name,
                    row_id=row.row_id,
                    op=row.op,
                    base_version=row.base_version,
                    changed=json.loads(row.changed),
                )
                for row in rows
            ]
            answer = self.transport.push(PushRequest(entries=entries))
            self.online = True
            by_id = {r.entry_id: r for r in answer.results}
            with self.db.begin() as conn:
                touched: set[uuid.UUID] = set()
                now = self.clock()
                for row in rows:
                    result = by_id.get(row.entry_id)
                    if result is None:
                        continue
                    kind = settle(conn, result, now)
                    report.pushed += kind is None
                    report.conflicts += kind == "conflict"
                    report.rejected += kind == "rejected"
                    if kind and row.table_name in INDEXED_TABLES and row.customer_id:
                        touched.add(row.customer_id)
                if touched:
                    reindex_customers(conn, touched)
            if len(by_id) < len(rows):
                raise SyncError("the server answered only part of the upload; try again")

    # --- download -------------------------------------------------------------------------

    def _scope(self, conn: Connection) -> PullScope | None:
        codes = state.get_json(conn, state.SCOPE)
        return None if codes is None else PullScope(branch_codes=list(codes))

    def needs_initial_sync(self) -> bool:
        """True until the first full download has finished (no change-feed cursor yet)."""
        return self._needs_snapshot()

    def _needs_snapshot(self) -> bool:
        with self.db.connect() as conn:
            needs = state.cursor(conn) is None
            conn.rollback()
        return needs

    def _snapshot(self, report: SyncReport) -> None:
        """The first download: the server's prebuilt file when it offers one, else pages."""
        if not self._snapshot_from_file(report):
            self._snapshot_pages(report)

    def _snapshot_from_file(self, report: SyncReport) -> bool:
        with self.db.begin() as conn:
            paging = state.get_json(conn, state.SNAPSHOT) is not None
            scope = self._scope(conn)
        if paging or not self.snapshot_files:
            return False  # a page-by-page download under way goes on
        tables = [t.name for t in Base.metadata.sorted_tables if t.name in replicated_tables()]
        self._announce(Phase.INITIAL_SYNC, Progress(0, None, "download"))

        def progress(rows: int, total: int, stage: str) -> None:
            self.online = True
            stale = stage == snapshot_file.COPY_STAGE
            self._announce(Phase.INITIAL_SYNC, Progress(rows, total, stage), fresh=not stale)

        copied = snapshot_file.fetch(
            self.db,
            self.cache.connect,
            self.transport,
            self.cache.profile.folder,
            scope,
            tables,
            progress,
            self.snapshot_chunk,
        )
        if copied is None:
            return False
        self.online = True
        report.snapshot_rows += copied.rows
        report.snapshot_bytes += copied.bytes_downloaded
        log.info("initial sync from a snapshot file: %d rows", copied.rows)
        return True

    def download_pages(self) -> tuple[SyncReport, int, list[str]]:
        """The first download page by page, indexes and search index built: (report, feed
        version, tables). The server builds its snapshot files with it."""
        report = SyncReport()
        tables = self._snapshot_pages(report)
        self._finish_bulk_load()
        with self.db.connect() as conn:
            version = state.cursor(conn)
            conn.rollback()
        assert version is not None
        return report, version, tables

    def _snapshot_pages(self, report: SyncReport) -> list[str]:
        """Every readable row, table by table, resumable per page; returns the tables."""
        with self.db.begin() as conn:
            plan = state.get_json(conn, state.SNAPSHOT)
            scope = self._scope(conn)
        if plan is None:
            start = self.transport.snapshot_start()
            plan = {
                "feed_version": start.feed_version,
                "tables": start.tables,
                "at": 0,
                "after": None,
                "done": 0,
            }
            with self.db.begin() as conn:
                state.put_json(conn, state.SNAPSHOT, plan)
                bulk.drop_secondary_indexes(conn)
        self._announce(Phase.INITIAL_SYNC, Progress(plan["done"], None))
        after = uuid.UUID(plan["after"]) if plan["after"] else None
        pages = read_ahead(
            self.transport.snapshot,
            plan["tables"],
            Position(plan["at"], after),
            limit=self.snapshot_page,
            scope=scope,
        )
        for page, position in pages:
            self.online = True
            with self.db.begin() as conn:
                bulk.set_cache(conn, bulk.BULK_CACHE_KIB)
                applier = Applier(conn, index=False)
                applier.page(page.table, page.columns, page.rows)
                report.snapshot_rows += len(page.rows)
                report.pages += 1
                plan["done"] += len(page.rows)
                plan["at"] = position.at
                plan["after"] = str(position.after) if position.after else None
                state.put_json(conn, state.SNAPSHOT, plan)
                state.put(conn, state.INDEX_DIRTY, "1")
            self._announce(Phase.INITIAL_SYNC, Progress(plan["done"], None, page.table))
        with self.db.begin() as conn:
            state.put(conn, state.CURSOR, str(plan["feed_version"]))
            state.remove(conn, state.SNAPSHOT)
        self._finish_bulk_load()
        return list(plan["tables"])

    def _finish_bulk_load(self) -> None:
        """After an initial sync (even one killed earlier): the tables' indexes, the search
        index (its own indexes still off), then those."""
        started = time.perf_counter()
        with self.db.begin() as conn:
            bulk.set_cache(conn, bulk.BULK_CACHE_KIB)
            restored = bulk.restore_indexes(conn, keep_dropped=search_term.name)
        self._rebuild_index_if_needed()
        with self.db.begin() as conn:
            restored += bulk.restore_indexes(conn)
            bulk.set_cache(conn, CACHE_KIB)
        if restored:
            log.info("%d indexes created in %.1f s", restored, time.perf_counter() - started)

    def _rebuild_index_if_needed(self) -> None:
        with self.db.connect() as conn:
            dirty = state.get(conn, state.INDEX_DIRTY)
            conn.rollback()
        if dirty:
            started = time.perf_counter()
            rebuild_index(self.cache, cache_kib=bulk.BULK_CACHE_KIB)
            with self.db.begin() as conn:
                state.remove(conn, state.INDEX_DIRTY)
            log.info("search index rebuilt in %.1f s", time.perf_counter() - started)

    def _pull(self, report: SyncReport) -> None:
        self._finish_bulk_load()
        while True:
            with self.db.connect() as conn:
                cursor = state.cursor(conn) or 0
                scope = self._scope(conn)
                conn.rollback()
            self._announce(Phase.PULLING, Progress(report.pulled, None))
            page = self.transport.pull(PullRequest(cursor=cursor, limit=self.page, scope=scope))
            self.online = True
            with self.db.begin() as conn:
                if (state.cursor(conn) or 0) != cursor:
                    continue  # another round moved on meanwhile
                applier = Applier(conn)
                applier.changes(page.changes)
                applier.finish()
                state.put(conn, state.CURSOR, str(page.next_cursor))
            report.pulled += len(page.changes)
            report.pages += 1
            if not page.has_more:
                return

    # --- online extras --------------------------------------------------------------------

    def wait_for_changes(self, timeout: float = 25.0) -> bool:
        """Blocks until the server has changes after the cursor, or `timeout` passes; when it
        has none this user may read, the cursor moves past them (no pull needed)."""
        with self.db.connect() as conn:
            cursor = state.cursor(conn) or 0
            conn.rollback()
        answer = self.transport.wait(cursor, timeout)
        self.online = True
        if not answer.changed and answer.skip_to is not None and answer.skip_to > cursor:
            with self.db.begin() as conn:
                if (state.cursor(conn) or 0) == cursor and cursor:
                    state.put(conn, state.CURSOR, str(answer.skip_to))
        return answer.changed

    def search_server(self, query: str, limit: int = 20) -> list[RemoteHit]:
        """Customers the server has for `query` (the caller drops those already cached)."""
        answer = self.transport.search(RemoteSearchRequest(query=query, limit=limit))
        self.online = True
        return list(answer.hits)

    def open_from_server(self, customer_id: uuid.UUID) -> int:
        """Brings a customer from outside the cache into it; later pulls keep it current."""
        answer = self.transport.open(OpenRequest(customer_id=customer_id))
        self.online = True
        with self.db.begin() as conn:
            applier = Applier(conn)
            applier.changes(answer.changes)
            applier.finish()
        return len(answer.changes)

    def run(self, stop: threading.Event, *, wait: float = 25.0, max_delay: float = 60.0) -> None:
        """Syncs until `stop` is set: right away, then whenever the server has news."""
        delay = 1.0
        while not stop.is_set():
            try:
                self.sync()
                delay = 1.0
                if not stop.is_set():
                    self.wait_for_changes(wait)
            except SyncError as exc:
                log.info("sync round failed: %s", exc)
                stop.wait(delay * (0.5 + random.random()))
                delay = min(max_delay, delay * 2)
