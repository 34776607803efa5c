"""Audit trail costs: the server's chain verification rate, and what "viewed" adds to a 360.

    python tests/bench/audit.py [--events 200000] [--devices 50] [--database URL]
                                [--customers 1000000] [--profile DIR] [--loads 1000]

1. Verification: a server database (a new SQLite file, or --database, which must be empty
   of audit events and at the schema head) gets --events chained events of --devices
   workstations, appended to the server's chain as a push would; then `audit verify` runs
   once over them, timed. Target: at least 50,000 events/s.
2. The 360: on the demo cache `tests/bench/customer360.py` uses (or builds), each sampled
   customer is opened twice: by `customer360.py`'s own plain read, and audited (one write
   transaction: the read, the "viewed" event, its outbox entry, the commit without an fsync
   of its own), in blocks of 50 taking turns at going first.
   The cache is made to look signed in for the run; its events, their outbox entries and the
   sign-in keys are removed afterwards. Target: p95 at most +2 ms.

The last line is `key=value` pairs: events, verify_s, verify_events_per_s, loads,
plain_p50_ms, plain_p95_ms, audited_p50_ms, audited_p95_ms, added_p95_ms (audited p95 less
plain p95), event_p95_ms and commit_p95_ms (the two parts of an audited open the plain read
has not: writing the event, the commit), and whether each target was met
(verify_ok, added_ok: 1 or 0).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from client import audit  # noqa: E402
from client.customer360 import load_customer_360  # noqa: E402
from client.schema.enums import AuditAction  # noqa: E402
from client.schema.local import cache_meta, outbox  # noqa: E402
from client.schema.models import AuditEvent  # noqa: E402
from client.store import LocalCache  # noqa: E402
from sync.server import migrations  # noqa: E402
from sync.server.audit import link, verify  # noqa: E402
from sync.server.db import make_engine  # noqa: E402
from sync.server.tables import audit_chain  # noqa: E402
from tests.bench.customer360 import (  # noqa: E402
    WARM_UP,
    find_or_build,
    load_all,
    percentile,
    sample,
)

BATCH = 10_000
CHUNK = 50
"""Opens of one kind in a row before the other kind's turn."""
VERIFY_TARGET = 50_000
"""Events per second `audit verify` must check at least."""
ADDED_TARGET_MS = 2.0
"""The most the "viewed" event may add to a 360's p95."""
BENCH_DEVICE = uuid.UUID("00000000-0000-4000-8000-0000000be0c4")


def fill_server(url: str, events: int, devices: int) -> None:
    """`events` chained events of `devices` workstations, and the server's chain over them."""
    engine = make_engine(url)
    migrations.upgrade(engine)
    start = datetime.now(UTC) - timedelta(days=1)
    heads = {uuid.uuid4(): (0, "") for _ in range(devices)}
    users = {device: uuid.uuid4() for device in heads}
    order = list(heads)
    last_link, seq = "", 0
    started = time.perf_counter()
    with engine.begin() as conn:
        rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for n in range(events):
            device = order[n % devices]
            number, prev = heads[device]
            event_id = uuid.uuid4()
            values: dict[str, Any] = {
                "device_seq": number + 1,
                "occurred_at": start + timedelta(milliseconds=n),
                "user_id": users[device],
                "device_id": device,
                "action": AuditAction.VIEW,
                "entity": "customer",
                "entity_id": None,
                "customer_id": uuid.uuid4(),
                "detail": "",
                "change": "",
                "prev_hash": prev,
            }
            digest = audit.hash_of(event_id=event_id, **values)
            heads[device] = (number + 1, digest)
            seq += 1
            last_link = link(last_link, digest)
            rows.append(
                {
                    **values,
                    "id": event_id,
                    "event_hash": digest,
                    "version": seq,
                    "updated_at": values["occurred_at"],
                    "deleted": False,
                }
            )
            links.append(
                {
                    "seq": seq,
                    "event_id": event_id,
                    "device_id": device,
                    "device_seq": number + 1,
                    "event_hash": digest,
                    "chain_hash": last_link,
                    "accepted_at": values["occurred_at"],
                }
            )
            if len(rows) == BATCH:
                conn.execute(insert(AuditEvent), rows)
                conn.execute(insert(audit_chain), links)
                rows, links = [], []
        if rows:
            conn.execute(insert(AuditEvent), rows)
            conn.execute(insert(audit_chain), links)
    print(f"filled {events:,} events in {time.perf_counter() - started:.1f} s", flush=True)
    engine.dispose()


def time_verify(url: str) -> tuple[int, float]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            started = time.perf_counter()
            verdict = verify(conn)
            elapsed = time.perf_counter() - started
            conn.rollback()
    finally:
        engine.dispose()
    if verdict.broken is not None:
        raise AssertionError(f"the bench chain is broken: {verdict.broken}")
    return verdict.events, elapsed


def _sign(cache: LocalCache) -> None:
    user = {"id": str(uuid.uuid4()), "username": "bench", "role": "teller"}
    with cache.session() as session:
        for key, value in (
            (audit.DEVICE_KEY, str(BENCH_DEVICE)),
            (audit.USER_KEY, json.dumps(user)),
        ):
            session.execute(delete(cache_meta).where(cache_meta.c.key == key))
            session.execute(insert(cache_meta).values(key=key, value=value))


