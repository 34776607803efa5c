"""Writing pulled rows into the cache without ever overwriting a pending local edit.

A row with edits still in the outbox takes the server's version with the pending values
laid over it, and the server's values of those fields become the edits' shadow (what the
row returns to if the server refuses them). Every other row is upserted as it came,
unless the cache already holds the same or a newer version of it.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from client.schema.local import outbox
from client.schema.models import AccountHolder
from client.schema.registry import indexed_tables, spec
from client.search.index import reindex_customers
from sync.protocol import Change
from sync.replica.storage import BadRowError, TableWriter, full_writer, table_writer

CUSTOMER_COLUMNS = {table: spec(table).customer_columns[0] for table in indexed_tables()}
"""Where an indexed table's rows name the customer whose search terms they feed."""


@dataclass
class Pending:
    """The outbox entries of one row, oldest first."""

    entries: list[tuple[int, str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    """(seq, op, changed, shadow) per entry."""


def pending_rows(conn: Connection) -> dict[tuple[str, bytes], Pending]:
    """Every row with an outbox entry, keyed by (table, 16-byte id)."""
    found: dict[tuple[str, bytes], Pending] = defaultdict(Pending)
    rows = conn.execute(
        select(
            outbox.c.seq,
            outbox.c.table_name,
            outbox.c.row_id,
            outbox.c.op,
            outbox.c.changed,
            outbox.c.shadow,
        ).order_by(outbox.c.seq)
    )
    for seq, table, row_id, op, changed, shadow in rows:
        found[(table, row_id.bytes)].entries.append(
            (seq, op, json.loads(changed), json.loads(shadow))
        )
    return dict(found)


@dataclass
class ApplyReport:
    rows: int = 0
    overlaid: int = 0
    customers: set[uuid.UUID] = field(default_factory=set)
    accounts: set[uuid.UUID] = field(default_factory=set)


class Applier:
    """Applies pages of rows inside the caller's transaction on the replica connection."""

    def __init__(self, conn: Connection, *, index: bool = True) -> None:
        self.conn = conn
        self.raw = conn.connection.dbapi_connection
        self.index = index
        self.pending = pending_rows(conn)
        self.report = ApplyReport()

    def changes(self, changes: Sequence[Change]) -> None:
        """Rows from a pull or an open, each a full JSON object."""
        by_table: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for change in changes:
            writer = full_writer(change.table)
            row = dict(change.row)
            if row.get("version") != change.version:
                raise BadRowError(f"{change.table}: row version differs from its change version")
            values = self._overlay(writer, row) if self.pending else None
            by_table[change.table].append(values or writer.convert_dict(row))
        for table, rows in by_table.items():
            self._write(full_writer(table), rows)

    def page(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows of one table given as lists in `columns` order (the initial sync)."""
        writer = table_writer(table, tuple(columns))
        if self.pending:
            converted = []
            for row in rows:
                as_dict = dict(zip(writer.columns, row, strict=True))
                converted.append(self._overlay(writer, as_dict) or writer.convert(row))
        else:
            convert = writer.convert
            converted = [convert(row) for row in rows]
        self._write(writer, converted)

    def _overlay(self, writer: TableWriter, row: dict[str, Any]) -> tuple[Any, ...] | None:
        """The row with its pending edits laid over it, or None when it has none."""
        raw_id = row.get("id")
        try:
            key = (writer.table, uuid.UUID(str(raw_id)).bytes)
        except ValueError:
            raise BadRowError(f"{writer.table}: {raw_id!r} is not a UUID") from None
        pending = self.pending.get(key)
        if pending is None:
            return None
        self.report.overlaid += 1
        merged = dict(row)
        for seq, op, changed, shadow in pending.entries:
            fresh_shadow = {name: row.get(name) for name in shadow if name in row}
            if fresh_shadow != shadow:
                shadow.update(fresh_shadow)
                self.conn.execute(
                    update(outbox)
                    .where(outbox.c.seq == seq)
                    .values(shadow=json.dumps(shadow, ensure_ascii=False))
                )
            merged.update({name: value for name, value in changed.items() if name in row})
            if op == "delete":
                merged["deleted"] = True
        return writer.convert_dict(merged)

    def _write(self, writer: TableWriter, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        assert self.raw is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        cursor = self.raw.cursor()
        cursor.executemany(writer.upsert, rows)
        self.report.rows += len(rows)
        if self.index and writer.table in CUSTOMER_COLUMNS:
            column = writer.columns.index(CUSTOMER_COLUMNS[writer.table])
            self.report.customers.update(uuid.UUID(bytes=bytes(r[column])) for r in rows)
        if self.index and writer.table == "account":
            column = writer.columns.index("id")
            self.report.accounts.update(uuid.UUID(bytes=bytes(r[column])) for r in rows)

    def finish(self) -> ApplyReport:
        """Brings the search index up to date for the customers touched."""
        accounts = list(self.report.accounts)
        for start in range(0, len(accounts), 500):
            chunk = accounts[start : start + 500]
            self.report.customers.update(
                self.conn.execute(
                    select(AccountHolder.customer_id).where(AccountHolder.account_id.in_(chunk))
                ).scalars()
            )
        if self.index and self.report.customers:
            reindex_customers(self.conn, self.report.customers)
        return self.report
