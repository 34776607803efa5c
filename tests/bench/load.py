"""Load: many online workstations against one server process on this machine.

    python tests/bench/load.py [--stations 200] [--seconds 60] [--customers 20000]

`guitai-server serve` runs in its own process over a SQLite database of `--customers`
customers (bench-data/server-N.db with tellers, built once). This process simulates the
workstations with asyncio + httpx, each already synced (its cursor at the feed's head) and
signed in as its own teller: it waits on the long-poll and pulls when the server says
there is news, as the app does, and pushes an edit of one of its branch's customers about
once a minute (`--edit-every`).
Latency is measured per push and pull request. Propagation: the time from a push's answer
to the moment another online workstation of the same branch has pulled that edit.

Last line: stations, seconds, requests, errors, p50_ms, p99_ms, pushes, propagation_p50_ms,
propagation_p95_ms. Targets: p99 <= 250 ms, errors = 0, propagation p95 <= 1000 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402
from tests.bench.initial_sync import free_port, start_server  # noqa: E402
from tests.bench.server_data import BRANCHES, PASSWORD, build_server  # noqa: E402

BENCH = ROOT / "bench-data"


@dataclass
class Shared:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sent: dict[str, float] = field(default_factory=dict)
    """Edit value -> when its push was answered."""
    seen: dict[str, float] = field(default_factory=dict)
    """Edit value -> when the first other workstation pulled it."""
    stop: bool = False


@dataclass
class Station:
    name: str
    branch: str
    customers: list[str]
    http: httpx.AsyncClient
    token: str = ""
    cursor: int = 0
    versions: dict[str, int] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {self.token}"}


async def timed(shared: Shared, call: asyncio.Future[httpx.Response] | object) -> httpx.Response:
    started = time.perf_counter()
    response: httpx.Response = await call  # type: ignore[misc]
    shared.latencies.append(time.perf_counter() - started)
    if response.status_code != 200:
        shared.errors.append(f"{response.status_code} {response.text[:200]}")
    return response


async def login(station: Station) -> None:
    response = await station.http.post(
        "/v1/login",
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        json={
            "username": station.name,
            "password": PASSWORD,
            "device_id": str(uuid.uuid4()),
            "device_name": station.name,
        },
    )
    response.raise_for_status()
    station.token = response.json()["token"]


async def pull(station: Station, shared: Shared) -> None:
    while True:
        response = await timed(
            shared,
            station.http.post(
                "/v1/pull", headers=station.headers, json={"cursor": station.cursor, "limit": 1000}
            ),
        )
        if response.status_code != 200:
            return
        page = response.json()
        now = time.perf_counter()
        for change in page["changes"]:
            row = change["row"]
            if change["table"] == "customer":
                station.versions[row["id"]] = change["version"]
                value = row.get("name_latin") or ""
                if "#" in value and not value.startswith(station.name + "#"):
                    shared.seen.setdefault(value, now)
        station.cursor = page["next_cursor"]
        if not page["has_more"]:
            return


async def push(station: Station, shared: Shared, rng: random.Random) -> None:
    customer = rng.choice(station.customers)
    value = f"{station.name}#{len(shared.sent)}-{rng.randrange(10**6)}"
    body = {
        "entries": [
            {
                "entry_id": str(uuid.uuid4()),
                "table": "customer",
                "row_id": customer,
                "op": "update",
                "base_version": station.versions.get(customer, 0),
                "changed": {"name_latin": value},
            }
        ]
    }
    response = await timed(
        shared, station.http.post("/v1/push", headers=station.headers, json=body)
    )
    if response.status_code == 200:
        shared.sent[value] = time.perf_counter()


async def waiter(station: Station, shared: Shared) -> None:
    """The app's live channel: long-poll, then pull as soon as the server says so."""
    while not shared.stop:
        try:
            response = await station.http.get(
                "/v1/changes/wait",
                headers=station.headers,
                params={"cursor": station.cursor, "timeout": 5},
                timeout=15,
            )
        except httpx.TransportError as exc:
            shared.errors.append(f"wait: {exc!r}")
            await asyncio.sleep(1)
            continue
        if response.status_code != 200:
            shared.errors.append(f"wait {response.status_code}")
            await asyncio.sleep(1)
            continue
        if response.json()["changed"]:
            await pull(station, shared)


