"""The quarterly evaluation over a generated bank: the whole bank's quarter and one branch.

    flock /tmp/bench.lock python tests/bench/evaluation.py [--customers 1000000]
        [--database postgresql://...] [--keep] [--reuse URL [--cold]]

Builds the bank of `tests/bench/imports.py` through `guitai-server import` (customers, an
account each, an interaction each in 2025) in a new database on the PostgreSQL at
127.0.0.1:5432 (dropped at the end unless --keep), then adds in SQL: 12 months of history
per account (2025-01 to 2025-12), a sign-in and a customer view per customer, a referral,
an appointment and a presented offer for every tenth customer, and vacuums (as autovacuum
would after a load). Then times, for 2025Q4:
- `refresh_s`: the first reading of every account's history into the account quarters
  (once after a load; unchanged histories cost nothing later), and `refresh_again_s`;
- `whole_bank_s`: the report of every branch with the bank's totals;
- `one_branch_s`: the report of one branch.
With `--reuse URL` (a database an earlier run kept) nothing is built: the run goes straight
to the timings (`--cold` first empties the account quarters, so `refresh_s` is again the
first reading of every history).
Targets (issue 17, 1M customers): whole bank at most 5 s, one branch at most 1 s. The last
line is `key=value` pairs, with `peak_rss_mb` (resource.getrusage).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from client.schema.history import FORMAT_VERSION, RECORD  # noqa: E402
from sync.server.db import Database  # noqa: E402
from sync.server.evaluation import history, report  # noqa: E402
from sync.server.evaluation.quarters import parse_quarter  # noqa: E402
from tests.bench.imports import (  # noqa: E402
    BRANCHES,
    fresh_database,
    generate,
    master_data,
    timed_import,
)

QUARTER = "2025Q4"
STAMP_SQL = "timestamptz '2025-10-01 00:00+00' + random() * interval '91 days'"


def _history(rng: random.Random) -> bytes:
    body = b"".join(
        RECORD.pack(
            2025 * 100 + month,
            rng.randrange(10**10),
            rng.randrange(10**7),
            rng.randrange(10**6),
            rng.randrange(10**6),
            rng.randrange(10**6),
            rng.randrange(10**5),
        )
        for month in range(1, 13)
    )
    return bytes([FORMAT_VERSION]) + body


def activity(url: str, seed: int) -> None:
    """Histories, audit events, referrals, appointments and offers, straight in SQL."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    rng = random.Random(seed)
    with psycopg.connect(dsn) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM account")]
        with conn.cursor().copy(
            "COPY account_history (id, version, updated_at, deleted, account_id, months) FROM STDIN"
        ) as copy:
            for account_id in ids:
                copy.write_row(
                    (
                        f"{rng.getrandbits(128):032x}",
                        1,
                        "2026-01-01 00:00+00",
                        False,
                        account_id,
                        _history(rng),
                    )
                )
        conn.execute(
            "CREATE TEMP TABLE staff AS SELECT row_number() OVER () - 1 AS n, id, branch_id "
            "FROM user_account"
        )
        count = conn.execute("SELECT count(*) FROM staff").fetchone()
        n_staff = int(count[0]) if count else 1
        conn.execute(
            "INSERT INTO audit_event (id, version, updated_at, deleted, occurred_at, user_id, "
            "device_id, action, entity, entity_id, customer_id, detail, change, device_seq, "
            "prev_hash, event_hash) "
            f"SELECT gen_random_uuid(), 1, now(), false, {STAMP_SQL}, s.id, NULL, a.action, "
            "'customer', c.id, c.id, '', '', 0, '', '' "
            "FROM (SELECT id, row_number() OVER () AS r FROM customer) c "
            f"JOIN staff s ON s.n = c.r % {n_staff} "
            "CROSS JOIN (VALUES ('view'), ('login')) a(action)"
        )
        conn.execute(
            "INSERT INTO referral (id, version, updated_at, deleted, customer_id, product_id, "
            "referred_by_id, assigned_to_id, stage, expected_value, notes, created_at, "
            "closed_at) "
            "SELECT gen_random_uuid(), 1, now(), false, c.id, "
            "(SELECT id FROM product LIMIT 1), s.id, s.id, "
            "CASE WHEN c.r % 3 = 0 THEN 'won' ELSE 'new' END, 100000000, '', "
            f"{STAMP_SQL}, CASE WHEN c.r % 3 = 0 THEN {STAMP_SQL} END "
            "FROM (SELECT id, row_number() OVER () AS r FROM customer) c "
            f"JOIN staff s ON s.n = c.r % {n_staff} WHERE c.r % 10 = 0"
        )
        conn.execute(
            "INSERT INTO appointment (id, version, updated_at, deleted, rm_id, customer_id, "
            "booked_by_id, starts_at, ends_at, purpose, status, channel) "
            "SELECT gen_random_uuid(), 1, now(), false, s.id, c.id, s.id, t.at, "
            "t.at + interval '30 minutes', 'review', 'done', 'counter' "
            "FROM (SELECT id, row_number() OVER () AS r FROM customer) c "
            f"JOIN staff s ON s.n = c.r % {n_staff} "
            f"CROSS JOIN LATERAL (SELECT {STAMP_SQL} + c.r * interval '0' AS at) t "
            "WHERE c.r % 10 = 1"
        )
        conn.execute(
            "CREATE TEMP TABLE new_offer AS SELECT gen_random_uuid() AS id, c.id AS customer "
            "FROM (SELECT id, row_number() OVER () AS r FROM customer) c WHERE c.r % 10 = 2"
        )
        conn.execute(
            "INSERT INTO offer (id, version, updated_at, deleted, customer_id, product_id, "
            "campaign_id, reason, score, status, expires_on) "
            "SELECT id, 1, now(), false, customer, (SELECT id FROM product LIMIT 1), NULL, "
            "'bench', 50, 'accepted', date '2026-06-30' FROM new_offer"
        )
        conn.execute(
            "INSERT INTO server_change_log (seq, table_name, row_id, op, before, device_id, "
            "committed_at) SELECT 10000000000 + row_number() OVER (), 'offer', id, 'update', "
            f'\'{{"status": "suggested"}}\'::json, NULL, {STAMP_SQL} FROM new_offer'
        )
    with psycopg.connect(dsn, autocommit=True) as conn:
        # what autovacuum does after a load: statistics, and the visibility map the
        # covering indexes' index-only scans need
        conn.execute("VACUUM (ANALYZE)")


