"""Customer 360 latency over a demo cache: whole views of customers picked at random.

    python tests/bench/customer360.py --customers 1000000 [--profile DIR] [--loads 1000]

The cache: the one at --profile when it exists (whatever its size), otherwise built there with
the demo generator; without --profile, any profile under bench-data/ holding a demo bank of
exactly --customers customers (cache_meta 'demo_customers'), otherwise a new one built in
bench-data/customer360-N. Customers are drawn with a fixed seed (random rowids, then loaded by
their customer number), each in its own read session as the counter screen does; a warm-up
is not counted. The last line is `key=value` pairs: customers, loads, p50_ms, p95_ms, max_ms.
Target at 1,000,000 customers: p95 <= 30 ms.
"""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event

from client.customer360 import load_customer_360
from client.errors import GuitaiError
from client.profile import Profile
from client.store import LocalCache

ROOT = Path(__file__).resolve().parents[2]
BENCH_DATA = ROOT / "bench-data"
WARM_UP = 50


def demo_size(profile: Profile) -> int | None:
    """The customer count of the demo bank in `profile`'s cache, if it holds one."""
    if not profile.has_cache:
        return None
    try:
        with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
            value = conn.exec_driver_sql(
                "SELECT value FROM cache_meta WHERE key = 'demo_customers'"
            ).scalar()
    except GuitaiError as exc:
        print(f"skipping {profile.folder}: {exc}", flush=True)
        return None
    return int(value) if value else None


def build(folder: Path, customers: int, seed: int) -> Profile:
    from client.demo import generate_demo

    print(f"building a demo bank of {customers:,} customers in {folder} ...", flush=True)
    profile = Profile.open(folder, create=True)
    started = time.perf_counter()
    generate_demo(profile, customers, seed=seed)
    print(f"built in {time.perf_counter() - started:.1f} s", flush=True)
    return profile


def find_or_build(customers: int, folder: Path | None, seed: int) -> Profile:
    if folder is not None:
        profile = Profile.open(folder, create=True)
        if profile.has_cache:
            print(f"using the cache in {folder}", flush=True)
            return profile
        return build(folder, customers, seed)
    for candidate in sorted(p.parent for p in BENCH_DATA.glob("*/cache.db")):
        profile = Profile.open(candidate)
        if demo_size(profile) == customers:
            print(f"using the demo cache in {candidate}", flush=True)
            return profile
    return build(BENCH_DATA / f"customer360-{customers}", customers, seed)


def sample(conn: Connection, count: int, rng: random.Random) -> list[str]:
    """The numbers of `count` live customers drawn at random by rowid (repeats allowed)."""
    top = conn.exec_driver_sql("SELECT max(rowid) FROM customer").scalar_one()
    numbers: list[str] = []
    while len(numbers) < count:
        number = conn.exec_driver_sql(
            "SELECT customer_number FROM customer WHERE rowid = ? AND deleted = 0",
            (rng.randrange(1, top + 1),),
        ).scalar()
        if number is not None:
            numbers.append(number)
    return numbers


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def load_all(cache: LocalCache, numbers: list[str]) -> list[float]:
    """Milliseconds per whole 360, each in a fresh read session."""
    timings = []
    for number in numbers:
        started = time.perf_counter()
        with cache.read_session() as session:
            view = load_customer_360(session, customer_number=number)
        timings.append((time.perf_counter() - started) * 1000)
        if view.customer_number != number:
            raise AssertionError(f"asked for {number}, got {view.customer_number}")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="the profile folder to use or build")
    parser.add_argument("--loads", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11, help="picks the customers")
    parser.add_argument("--demo-seed", type=int, default=1, help="seeds a newly built bank")
    args = parser.parse_args()
    profile = find_or_build(args.customers, args.profile, args.demo_seed)
    rng = random.Random(args.seed)
    statements = 0

    def count(*_: Any) -> None:
        nonlocal statements
        statements += 1

    with LocalCache.open(profile) as cache:
        with cache.engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one()
            numbers = sample(conn, WARM_UP + args.loads, rng)
        load_all(cache, numbers[:WARM_UP])
        event.listen(cache.engine, "before_cursor_execute", count)
        timings = sorted(load_all(cache, numbers[WARM_UP:]))
    print(
        f"statements per load (BEGIN included): {statements / len(timings):.1f}; "
        f"p99 {percentile(timings, 0.99):.2f} ms",
        flush=True,
    )
    print(
        f"customers={total} loads={len(timings)} p50_ms={percentile(timings, 0.5):.2f} "
        f"p95_ms={percentile(timings, 0.95):.2f} max_ms={timings[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
