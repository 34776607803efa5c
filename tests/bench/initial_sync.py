"""Initial sync over loopback: a fresh workstation downloads a big bank from a real server.

    python tests/bench/initial_sync.py --customers 1000000 [--pages]

The server database (bench-data/server-N.db, built once by `server_data.build_server` and
reused) holds N customers with a phone each and one or two accounts with their holders,
spread over four branches. `guitai-server serve --snapshot-dir` runs it in its own process
(uvicorn on 127.0.0.1). First `guitai-server snapshot build` prebuilds the head-office
scope's snapshot file, timed on its own (`build_s`: the server does it once per scope, in
the background, the first time a workstation of that scope syncs). Then this process signs
in as a head-office user (who may read every branch) and times `SyncEngine.sync()` into a
new encrypted profile: download of the file, copy into the cache, pull of what changed
since. The comparison: plain sqlite3 `executemany` of the same rows into an unencrypted
file with the same schema, in this run. `--pages` also times a first sync page by page
(what a workstation does when the server keeps no file), as `pages_rows_per_s`.

Then the resume check: a second profile is synced by `guitai sync` in a child process,
killed with SIGKILL when a third of the file has arrived, and synced again in-process;
`redownloaded_bytes` is how much came twice (target: at most one chunk, `chunk`).

Last line: customers, rows, seconds (median of --runs), rows_per_s, raw_rows_per_s,
ratio_to_raw_insert, runs, build_s, file_mb, chunk, redownloaded_bytes (and
pages_rows_per_s with --pages). `--keep-file` reuses a file an earlier run built.
Targets: rows_per_s >= 100,000; redownloaded_bytes <= chunk.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from client.credentials import MemoryTokens, token_store_for  # noqa: E402
from client.profile import Profile  # noqa: E402
from client.schema.local import local_metadata  # noqa: E402
from client.schema.models import Base, ContactPoint  # noqa: E402
from client.store import LocalCache  # noqa: E402
from sync.engine import SyncEngine, Transport, sign_in  # noqa: E402
from sync.engine.snapshot_file import DOWNLOAD_NAME  # noqa: E402
from sync.protocol import SNAPSHOT_CHUNK  # noqa: E402
from sync.replica import state  # noqa: E402
from tests.bench.server_data import PASSWORD, build_server  # noqa: E402

BENCH = ROOT / "bench-data"
os.environ.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")  # a bench machine has no keyring
TABLES = ("customer", ContactPoint.__tablename__, "account", "account_holder")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def healthy(server: subprocess.Popen[bytes], port: int) -> subprocess.Popen[bytes]:
    """`server` once it answers /health on `port` (killed, and the bench ended, after 30 s)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def start_server(db: Path, port: int, snapshots: Path | None = None) -> subprocess.Popen[bytes]:
    """`guitai-server serve` over `db` (upgraded to the current schema first)."""
    url = f"sqlite:///{db}"
    subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "init", "--database", url],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    extra = [] if snapshots is None else ["--snapshot-dir", str(snapshots)]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.server.cli",
            "serve",
            "--database",
            f"sqlite:///{db}",
            "--port",
            str(port),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return healthy(server, port)


def raw_insert_rate(db: Path, scratch: Path) -> tuple[int, float]:
    """Rows per second of plain sqlite3 executemany of the same rows, same schema."""
    target = scratch / "raw.db"
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    local_metadata.create_all(engine)
    engine.dispose()
    source = sqlite3.connect(db)
    out = sqlite3.connect(target, isolation_level=None)
    out.execute("PRAGMA journal_mode = WAL")
    out.execute("PRAGMA synchronous = NORMAL")
    rows = 0
    spent = 0.0
    for table in TABLES:
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        data = source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        marks = ", ".join("?" for _ in columns)
        started = time.perf_counter()
        out.execute("BEGIN")
        out.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
        out.execute("COMMIT")
        spent += time.perf_counter() - started
        rows += len(data)
        del data
    source.close()
    out.close()
    target.unlink(missing_ok=True)
    return rows, rows / spent


def fresh_profile(folder: Path) -> Profile:
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    return Profile.open(folder, create=True)


def prebuild(db: Path, snapshots: Path) -> tuple[float, int]:
    """Seconds `guitai-server snapshot build` takes for the bench user, and the file's size."""
    if snapshots.exists():
        import shutil

        shutil.rmtree(snapshots)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sync.server.cli",
            "snapshot",
            "build",
            "--user",
            "bench",
            "--snapshot-dir",
            str(snapshots),
            "--database",
            f"sqlite:///{db}",
        ],
        cwd=ROOT,
        check=True,
    )
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in snapshots.glob("*/*.db"))
    return seconds, size


