"""The teller workspace at 1,000,000 customers: first-sync stall, keystrokes, start, memory.

    python tests/bench/gui.py [--customers 1000000] [--queries 200]
    python tests/bench/gui.py --profile DIR [--queries 200] [--only book]

By default: `tests/bench/gui_stall.py` runs first, in its own process: a real server over
bench-data/server-N.db (built once) and the window doing the first sync of a new profile
(bench-data/gui-synced-N) while a typist searches; it gives the longest stall of the GUI
thread. The measures below then run on that synced cache. With --profile, they run on an
existing cache and the first sync (with its stall) is skipped; `--only book` (with
--profile) measures "My book" alone. The window runs offscreen unless QT_QPA_PLATFORM says
otherwise.

- stall: the longest gap of a 5 ms timer on the GUI thread during the first sync, less 5 ms;
- cold start: from launching a new Python process to its shown window whose cache is open
  (search usable), median of 3 (the OS file cache is warm; sign-in is not included);
- keystroke: a query typed into the search box, from its last keystroke to the results table
  painted with its answer (including the search box's debounce, reported as debounce_ms);
- my book: an RM owning exactly `BOOK_SIZE` (5,000) customers of the cache (the bench
  hands customers of the RM's branch, then of others, to them, or theirs beyond 5,000 to
  a colleague, in the cache only: nothing is queued for upload; a cache synced from a
  benchmark server, which has no RM and no history, interaction or appointment, first gets
  two RMs and, for the book's customers, 24 months of every account, two interactions each
  and an appointment for one in ten, in the cache only too) signs in to a window of
  their own, which lands on "My book"; opening it is from asking the page for its rows
  (read off the GUI thread, the model filled) to the table painted with them (full: until
  the net profits, read just after the rows, are painted too); re-sorting
  is from a click's sort request to the table painted in the new order (every column,
  both ways);
- memory: resident set size after the run, and its peak.

The last line is `key=value` pairs: customers, sync_s, stall_max_ms, stall_p99_ms, queries,
cold_start_s, window_start_s, keystroke_p50_ms, keystroke_p95_ms, keystroke_max_ms,
debounce_ms, book_rows, book_open_p50_ms, book_open_p95_ms, book_full_p95_ms,
book_sort_p50_ms, book_sort_p95_ms, rss_mb, peak_rss_mb (the sync and stall keys are
"skipped" with --profile; with --only book the last line holds customers and the book's
keys only).
Targets: stall_max_ms <= 100, cold_start_s <= 2, keystroke_p95_ms <= 50,
book_open_p95_ms <= 300, book_sort_p95_ms <= 50, rss_mb <= 400.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GUITAI_ALLOW_DEV_KEY_FILE", "1")  # a bench machine has no keyring

from client.profile import Profile  # noqa: E402
from client.store import LocalCache  # noqa: E402
from tests.bench.search import BENCH_DATA, make_queries, pct, sample  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import Connection

    from ui.mainwindow import MainWindow

COLD_STARTS = 3
BOOK_SIZE = 5_000
BOOK_OPENS = 20


def memory_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    kb = lambda key: float(fields.get(key, "0 kB").split()[0])  # noqa: E731
    return kb("VmRSS") / 1024, kb("VmHWM") / 1024


def first_sync(customers: int) -> tuple[Profile, dict[str, str]]:
    """Runs gui_stall.py for `customers`: the synced profile and its summary's keys."""
    folder = BENCH_DATA / f"gui-synced-{customers}"
    command = [sys.executable, str(Path(__file__).with_name("gui_stall.py"))]
    command += ["--customers", str(customers), "--profile", str(folder)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        print(line, end="", flush=True)
        lines.append(line.strip())
    code = child.wait()
    if code != 0 or not lines or "stall_max_ms=" not in lines[-1]:
        raise SystemExit(f"the first-sync run failed (exit {code})")
    summary = dict(pair.split("=", 1) for pair in lines[-1].split())
    return Profile.open(folder), summary


def pick_profile(args: argparse.Namespace) -> tuple[Profile, dict[str, str]]:
    """The cache to measure, and the first sync's summary (its keys "skipped" with --profile)."""
    if args.profile is None:
        return first_sync(args.customers)
    if not (args.profile / "cache.db").exists():
        raise SystemExit(f"{args.profile} holds no cache: sync one there, or drop --profile")
    skipped = {key: "skipped" for key in ("sync_s", "stall_max_ms", "stall_p99_ms")}
    return Profile.open(args.profile), skipped


def queries_for(profile: Profile, count: int) -> tuple[int, list[str]]:
    """The cache's customer count and `count` typed queries of every kind."""
    with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
        customers = int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one())
        samples = sample(conn, max(count, 50), random.Random(7))
        branches = sorted({s.branch for s in samples})
    return customers, [q.text for q in make_queries(samples, count, branches, seed=7)]


