"""Search latency over a demo cache, with queries of every kind a teller types, drawn from it.

    python tests/bench/search.py --customers 1000000 [--profile DIR] [--queries 2000]

The cache: --profile when given; otherwise any profile under bench-data/ whose cache holds a
demo bank of exactly that size (cache_meta 'demo_customers'); otherwise a new one is built in
bench-data/search-N with the demo generator. The queries are derived from customers sampled
with a fixed seed; half carry a branch filter (the customer's branch), half only the teller's
own branch. Each kind's line gives its latency and how often the sampled customer was among
the hits. The last line is `key=value` pairs: customers, queries, p50_ms, p95_ms, p99_ms,
max_ms and p95_<kind>. Targets at 1,000,000 customers: p95 <= 10 ms, p50 <= 3 ms.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import zhconv
from sqlalchemy import Connection

from client.errors import GuitaiError
from client.profile import Profile
from client.search.normalize import cjk_key, has_cjk, surname_length, syllables
from client.search.query import search_customers
from client.store import LocalCache

ROOT = Path(__file__).resolve().parents[2]
BENCH_DATA = ROOT / "bench-data"
WARM_UP = 200


@dataclass(frozen=True)
class Sample:
    """A customer and the numbers a teller could type to find it."""

    number: str
    kind: str
    name: str
    latin: str
    national_id: str
    branch: str
    phones: tuple[str, ...]
    accounts: tuple[str, ...]

    @property
    def chinese_person(self) -> bool:
        return self.kind == "individual" and has_cjk(self.name)

    @property
    def sounds(self) -> list[str]:
        return syllables(cjk_key(self.name), as_person=True)


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    expected: str
    branch: str | None
    own_branch: str


Maker = Callable[[Sample, random.Random], str | None]


def _tail(value: str, rng: random.Random) -> str | None:
    return value[-rng.randrange(4, 7) :] if len(value) >= 6 else None


def _pick(values: tuple[str, ...], rng: random.Random) -> str | None:
    return rng.choice(values) if values else None


def _chinese(s: Sample, rng: random.Random) -> str | None:
    return s.name if s.chinese_person else None


def _two_char(s: Sample, rng: random.Random) -> str | None:
    return s.name if s.chinese_person and len(s.name) == 2 else None


def _variant(s: Sample, rng: random.Random) -> str | None:
    """The other script: simplified for a traditional name, traditional for a simplified one."""
    if not s.chinese_person:
        return None
    simple = cjk_key(s.name)
    other = simple if simple != s.name else str(zhconv.convert(s.name, "zh-hant"))
    return other if other != s.name else None


def _surname(s: Sample, rng: random.Random) -> str | None:
    return s.name[: surname_length(cjk_key(s.name))] if s.chinese_person else None


def _compound(s: Sample, rng: random.Random) -> str | None:
    return s.name[:2] if s.chinese_person and surname_length(cjk_key(s.name)) == 2 else None


def _given(s: Sample, rng: random.Random) -> str | None:
    return s.name[surname_length(cjk_key(s.name)) :] if s.chinese_person else None


def _pinyin(s: Sample, rng: random.Random) -> str | None:
    if not s.chinese_person:
        return None
    split = surname_length(cjk_key(s.name))
    words = ["".join(s.sounds[:split]), "".join(s.sounds[split:])]
    return rng.choice(["".join(words), " ".join(words), " ".join(words).title()])


def _pinyin_reversed(s: Sample, rng: random.Random) -> str | None:
    if not s.chinese_person:
        return None
    split = surname_length(cjk_key(s.name))
    return f"{''.join(s.sounds[split:])} {''.join(s.sounds[:split])}"


def _pinyin_prefix(s: Sample, rng: random.Random) -> str | None:
    return "".join(s.sounds)[: rng.randrange(3, 7)] if s.chinese_person else None


def _initials(s: Sample, rng: random.Random) -> str | None:
    return "".join(x[0] for x in s.sounds) if s.chinese_person else None


def _latin(s: Sample, rng: random.Random) -> str | None:
    """A Latin name as typed: folded, upper-cased, as written, or the family name only."""
    if has_cjk(s.name):
        return None
    from anyascii import anyascii

    forms = [anyascii(s.name).lower(), s.name.upper(), s.name, s.name.split()[-1]]
    return rng.choice(forms)


def _company(s: Sample, rng: random.Random) -> str | None:
    if s.kind != "business" or not has_cjk(s.name):
        return None
    return rng.choice([s.name[: rng.randrange(4, 8)], s.name[2:6]])


def _phone(s: Sample, rng: random.Random) -> str | None:
    phone = _pick(s.phones, rng)
    if phone is None:
        return None
    d = "".join(c for c in phone if c.isdigit())
    return rng.choice([d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"+86 {d[:3]} {d[3:7]} {d[7:]}"])


KINDS: dict[str, Maker] = {
    "chinese_name": _chinese,
    "two_char_name": _two_char,
    "script_variant": _variant,
    "surname": _surname,
    "compound_surname": _compound,
    "given_name": _given,
    "pinyin": _pinyin,
    "pinyin_reversed": _pinyin_reversed,
    "pinyin_prefix": _pinyin_prefix,
    "initials": _initials,
    "latin_name": _latin,
    "company": _company,
    "phone": _phone,
    "phone_tail": lambda s, g: _tail(_pick(s.phones, g) or "", g),
    "national_id": lambda s, g: s.national_id.lower() if g.random() < 0.5 else s.national_id,
    "id_tail": lambda s, g: _tail(s.national_id, g),
    "account": lambda s, g: _pick(s.accounts, g),
    "account_tail": lambda s, g: _tail(_pick(s.accounts, g) or "", g),
    "customer_number": lambda s, g: s.number.lower() if g.random() < 0.3 else s.number,
    "name_and_phone_tail": lambda s, g: (
        f"{s.name} {_tail(s.phones[0], g)}" if s.chinese_person and s.phones else None
    ),
}


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


def find_or_build(customers: int, folder: Path | None) -> Profile:
    candidates = [folder] if folder else sorted(p.parent for p in BENCH_DATA.glob("*/cache.db"))
    for candidate in candidates:
        profile = Profile.open(candidate, create=True)
        if demo_size(profile) == customers:
            print(f"using the demo cache in {candidate}", flush=True)
            return profile
    target = folder or BENCH_DATA / f"search-{customers}"
    from client.demo import generate_demo

    print(f"building a demo bank of {customers:,} customers in {target} ...", flush=True)
    profile = Profile.open(target, create=True)
    generate_demo(profile, customers, replace=True)
    return profile


def sample(conn: Connection, count: int, rng: random.Random) -> list[Sample]:
    """`count` customers (not deleted) picked at random by rowid."""
    top = conn.exec_driver_sql("SELECT max(rowid) FROM customer").scalar_one()
    found: list[Sample] = []
    while len(found) < count:
        row = conn.exec_driver_sql(
            "SELECT c.id, c.customer_number, c.kind, c.legal_name, c.name_latin, c.national_id, "
            "b.code FROM customer c JOIN branch b ON b.id = c.home_branch_id "
            "WHERE c.rowid = ? AND c.deleted = 0",
            (rng.randrange(1, top + 1),),
        ).first()
        if row is not None:
            found.append(_sample(conn, tuple(row)))
    return found


def _sample(conn: Connection, row: tuple[object, ...]) -> Sample:
    cid, number, kind, name, latin, national_id, branch = row
    phones = conn.exec_driver_sql(
        "SELECT value FROM contact_point WHERE customer_id = ? AND kind = 'phone' AND deleted = 0",
        (cid,),
    ).scalars()
    accounts = conn.exec_driver_sql(
        "SELECT a.account_number FROM account_holder h JOIN account a ON a.id = h.account_id "
        "WHERE h.customer_id = ? AND h.deleted = 0 AND a.deleted = 0",
        (cid,),
    ).scalars()
    return Sample(
        str(number),
        str(kind),
        str(name),
        str(latin or ""),
        str(national_id or ""),
        str(branch),
        tuple(phones),
        tuple(accounts),
    )


def make_queries(samples: list[Sample], count: int, branches: list[str], seed: int) -> list[Query]:
    """`count` queries, as many of each kind as the samples allow, shuffled; half of them
    filtered to the customer's branch, all with a random teller branch."""
    rng = random.Random(seed)
    streams: dict[str, Iterator[Sample]] = {}
    for k, kind in enumerate(KINDS):
        offset = k * len(samples) // len(KINDS)
        streams[kind] = iter(samples[offset:] + samples[:offset])
    made: list[tuple[str, str, Sample]] = []
    while len(made) < count and streams:
        for kind in list(streams):
            found = _next_query(kind, streams[kind], rng)
            if found is None:
                del streams[kind]
            else:
                made.append((kind, *found))
            if len(made) >= count:
                break
    rng.shuffle(made)
    return [
        Query(kind, text, s.number, s.branch if k % 2 == 0 else None, rng.choice(branches))
        for k, (kind, text, s) in enumerate(made)
    ]


