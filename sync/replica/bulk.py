"""Bulk-load mode for the initial sync: secondary indexes off while millions of rows arrive.

Pages arrive in id order, so the primary keys grow at their end; but an index on, say,
`contact_point.customer_id` would take every row at a random place, and past a few hundred
thousand rows each insert costs a page read and write through the cipher. So the initial
sync drops the secondary indexes (remembering their SQL in `cache_meta`, in the same
transaction), loads, rebuilds the search index, and creates them again, each in one sorted
pass. A killed sync finds the list in `cache_meta` and restores them when it finishes.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection

from client.schema.local import search_term
from client.schema.rows import replicated_tables
from sync.replica import state

log = logging.getLogger(__name__)

BULK_CACHE_KIB = 262_144
"""Page cache while loading (256 MiB); the usual one is `client.store.CACHE_KIB`."""


def drop_secondary_indexes(conn: Connection) -> None:
    """Drops the indexes that are not constraints; records them to restore (idempotent)."""
    if state.get(conn, state.BULK_INDEXES) is not None:
        return
    tables = [*replicated_tables(), search_term.name]
    marks = ", ".join("?" for _ in tables)
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "  # noqa: S608 - identifiers from the table registry or constants; values are bound
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    state.put_json(conn, state.BULK_INDEXES, [[name, sql] for name, sql in found])


def restore_indexes(conn: Connection, *, keep_dropped: str | None = None) -> int:
    """Creates again the indexes `drop_secondary_indexes` dropped; returns how many.

    With `keep_dropped`, that table's indexes stay dropped (and recorded) for now: the
    search index is rebuilt with the other tables' indexes back and its own still off.
    """
    saved = state.get_json(conn, state.BULK_INDEXES)
    if saved is None:
        return 0
    existing = set(
        conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
    )
    later = [[name, sql] for name, sql in saved if keep_dropped and _on_table(sql, keep_dropped)]
    for name, sql in saved:
        if name not in existing and [name, sql] not in later:
            conn.exec_driver_sql(sql)
    if later:
        state.put_json(conn, state.BULK_INDEXES, later)
    else:
        state.remove(conn, state.BULK_INDEXES)
    return len(saved) - len(later)


def _on_table(sql: str, table: str) -> bool:
    return f" ON {table} " in sql or f' ON "{table}" ' in sql or f" ON {table}(" in sql


def set_cache(conn: Connection, kib: int) -> None:
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