def start_window(profile: Profile) -> tuple[QApplication, MainWindow]:
    """The window as `guitai` builds it, shown, once its cache is open (search usable)."""
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_fonts
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.theme import apply_theme
    from ui.workspace import Workspace

    app = QApplication([sys.argv[0]])
    install_fonts(app)
    apply_theme(app)
    translations = Translations(app)
    translations.switch("zh_CN")
    window = MainWindow(Workspace(profile), translations)
    window.show()
    while not window.ready:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    return app, window


BOOK_RMS = ("bench-rm", "bench-rm-colleague")
"""The RMs the bench adds to a cache that has none (a benchmark server has no RM)."""
STAMP = "2026-11-01 08:00:00.000000"
"""A stored UTC timestamp (the rows the bench adds in the cache only)."""


def _ensure_rms(conn: Connection) -> None:
    """Two RMs at the branch with the most customers, in the cache only, when it has none."""
    rms = "SELECT 1 FROM user_account WHERE role = 'relationship_manager' AND deleted = 0"
    if len(conn.exec_driver_sql(f"{rms} LIMIT 2").all()) >= 2:
        return
    most = "SELECT home_branch_id FROM customer GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    branch_id = conn.exec_driver_sql(most).scalar()
    if branch_id is None:
        branch_id = conn.exec_driver_sql("SELECT id FROM branch LIMIT 1").scalar_one()
    for username in BOOK_RMS:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO user_account (username, display_name, role, branch_id, "
            "active, email, id, version, updated_at, deleted) "
            "VALUES (?, ?, 'relationship_manager', ?, 1, '', ?, 1, ?, 0)",
            (username, username, branch_id, uuid.uuid4().bytes, STAMP),
        )