def timed_sync(
    url: str, folder: Path, page: int, server_db: Path, *, files: bool = True
) -> tuple[int, float]:
    """(rows, seconds) of a fresh profile's first sync; then checks it holds the server's rows."""
    profile = fresh_profile(folder)
    with LocalCache.open(profile) as cache:
        transport = Transport(url, timeout=120)
        sign_in(cache, transport, "bench", PASSWORD, MemoryTokens())
        engine = SyncEngine(cache, transport, snapshot_page=page, snapshot_files=files)
        started = time.perf_counter()
        report = engine.sync()
        seconds = time.perf_counter() - started
        engine.close()
        transport.close()
        if files and not report.snapshot_bytes:
            raise SystemExit("the server offered no snapshot file: run without --keep-file")
        server = sqlite3.connect(server_db)
        with cache.engine.connect() as conn:
            for table in TABLES:
                query = f"SELECT count(*) FROM {table}"
                have = conn.exec_driver_sql(query).scalar_one()
                want = server.execute(query).fetchone()[0]
                if have != want:
                    raise SystemExit(f"the synced cache has {have:,} {table} rows, not {want:,}")
        server.close()
    return report.snapshot_rows, seconds


def resume_check(url: str, folder: Path, size: int) -> int:
    """Bytes downloaded twice after a SIGKILL of `guitai sync` a third of the way through."""
    profile = fresh_profile(folder)
    env = {**os.environ, "GUITAI_ALLOW_DEV_KEY_FILE": "1"}
    os.environ["GUITAI_ALLOW_DEV_KEY_FILE"] = "1"
    with LocalCache.open(profile) as cache:
        transport = Transport(url)
        sign_in(cache, transport, "bench", PASSWORD, token_store_for(folder, profile.profile_id))
        transport.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "sync.cli", "sync", "--profile", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    partial = folder / DOWNLOAD_NAME
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and child.poll() is None:
        if partial.exists() and partial.stat().st_size >= size // 3:
            break
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with LocalCache.open(profile) as cache:
        with cache.engine.connect() as conn:
            plan = state.get_json(conn, state.SNAPSHOT_FILE)
        if plan is None or "received" not in plan:
            raise SystemExit("the child was not downloading the snapshot file when killed")
        transport = Transport(url, token=token_store_for(folder, profile.profile_id).load())
        engine = SyncEngine(cache, transport)
        report = engine.sync()
        engine.close()
        transport.close()
    before = int(plan["received"])
    print(f"killed with {before:,} of {size:,} bytes stored", flush=True)
    return before + report.snapshot_bytes - size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--page", type=int, default=10_000)
    parser.add_argument("--pages", action="store_true", help="also time a sync page by page")
    parser.add_argument("--runs", type=int, default=1, help="timed first syncs (the median)")
    parser.add_argument(
        "--keep-file", action="store_true", help="reuse a snapshot file built by an earlier run"
    )
    args = parser.parse_args()
    BENCH.mkdir(exist_ok=True)
    db = BENCH / f"server-{args.customers}.db"
    if not db.exists():
        print(f"building a server of {args.customers:,} customers in {db} ...", flush=True)
        started = time.perf_counter()
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_server(partial, args.customers)
        partial.rename(db)
        print(f"built in {time.perf_counter() - started:.1f} s", flush=True)
    snapshots = BENCH / f"snapshots-{args.customers}"
    kept = sorted(snapshots.glob("*/*.db")) if args.keep_file else []
    build_s: float | str
    if kept:
        build_s, file_bytes = "reused", kept[0].stat().st_size
    else:
        print("building the snapshot file ...", flush=True)
        build_s, file_bytes = prebuild(db, snapshots)
        print(f"built a {file_bytes / 1e6:,.0f} MB file in {build_s:.1f} s", flush=True)
    port = free_port()
    server = start_server(db, port, snapshots)
    url = f"http://127.0.0.1:{port}"
    extra: dict[str, object] = {}
    try:
        times = []
        for _ in range(args.runs):
            rows, took = timed_sync(url, BENCH / "initial-sync-profile", args.page, db)
            print(f"synced {rows:,} rows in {took:.1f} s: {rows / took:,.0f} rows/s", flush=True)
            times.append(took)
        seconds = statistics.median(times)
        rate = rows / seconds
        raw_rows, raw_rate = raw_insert_rate(db, BENCH)
        print(f"plain sqlite3 executemany: {raw_rows:,} rows at {raw_rate:,.0f} rows/s", flush=True)
        again = resume_check(url, BENCH / "initial-sync-resume", file_bytes)
        if args.pages:
            paged, paged_s = timed_sync(
                url, BENCH / "initial-sync-pages", args.page, db, files=False
            )
            print(f"page by page: {paged:,} rows in {paged_s:.1f} s", flush=True)
            extra["pages_rows_per_s"] = round(paged / paged_s)
    finally:
        server.terminate()
        server.wait()
    summary = {
        "customers": args.customers,
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rate),
        "raw_rows_per_s": round(raw_rate),
        "ratio_to_raw_insert": round(rate / raw_rate, 3),
        "runs": args.runs,
        "build_s": build_s if isinstance(build_s, str) else round(build_s, 1),
        "file_mb": round(file_bytes / 1e6),
        "chunk": SNAPSHOT_CHUNK,
        "redownloaded_bytes": again,
        **extra,
    }
    print(json.dumps(summary), file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
