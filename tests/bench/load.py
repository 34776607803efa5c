"""Load: many online workstations against one server on this machine.

    python tests/bench/load.py [--stations 200] [--seconds 60] [--customers 20000] [--workers 2]

`guitai-server serve --workers N` runs in its own processes over a SQLite database of
`--customers` customers (bench-data/load-N-M.db with tellers, built once and reused; its
log goes to bench-data/load-server.log). This process simulates the workstations with
asyncio over a minimal keep-alive HTTP/1.1 client (`Connection`; httpx cost the shared
cores more CPU than the server), each already synced (its cursor at the feed's head, its
customers' versions known) and signed in as its own teller: it waits on the long-poll
(`skip=true`) and pulls when the server says there is news for it, as the app does, and
pushes an edit of one of its branch's customers about once a minute (`--edit-every`).
Latency is measured per push and pull request. Propagation: the time from a push's answer
to the moment another online workstation of the same branch has pulled that edit.

Before the last line: CPU seconds of the server and of this client during the run, and
p50/p99 per kind of request. Last line: stations, seconds, requests, errors, p50_ms,
p99_ms, pushes (applied), not_applied, propagated, propagation_p50_ms, propagation_p95_ms.
Targets: p99 <= 250 ms, errors = 0, propagation p95 <= 1000 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION  # noqa: E402
from tests.bench.initial_sync import free_port, healthy  # noqa: E402
from tests.bench.server_data import BRANCHES, PASSWORD, build_server  # noqa: E402

BENCH = ROOT / "bench-data"
RUN = uuid.uuid4().hex[:8]
"""In every edited value: the database is reused, and a value it already holds is no change."""


@dataclass
class Shared:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sent: dict[str, float] = field(default_factory=dict)
    """Edit value -> when its push was answered."""
    seen: dict[str, float] = field(default_factory=dict)
    """Edit value -> when the first other workstation pulled it."""
    stop: bool = False
    waits: int = 0
    skips: int = 0
    conflicts: int = 0
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    """Edits the server did not apply (another workstation changed the field first)."""
    server_cpu: float = 0.0
    client_cpu: float = 0.0


class Connection:
    """One keep-alive HTTP/1.1 connection: a request at a time, JSON in and out.

    httpx spends about a millisecond of CPU per request, and its pool scans every
    connection; with 600 connections in this one process, the client, not the server, ate
    the shared cores. This is the few lines the bench needs, nothing more.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: object = None
    ) -> tuple[int, Any]:
        """The status and the decoded JSON answer; reconnects once if the server closed."""
        for attempt in range(2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            assert self.reader is not None
            try:
                return await self._exchange(method, path, headers, body)
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def _exchange(
        self, method: str, path: str, headers: dict[str, str], body: object
    ) -> tuple[int, Any]:
        assert self.reader is not None and self.writer is not None
        content = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        if body is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(content)}"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + content)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("closed by the server")
        status = int(status_line.split()[1])
        length, close = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and value.strip().lower() == "close":
                close = True
        data = await self.reader.readexactly(length)
        if close:
            self.close()
        return status, json.loads(data) if data else None

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Station:
    name: str
    branch: str
    customers: list[str]
    host: str
    port: int
    token: str = ""
    cursor: int = 0
    versions: dict[str, int] = field(default_factory=dict)
    waits: Connection = field(init=False)
    pulls: Connection = field(init=False)
    pushes: Connection = field(init=False)

    def __post_init__(self) -> None:
        self.waits, self.pulls, self.pushes = (Connection(self.host, self.port) for _ in "123")

    @property
    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {self.token}"}


async def timed(
    shared: Shared, call: Awaitable[tuple[int, Any]], kind: str = "pull"
) -> tuple[int, Any]:
    started = time.perf_counter()
    status, answer = await call
    shared.latencies.append(time.perf_counter() - started)
    shared.by_kind.setdefault(kind, []).append(shared.latencies[-1])
    if status != 200:
        shared.errors.append(f"{status} {str(answer)[:200]}")
    return status, answer


