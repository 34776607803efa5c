"""Rule segments over a generated bank: 10 rules, the whole bank and 1,000 changed customers.

    flock /tmp/bench.lock python tests/bench/segments.py [--customers 1000000]
        [--database postgresql://... | --sqlite] [--folder DIR] [--keep] [--reuse URL]

Builds the bank of `tests/bench/imports.py` through `guitai-server import` (customers, an
account each with a tenth joint, relationships, an interaction each, a credit score for
half), into a new database on the PostgreSQL at 127.0.0.1:5432 (dropped at the end unless
--keep) or, with --sqlite, a SQLite file `segments.db` in --folder (default: a temporary
folder, removed at the end). Then adds 10 rule segments and times:
- `whole_first_s`: the first whole-bank evaluation (most customers move: their segment and
  history rows and feed entries are written);
- `whole_again_s`: the same again (nobody moves: the rules alone);
- `import_1000_s`: an accounts import changing the balance of 1,000 customers, with the
  evaluation of those customers it runs at its end (`evaluate_changed`);
- `incremental_s`: the evaluation of those 1,000 customers alone;
- `campaigns_first_s`, `campaigns_again_s`: 10 campaigns' offers over the whole bank (the
  customers file gets a `marketing_consent` column: yes for 3 in 5), the first time (the
  offers are written) and again (nothing changes).
With --reuse URL (a database an earlier run kept: `--keep`) the build is skipped: the
bench's segments, campaigns, their offers, the history rows and the feed entries written
since the build are removed and the customers put back in the segments they had before
(the first history row's previous segment), then everything is timed as after a build (the
changed accounts get other balances each time: a seed from the clock).
Targets (issue 16, 1M customers on PostgreSQL): whole bank at most 60 s, incremental at
most 2 s. The last line is `key=value` pairs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import delete, func, select, text, update  # noqa: E402

from client.schema.enums import ProductCategory  # noqa: E402
from client.schema.models import (  # noqa: E402
    Campaign,
    Customer,
    Offer,
    Product,
    Segment,
    SegmentMembershipHistory,
)
from sync.server import (  # noqa: E402
    campaigns,
    migrations,
    segments,
)
from sync.server.db import Database, make_engine  # noqa: E402
from sync.server.feed import latest_version  # noqa: E402
from sync.server.rules.tables import account_profit, segment_member, segment_rule  # noqa: E402
from sync.server.steer_tables import campaign_rule  # noqa: E402
from sync.server.tables import change_log  # noqa: E402
from tests.bench.imports import (  # noqa: E402
    HEADERS,
    PRODUCTS,
    _number,
    fresh_database,
    generate,
    master_data,
    timed_import,
)

RULES = (
    ("PRIV", 10, 'kind = "individual" and total_balance >= 900000'),
    ("AFFL", 20, 'total_balance >= 500000 and not holds("CUR")'),
    ("SENI", 30, "age >= 65 and total_balance >= 100000"),
    ("YOUTH", 40, "age < 30 and account_count >= 1"),
    ("GOODC", 50, 'external("pboc_credit", "credit_score") >= 750'),
    ("RISK", 60, 'external("pboc_credit", "credit_score") < 400 and total_balance < 10000'),
    ("QUIET", 70, "months_since_contact >= 12"),
    ("B0", 80, 'branch in ("B000", "B001", "B002") and lifecycle = "active"'),
    ("PROSP", 90, 'lifecycle = "prospect" or account_count = 0'),
    ("PROF", 100, 'net_profit_12m > 0 or (holds_family("deposit") and age >= 50)'),
)


CAMPAIGN_PRODUCTS = ("SAV", "CUR", *(f"W{n}" for n in range(8)))


def _with_consent(path: Path) -> Path:
    """The customers file with a `marketing_consent` column: yes for 3 lines in 5."""
    out_path = path.with_name("customers_consent.csv")
    with path.open(encoding="utf-8") as source, out_path.open("w", encoding="utf-8") as out:
        out.write(source.readline().rstrip("\n") + ",marketing_consent\n")
        for n, line in enumerate(source):
            out.write(line.rstrip("\n") + (",yes\n" if n % 5 < 3 else ",no\n"))
    return out_path


def _campaigns(db: Database, out: dict[str, str]) -> None:
    """Adds 10 campaigns (the segment rules, 8 new wealth products) and times their offers."""
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        for code in CAMPAIGN_PRODUCTS[2:]:
            session.add(Product(code=code, name=f"Wealth {code}", category=ProductCategory.WEALTH))
        session.flush()
        for n, (code, _, rule) in enumerate(RULES):
            campaigns.add_campaign(
                session,
                f"C_{code}",
                name=code,
                product=CAMPAIGN_PRODUCTS[n],
                rule=rule,
                priority=n % 4,
                starts_on=now.date(),
                ends_on=now.date(),
                reason="holds {deposits} in deposits and no {product_name}",
                now=now,
            )
    for label in ("campaigns_first", "campaigns_again"):
        started = time.perf_counter()
        with db.writer() as session, session.begin():
            result = campaigns.evaluate(session, datetime.now(UTC))
        out[f"{label}_s"] = f"{time.perf_counter() - started:.2f}"
        out[f"{label}_created"] = str(result.created)
        print(f"{label}: {result.created:,} offers in {out[f'{label}_s']} s", flush=True)


def _changed_accounts(folder: Path, customers: int, count: int, seed: int) -> Path:
    """An accounts file giving `count` customers' accounts a new balance."""
    rng = random.Random(seed)
    chosen = rng.sample(range(customers), min(count, customers))
    path = folder / "accounts_changed.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADERS["accounts"] + "\n")
        for n in chosen:
            joint = _number((n + 1) % customers) if n % 10 == 0 else ""
            product = PRODUCTS[n % len(PRODUCTS)][0]
            balance = rng.randrange(10**8) / 100
            out.write(
                f"62220{n:011d},{_number(n)},{product},CNY,open,"
                f"20{10 + n % 15}-{1 + n % 12:02d}-15,{balance:.2f},{joint}\n"
            )
    return path