def _next_query(
    kind: str, stream: Iterator[Sample], rng: random.Random
) -> tuple[str, Sample] | None:
    """A query of `kind` from the next sample that has one; None when the stream runs out."""
    for s in stream:
        text = KINDS[kind](s, rng)
        if text:
            return text, s
    return None


def run(conn: Connection, queries: list[Query]) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Milliseconds per query and the number of queries that found their customer, per kind."""
    timings: dict[str, list[float]] = defaultdict(list)
    hits_found: dict[str, int] = defaultdict(int)
    for q in queries:
        started = time.perf_counter()
        hits = search_customers(conn, q.text, branch=q.branch, own_branch=q.own_branch)
        timings[q.kind].append((time.perf_counter() - started) * 1000)
        hits_found[q.kind] += any(h.customer_number == q.expected for h in hits)
    return timings, hits_found


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(customers: int, timings: dict[str, list[float]], hits_found: dict[str, int]) -> None:
    every = [t for values in timings.values() for t in values]
    for kind in KINDS:
        values = timings.get(kind)
        if values:
            print(
                f"{kind:20s} n={len(values):4d} p50={pct(values, 0.5):6.2f}ms "
                f"p95={pct(values, 0.95):6.2f}ms max={max(values):6.2f}ms "
                f"found={100 * hits_found[kind] / len(values):5.1f}%"
            )
    found = sum(hits_found.values())
    pairs = [
        f"customers={customers}",
        f"queries={len(every)}",
        f"p50_ms={pct(every, 0.5):.2f}",
        f"p95_ms={pct(every, 0.95):.2f}",
        f"p99_ms={pct(every, 0.99):.2f}",
        f"max_ms={max(every):.2f}",
        f"found_pct={100 * found / len(every):.1f}",
    ]
    pairs += [f"p95_{kind}={pct(timings[kind], 0.95):.2f}" for kind in KINDS if kind in timings]
    print(" ".join(pairs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="the profile folder to use or build")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    profile = find_or_build(args.customers, args.profile)
    rng = random.Random(args.seed)
    with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
        branches = list(conn.exec_driver_sql("SELECT code FROM branch WHERE deleted = 0").scalars())
        samples = sample(conn, 3 * args.queries + WARM_UP, rng)
        warm = make_queries(samples[:WARM_UP], WARM_UP, branches, args.seed + 1)
        queries = make_queries(samples[WARM_UP:], args.queries, branches, args.seed)
        run(conn, warm)
        timings, hits_found = run(conn, queries)
    report(args.customers, timings, hits_found)


if __name__ == "__main__":
    main()
