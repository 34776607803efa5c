"""CSV import throughput: a bank's first load of a million customers, then a re-run.

    flock /tmp/bench.lock python tests/bench/imports.py [--customers 1000000]
        [--database postgresql://postgres@127.0.0.1:5432/NAME] [--folder DIR] [--keep]

Generates the CSV files of a bank (customers; one account each, a tenth of them with a
joint holder; household and other relationships for 30% of the customers; an interaction
each; external attributes for half of them), imports them in that order into a fresh
database (default: a new database on the PostgreSQL at 127.0.0.1:5432, dropped at the end
unless --keep) through `guitai-server import` (`sync.server.cli.main`), then imports the
customers file again (every line known: "rerun"), and once more with every customer
changed (a new Latin name and phone: "update").

Targets (issue 14): customers at least 20,000 rows/s; the re-run no slower than 2x the
first run. The last line is `key=value` pairs: the rows and seconds of each file and
`<kind>_rows_per_s` for customers, customers_rerun, customers_update, accounts,
relationships, interactions and external.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import psycopg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from client.schema.enums import ProductCategory, Role  # noqa: E402
from client.schema.models import Product, Segment  # noqa: E402
from sync.server import migrations  # noqa: E402
from sync.server.cli import main as server_main  # noqa: E402
from sync.server.db import Database, make_engine  # noqa: E402
from sync.server.users import add_branch, add_user  # noqa: E402
from tests.bench.server_data import HASHER, PINYIN, SURNAMES  # noqa: E402

PG = "127.0.0.1:5432"
BRANCHES = tuple(f"B{n:03d}" for n in range(40))
SEGMENTS = ("MASS", "AFFLUENT", "PRIVATE")
PRODUCTS = (("SAV", ProductCategory.SAVINGS), ("CUR", ProductCategory.CURRENT))
STAFF = tuple(f"agent{n}" for n in range(20))
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
KINDS = ("household", "spouse", "parent_of", "guarantor_for", "employee_of")
CHANNELS = ("call_centre", "internet", "mobile", "counter")
INTERACTIONS = ("call", "email", "service_request", "complaint", "visit")


def _lines(path: Path, header: str, rows: Iterator[str]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header + "\n")
        buffer: list[str] = []
        for row in rows:
            buffer.append(row)
            count += 1
            if len(buffer) == 10_000:
                out.write("\n".join(buffer) + "\n")
                buffer.clear()
        if buffer:
            out.write("\n".join(buffer) + "\n")
    return count


def _number(n: int) -> str:
    return f"C{n:09d}"


def customer_rows(count: int, seed: int, changed: bool = False) -> Iterator[str]:
    rng = random.Random(seed)
    for n in range(count):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN) + rng.choice(GIVEN)
        latin = f"{PINYIN[surname]} {''.join(PINYIN[g] for g in given)}"
        phone = f"13{rng.randrange(10**9):09d}"
        if changed:
            latin, phone = latin.upper(), f"15{n:09d}"
        lifecycle = "prospect" if n % 17 == 0 else "active"
        yield (
            f"{_number(n)},individual,{surname}{given},{latin},"
            f"1101011{1950 + n % 50}{n:08d},{phone},c{n}@example.cn,"
            f"{BRANCHES[n % len(BRANCHES)]},{SEGMENTS[n % 3]},"
            f"{1950 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d},{lifecycle}"
        )


def account_rows(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for n in range(count):
        joint = _number((n + 1) % count) if n % 10 == 0 else ""
        product = PRODUCTS[n % len(PRODUCTS)][0]
        yield (
            f"62220{n:011d},{_number(n)},{product},CNY,open,"
            f"20{10 + n % 15}-{1 + n % 12:02d}-15,{rng.randrange(10**8) / 100:.2f},{joint}"
        )


def relationship_rows(count: int) -> Iterator[str]:
    for n in range(0, count - 3, 10):
        for step, kind in enumerate(KINDS[:3], 1):
            yield f"{_number(n)},{_number(n + step)},{kind},20{10 + n % 15}-06-01"


def interaction_rows(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for n in range(count):
        staff = STAFF[n % len(STAFF)] if n % 3 == 0 else ""
        yield (
            f"{_number(rng.randrange(count))},2025-{1 + n % 12:02d}-{1 + n % 28:02d} "
            f"{8 + n % 12:02d}:{n % 60:02d}:00,{INTERACTIONS[n % 5]},{CHANNELS[n % 4]},"
            f"Enquiry {n % 97},notes of {n},{staff},ext-{n}"
        )


def external_rows(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for n in range(0, count, 2):
        yield f"{_number(n)},pboc_credit,credit_score,{300 + rng.randrange(600)},2025-10-31"


HEADERS = {
    "customers": "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,"
    "segment,birth_date,lifecycle",
    "accounts": "account_number,customer_number,product_code,currency,status,opened_on,"
    "balance,joint_holder_numbers",
    "relationships": "customer_number,related_number,kind,since",
    "interactions": "customer_number,occurred_at,kind,channel,subject,notes,staff,external_id",
    "external": "customer_number,source,attribute,value,as_of",
}


def generate(folder: Path, customers: int, seed: int) -> dict[str, tuple[Path, int]]:
    makers: dict[str, Callable[[], Iterator[str]]] = {
        "customers": lambda: customer_rows(customers, seed),
        "customers_update": lambda: customer_rows(customers, seed, changed=True),
        "accounts": lambda: account_rows(customers, seed + 1),
        "relationships": lambda: relationship_rows(customers),
        "interactions": lambda: interaction_rows(customers, seed + 2),
        "external": lambda: external_rows(customers, seed + 3),
    }
    files: dict[str, tuple[Path, int]] = {}
    for name, rows in makers.items():
        path = folder / f"{name}.csv"
        started = time.perf_counter()
        count = _lines(path, HEADERS[name.split("_")[0]], rows())
        files[name] = (path, count)
        print(f"wrote {path.name}: {count:,} lines in {time.perf_counter() - started:.1f} s")
    return files


def fresh_database(url: str | None) -> tuple[str, Callable[[], None]]:
    """The database to load (a new one on PG unless given), and how to drop it."""
    if url:
        return url, lambda: None
    name = f"guitai_bench_imports_{uuid.uuid4().hex[:8]}"
    admin = f"postgresql://postgres@{PG}/test"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"postgresql+psycopg://postgres@{PG}/{name}", drop


def master_data(url: str) -> None:
    engine = make_engine(url)
    migrations.upgrade(engine)
    engine.dispose()
    db = Database(url)
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        for code in BRANCHES:
            add_branch(session, code, f"{code} branch", "Beijing", now)
        for code in SEGMENTS:
            session.add(Segment(id=uuid.uuid4(), code=code, name=code, version=0, deleted=False))
        for code, category in PRODUCTS:
            session.add(
                Product(
                    id=uuid.uuid4(),
                    code=code,
                    name=code,
                    category=category,
                    version=0,
                    deleted=False,
                )
            )
    with db.writer() as session, session.begin():
        for n, name in enumerate(STAFF):
            add_user(
                session,
                HASHER,
                username=name,
                role=Role.CALL_CENTRE_AGENT,
                branch_code=BRANCHES[n % len(BRANCHES)],
                password="bench-pass-long",
                now=now,
            )
    db.dispose()


def timed_import(url: str, kind: str, path: Path, out: TextIO) -> float:
    started = time.perf_counter()
    code = server_main(["import", kind, str(path), "--database", url])
    elapsed = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"import {kind} {path} failed with exit code {code}")
    print(f"  {kind} {path.name}: {elapsed:.1f} s", file=out, flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--database", help="an empty server database URL (default: a new PG one)")
    parser.add_argument("--folder", type=Path, help="where the CSV files go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the new database")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.folder or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        files = generate(folder, args.customers, args.seed)
        url, drop = fresh_database(args.database)
        try:
            master_data(url)
            runs = [
                ("customers", "customers", "customers"),
                ("accounts", "accounts", "accounts"),
                ("relationships", "relationships", "relationships"),
                ("interactions", "interactions", "interactions"),
                ("external", "external", "external"),
                ("customers_rerun", "customers", "customers"),
                ("customers_update", "customers", "customers_update"),
            ]
            results: dict[str, tuple[int, float]] = {}
            for label, kind, file in runs:
                path, rows = files[file]
                results[label] = (rows, timed_import(url, kind, path, sys.stdout))
        finally:
            if not args.keep:
                drop()
            else:
                print(f"kept {url}")
    pairs = []
    for label, (rows, seconds) in results.items():
        pairs += [f"{label}_rows={rows}", f"{label}_s={seconds:.2f}"]
    pairs += [f"{label}_rows_per_s={rows / s:.0f}" for label, (rows, s) in results.items()]
    first, again = results["customers"][1], results["customers_rerun"][1]
    pairs.append(f"customers_rerun_ratio={again / first:.2f}")
    print(" ".join(pairs))


if __name__ == "__main__":
    main()
