"""Fills a profile's cache with a generated bank: built aside, then moved into place."""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime

from client.demo.build import TERMS, Generator, Rows, chunks, write
from client.errors import UsageError
from client.profile import Profile
from client.schema.local import cache_meta
from client.store import RawConnection, cache_key, connect_raw, create_schema

log = logging.getLogger(__name__)

MAX_CUSTOMERS = 1_000_000
STAGING = (
    "CREATE TEMP TABLE staged_term "
    "(term TEXT, customer_id BLOB, field TEXT, branch TEXT, lifecycle TEXT)"
)


@dataclass(frozen=True)
class DemoStats:
    customers: int
    rows: int
    seconds: float


def generate_demo(
    profile: Profile,
    customers: int,
    seed: int = 1,
    replace: bool = False,
    as_of: date | None = None,
) -> DemoStats:
    """Writes a bank of `customers` customers into the profile's cache (which must not exist
    unless `replace`); the same seed and day give the same bank."""
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise UsageError(f"--customers must be between 1 and {MAX_CUSTOMERS:,}, not {customers:,}")
    if profile.has_cache and not replace:
        raise UsageError(
            f"the profile {profile.folder} already has a cache; add --replace to overwrite it"
        )
    started = time.perf_counter()
    key = cache_key(profile)
    building = profile.folder / "cache.db.building"
    for leftover in profile.folder.glob("cache.db.building*"):
        leftover.unlink()
    create_schema(building, key)
    conn = connect_raw(building, key)
    try:
        rows = _fill(conn, seed, customers, as_of or datetime.now(UTC).date())
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        profile.cache_path.with_name("cache.db" + suffix).unlink(missing_ok=True)
    building.replace(profile.cache_path)
    seconds = time.perf_counter() - started
    log.info("demo bank of %d customers written in %.1f s", customers, seconds)
    return DemoStats(customers, rows, seconds)


def _fill(conn: RawConnection, seed: int, customers: int, as_of: date) -> int:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute(STAGING)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    generator = Generator(seed, customers, as_of, stamp)
    total = 0
    conn.execute("BEGIN")
    reference = Rows()
    bank = generator.reference(reference)
    total += write(conn, reference)
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: list[Future[int]] = []
        for start, stop in chunks(customers):
            batch = Rows()
            generator.chunk(bank, start, stop, batch, batch.tables.setdefault(TERMS, []))
            pending.append(writer.submit(write, conn, batch))
            if len(pending) > 1:
                total += pending.pop(0).result()
            log.debug("demo: %d customers generated", stop)
        total += sum(f.result() for f in pending)
    conn.execute(
        "INSERT OR IGNORE INTO search_term (term, customer_id, field, branch, lifecycle) "
        "SELECT term, customer_id, field, branch, lifecycle FROM staged_term "
        "ORDER BY term, customer_id"
    )
    conn.execute("DROP TABLE staged_term")
    for _name, sql in indexes:
        conn.execute(sql)
    meta = {"demo_seed": str(seed), "demo_customers": str(customers), "filled_at": stamp}
    conn.executemany(f"INSERT INTO {cache_meta.name} (key, value) VALUES (?, ?)", meta.items())  # noqa: S608 - identifiers from the table registry or constants; values are bound
    conn.execute("COMMIT")
    problems = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if problems:
        raise RuntimeError(f"the generated bank breaks foreign keys: {problems}")
    conn.execute("ANALYZE")
    return total