def _reset(url: str) -> int:
    """Puts a kept database back as it was after its build (see the module docstring);
    returns its number of customers. Its schema is brought up to the current one first."""
    engine = make_engine(url)
    migrations.upgrade(engine)
    engine.dispose()
    db = Database(url)
    postgres = url.startswith("postgresql")
    codes = [code for code, _, _ in RULES]
    with db.writer() as session, session.begin():
        seg_ids = list(session.scalars(select(Segment.id).where(Segment.code.in_(codes))))
        camp_ids = list(
            session.scalars(select(Campaign.id).where(Campaign.code.in_([f"C_{c}" for c in codes])))
        )
        log = change_log.c
        first = session.scalar(
            select(func.min(log.seq)).where(
                log.table_name.in_(("segment", "campaign")), log.row_id.in_(seg_ids + camp_ids)
            )
        )
        h = SegmentMembershipHistory.__table__.c
        if postgres:
            session.execute(
                text(
                    "UPDATE customer AS c SET segment_id = f.previous_segment_id FROM ("
                    "SELECT DISTINCT ON (customer_id) customer_id, previous_segment_id "
                    "FROM segment_membership_history ORDER BY customer_id, version) AS f "
                    "WHERE c.id = f.customer_id"
                )
            )
        else:
            earliest = (
                select(h.previous_segment_id)
                .where(h.customer_id == Customer.id)
                .order_by(h.version)
                .limit(1)
                .scalar_subquery()
            )
            session.execute(
                update(Customer)
                .where(Customer.id.in_(select(h.customer_id)))
                .values(segment_id=earliest)
                .execution_options(synchronize_session=False)
            )
        session.execute(delete(SegmentMembershipHistory))
        session.execute(delete(Offer).where(Offer.campaign_id.in_(camp_ids)))
        session.execute(delete(campaign_rule).where(campaign_rule.c.campaign_id.in_(camp_ids)))
        session.execute(delete(Campaign).where(Campaign.id.in_(camp_ids)))
        session.execute(delete(Product).where(Product.code.in_(CAMPAIGN_PRODUCTS[2:])))
        session.execute(delete(segment_member).where(segment_member.c.segment_id.in_(seg_ids)))
        session.execute(delete(segment_rule).where(segment_rule.c.segment_id.in_(seg_ids)))
        session.execute(delete(Segment).where(Segment.id.in_(seg_ids)))
        session.execute(delete(account_profit))
        if first is not None:
            session.execute(delete(change_log).where(log.seq >= first))
        count = session.scalar(select(func.count()).select_from(Customer)) or 0
    db.dispose()
    if postgres:
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
            for table in ("customer", "offer", "segment_membership_history", change_log.name):
                conn.execute(f"VACUUM (ANALYZE) {table}")
    print(f"reset {url}: {count:,} customers", flush=True)
    return count


