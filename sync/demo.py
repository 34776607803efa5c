"""The self-contained demo: a central server in this process over a generated bank, and a
workstation profile signed in to it as a teller. Used by `guitai --demo` and the tests."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from client.credentials import MemoryTokens
from client.profile import Profile
from client.store import LocalCache
from sync.engine import SyncEngine, Transport, sign_in
from sync.replica import state
from sync.server.app import create_app
from sync.server.demo_bank import DEMO_PASSWORD, seed_demo_bank

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 5_000
SERVER_FILE = "demo-server.db"
TELLER_FILE = "demo-teller.txt"


@dataclass
class DemoServer:
    """A running in-process server; `stop()` ends it."""

    url: str
    teller: str
    password: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        """Ends the server now: open long-polls are dropped, not waited for (clients retry)."""
        errors = logging.getLogger("uvicorn.error")
        level = errors.level
        errors.setLevel(logging.CRITICAL)  # the dropped connections are expected
        try:
            self.server.should_exit = True
            self.server.force_exit = True
            self.thread.join(timeout=10)
        finally:
            errors.setLevel(level)


def start_demo_server(folder: Path, customers: int = DEMO_CUSTOMERS, port: int = 0) -> DemoServer:
    """Starts the demo server on a loopback `port` (0: a free one), creating its bank on first
    use; a stopped server started again on its old port keeps its workstations' URL valid."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / SERVER_FILE
    teller_file = folder / TELLER_FILE
    if not database.exists() or not teller_file.exists():
        database.unlink(missing_ok=True)
        started = time.perf_counter()
        bank = seed_demo_bank(database, customers)
        teller_file.write_text(bank.teller, encoding="utf-8")
        log.info(
            "demo bank of %d customers made in %.1f s", customers, time.perf_counter() - started
        )
    app = create_app(f"sqlite:///{database}")
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="demo-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the demo server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    teller = teller_file.read_text(encoding="utf-8").strip()
    return DemoServer(f"http://127.0.0.1:{port}", teller, DEMO_PASSWORD, server, thread)


def demo_workstation(folder: Path, server: DemoServer) -> tuple[LocalCache, SyncEngine]:
    """The demo teller's profile in `folder`, signed in; the caller syncs and closes it."""
    profile = Profile.open(folder, create=True)
    cache = LocalCache.open(profile)
    with cache.engine.begin() as conn:
        state.put(conn, state.SERVER_URL, server.url)  # the same bank on a new port
    transport = Transport(server.url)
    sign_in(cache, transport, server.teller, server.password, MemoryTokens(), device_name="demo")
    return cache, SyncEngine(cache, transport)
