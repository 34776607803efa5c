"""Writing an import's rows in bulk, with their change-feed entries, in one transaction.

The ORM costs tens of microseconds per row; a bank's first load is millions. So an import
plans its changes as plain tuples (`TableLoad.insert` / `update`) and `BulkLoad.write`
sends them at once: PostgreSQL by COPY (updates through a temporary table), SQLite by
`executemany` on the driver. The feed is kept exactly as `sync.server.feed.record` keeps
it: every changed row gets the next feed version (taken by `take_versions`, whose counter
lock is then held to the commit), `updated_at` = the import's time, and one change-log
entry with the fields' values before the change; PostgreSQL listeners are notified.

Values in the tuples are the model's Python values, except row ids (of the row and of the
rows it names): `RowId`, 32 lowercase hex digits, which cost a fraction of a `uuid.UUID`.
New ids are time-ordered UUIDs (RFC 9562 version 7): rows loaded together sit together in
every index on them, which makes a large load several times cheaper for the database.
A large load on PostgreSQL checks its foreign keys in one query each rather than one per
row, where the database role allows it (`BulkLoad._may_check_references_itself`).
"""

from __future__ import annotations

import gc
import json
import random
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import islice
from queue import Full, Queue
from typing import Any, Final

from psycopg.copy import QueuedLibpqWriter
from sqlalchemy import (
    JSON,
    Column,
    ColumnElement,
    MetaData,
    String,
    Table,
    exists,
    func,
    select,
    text,
)
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import Session

from client.schema.base import GUID, Base, Money
from client.schema.history import MonthSeries
from client.schema.rows import table_codec
from sync.server.feed import NOTIFY_CHANNEL, take_versions
from sync.server.tables import change_log

RowId = str
"""A row's UUID as 32 lowercase hex digits."""
BATCH: Final = 20_000
"""Rows per executemany call or progress step."""
IN_LIST: Final = 500
"""Keys per `IN (...)` list; more keys than `TEMP_TABLE_FROM` go through a temporary table."""
TEMP_TABLE_FROM: Final = 5_000
CHECK_ITSELF_FROM: Final = 10_000
"""Rows from which a PostgreSQL load checks its references itself (see `write`)."""
SCAN_SHARE: Final = 4
"""Keys for a quarter of a table or more: reading all of it is cheaper than joining."""
COUNTER_BITS: Final = 30
ORDER: Final = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
"""Parents before children, as the foreign keys need them."""


