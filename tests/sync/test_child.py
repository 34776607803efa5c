"""The first download in a child process, as the window runs it, against a real HTTP server."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.credentials import MemoryTokens, SignedOutError
from client.profile import Profile
from client.store import LocalCache
from sync.demo import DemoServer, start_demo_server
from sync.engine import SyncEngine, Transport, sign_in
from sync.engine.child import ChildSyncError, child_command, child_request, sync_in_child
from sync.status import Phase, SyncStatus


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = start_demo_server(tmp_path_factory.mktemp("child-server"), customers=200)
    yield running
    running.stop()


@pytest.fixture
def workstation(
    server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SyncEngine]:
    """A signed-in teller workstation that has never synced (its key in a dev key file)."""
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    monkeypatch.setenv("GUITAI_LOG_DIR", str(tmp_path / "logs"))
    cache = LocalCache.open(Profile.open(tmp_path / "counter", create=True))
    transport = Transport(server.url)
    sign_in(cache, transport, server.teller, server.password, MemoryTokens())
    engine = SyncEngine(cache, transport)
    yield engine
    engine.close()
    transport.close()
    cache.close()


def customers_in(engine: SyncEngine) -> int:
    with engine.cache.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one())


def test_the_child_downloads_everything_and_reports_progress(workstation: SyncEngine) -> None:
    statuses: list[SyncStatus] = []
    assert workstation.needs_initial_sync()

    rows = sync_in_child(workstation, statuses.append, threading.Event())

    assert rows > 0
    assert not workstation.needs_initial_sync()
    assert customers_in(workstation) > 0
    assert any(s.phase is Phase.INITIAL_SYNC and s.progress for s in statuses)
    assert statuses[-1].online and statuses[-1].phase is Phase.IDLE
    assert workstation.sync().snapshot_rows == 0  # the window's own rounds go on from there


def test_an_expired_sign_in_comes_back_as_signed_out(workstation: SyncEngine) -> None:
    workstation.transport.token = "not-a-token"
    with pytest.raises(SignedOutError):
        sync_in_child(workstation, lambda status: None, threading.Event())
    assert workstation.needs_initial_sync()


def test_an_unreachable_server_is_a_transient_failure(workstation: SyncEngine) -> None:
    workstation.transport.base_url = "http://127.0.0.1:9"
    with pytest.raises(ChildSyncError) as failure:
        sync_in_child(workstation, lambda status: None, threading.Event())
    assert failure.value.transient
    assert "cannot be reached" in str(failure.value)


def test_stopping_ends_the_child_and_the_download_resumes(workstation: SyncEngine) -> None:
    stop = threading.Event()

    def stop_at_first_progress(status: SyncStatus) -> None:
        if status.progress is not None:
            stop.set()

    with pytest.raises(ChildSyncError):
        sync_in_child(workstation, stop_at_first_progress, stop)
    assert workstation.needs_initial_sync()

    sync_in_child(workstation, lambda status: None, threading.Event())
    assert not workstation.needs_initial_sync()
    assert customers_in(workstation) > 0


def test_a_child_whose_window_went_away_stops_without_a_traceback(
    workstation: SyncEngine,
) -> None:
    pipe = subprocess.PIPE
    child = subprocess.Popen(child_command(), stdin=pipe, stdout=pipe, stderr=pipe, text=True)
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the window's end of the pipe is gone before the first status
    child.stdin.write(json.dumps(child_request(workstation)) + "\n")
    child.stdin.close()
    errors = child.stderr.read()
    assert child.wait(timeout=60) == 1
    assert "Traceback" not in errors and "BrokenPipe" not in errors