def _build(args: argparse.Namespace, folder: Path) -> tuple[str, Callable[[], None]]:
    files = generate(folder, args.customers, args.seed)
    if args.sqlite:
        # in --folder when given: --keep keeps it there
        url, drop = f"sqlite:///{folder / 'segments.db'}", (lambda: None)
    else:
        url, drop = fresh_database(args.database)
    try:
        master_data(url)
        for kind in ("customers", "accounts", "relationships", "interactions", "external"):
            path, _ = files[kind]
            if kind == "customers":
                path = _with_consent(path)
            timed_import(url, kind, path, sys.stdout)
    except BaseException:
        if not args.keep:
            drop()
        raise
    return url, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--database", help="an empty server database URL (default: a new PG one)")
    parser.add_argument("--sqlite", action="store_true", help="a SQLite file in a temp folder")
    parser.add_argument("--folder", type=Path, help="where the CSV files go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the new database")
    parser.add_argument("--reuse", metavar="URL", help="a database a run kept: no build")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--changed", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.folder or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        change_seed = args.seed + 9
        if args.reuse:
            url, drop = args.reuse, (lambda: None)
            args.customers = _reset(url)
            change_seed = time.time_ns() % 1_000_000
        else:
            url, drop = _build(args, folder)
        out: dict[str, str] = {"customers": str(args.customers)}
        out["database"] = url.split(":", 1)[0].split("+", 1)[0]
        try:
            _timed(url, folder, args.customers, args.changed, change_seed, out)
        finally:
            if not args.keep and not args.reuse:
                drop()
            else:
                print(f"kept {url}")
    print(" ".join(f"{k}={v}" for k, v in out.items()))


def _timed(
    url: str, folder: Path, customers: int, changed_count: int, seed: int, out: dict[str, str]
) -> None:
    """The segments' and the campaigns' timings (see the module docstring) into `out`."""
    db = Database(url)
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        for code, priority, rule in RULES:
            segments.add_segment(session, code, code, "", now, rule=rule, priority=priority)
    for label in ("whole_first", "whole_again"):
        started = time.perf_counter()
        with db.writer() as session, session.begin():
            result = segments.evaluate(session, datetime.now(UTC))
        out[f"{label}_s"] = f"{time.perf_counter() - started:.2f}"
        out[f"{label}_moved"] = str(result.moved)
        print(f"{label}: {result.moved:,} moved in {out[f'{label}_s']} s", flush=True)
    with db.reader() as session:
        since = latest_version(session)
    changed = _changed_accounts(folder, customers, changed_count, seed)
    out["import_1000_s"] = f"{timed_import(url, 'accounts', changed, sys.stdout):.2f}"
    started = time.perf_counter()
    with db.writer() as session, session.begin():
        ids = segments.changed_customers(session, since)
        result = segments.evaluate(session, datetime.now(UTC), customer_ids=ids)
    out["incremental_s"] = f"{time.perf_counter() - started:.2f}"
    out["incremental_customers"] = str(len(ids))
    with db.reader() as session:
        sizes = dict(
            session.execute(
                select(Customer.segment_id, func.count()).group_by(Customer.segment_id)
            ).all()
        )
        out["segments_used"] = str(len(sizes))
    _campaigns(db, out)
    db.dispose()


if __name__ == "__main__":
    main()
