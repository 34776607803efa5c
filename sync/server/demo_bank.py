"""The full demo bank of `client.demo`, written into a SQLite server database.

The workstation generator produces rows in exactly the shape SQLite stores them for the
shared schema (16-byte ids, money in 1/10,000 units, UTC timestamps without a zone), so the
same rows serve the server: Chinese and Latin names, households, accounts with 24 months of
history, interactions, tasks, offers, referrals, RM calendars and appointments. Every row
gets feed version 1 and the feed counter starts after it, so workstations take the bank in
their initial sync. Every demo user gets the password `DEMO_PASSWORD`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from argon2 import PasswordHasher

from client.demo.build import TERMS, Generator, Rows, chunks, insert_sql
from client.errors import UsageError
from client.schema.enums import FAMILY_OF_CATEGORY
from sync.server import migrations
from sync.server.db import make_engine

DEMO_PASSWORD = "demo"  # noqa: S105 - the documented demo password


@dataclass(frozen=True)
class DemoBank:
    customers: int
    rows: int
    teller: str
    """The user name of a teller of the first branch: who the demo signs in as."""


def _write(conn: sqlite3.Connection, rows: Rows) -> int:
    count = 0
    for table, values in rows.tables.items():
        if table == TERMS:
            continue
        conn.executemany(insert_sql(table), values)
        count += len(values)
    return count


def _fill_product_families(conn: sqlite3.Connection) -> None:
    """Each product's family from its category (the generator's rows name only the
    category; its products are all retail, the column's default)."""
    conn.executemany(
        "UPDATE product SET family = ? WHERE category = ?",
        [(family.value, category.value) for category, family in FAMILY_OF_CATEGORY.items()],
    )


def seed_demo_bank(
    path: Path,
    customers: int,
    *,
    seed: int = 1,
    as_of: date | None = None,
    hasher: PasswordHasher | None = None,
) -> DemoBank:
    """Creates the server database at `path` (it must not exist) holding a demo bank."""
    if path.exists():
        raise UsageError(f"{path} already exists; the demo bank needs a new database")
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    generator = Generator(seed, customers, as_of or datetime.now(UTC).date(), stamp)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        reference = Rows()
        bank = generator.reference(reference)
        total = _write(conn, reference)
        for start, stop in chunks(customers):
            batch = Rows()
            generator.chunk(bank, start, stop, batch, [])
            total += _write(conn, batch)
        _fill_product_families(conn)
        password_hash = (hasher or PasswordHasher()).hash(DEMO_PASSWORD)
        conn.execute(
            "INSERT INTO server_credential (user_id, password_hash, changed_at) "
            "SELECT id, ?, ? FROM user_account",
            (password_hash, stamp),
        )
        conn.execute("UPDATE server_feed_counter SET value = 1")
        teller = conn.execute(
            "SELECT u.username FROM user_account u JOIN branch b ON b.id = u.branch_id "
            "WHERE u.role = 'teller' ORDER BY b.code, u.username LIMIT 1"
        ).fetchone()
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
        if problems:
            raise RuntimeError(f"the demo bank breaks foreign keys: {problems}")
    finally:
        conn.close()
    return DemoBank(customers, total, teller[0])