def _fill_book(conn: Connection, rm_id: bytes) -> None:
    """What "My book" reads, for the RM's customers that have none of it (a benchmark server
    has only customers and accounts), in the cache only: each of their accounts' 24 months,
    two interactions a customer, a live appointment for one customer in ten."""
    accounts = conn.exec_driver_sql(
        "SELECT h.customer_id, h.account_id FROM customer c "
        "JOIN account_holder h ON h.customer_id = c.id "
        "LEFT JOIN account_history y ON y.account_id = h.account_id "
        "WHERE c.owning_rm_id = ? AND y.id IS NULL",
        (rm_id,),
    ).all()
    if not accounts:
        return
    from client.schema.history import FORMAT_VERSION, RECORD

    rng = random.Random(15)
    periods = [(2024 + (11 + m) // 12) * 100 + (11 + m) % 12 + 1 for m in range(24)]
    histories = []
    for account_id in dict.fromkeys(account for _, account in accounts):  # joint: once
        body = b"".join(
            RECORD.pack(
                period,
                rng.randrange(10**8, 10**11),
                rng.randrange(10**6, 10**8),
                rng.randrange(0, 10**7),
                rng.randrange(10**5, 10**7),
                rng.randrange(10**5, 10**7),
                rng.randrange(0, 10**6),
            )
            for period in periods
        )
        histories.append((account_id, bytes([FORMAT_VERSION]) + body, uuid.uuid4().bytes, STAMP))
    conn.exec_driver_sql(
        "INSERT INTO account_history (account_id, months, id, version, updated_at, deleted) "
        "VALUES (?, ?, ?, 1, ?, 0)",
        histories,
    )
    customers = sorted({customer for customer, _ in accounts})
    interactions = []
    appointments = []
    for n, customer in enumerate(customers):
        for _ in range(2):
            day = f"2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 29):02d} 09:30:00.000000"
            interactions.append((customer, "visit", "counter", day, "bench", uuid.uuid4().bytes))
        if n % 10 == 0:
            starts = f"2027-01-{rng.randrange(1, 29):02d} 10:00:00.000000"
            ends = starts.replace("10:00", "10:30")
            appointments.append((rm_id, customer, rm_id, starts, ends, uuid.uuid4().bytes))
    conn.exec_driver_sql(
        "INSERT INTO interaction (customer_id, kind, channel, occurred_at, subject, notes, "
        "outcome, id, version, updated_at, deleted) "
        f"VALUES (?, ?, ?, ?, ?, '', '', ?, 1, '{STAMP}', 0)",
        interactions,
    )
    conn.exec_driver_sql(
        "INSERT INTO appointment (rm_id, customer_id, booked_by_id, starts_at, ends_at, "
        "purpose, status, channel, id, version, updated_at, deleted) "
        f"VALUES (?, ?, ?, ?, ?, 'review', 'confirmed', 'counter', ?, 1, '{STAMP}', 0)",
        appointments,
    )


def book_owner(profile: Profile, size: int = BOOK_SIZE) -> tuple[str, str, int]:
    """An RM (id and branch id, as hex) made to own exactly `size` customers: their branch's
    first by number, then (a small cache) other branches'; how many they own. A cache
    without RMs gets two (`_ensure_rms`), and the book what it shows (`_fill_book`)."""
    with LocalCache.open(profile) as cache, cache.engine.begin() as conn:
        _ensure_rms(conn)
        rm_id, branch_id = conn.exec_driver_sql(
            "SELECT id, branch_id FROM user_account WHERE role = 'relationship_manager' "
            "AND deleted = 0 ORDER BY username LIMIT 1"
        ).one()
        colleague = conn.exec_driver_sql(
            "SELECT id FROM user_account WHERE role = 'relationship_manager' AND deleted = 0 "
            "AND id != ? ORDER BY branch_id = ? DESC, username LIMIT 1",
            (rm_id, branch_id),
        ).scalar_one()
        wanted = "SELECT id FROM customer WHERE deleted = 0 "
        wanted += "ORDER BY home_branch_id = ? DESC, customer_number LIMIT ?"
        conn.exec_driver_sql(
            f"UPDATE customer SET owning_rm_id = ? WHERE owning_rm_id = ? AND id NOT IN ({wanted})",
            (colleague, rm_id, branch_id, size),
        )
        conn.exec_driver_sql(
            f"UPDATE customer SET owning_rm_id = ? WHERE id IN ({wanted})",
            (rm_id, branch_id, size),
        )
        _fill_book(conn, bytes(rm_id))
        owned = conn.exec_driver_sql(
            "SELECT count(*) FROM customer WHERE owning_rm_id = ? AND deleted = 0", (rm_id,)
        ).scalar_one()
    return bytes(rm_id).hex(), bytes(branch_id).hex(), int(owned)


def measure_book(app: QApplication, profile: Profile) -> dict[str, float]:
    """Opening and re-sorting "My book" of an RM owning `BOOK_SIZE` customers (ms)."""

    from PySide6.QtCore import QEvent, QObject, Qt

    from client.schema.enums import Role
    from client.work import Staff
    from ui.homes.book import BookHome
    from ui.homes.registry import BOOK
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.session import AppSession
    from ui.workspace import Workspace

    rm_hex, branch_hex, owned = book_owner(profile)
    staff = Staff(uuid.UUID(hex=rm_hex), uuid.UUID(hex=branch_hex))
    session = AppSession(profile, staff=staff, role=Role.RELATIONSHIP_MANAGER.value)
    translations = Translations(app)
    translations.switch("zh_CN")
    window = MainWindow(Workspace(profile, session=session, sync=False), translations)
    window.show()
    page = window.homes.page(BOOK)
    assert isinstance(page, BookHome)

    class Painted(QObject):
        armed = False
        at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.armed and not self.at:
                self.at = time.perf_counter()
            return False

    painted = Painted()
    page.table.viewport().installEventFilter(painted)
    loads, nets = [0], [0]
    page.loaded.connect(lambda: loads.__setitem__(0, loads[0] + 1))
    page.netsLoaded.connect(lambda: nets.__setitem__(0, nets[0] + 1))

    def wait(until: object) -> None:
        deadline = time.perf_counter() + 60
        while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.0005)

    wait(lambda: nets[0] >= 1)  # the first read opens the reading thread's cache
    opens: list[float] = []
    fulls: list[float] = []

    def painted_after() -> float:
        painted.armed, painted.at = True, 0.0
        page.table.viewport().update()
        wait(lambda: painted.at)
        return painted.at

    for _ in range(BOOK_OPENS):
        app.processEvents()
        before, before_nets = loads[0], nets[0]
        painted.armed, painted.at = False, 0.0
        started = time.perf_counter()
        page.reload()
        wait(lambda b=before: loads[0] > b)
        opens.append((painted_after() - started) * 1000)
        wait(lambda b=before_nets: nets[0] > b)
        fulls.append((painted_after() - started) * 1000)
    sorts: list[float] = []
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            app.processEvents()
            painted.armed, painted.at = True, 0.0
            started = time.perf_counter()
            header.setSortIndicator(column, order)  # what a click on the header does
            wait(lambda: painted.at)
            sorts.append((painted.at - started) * 1000)
    rows = page.model.rowCount()
    window.close()
    print(
        f"my book of {rows} customers (RM owning {owned}): open p95 {pct(opens, 0.95):.1f} ms, "
        f"with its net profit p95 {pct(fulls, 0.95):.1f} ms, re-sort p95 {pct(sorts, 0.95):.1f} ms",
        flush=True,
    )
    return {
        "book_rows": rows,
        "book_open_p50_ms": pct(opens, 0.5),
        "book_open_p95_ms": pct(opens, 0.95),
        "book_full_p95_ms": pct(fulls, 0.95),
        "book_sort_p50_ms": pct(sorts, 0.5),
        "book_sort_p95_ms": pct(sorts, 0.95),
    }


def cold_start(folder: Path) -> float:
    """Seconds from launching a new Python process to its window's search box usable."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--profile", str(folder), "--start-only"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("ready"):
                return time.perf_counter() - started
        raise SystemExit(f"the window did not start (exit {child.wait()})")
    finally:
        child.kill()
        child.wait()


def only_book(profile: Profile) -> None:
    """`--only book`: the book's measure alone, in a window of its own; exits."""
    from PySide6.QtWidgets import QApplication

    from ui.fonts import install_fonts
    from ui.theme import apply_theme

    with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
        customers = int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one())
    app = QApplication([sys.argv[0]])
    install_fonts(app)
    apply_theme(app)
    book = measure_book(app, profile)
    rss, peak = memory_mb()
    print(
        f"customers={customers} book_rows={book['book_rows']:.0f} "
        f"book_open_p50_ms={book['book_open_p50_ms']:.1f} "
        f"book_open_p95_ms={book['book_open_p95_ms']:.1f} "
        f"book_full_p95_ms={book['book_full_p95_ms']:.1f} "
        f"book_sort_p50_ms={book['book_sort_p50_ms']:.1f} "
        f"book_sort_p95_ms={book['book_sort_p95_ms']:.1f} "
        f"rss_mb={rss:.0f} peak_rss_mb={peak:.0f}",
        flush=True,
    )
    os._exit(0)  # skip interpreter teardown: PySide6 may crash collecting Qt objects late


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--only", choices=("book",), help="measure this alone (with --profile)")
    parser.add_argument("--start-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only and args.profile is None:
        parser.error("--only needs --profile (a synced cache)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.start_only:
        start_window(Profile.open(args.profile))
        print("ready", flush=True)
        os._exit(0)
    profile, first = pick_profile(args)
    if args.only == "book":
        only_book(profile)
    customers, texts = queries_for(profile, args.queries)

    starts = [cold_start(profile.folder) for _ in range(COLD_STARTS)]
    print(f"cold starts to a usable search box: {', '.join(f'{t:.2f}' for t in starts)} s")
    started = time.perf_counter()
    app, window = start_window(profile)
    window_start = time.perf_counter() - started
    print(f"window start in a warm process: {window_start:.2f} s", flush=True)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from ui.widgets.search import DEBOUNCE_MS

    class PaintWatch(QObject):
        """Notes the first paint of the results after an answer arrived."""

        answered = False
        painted_at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.answered and not self.painted_at:
                self.painted_at = time.perf_counter()
            return False

    watch = PaintWatch()
    window.search.results.viewport().installEventFilter(watch)

    def answered(*_: object) -> None:
        watch.answered = True

    window.cache.searched.connect(answered)
    window.cache.searchFailed.connect(answered)
    box = window.search.box
    timings: list[float] = []
    for text in texts:
        box.clear()
        app.processEvents()
        watch.answered, watch.painted_at = False, 0.0
        if text.isascii():
            QTest.keyClicks(box, text)
        else:  # QTest types ASCII only; an input method commits characters like this
            for char in text:
                box.insert(char)
        typed = time.perf_counter()
        deadline = typed + 30
        while not watch.painted_at and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        if watch.painted_at:
            timings.append((watch.painted_at - typed) * 1000)
    window.close()
    book = measure_book(app, profile)
    rss, peak = memory_mb()
    print(f"{len(timings)} of {len(texts)} queries painted", flush=True)
    print(
        f"customers={customers} sync_s={first['sync_s']} stall_max_ms={first['stall_max_ms']} "
        f"stall_p99_ms={first['stall_p99_ms']} queries={len(timings)} "
        f"cold_start_s={pct(starts, 0.5):.2f} "
        f"window_start_s={window_start:.2f} "
        f"keystroke_p50_ms={pct(timings, 0.5):.1f} keystroke_p95_ms={pct(timings, 0.95):.1f} "
        f"keystroke_max_ms={max(timings):.1f} debounce_ms={DEBOUNCE_MS} "
        f"book_rows={book['book_rows']:.0f} book_open_p50_ms={book['book_open_p50_ms']:.1f} "
        f"book_open_p95_ms={book['book_open_p95_ms']:.1f} "
        f"book_full_p95_ms={book['book_full_p95_ms']:.1f} "
        f"book_sort_p50_ms={book['book_sort_p50_ms']:.1f} "
        f"book_sort_p95_ms={book['book_sort_p95_ms']:.1f} "
        f"rss_mb={rss:.0f} peak_rss_mb={peak:.0f}",
        flush=True,
    )
    os._exit(0)  # skip interpreter teardown: PySide6 may crash collecting Qt objects late


if __name__ == "__main__":
    main()