async def worker(station: Station, shared: Shared, rng: random.Random, every: float) -> None:
    """A teller's edits: one every `every` seconds on average, at random moments."""
    await asyncio.sleep(rng.uniform(0, every))
    while not shared.stop:
        await push(station, shared, rng)
        await asyncio.sleep(rng.uniform(0.5 * every, 1.5 * every))


def branch_customers(db: Path, per_branch: int) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    found: dict[str, list[str]] = {}
    for code in BRANCHES:
        rows = conn.execute(
            "SELECT c.id FROM customer c JOIN branch b ON b.id = c.home_branch_id "
            "WHERE b.code = ? LIMIT ?",
            (code, per_branch),
        ).fetchall()
        found[code] = [str(uuid.UUID(bytes=r[0])) for r in rows]
    head = conn.execute("SELECT value FROM server_feed_counter").fetchone()[0]
    conn.close()
    found["_head"] = [str(head)]
    return found


async def simulate(url: str, db: Path, stations: int, seconds: float, every: float) -> Shared:
    shared = Shared()
    rng = random.Random(11)
    customers = branch_customers(db, 200)
    head = int(customers.pop("_head")[0])
    limits = httpx.Limits(max_connections=stations * 2 + 10, max_keepalive_connections=stations * 2)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        fleet = []
        for n in range(stations):
            branch = BRANCHES[n % len(BRANCHES)]
            name = f"teller{n // len(BRANCHES)}@{branch}"
            fleet.append(Station(name, branch, customers[branch], http, cursor=head))
        for start in range(0, stations, 20):
            await asyncio.gather(*(login(s) for s in fleet[start : start + 20]))
        print(f"{stations} workstations signed in", flush=True)
        await asyncio.gather(*(pull(s, shared) for s in fleet))
        tasks = [asyncio.create_task(worker(s, shared, rng, every)) for s in fleet]
        tasks += [asyncio.create_task(waiter(s, shared)) for s in fleet]
        await asyncio.sleep(seconds)
        shared.stop = True
        await asyncio.wait(tasks, timeout=20)
        for task in tasks:
            task.cancel()
    return shared


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument(
        "--edit-every", type=float, default=60.0, help="mean seconds between a station's edits"
    )
    args = parser.parse_args()
    BENCH.mkdir(exist_ok=True)
    per_branch = -(-args.stations // len(BRANCHES))
    db = BENCH / f"load-{args.customers}-{per_branch}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_server(partial, args.customers, users_per_branch=per_branch)
        partial.rename(db)
    port = free_port()
    server = start_server(db, port)
    try:
        shared = asyncio.run(
            simulate(f"http://127.0.0.1:{port}", db, args.stations, args.seconds, args.edit_every)
        )
    finally:
        server.terminate()
        server.wait()
    propagation = [shared.seen[v] - shared.sent[v] for v in shared.seen if v in shared.sent]
    summary = {
        "stations": args.stations,
        "seconds": args.seconds,
        "requests": len(shared.latencies),
        "errors": len(shared.errors),
        "p50_ms": round(statistics.median(shared.latencies) * 1000, 1),
        "p99_ms": round(percentile(shared.latencies, 0.99) * 1000, 1),
        "pushes": len(shared.sent),
        "propagated": len(propagation),
        "propagation_p50_ms": round(statistics.median(propagation) * 1000) if propagation else -1,
        "propagation_p95_ms": round(percentile(propagation, 0.95) * 1000) if propagation else -1,
    }
    for error in shared.errors[:5]:
        print("error:", error, flush=True)
    print(" ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
