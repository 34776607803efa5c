"""Runs one CSV import: check every line, then load all of it, or the good lines, or nothing.

Customers, accounts, relationships, interactions and external data are read line by line
(`sync.server.imports.csvfile`), checked (every problem of every line, with its column),
planned against what the database holds, and written in bulk with their change-feed
entries (`sync.server.imports.bulk`), all in one transaction: a failure loses nothing, and
a dry run rolls it back. Profitability is still loaded row by row through the ORM.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from queue import Full, Queue
from typing import Any, Final, Literal

from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.base import utcnow
from sync.server.db import Database
from sync.server.feed import PendingChange, record
from sync.server.imports.accounts import AccountImport
from sync.server.imports.bulk import BulkLoad, paused_gc
from sync.server.imports.common import (
    Audited,
    Batch,
    ImportRejected,
    Problem,
    Summary,
    read_csv,
)
from sync.server.imports.csvfile import CsvFile, Meter
from sync.server.imports.customers import CustomerImport
from sync.server.imports.external import ExternalImport
from sync.server.imports.interactions import InteractionImport
from sync.server.imports.profitability import ProfitabilityImport
from sync.server.imports.relationships import RelationshipImport
from sync.server.restamp import restamped

Kind = Literal[
    "customers", "accounts", "profitability", "relationships", "interactions", "external"
]
KINDS: tuple[Kind, ...] = (
    "customers",
    "accounts",
    "profitability",
    "relationships",
    "interactions",
    "external",
)
BULK: dict[str, Any] = {
    "customers": CustomerImport,
    "accounts": AccountImport,
    "relationships": RelationshipImport,
    "interactions": InteractionImport,
    "external": ExternalImport,
}
LINES: Final = 50_000
"""Lines checked, planned and written at a time."""
COLUMNS = {
    **{kind: importer.columns for kind, importer in BULK.items()},
    "profitability": ProfitabilityImport.columns,
}


def import_csv(
    db: Database,
    kind: Kind,
    path: Path,
    *,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    allow_duplicate_id: bool = False,
    meter: Meter | None = None,
    audited: Audited | None = None,
) -> Summary:
    """Imports `path` in one transaction; its changes go through the feed to the clients.

    Raises ImportRejected, listing every bad line, when a line is bad and not `skip_bad_rows`.
    A `dry_run` checks and plans everything, says what would change, and changes nothing.
    `audited` writes the run's audit event in its transaction (not for a dry run).
    """
    if allow_duplicate_id and kind != "customers":
        raise UsageError("--allow-duplicate-id is for a customers file only")
    if kind == "profitability":
        return _import_profitability(
            db, path, skip_bad_rows=skip_bad_rows, dry_run=dry_run, audited=audited
        )
    meter = meter or Meter(kind)
    now = utcnow()
    summary = Summary()
    options = {"allow_duplicate_id": allow_duplicate_id} if kind == "customers" else {}
    with paused_gc(), db.writer() as session, db.reader() as reader, session.begin() as transaction:
        load = BulkLoad(session, now, reader)
        try:
            done = _import(
                load,
                BULK[kind](reader, load, **options),
                path,
                summary,
                meter,
                skip_bad_rows=skip_bad_rows,
                dry_run=dry_run,
                transaction=transaction,
            )
            if audited is not None and not dry_run:
                audited(session, done)
            return done
        finally:
            load.stop()


def _import(
    load: BulkLoad,
    importer: Any,
    path: Path,
    summary: Summary,
    meter: Meter,
    *,
    skip_bad_rows: bool,
    dry_run: bool,
    transaction: Any,
) -> Summary:
    """Reads, checks, plans and writes batch by batch, then ends the load (or rolls it
    back, for a dry run); raises ImportRejected when a line is bad and not `skip_bad_rows`."""
    file = CsvFile(path, importer.columns, importer.optional)
    problems: list[Problem] = []
    lines = 0
    for batch in parsed_batches(file, importer):
        good, bad = importer.check(batch)
        problems += bad
        lines += len(batch)
        if skip_bad_rows or not problems:  # else the file is refused: nothing to plan
            importer.plan(good, summary)
            if dry_run:
                load.discard()
            else:
                load.flush()
        wrote = "" if dry_run else f", wrote {load.written:,} rows"
        meter.show(f"checked {lines:,} lines ({file.share():.0%} of the file){wrote}")
    good, bad = importer.finish()
    problems += bad
    meter.show(f"checked {lines:,} lines, {len(problems):,} bad", last=dry_run or bool(problems))
    if problems and not skip_bad_rows:
        raise ImportRejected(path, problems, file.encoding_note())
    summary.skipped = sorted(problems, key=lambda p: p.line)
    importer.plan(good, summary)
    if dry_run:
        load.discard()
        transaction.rollback()
        return summary
    load.flush()
    load.finish()
    if getattr(importer, "moved", None):
        _restamp(load.session, importer.moved, load, load.now)
    meter.show(f"checked {lines:,} lines, wrote {load.written:,} rows", last=True)
    return summary


def parsed_batches(file: CsvFile, importer: Any) -> Iterator[Batch]:
    """The file's lines parsed by `importer.parse`, `LINES` at a time, by a thread of their
    own that keeps a batch ahead: the database takes one batch while the next is read."""
    at = [file.index.get(c, -1) for c in (*importer.columns, *importer.optional)]
    parse = importer.parse
    ready: Queue[Batch | BaseException | None] = Queue(maxsize=2)
    stop = threading.Event()

    def put(item: Batch | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except Full:
                continue
        return False

    def read() -> None:
        try:
            batch: Batch = []
            for line, values, issues in file.records():
                picked = [values[i] if i >= 0 else "" for i in at]
                batch.append((line, parse(line, picked, issues), issues))
                if len(batch) >= LINES:
                    if not put(batch):
                        return
                    batch = []
            if batch and not put(batch):
                return
            put(None)
        except BaseException as exc:  # handed over to the importing thread, raised there
            put(exc)

    reader = threading.Thread(target=read, name="csv-reader", daemon=True)
    reader.start()
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


@dataclass(frozen=True)
class _Moved:
    """A customer whose home branch the import changed, as `restamped` needs to know it."""

    id: uuid.UUID


def _restamp(session: Session, moved: set[str], load: BulkLoad, now: Any) -> None:
    """New feed versions for the rows tied to customers that changed branch (but those the
    import wrote itself: they have their versions already)."""
    pending = [
        PendingChange(_Moved(uuid.UUID(row_id)), "customer", "update", {"home_branch_id": None})
        for row_id in moved
    ]
    first = load.first_version or 0
    extra = [c for c in restamped(session, pending) if c.obj.version < first]
    record(session, extra, None, now)


def _import_profitability(
    db: Database, path: Path, *, skip_bad_rows: bool, dry_run: bool, audited: Audited | None
) -> Summary:
    rows = read_csv(path, ProfitabilityImport.columns)
    now = utcnow()
    summary = Summary()
    with db.writer() as session, session.begin() as transaction:
        importer = ProfitabilityImport(session, rows)
        good, problems = importer.check(rows)
        if problems and not skip_bad_rows:
            raise ImportRejected(path, problems)
        summary.skipped = problems
        pending = importer.apply(session, good, summary)
        if dry_run:
            transaction.rollback()
            return summary
        record(session, pending, None, now)
        if audited is not None:
            audited(session, summary)
    return summary