class IdMaker:
    """New row ids: version 7 UUIDs (48-bit Unix milliseconds, then a counter and random
    bits), increasing within one import and unique across imports and workstations."""

    def __init__(self) -> None:
        # unique, not secret: seeded from the system's randomness, quick to draw from
        self._random = random.Random(secrets.randbits(128))  # noqa: S311
        self._start()

    def _start(self) -> None:
        ms = time.time_ns() // 1_000_000
        self._high = f"{(ms << 16) | (0x7 << 12) | secrets.randbits(12):016x}"
        self._count = 0

    def __call__(self) -> RowId:
        self._count += 1
        if self._count >= 1 << COUNTER_BITS:
            time.sleep(0.002)  # the next millisecond starts a new run
            self._start()
            self._count = 1
        low = (0b10 << 62) | (self._count << 32) | self._random.getrandbits(32)
        return f"{self._high}{low:016x}"


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while millions of small objects pile up (it would scan
    them again and again); the import makes no cycles worth collecting meanwhile."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _guid_bytes(value: RowId | None) -> bytes | None:
    return None if value is None else bytes.fromhex(value)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _encoder(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What turns a column's Python value (a `RowId` for ids) into what the driver stores."""
    kind = column.type
    if isinstance(kind, GUID):
        return None if dialect.name == "postgresql" else _guid_bytes
    if isinstance(kind, JSON):
        return _json
    if dialect.name == "postgresql" and not isinstance(kind, Money | MonthSeries):
        # psycopg's COPY writes text, enums (StrEnum: their value), numbers, booleans, dates
        # and zoned timestamps as they are; Money (an integer of 1/10,000) needs converting
        return None
    return kind.dialect_impl(dialect).bind_processor(dialect)


class TableLoad:
    """The rows one import inserts into or updates in one table."""

    def __init__(self, table: Table, columns: tuple[str, ...], new_id: IdMaker) -> None:
        self.table = table
        self.name = table.name
        self.columns = columns
        self.new_id = new_id
        base = ("id", "version", "updated_at", "deleted")
        unknown = [c for c in columns if c not in table.c or c in base]
        if unknown:
            raise ValueError(f"{self.name}: not columns an import sets: {unknown}")
        self.defaults = tuple(
            (c.name, _default(c)) for c in table.c if c.name not in base and c.name not in columns
        )
        self.inserts: list[tuple[Any, ...]] = []
        """(id, *values in `columns` order)"""
        self.updates: list[tuple[Any, ...]] = []
        """(id, *every value in `columns` order, as it is to be)"""
        self.befores: list[dict[str, Any]] = []
        """The changed fields' JSON values before the change, one per update."""

    def insert(self, values: tuple[Any, ...]) -> RowId:
        row_id = self.new_id()
        self.inserts.append((row_id, *values))
        return row_id

    def update(self, row_id: RowId, values: tuple[Any, ...], before: dict[str, Any]) -> None:
        self.updates.append((row_id, *values))
        self.befores.append(before)

    def change(
        self, row_id: RowId, old: Sequence[Any], new: tuple[Any, ...], *, deleted: bool = False
    ) -> bool:
        """Updates the row if `new` differs from `old` (both in `columns` order) or it was
        deleted (a tombstone comes back); True when it did."""
        if not deleted and tuple(old) == new:
            return False
        codec = table_codec(self.name)
        before: dict[str, Any] = {}
        for name, was, now in zip(self.columns, old, new, strict=True):
            if was != now:
                if isinstance(self.table.c[name].type, GUID) and was is not None:
                    was = uuid.UUID(was)
                before[name] = codec.encode_value(name, was)
        if deleted:
            before["deleted"] = True
        self.update(row_id, new, before)
        return True

    def __len__(self) -> int:
        return len(self.inserts) + len(self.updates)

    def clear(self) -> None:
        self.take()

    def take(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[dict[str, Any]]]:
        """The rows planned so far (inserts, updates, befores), planning anew from none."""
        taken = self.inserts, self.updates, self.befores
        self.inserts, self.updates, self.befores = [], [], []
        return taken


def _default(column: Column[Any]) -> Any:
    """The model's default of a column an import leaves to it (None if it has none)."""
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        if not column.nullable and column.server_default is None:
            raise ValueError(f"{column.table.name}.{column.name} needs a value on insert")
        return None
    return getattr(default, "arg", None)


Job = list[tuple["TableLoad", list[tuple[Any, ...]], list[tuple[Any, ...]], list[dict[str, Any]]]]
"""What one flush writes: per table, its inserts, updates and their befores."""


class BulkLoad:
    """One import's planned changes, per table, and the lookups its planning needs.

    With a `reader` session (one of its own, for the lookups), the writing is done by a
    thread of its own in `session`'s transaction: the database takes one batch while the
    next is checked and planned. A table empty when the import first names it is never
    looked up again (`table`): its indexes may be set aside by the writer meanwhile."""

    def __init__(self, session: Session, now: datetime, reader: Session | None = None) -> None:
        self.session = session
        self.reader = reader or session
        self.now = now
        self.dialect = session.get_bind().dialect
        self.postgres = self.dialect.name == "postgresql"
        self.new_id = IdMaker()
        self.tables: dict[str, TableLoad] = {}
        self.first_version: int | None = None
        self.last_version: int | None = None
        self.written = 0
        """Rows written so far (each with its feed entry)."""
        self._checks_itself = False
        self._touched: set[str] = set()
        """The tables written to."""
        self._sizes: dict[str, int] = {}
        """Rows per table when first looked up."""
        self._aside: dict[str, list[str]] = {}
        """Per table: the definitions of the indexes set aside for the load."""
        self._empty_at_start: dict[str, bool] = {}
        self._jobs: Queue[Job | None] = Queue(maxsize=1)
        self._writer: threading.Thread | None = None
        self._failed: BaseException | None = None

    def table(self, name: str, columns: tuple[str, ...]) -> TableLoad:
        if name not in self.tables:
            model_table = Base.metadata.tables[name]
            self._empty_at_start[name] = self.is_empty(model_table)
            self.tables[name] = TableLoad(model_table, columns, self.new_id)
        return self.tables[name]

    def __len__(self) -> int:
        return sum(len(t) for t in self.tables.values())

    # --- lookups -------------------------------------------------------------------------

    def hex(self, column: Any) -> ColumnElement[str]:
        """A GUID column read as a `RowId` (NULL stays NULL)."""
        if self.postgres:
            return func.encode(func.uuid_send(column), "hex", type_=String)
        return func.nullif(func.lower(func.hex(column)), "", type_=String)

    def plain(self, column: Any) -> Any:
        """A column to read as the tuples hold it: an id as a `RowId`, else as it is."""
        return self.hex(column) if isinstance(column.type, GUID) else column

    def is_empty(self, table: Any) -> bool:
        """Whether `table` holds no row. With a reader of its own, asked over a connection
        of its own that is closed at once: a lock kept by the reader's transaction would
        make the writer wait for ever when it sets the table's indexes aside."""
        query = select(exists().select_from(table))
        if self.reader is self.session:
            return not self.session.scalar(query)
        bind = self.reader.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        with engine.connect() as connection:
            return not connection.scalar(query)

    def fetch(
        self, columns: Sequence[Any], key: Any, keys: Collection[Any], *where: Any
    ) -> list[tuple[Any, ...]]:
        """The rows (`columns`) whose `key` column is one of `keys` (`RowId`s for an id).

        Few keys: `IN` lists. Keys for much of the table: one pass over all of it (a join
        would read as much). Else the keys go to a temporary table to join with."""
        if not keys or self._empty_at_start.get(key.table.name):
            return []
        connection = self.reader.connection()
        if len(keys) <= TEMP_TABLE_FROM:
            found: list[tuple[Any, ...]] = []
            items = list(keys)
            for start in range(0, len(items), IN_LIST):
                chunk = items[start : start + IN_LIST]
                stmt = select(*columns).where(key.in_(chunk), *where)
                found += [tuple(row) for row in connection.execute(stmt)]
            return found
        if key.table.name not in self._sizes:  # once: it only chooses how to look up
            self._sizes[key.table.name] = (
                connection.scalar(select(func.count()).select_from(key.table)) or 0
            )
        if len(keys) * SCAN_SHARE >= self._sizes[key.table.name]:
            wanted = keys if isinstance(keys, set | frozenset | dict) else set(keys)
            stmt = select(self.plain(key), *columns).where(*where)
            return [tuple(row)[1:] for row in connection.execute(stmt) if row[0] in wanted]
        temp = Table(
            f"import_keys_{secrets.token_hex(4)}",
            MetaData(),
            Column("k", key.type),
            prefixes=["TEMPORARY"],
        )
        temp.create(connection)
        try:
            self._put(temp, ("k",), ((k,) for k in set(keys)), session=self.reader)
            if self.postgres:
                connection.exec_driver_sql(f'ANALYZE "{temp.name}"')
            stmt = select(*columns).join(temp, temp.c.k == key).where(*where)
            return [tuple(row) for row in connection.execute(stmt)]
        finally:
            temp.drop(connection)

    # --- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        """Writes the changes planned so far, with their feed entries, and forgets them
        (with a reader session: hands them to the writing thread, which may still be at
        the last ones). Call `finish` after the last flush, `stop` in any case.

        The first write takes the feed counter's lock (`take_versions`), which the
        transaction then holds to its commit, so the versions of all the flushes of one
        import follow each other."""
        job = [(load, *load.take()) for load in self.tables.values() if len(load)]
        if not job:
            return
        if self.reader is self.session:
            self._write(job)
            return
        if self._writer is None:
            self._writer = threading.Thread(target=self._work, name="import-writer", daemon=True)
            self._writer.start()
        while True:
            self._raise_failure()
            try:
                self._jobs.put(job, timeout=0.2)
                return
            except Full:
                continue

    def _work(self) -> None:
        """The writing thread: each job in turn; after a failure, it takes the rest unseen."""
        while (job := self._jobs.get()) is not None:
            if self._failed is None:
                try:
                    self._write(job)
                except BaseException as exc:  # raised again in the importing thread
                    self._failed = exc

    def _raise_failure(self) -> None:
        if self._failed is not None:
            raise self._failed

    def stop(self) -> None:
        """Waits for the writing thread to be done with what it was given."""
        if self._writer is not None:
            self._jobs.put(None)
            self._writer.join()
            self._writer = None

    def _write(self, job: Job) -> None:
        total = sum(len(inserts) + len(updates) for _, inserts, updates, _ in job)
        if self.first_version is None:
            self._checks_itself = self._may_check_references_itself(total)
            if self._checks_itself:
                self.session.execute(text("SET LOCAL session_replication_role = replica"))
        first = take_versions(self.session, total)
        if self.first_version is None:
            self.first_version = first
        seq = first
        entries: list[tuple[Any, ...]] = []
        for load, inserts, updates, befores in sorted(job, key=lambda j: ORDER[j[0].name]):
            self._touched.add(load.name)
            seq = self._write_table(load, inserts, updates, befores, seq, entries)
        log_columns = ("seq", "table_name", "row_id", "op", "before", "device_id", "committed_at")
        self._put(change_log, log_columns, entries, done=frozenset(log_columns))
        self.last_version = seq - 1
        self.written += total

    def finish(self) -> int | None:
        """Ends the writing: the indexes set aside are built again, references checked
        (where the load checks them itself) and listeners notified. Returns the last feed
        version handed out, or None when nothing changed."""
        self.stop()
        self._raise_failure()
        connection = self.session.connection()
        for definitions in self._aside.values():
            for definition in definitions:
                connection.exec_driver_sql(definition)
        self._aside.clear()
        if self.first_version is None or self.last_version is None:
            return None
        if self._checks_itself:
            self.session.execute(text("SET LOCAL session_replication_role = origin"))
            self._check_references(self.first_version, self.last_version)
        if self.postgres:
            self.session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": NOTIFY_CHANNEL, "payload": str(self.last_version)},
            )
        return self.last_version

    def discard(self) -> None:
        """Forgets the changes planned so far (a dry run counts them, then this)."""
        for load in self.tables.values():
            load.take()

    def _may_check_references_itself(self, rows: int) -> bool:
        """PostgreSQL checks each foreign key of each row with a query of its own (a trigger),
        which is most of the cost of a large load. When the load is large, the database
        role may turn those triggers off for the transaction (a superuser, or granted
        `SET ON PARAMETER session_replication_role`, PostgreSQL 15+) and the tables have no
        triggers of their own (which would be turned off too), the load does without them
        and checks every reference of its rows in one query per foreign key instead."""
        if not self.postgres or rows < CHECK_ITSELF_FROM:
            return False
        connection = self.session.connection()
        allowed = connection.exec_driver_sql("SELECT current_setting('is_superuser')").scalar()
        if allowed != "on":
            version = int(
                connection.exec_driver_sql("SELECT current_setting('server_version_num')").scalar()
                or 0
            )
            if version < 150000:
                return False
            allowed = connection.exec_driver_sql(
                "SELECT has_parameter_privilege('session_replication_role', 'SET')"
            ).scalar()
            if not allowed:
                return False
        names = [change_log.name, *self.tables]
        own_triggers = connection.execute(
            text(
                "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN "
                "(SELECT oid FROM pg_class WHERE relname = ANY(:names))"
            ),
            {"names": names},
        ).scalar()
        return not own_triggers

    def _check_references(self, first: int, last: int) -> None:
        """Refuses (rolling the import back) a written row naming a row that is not there:
        per foreign key of each table written, one query (an anti-join) over its new rows."""
        connection = self.session.connection()
        for name in sorted(self._touched):
            table = self.tables[name].table
            for key in table.foreign_keys:
                column, target = key.parent, key.column
                missing = connection.execute(
                    select(func.count())
                    .select_from(table)
                    .where(
                        table.c.version.between(first, last),
                        column.is_not(None),
                        ~exists().where(target == column),
                    )
                ).scalar()
                if missing:
                    raise RuntimeError(
                        f"{missing} {table.name} row(s) name a {target.table.name} that is "
                        f"not there ({column.name}); nothing was imported"
                    )

    def _write_table(
        self,
        load: TableLoad,
        inserts: list[tuple[Any, ...]],
        updates: list[tuple[Any, ...]],
        befores: list[dict[str, Any]],
        seq: int,
        entries: list[tuple[Any, ...]],
    ) -> int:
        """Writes one table's rows with versions from `seq` on, adding their feed entries
        to `entries`; returns the next version."""
        name = load.name
        stamp = self._stamp()
        as_id = (lambda row_id: row_id) if self.postgres else bytes.fromhex
        columns = ("id", "version", "updated_at", "deleted", *load.columns)
        defaults = self._encoded_defaults(load)
        rows = []
        for row in inserts:
            rows.append((row[0], seq, stamp, False, *row[1:], *defaults))
            entries.append((seq, name, as_id(row[0]), "insert", "{}", None, stamp))
            seq += 1
        if rows:
            if name not in self._aside:
                self._aside[name] = self._set_aside_indexes(load, len(rows))
            done = frozenset({"updated_at", *(n for n, _ in load.defaults)})
            self._put(load.table, (*columns, *(n for n, _ in load.defaults)), rows, done=done)
        rows = []
        for row, before in zip(updates, befores, strict=True):
            rows.append((row[0], seq, stamp, False, *row[1:]))
            entries.append((seq, name, as_id(row[0]), "update", _json(before), None, stamp))
            seq += 1
        if rows:
            self._update(load.table, columns, rows, done=frozenset({"updated_at"}))
        return seq

    def _set_aside_indexes(self, load: TableLoad, rows: int) -> list[str]:
        """PostgreSQL, a large load into an empty table: its plain indexes (not those of its
        primary key or unique constraints, which other tables' keys need) are dropped, to
        be built again from their definitions by `finish` (one sort instead of a million
        insertions, as `pg_restore` does). Until the commit, the table is locked; it was
        empty, so nothing is kept from anyone. Returns the definitions."""
        if not self.postgres or rows < CHECK_ITSELF_FROM or not self._empty_at_start[load.name]:
            return []
        connection = self.session.connection()
        found = connection.execute(
            text(
                "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                "JOIN pg_class i ON i.oid = x.indexrelid "
                "WHERE x.indrelid = CAST(:table AS regclass) AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
            ),
            {"table": load.name},
        ).all()
        for name, _ in found:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        return [definition for _, definition in found]

    def _stamp(self) -> Any:
        """The import's time as the driver stores it."""
        column = change_log.c.committed_at
        encode = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
        return str(self.now) if self.postgres or encode is None else encode(self.now)

    def _encoded_defaults(self, load: TableLoad) -> tuple[Any, ...]:
        out = []
        for name, value in load.defaults:
            encode = _encoder(load.table.c[name], self.dialect)
            out.append(value if encode is None or value is None else encode(value))
        return tuple(out)

    def _batches(
        self, table: Table, columns: Sequence[str], rows: Any, done: frozenset[str]
    ) -> Iterator[list[tuple[Any, ...]]]:
        """`rows` in batches, each value as the driver takes it (those in `done` already are)."""
        encoders = [
            (i, f)
            for i, name in enumerate(columns)
            if name not in done and (f := _encoder(table.c[name], self.dialect)) is not None
        ]
        iterator = iter(rows)
        while batch := list(islice(iterator, BATCH)):
            if encoders:
                out = []
                for row in batch:
                    values = list(row)
                    for i, encode in encoders:
                        values[i] = encode(values[i])
                    out.append(tuple(values))
                batch = out
            yield batch

    @staticmethod
    def _copy(cursor: Any, target: str, columns: Sequence[str], batches: Any) -> None:
        """PostgreSQL: COPY the batches into `target`, formatting the next batch while the
        server takes the last one (psycopg's queued writer sends from a thread)."""
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'COPY "{target}" ({names}) FROM STDIN'
        with cursor.copy(sql, writer=QueuedLibpqWriter(cursor)) as copy:
            for batch in batches:
                for row in batch:
                    copy.write_row(row)

    def _put(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Any,
        *,
        done: frozenset[str] = frozenset(),
        session: Session | None = None,
    ) -> None:
        """Inserts `rows` (tuples in `columns` order) into `table` (in `session`'s
        transaction, the writing one unless given)."""
        driver = (session or self.session).connection().connection.driver_connection
        batches = self._batches(table, columns, rows, done)
        if self.postgres:
            with driver.cursor() as cursor:  # type: ignore[union-attr]
                self._copy(cursor, table.name, columns, batches)
            return
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'  # noqa: S608 - model names
        for batch in batches:
            driver.executemany(sql, batch)  # type: ignore[union-attr]

    def _update(
        self,
        table: Table,
        columns: Sequence[str],
        rows: list[tuple[Any, ...]],
        *,
        done: frozenset[str],
    ) -> None:
        """Sets every column but the id of each row (tuples in `columns` order, id first)."""
        driver = self.session.connection().connection.driver_connection
        names = [c for c in columns if c != "id"]
        batches = self._batches(table, columns, rows, done)
        if self.postgres:
            temp = f"import_update_{secrets.token_hex(4)}"
            quoted = ", ".join(f'"{c}"' for c in columns)
            sets = ", ".join(f'"{c}" = s."{c}"' for c in names)
            with driver.cursor() as cursor:  # type: ignore[union-attr]
                cursor.execute(
                    f'CREATE TEMPORARY TABLE "{temp}" ON COMMIT DROP AS '  # noqa: S608 - model names
                    f'SELECT {quoted} FROM "{table.name}" WITH NO DATA'
                )
                self._copy(cursor, temp, columns, batches)
                cursor.execute(
                    f'UPDATE "{table.name}" AS t SET {sets} '  # noqa: S608 - model names
                    f'FROM "{temp}" AS s WHERE t.id = s.id'
                )
                cursor.execute(f'DROP TABLE "{temp}"')
            return
        sets = ", ".join(f'"{c}" = ?' for c in names)
        sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'  # noqa: S608 - model names
        for batch in batches:
            driver.executemany(sql, [(*r[1:], r[0]) for r in batch])  # type: ignore[union-attr]
