"""The window during an initial sync: how long the GUI thread ever stops answering.

    python tests/bench/gui_stall.py [--customers 1000000] [--profile DIR] [--snapshots]

A real `guitai-server serve` over bench-data/server-N.db (built once, as initial_sync.py
does) and a fresh workstation profile signed in as a head-office user. The window is built
as `guitai` builds it (a Workspace, then the MainWindow, which starts its sync), offscreen.
While the runner's first round downloads everything, a 5 ms timer on the GUI thread notes
the gaps between its ticks, and a query is typed into the search box every second, as a
teller would. The stall is the longest gap less the timer's interval.

With --snapshots the server keeps prebuilt first downloads (bench-data/snapshots-N, built
by initial_sync.py or here when missing), so the first sync downloads the file and copies
it into the cache instead of pages.

The synced profile stays in --profile (default bench-data/gui-synced-N), signed in, for
`tests/bench/gui.py --profile` to measure keystrokes, start and memory on the same cache.

Last line: customers, rows, sync_s, ticks, stall_max_ms, stall_p99_ms, searches_during_sync.
Target: stall_max_ms <= 100.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")  # a bench machine has no keyring
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from client.credentials import token_store_for  # noqa: E402
from client.profile import Profile  # noqa: E402
from client.schema.models import ContactPoint  # noqa: E402
from client.store import LocalCache  # noqa: E402
from sync.engine import SyncEngine, Transport, sign_in  # noqa: E402
from sync.server.snapshot_files import ready_files  # noqa: E402
from tests.bench.initial_sync import BENCH, free_port, prebuild, start_server  # noqa: E402
from tests.bench.search import pct  # noqa: E402
from tests.bench.server_data import PASSWORD, build_server  # noqa: E402

TICK_MS = 5
QUERIES = ("王", "li", "张伟", "138", "chen", "刘", "zhao", "13", "黄", "wu")


def server_db(customers: int) -> Path:
    db = BENCH / f"server-{customers}.db"
    if not db.exists():
        print(f"building a server of {customers:,} customers in {db} ...", flush=True)
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_server(partial, customers)
        partial.rename(db)
    return db


def signed_in_profile(folder: Path, url: str) -> Profile:
    """A new profile in `folder`, signed in with its token kept (dev token file)."""
    shutil.rmtree(folder, ignore_errors=True)
    profile = Profile.open(folder, create=True)
    with LocalCache.open(profile) as cache:
        transport = Transport(url)
        sign_in(cache, transport, "bench", PASSWORD, token_store_for(folder, profile.profile_id))
        transport.close()
    return profile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--snapshots", action="store_true", help="first sync from a file")
    args = parser.parse_args()
    BENCH.mkdir(exist_ok=True)
    db = server_db(args.customers)
    port = free_port()
    snapshots = None
    if args.snapshots:
        snapshots = BENCH / f"snapshots-{args.customers}"
        if not any(ready_files(folder) for folder in snapshots.glob("*")):
            prebuild(db, snapshots)
    server = start_server(db, port, snapshots)
    url = f"http://127.0.0.1:{port}"
    folder = args.profile or BENCH / f"gui-synced-{args.customers}"
    try:
        profile = signed_in_profile(folder, url)
        summary = run_window(profile, url, args.customers)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(summary, flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 may crash collecting Qt objects late


def run_window(profile: Profile, url: str, customers: int) -> str:
    """Runs the window through the initial sync; the summary line."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_fonts
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.session import AppSession
    from ui.theme import apply_theme
    from ui.workspace import Workspace

    app = QApplication([sys.argv[0]])
    install_fonts(app)
    apply_theme(app)
    translations = Translations(app)
    translations.switch("zh_CN")
    done: list[float] = []
    cache = LocalCache.open(profile)
    token = token_store_for(profile.folder, profile.profile_id).load()
    transport = Transport(url, token=token, timeout=120)
    session = AppSession(profile, SyncEngine(cache, transport), _caches=[cache])
    workspace = Workspace(profile, session=session)
    runner = workspace.sync
    assert runner is not None
    runner.roundFinished.connect(lambda: done.append(time.perf_counter()))
    runner.syncFailed.connect(lambda message: print("sync failed:", message, flush=True))

    gaps: list[float] = []
    last = [time.perf_counter()]
    searches = [0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    def type_query() -> None:
        window.search.box.setText(QUERIES[searches[0] % len(QUERIES)])
        searches[0] += 1

    heartbeat = QTimer()
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(tick)
    typist = QTimer()
    typist.setInterval(1000)
    typist.timeout.connect(type_query)

    started = time.perf_counter()
    window = MainWindow(workspace, translations)  # starts the sync
    window.show()
    last[0] = time.perf_counter()
    heartbeat.start()
    typist.start()
    while not done:
        app.processEvents()
        time.sleep(0.0005)
    heartbeat.stop()
    typist.stop()
    sync_seconds = done[0] - started
    with cache.engine.connect() as conn:
        rows = sum(
            int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for table in ("customer", ContactPoint.__tablename__, "account", "account_holder")
        )
    window.close()  # stops the workspace: its sync and its task threads
    session.close()
    return (
        f"customers={customers} rows={rows} sync_s={sync_seconds:.1f} ticks={len(gaps)} "
        f"stall_max_ms={max(gaps):.1f} stall_p99_ms={pct(gaps, 0.99):.1f} "
        f"searches_during_sync={searches[0]}"
    )


if __name__ == "__main__":
    main()