async def login(station: Station) -> None:
    status, answer = await station.pushes.request(
        "POST",
        "/v1/login",
        {PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        {
            "username": station.name,
            "password": PASSWORD,
            "device_id": str(uuid.uuid4()),
            "device_name": station.name,
        },
    )
    if status != 200:
        raise SystemExit(f"login of {station.name} failed: {status} {answer}")
    station.token = answer["token"]


async def pull(station: Station, shared: Shared) -> None:
    while True:
        status, page = await timed(
            shared,
            station.pulls.request(
                "POST", "/v1/pull", station.headers, {"cursor": station.cursor, "limit": 1000}
            ),
        )
        if status != 200:
            return
        now = time.perf_counter()
        for change in page["changes"]:
            row = change["row"]
            if change["table"] == "customer":
                station.versions[row["id"]] = change["version"]
                value = row.get("name_latin") or ""
                if "#" in value and not value.startswith(station.name + "#"):
                    shared.seen.setdefault(value, now)
        station.cursor = max(station.cursor, page["next_cursor"])
        if not page["has_more"]:
            return


async def push(station: Station, shared: Shared, rng: random.Random) -> None:
    customer = rng.choice(station.customers)
    value = f"{station.name}#{RUN}-{len(shared.sent)}-{rng.randrange(10**6)}"
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
    status, answer = await timed(
        shared, station.pushes.request("POST", "/v1/push", station.headers, body), "push"
    )
    if status == 200 and answer["results"][0]["status"] in ("applied", "merged"):
        shared.sent[value] = time.perf_counter()
    elif status == 200:
        shared.conflicts += 1


async def waiter(station: Station, shared: Shared) -> None:
    """The app's live channel: long-poll, then pull as soon as the server says so."""
    while not shared.stop:
        path = f"/v1/changes/wait?cursor={station.cursor}&timeout=5&skip=true"
        try:
            status, answer = await station.waits.request("GET", path, station.headers)
        except OSError as exc:
            shared.errors.append(f"wait: {exc!r}")
            await asyncio.sleep(1)
            continue
        shared.waits += 1
        if status != 200:
            shared.errors.append(f"wait {status}")
            await asyncio.sleep(1)
            continue
        if answer["changed"]:
            await pull(station, shared)
        elif answer.get("skip_to"):
            shared.skips += 1
            station.cursor = max(station.cursor, answer["skip_to"])


async def worker(station: Station, shared: Shared, rng: random.Random, every: float) -> None:
    """A teller's edits: one every `every` seconds on average, at random moments."""
    await asyncio.sleep(rng.uniform(0, every))
    while not shared.stop:
        await push(station, shared, rng)
        await asyncio.sleep(rng.uniform(0.5 * every, 1.5 * every))


def branch_customers(db: Path, per_branch: int) -> tuple[dict[str, dict[str, int]], int]:
    """Per branch, `per_branch` customers and their versions; and the feed's head.

    The workstations start synced: an edit's base is the customer's current version (the
    database is reused from run to run, and earlier runs' edits are in it).
    """
    conn = sqlite3.connect(db)
    found: dict[str, dict[str, int]] = {}
    for code in BRANCHES:
        rows = conn.execute(
            "SELECT c.id, c.version FROM customer c JOIN branch b ON b.id = c.home_branch_id "
            "WHERE b.code = ? LIMIT ?",
            (code, per_branch),
        ).fetchall()
        found[code] = {str(uuid.UUID(bytes=r[0])): int(r[1]) for r in rows}
    head = int(conn.execute("SELECT value FROM server_feed_counter").fetchone()[0])
    conn.close()
    return found, head


async def simulate(
    url: str, db: Path, stations: int, seconds: float, every: float, server_pid: int
) -> Shared:
    shared = Shared()
    rng = random.Random(11)
    customers, head = branch_customers(db, 200)
    host, port = url.rsplit("/", 1)[-1].split(":")
    fleet = []
    for n in range(stations):
        branch = BRANCHES[n % len(BRANCHES)]
        name = f"teller{n // len(BRANCHES)}@{branch}"
        known = customers[branch]
        fleet.append(
            Station(name, branch, list(known), host, int(port), cursor=head, versions=dict(known))
        )
    for start in range(0, stations, 20):
        await asyncio.gather(*(login(s) for s in fleet[start : start + 20]))
    print(f"{stations} workstations signed in", flush=True)
    server_cpu, client_cpu = cpu_seconds(server_pid), time.process_time()
    await asyncio.gather(*(pull(s, shared) for s in fleet))
    tasks = [asyncio.create_task(worker(s, shared, rng, every)) for s in fleet]
    tasks += [asyncio.create_task(waiter(s, shared)) for s in fleet]
    await asyncio.sleep(seconds)
    shared.stop = True
    shared.server_cpu = cpu_seconds(server_pid) - server_cpu
    shared.client_cpu = time.process_time() - client_cpu
    await asyncio.wait(tasks, timeout=20)
    for task in tasks:
        task.cancel()
    for station in fleet:
        for connection in (station.waits, station.pulls, station.pushes):
            connection.close()
    return shared


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """`guitai-server serve` over `db` (upgraded to the current schema first)."""
    url = f"sqlite:///{db}"
    cli = [sys.executable, "-m", "sync.server.cli"]
    subprocess.run(
        [*cli, "init", "--database", url], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    log = (BENCH / "load-server.log").open("wb")
    server = subprocess.Popen(
        [*cli, "-v", "serve", "--database", url, "--port", str(port), "--workers", str(workers)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return healthy(server, port)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of `pid` and its children so far (Linux /proc)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


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
    parser.add_argument(
        "--workers", type=int, default=2, help="server processes (default: one per core here)"
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
    server = start_server(db, port, args.workers)
    try:
        shared = asyncio.run(
            simulate(
                f"http://127.0.0.1:{port}",
                db,
                args.stations,
                args.seconds,
                args.edit_every,
                server.pid,
            )
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
        "not_applied": shared.conflicts,
        "propagated": len(propagation),
        "propagation_p50_ms": round(statistics.median(propagation) * 1000) if propagation else -1,
        "propagation_p95_ms": round(percentile(propagation, 0.95) * 1000) if propagation else -1,
    }
    print(
        f"during the run: CPU seconds server {shared.server_cpu:.1f}, "
        f"bench client {shared.client_cpu:.1f}; long-polls answered {shared.waits}, "
        f"of which 'nothing for you, skip to v' {shared.skips}",
        flush=True,
    )
    for kind, values in sorted(shared.by_kind.items()):
        print(
            f"{kind}: {len(values)} requests, p50 {statistics.median(values) * 1000:.1f} ms, "
            f"p99 {percentile(values, 0.99) * 1000:.1f} ms",
            flush=True,
        )
    for error in shared.errors[:5]:
        print("error:", error, flush=True)
    print(" ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