def _unsign(cache: LocalCache, saved: dict[str, str]) -> None:
    """Removes the run's events and puts the sign-in keys back as they were."""
    with cache.session() as session:
        ids = select(AuditEvent.id).where(AuditEvent.device_id == BENCH_DEVICE)
        session.execute(
            delete(outbox).where(outbox.c.table_name == "audit_event", outbox.c.row_id.in_(ids))
        )
        session.execute(delete(AuditEvent).where(AuditEvent.device_id == BENCH_DEVICE))
        keys = (audit.DEVICE_KEY, audit.USER_KEY, audit.HEAD_KEY)
        session.execute(delete(cache_meta).where(cache_meta.c.key.in_(keys)))
        for key, value in saved.items():
            session.execute(insert(cache_meta).values(key=key, value=value))


@dataclass
class Opens:
    """Milliseconds of each audited open, and of its two audit parts."""

    total: list[float] = field(default_factory=list)
    event: list[float] = field(default_factory=list)
    """Writing the "viewed" event and its outbox entry (`client.audit.viewed`)."""
    commit: list[float] = field(default_factory=list)
    """The commit (`LocalCache.read_recorded`: no fsync of its own)."""

    def open(self, cache: LocalCache, number: str) -> None:
        """Opens a 360 as the counter does (`client.reads.customer_360`, less the masking):
        one write transaction with the read, the "viewed" event and the commit
        (`LocalCache.read_recorded`: atomic, durable with the next durable commit)."""
        started = time.perf_counter()
        with cache.read_recorded() as session:
            view = load_customer_360(session, customer_number=number)
            read = time.perf_counter()
            audit.viewed(session, view.customer_id)
            written = time.perf_counter()
        done = time.perf_counter()
        self.total.append((done - started) * 1000)
        self.event.append((written - read) * 1000)
        self.commit.append((done - written) * 1000)


def time_360(args: argparse.Namespace) -> tuple[list[float], Opens]:
    """The plain loads (`customer360.py`'s own `load_all`) and the audited opens, of the same
    customers, in blocks of `CHUNK` taking turns at going first (a block of plain reads
    keeps its page cache, as `customer360.py` does; every audited open writes)."""
    profile = find_or_build(args.customers, args.profile, args.demo_seed)
    rng = random.Random(args.seed)
    with LocalCache.open(profile) as cache:
        with cache.engine.connect() as conn:
            numbers = sample(conn, WARM_UP + args.loads, rng)
            keys = (audit.DEVICE_KEY, audit.USER_KEY, audit.HEAD_KEY)
            saved = dict(
                conn.execute(
                    select(cache_meta.c.key, cache_meta.c.value).where(cache_meta.c.key.in_(keys))
                ).all()
            )
        _sign(cache)
        try:
            load_all(cache, numbers[:WARM_UP])
            for number in numbers[:WARM_UP]:
                Opens().open(cache, number)
            without: list[float] = []
            opens = Opens()
            measured = numbers[WARM_UP:]
            for n, start in enumerate(range(0, len(measured), CHUNK)):
                chunk = measured[start : start + CHUNK]
                if n % 2:
                    for number in chunk:
                        opens.open(cache, number)
                    without += load_all(cache, chunk)
                else:
                    without += load_all(cache, chunk)
                    for number in chunk:
                        opens.open(cache, number)
        finally:
            _unsign(cache, saved)
    return sorted(without), opens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--database", help="an empty server database URL (default: a temp SQLite)")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="the demo profile folder to use or build")
    parser.add_argument("--loads", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11, help="picks the customers")
    parser.add_argument("--demo-seed", type=int, default=1, help="seeds a newly built bank")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'server.db'}"
        fill_server(url, args.events, args.devices)
        count, elapsed = time_verify(url)
    rate = count / elapsed if elapsed else float("inf")
    print(f"verified {count:,} events in {elapsed:.2f} s: {rate:,.0f} events/s", flush=True)
    without, opens = time_360(args)
    with_event = sorted(opens.total)
    p95_plain, p95_audited = percentile(without, 0.95), percentile(with_event, 0.95)
    added = p95_audited - p95_plain
    print(
        f"events={count} verify_s={elapsed:.3f} verify_events_per_s={rate:.0f} "
        f"loads={len(without)} plain_p50_ms={percentile(without, 0.5):.2f} "
        f"plain_p95_ms={p95_plain:.2f} audited_p50_ms={percentile(with_event, 0.5):.2f} "
        f"audited_p95_ms={p95_audited:.2f} added_p95_ms={added:.2f} "
        f"event_p95_ms={percentile(sorted(opens.event), 0.95):.2f} "
        f"commit_p95_ms={percentile(sorted(opens.commit), 0.95):.2f} "
        f"verify_ok={int(rate >= VERIFY_TARGET)} added_ok={int(added <= ADDED_TARGET_MS)}"
    )


if __name__ == "__main__":
    main()
