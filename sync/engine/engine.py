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
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from client import audit, pins
from client.audit import AUDIT_TABLE
from client.errors import GuitaiError
from client.outbox import INDEXED_TABLES
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.local import outbox, sync_issue
from client.schema.models import Base
from client.schema.rows import replicated_tables
from client.search.index import reindex_customers
from client.store import LocalCache
from sync.engine import snapshot_file
from sync.engine.outcomes import settle
from sync.engine.transport import NotFoundError, RefusedError, SyncError, Transport
from sync.protocol import (
    DEFAULT_PAGE,
    MAX_HELD_FOLLOWS,
    MAX_PUSH_ENTRIES,
    SNAPSHOT_CHUNK,
    SNAPSHOT_PAGE,
    EntryResult,
    EntryStatus,
    HeldFollow,
    OpenRequest,
    OutboxEntry,
    PinsRequest,
    PullRequest,
    PullScope,
    PushRequest,
    RemoteHit,
    RemoteSearchRequest,
)
from sync.replica import state
from sync.replica.apply import Applier
from sync.replica.load import finish_bulk_load, load_pages
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
    customers: set[uuid.UUID] = field(default_factory=set)
    """Customers whose rows (or whose accounts' rows) a pull of this round changed."""


StatusListener = Callable[[SyncStatus], None]
PulledListener = Callable[[frozenset[uuid.UUID]], None]
"""Told, after each committed pull page, which customers' rows it changed."""


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
        on_pulled: PulledListener | None = None,
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
        self.on_pulled = on_pulled
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
                select(func.count(), func.min(outbox.c.created_at)).where(
                    outbox.c.table_name != AUDIT_TABLE  # audit events are not edits
                )
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
                self._follows(report)
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
                delay = min(60.0, base_delay * 2**attempt) * (0.5 + random.random())  # noqa: S311 - jitter or demo data, not a secret
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
        batch = self.push_batch  # halved while the server finds the upload too large (413)
        while True:
            with self.db.connect() as conn:
                rows = conn.execute(select(outbox).order_by(outbox.c.seq).limit(batch)).all()
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
            try:
                answer = self.transport.push(PushRequest(entries=entries))
            except RefusedError as exc:
                if exc.server_code is not Reason.BODY_TOO_LARGE or len(rows) == 1:
                    raise
                batch = max(1, len(rows) // 2)
                continue
            self.online = True
            by_id = {r.entry_id: r for r in answer.results}
            with self.db.begin() as conn:
                touched: set[uuid.UUID] = set()
                now = self.clock()
                answered = [(row, by_id[row.entry_id]) for row in rows if row.entry_id in by_id]
                refused = {
                    row.entry_id: event
                    for row, result in answered
                    if (event := _refused_event(row, result)) is not None
                }
                for row, result in answered:
                    if row.entry_id not in refused:
                        self._settle(conn, row, result, now, report, touched)
                # the audit chain goes on after the server's last link (`client.audit`)
                kept = audit.rechain(conn, list(refused.values()), now) if refused else set()
                for row, result in answered:
                    if row.entry_id in refused and row.entry_id not in kept:
                        self._settle(conn, row, result, now, report, touched)
                if touched:
                    reindex_customers(conn, touched)
            if len(by_id) < len(rows):
                raise SyncError("the server answered only part of the upload; try again")

    @staticmethod
    def _settle(
        conn: Connection,
        row: Any,
        result: EntryResult,
        now: datetime,
        report: SyncReport,
        touched: set[uuid.UUID],
    ) -> None:
        kind = settle(conn, result, now)
        report.pushed += kind is None and row.table_name != AUDIT_TABLE
        report.conflicts += kind == "conflict"
        report.rejected += kind == "rejected"
        if kind and row.table_name in INDEXED_TABLES and row.customer_id:
            touched.add(row.customer_id)

    # --- download -------------------------------------------------------------------------

    def _scope(self, conn: Connection) -> PullScope | None:
        return state.pull_scope(conn)

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
        # this workstation's own audit events may be there already (the sign-in's): they were
        # pushed before, and the chain's head is kept in cache_meta (`client.audit`)
        tables = [
            t.name
            for t in Base.metadata.sorted_tables
            if t.name in replicated_tables() and t.name != AUDIT_TABLE
        ]
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

    def _snapshot_pages(self, report: SyncReport) -> None:
        """Every readable row, table by table, resumable per page (`sync.replica.load`)."""

        def progress(done: int, table: str) -> None:
            if table:
                self.online = True
            self._announce(Phase.INITIAL_SYNC, Progress(done, None, table))

        loaded = load_pages(
            self.db, self.cache, self.transport, limit=self.snapshot_page, on_progress=progress
        )
        report.snapshot_rows += loaded.rows
        report.pages += loaded.pages

    def _pull(self, report: SyncReport) -> None:
        finish_bulk_load(self.db, self.cache)  # an initial sync killed before its end
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
                applied = applier.finish()
                state.put(conn, state.CURSOR, str(page.next_cursor))
            report.pulled += len(page.changes)
            report.pages += 1
            report.customers |= applied.customers
            self._tell_pulled(applied.customers, rows=applied.rows)
            if not page.has_more:
                return

    # --- follows and pins -----------------------------------------------------------------

    def _follows(self, report: SyncReport) -> None:
        """Tells the server the pins and openings of the followed customers, then removes
        those whose follow lapsed (`client.pins`); nothing to do without follows."""
        with self.db.begin() as conn:
            pins.refresh_appointment_pins(conn, self.clock())
            held = pins.held(conn)
            dropped = pins.dropped(conn)
            scope = self._scope(conn)
        if not held and not dropped:
            return
        request = PinsRequest(
            scope=scope,
            held=[
                HeldFollow(customer_id=h.customer_id, pinned=h.pinned, opened_at=h.opened_at)
                for h in held[:MAX_HELD_FOLLOWS]
            ],
            dropped=dropped[:MAX_HELD_FOLLOWS],
        )
        try:
            answer = self.transport.pins(request)
        except NotFoundError:
            log.info("the server keeps no pins (an older server): follows do not lapse")
            return
        self.online = True
        with self.db.begin() as conn:
            removal = pins.settle(
                conn,
                sent=[h.customer_id for h in request.held],
                told_dropped=request.dropped,
                live={f.customer_id: f.last_opened_at for f in answer.follows},
                in_scope=answer.in_scope,
                days=answer.follow_days,
            )
        if removal.removed:
            log.info("removed %d customers whose follow lapsed", len(removal.removed))
            report.customers |= removal.removed
            self._tell_pulled(removal.removed)
        for customer_id in answer.revived:  # their changes were not pulled while lapsed
            try:
                self.open_from_server(customer_id)
            except NotFoundError:
                log.info("a pinned customer could not be opened again")

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

    def open_from_server(self, customer_id: uuid.UUID, query: str | None = None) -> int:
        """Brings a customer from outside the cache into it; later pulls keep it current
        while it is followed (`client.pins`). `query`: the search that found it (a specific
        one opens a customer of another branch: `sync.server.search.specific`)."""
        answer = self.transport.open(OpenRequest(customer_id=customer_id, query=query))
        self.online = True
        with self.db.begin() as conn:
            applier = Applier(conn)
            applier.changes(answer.changes)
            applied = applier.finish()
            if answer.changes:
                pins.record_opened(conn, [customer_id], self.clock())
        self._tell_pulled(applied.customers)
        return len(answer.changes)

    def _tell_pulled(self, customers: set[uuid.UUID], *, rows: int = 0) -> None:
        """Tells `on_pulled` the customers a page changed; a page of rows that name no
        customer (an RM's calendar blocks, a product) tells it an empty set, so the homes
        that list such rows read them again."""
        if (customers or rows) and self.on_pulled is not None:
            self.on_pulled(frozenset(customers))

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
                stop.wait(delay * (0.5 + random.random()))  # noqa: S311 - jitter or demo data, not a secret
                delay = min(max_delay, delay * 2)


def _refused_event(row: Any, result: EntryResult) -> audit.RefusedEvent | None:
    """An audit event of this workstation the server refused, with the last link it named."""
    if row.table_name != AUDIT_TABLE or result.status is not EntryStatus.REJECTED:
        return None
    link = result.server_row or {}
    seq = link.get("device_seq")
    return audit.RefusedEvent(
        entry_id=row.entry_id,
        code=result.code,
        reason=result.reason,
        head_seq=seq if isinstance(seq, int) else None,
        head_hash=str(link.get("event_hash") or ""),
    )