def build(customers: int, seed: int, database: str | None) -> tuple[str, Callable[[], None]]:
    """A new bank of `customers` with its activity: its URL and how to drop it."""
    with tempfile.TemporaryDirectory() as temp:
        files = generate(Path(temp), customers, seed)
        url, drop = fresh_database(database)
        try:
            master_data(url)
            for kind in ("customers", "accounts", "interactions"):
                timed_import(url, kind, files[kind][0], sys.stdout)
            started = time.perf_counter()
            activity(url, seed)
            print(f"activity: {time.perf_counter() - started:.1f} s", flush=True)
        except BaseException:
            drop()
            raise
    return url, drop


def cold(url: str) -> None:
    """Empties the account quarters, so the next refresh reads every history again."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        conn.execute("TRUNCATE server_evaluation_account_quarter, server_evaluation_history_seen")


def timings(url: str, out: dict[str, str]) -> None:
    db = Database(url)
    quarter = parse_quarter(QUARTER)
    for label in ("refresh_s", "refresh_again_s"):
        started = time.perf_counter()
        with db.writer() as session, session.begin():
            read = history.refresh(session)
        out[label] = f"{time.perf_counter() - started:.2f}"
        print(f"{label}: {read:,} histories in {out[label]} s", flush=True)
    for label, code in (("whole_bank_s", None), ("one_branch_s", BRANCHES[3])):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            with db.reader() as session:
                data = report.build(
                    session,
                    quarter,
                    today=date(2026, 1, 15),
                    branch_code=code,
                    with_bank=code is None,
                )
            runs.append(time.perf_counter() - started)
        out[label] = f"{min(runs):.2f}"
        out[label.replace("_s", "_median_s")] = f"{sorted(runs)[1]:.2f}"
        first = next(iter(data["branches"].values()))
        print(
            f"{label}: {out[label]} s (runs {', '.join(f'{r:.2f}' for r in runs)}; "
            f"{len(data['branches'])} branches; "
            f"interactions of the first {first['inputs']['interactions']['value']})",
            flush=True,
        )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--database", help="an empty server database URL (default: a new PG one)")
    parser.add_argument("--keep", action="store_true", help="keep the new database")
    parser.add_argument("--reuse", metavar="URL", help="time a database an earlier run kept")
    parser.add_argument(
        "--cold", action="store_true", help="with --reuse: empty the account quarters first"
    )
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    out: dict[str, str] = {"customers": str(args.customers)}
    if args.reuse:
        url, drop, keep = args.reuse, (lambda: None), True
        if args.cold:
            cold(url)
    else:
        url, drop = build(args.customers, args.seed, args.database)
        keep = args.keep
    try:
        timings(url, out)
    finally:
        if keep:
            print(f"kept {url}")
        else:
            drop()
    out["peak_rss_mb"] = f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
    print(" ".join(f"{k}={v}" for k, v in out.items()))


if __name__ == "__main__":
    main()
