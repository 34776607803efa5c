"""Search latency over a demo cache: mixed queries of every kind a teller types.

    python tests/bench/search.py --customers 1000000 [--profile DIR] [--queries 2000]

Reuses the cache in --profile (default bench-data/demo-N) when it holds a demo bank of that
size, else builds one. Prints a line per query kind, then `key=value` pairs last.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from client.demo import generate_demo
from client.profile import Profile
from client.search.query import search_customers
from client.store import LocalCache

ROOT = Path(__file__).resolve().parents[2]
Maker = Callable[[dict[str, Any], random.Random], str | None]


def _tail(value: str | None, rng: random.Random) -> str | None:
    return value[-rng.randrange(4, 7) :] if value else None


def _surname(row: dict[str, Any], rng: random.Random) -> str | None:
    name = row["name"]
    return name[:1] if row["kind"] == "individual" and "\u4e00" <= name[0] <= "\u9fff" else None


def _compound(row: dict[str, Any], rng: random.Random) -> str | None:
    from client.search.normalize import COMPOUND_SURNAMES, cjk_key

    key = cjk_key(row["name"])
    return key[:3] if key[:2] in COMPOUND_SURNAMES else None


def _pinyin(row: dict[str, Any], rng: random.Random) -> str | None:
    return row["latin"].replace(" ", "").lower() if row["kind"] == "individual" else None


def _initials(row: dict[str, Any], rng: random.Random) -> str | None:
    if row["kind"] != "individual" or not row["latin"]:
        return None
    from client.search.normalize import cjk_key, syllables

    sounds = syllables(cjk_key(row["name"]), as_person=True)
    return "".join(s[0] for s in sounds) if sounds else None


def _traditional(row: dict[str, Any], rng: random.Random) -> str | None:
    import zhconv

    return str(zhconv.convert(row["name"], "zh-hant")) if row["kind"] == "individual" else None


def _latin(row: dict[str, Any], rng: random.Random) -> str | None:
    name = row["name"]
    return name.upper() if name.isascii() is False and " " in name else None


KINDS: dict[str, Maker] = {
    "chinese_name": lambda r, g: r["name"] if r["kind"] == "individual" else None,
    "traditional": _traditional,
    "surname": _surname,
    "compound_surname": _compound,
    "pinyin": _pinyin,
    "pinyin_prefix": lambda r, g: (_pinyin(r, g) or "")[:4] or None,
    "initials": _initials,
    "latin_accented": _latin,
    "company": lambda r, g: r["name"][:6] if r["kind"] == "business" else None,
    "phone": lambda r, g: r["phone"],
    "phone_tail": lambda r, g: _tail(r["phone"], g),
    "national_id": lambda r, g: r["national_id"],
    "id_tail": lambda r, g: _tail(r["national_id"], g),
    "account": lambda r, g: r["account"],
    "account_tail": lambda r, g: _tail(r["account"], g),
    "customer_number": lambda r, g: r["customer_number"],
}


def ensure_cache(folder: Path, customers: int) -> Profile:
    profile = Profile.open(folder, create=True)
    if profile.has_cache:
        with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
            size = conn.execute(
                text("SELECT value FROM cache_meta WHERE key = 'demo_customers'")
            ).scalar()
        if size == str(customers):
            return profile
    print(f"building a demo cache of {customers:,} customers in {folder} ...", flush=True)
    generate_demo(profile, customers, replace=True)
    return profile


def sample(cache: LocalCache, count: int, rng: random.Random) -> list[dict[str, Any]]:
    with cache.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM customer")).scalar_one()
        numbers = [f"C{rng.randrange(1, total + 1):09d}" for _ in range(count)]
        rows = []
        for number in numbers:
            row = (
                conn.execute(
                    text(
                        "SELECT c.id, c.customer_number, c.kind, c.legal_name, c.name_latin, "
                        "c.national_id, b.code FROM customer c JOIN branch b "
                        "ON b.id = c.home_branch_id WHERE c.customer_number = :n"
                    ),
                    {"n": number},
                )
                .mappings()
                .first()
            )
            if row is None:
                continue
            phone = conn.execute(
                text("SELECT value FROM contact_point WHERE customer_id = :c AND kind = 'phone'"),
                {"c": row["id"]},
            ).scalar()
            account = conn.execute(
                text(
                    "SELECT a.account_number FROM account a JOIN account_holder h "
                    "ON h.account_id = a.id WHERE h.customer_id = :c"
                ),
                {"c": row["id"]},
            ).scalar()
            rows.append(
                {
                    "customer_number": row["customer_number"],
                    "kind": row["kind"],
                    "name": row["legal_name"],
                    "latin": row["name_latin"],
                    "national_id": row["national_id"],
                    "branch": row["code"],
                    "phone": phone,
                    "account": account,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = args.profile or ROOT / "bench-data" / f"demo-{args.customers}"
    profile = ensure_cache(folder, args.customers)
    rng = random.Random(args.seed)
    with LocalCache.open(profile) as cache:
        rows = sample(cache, args.queries * 2, rng)
        work: list[tuple[str, str, str | None, str]] = []
        kinds = list(KINDS)
        for k, row in enumerate(rows):
            kind = kinds[k % len(kinds)]
            query = KINDS[kind](row, rng)
            if query:
                branch = row["branch"] if len(work) % 2 else None
                work.append((kind, query, branch, row["branch"]))
            if len(work) >= args.queries:
                break
        with cache.engine.connect() as conn:
            for _kind, query, branch, own in work[:100]:
                search_customers(conn, query, branch=branch, own_branch=own)
            timings: dict[str, list[float]] = defaultdict(list)
            empty = 0
            for kind, query, branch, own in work:
                started = time.perf_counter()
                hits = search_customers(conn, query, branch=branch, own_branch=own)
                timings[kind].append((time.perf_counter() - started) * 1000)
                empty += not hits
    every = sorted(t for values in timings.values() for t in values)

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    for kind, values in sorted(timings.items()):
        print(
            f"{kind:18s} n={len(values):4d} "
            f"p50={pct(values, 0.5):6.2f}ms p95={pct(values, 0.95):6.2f}ms"
        )
    print(
        f"customers={args.customers} queries={len(every)} empty={empty} "
        f"p50_ms={statistics.median(every):.2f} p95_ms={pct(every, 0.95):.2f} "
        f"p99_ms={pct(every, 0.99):.2f} max_ms={every[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
