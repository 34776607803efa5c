"""Long-poll: a waiting client hears of a change within about a second, across processes."""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.engine import state
from sync.server.app import create_app
from tests.sync.conftest import Api, customer_fields, entry, make_settings
from tests.sync.engine_kit import workstation


def _wait_in_thread(
    client: TestClient, auth: dict[str, str], cursor: int, timeout: float = 20
) -> dict[str, object]:
    box: dict[str, object] = {}

    def wait() -> None:
        started = time.monotonic()
        response = client.get(f"/v1/changes/wait?cursor={cursor}&timeout={timeout}", headers=auth)
        box.update(response.json(), elapsed=time.monotonic() - started)

    thread = threading.Thread(target=wait)
    thread.start()
    box["thread"] = thread
    return box


def test_wait_returns_at_once_when_behind_and_times_out_when_not(api: Api) -> None:
    auth = api.login("teller@BJ01")
    assert api.client.get("/v1/changes/wait?cursor=0&timeout=5", headers=auth).json()["changed"]
    _, cursor = api.pull_all(auth)
    started = time.monotonic()
    body = api.client.get(f"/v1/changes/wait?cursor={cursor}&timeout=0.3", headers=auth).json()
    assert body == {"changed": False, "latest": cursor}
    assert time.monotonic() - started < 2


def _wake_test(waiting: Api, pushing: Api) -> None:
    auth = waiting.login("teller@BJ01")
    _, cursor = waiting.pull_all(auth)
    box = _wait_in_thread(waiting.client, auth, cursor)
    time.sleep(0.3)
    branch = waiting.seeded.branches["BJ01"]
    pusher = pushing.login("teller@BJ01")
    pushed = time.monotonic()
    pushing.push(pusher, entry("customer", uuid.uuid4(), **customer_fields(branch, "W1")))
    thread = box["thread"]
    assert isinstance(thread, threading.Thread)
    thread.join(timeout=10)
    assert box["changed"] is True
    assert time.monotonic() - pushed < 1.5


def test_a_push_wakes_a_waiting_client(api: Api) -> None:
    _wake_test(api, api)


def test_notify_wakes_another_server_process(api: Api, database_url: str) -> None:
    if api.db.dialect != "postgresql":
        pytest.skip("LISTEN/NOTIFY across server processes is a PostgreSQL feature")
    other = create_app(database_url, make_settings())
    with TestClient(other) as client:
        _wake_test(Api(client, api.seeded, other.state.guitai.db), api)


def test_only_waiters_who_may_read_a_change_are_woken(api: Api) -> None:
    """A BJ01 push wakes a BJ01 teller's long-poll; a SH01 teller's waits on, and is told it
    may move its cursor past what it cannot read."""
    here, there = api.login("teller@BJ01"), api.login("teller@SH01")
    _, cursor = api.pull_all(here)
    here_box = _wait_in_thread(api.client, here, cursor)
    there_box = _wait_in_thread(api.client, there, cursor, timeout=3)
    time.sleep(0.3)
    pusher = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    api.push(pusher, entry("customer", uuid.uuid4(), **customer_fields(branch, "W2")))
    for box in (here_box, there_box):
        thread = box["thread"]
        assert isinstance(thread, threading.Thread)
        thread.join(timeout=30)
    assert here_box["changed"] is True and float(str(here_box["elapsed"])) < 1.5
    assert there_box["changed"] is False and float(str(there_box["elapsed"])) > 1.5
    asked = f"/v1/changes/wait?cursor={cursor}&timeout=0&skip=true"
    told = api.client.get(asked, headers=there).json()
    assert told["changed"] is False and told["skip_to"] > cursor
    assert api.client.get(asked, headers=here).json() == {"changed": True, "latest": told["latest"]}
    nothing, _ = api.pull_all(there, cursor=cursor)
    assert nothing == []


def test_a_workstation_moves_its_cursor_past_what_it_may_not_read(api: Api, tmp_path: Path) -> None:
    station = workstation(api, tmp_path / "sh", "teller@SH01")
    try:
        station.engine.sync()
        with station.engine.db.connect() as conn:
            before = state.cursor(conn) or 0
        branch = api.seeded.branches["BJ01"]
        api.push(
            api.login("teller@BJ01"),
            entry("customer", uuid.uuid4(), **customer_fields(branch, "W3")),
        )
        assert station.engine.wait_for_changes(timeout=1.5) is False
        with station.engine.db.connect() as conn:
            assert (state.cursor(conn) or 0) > before
    finally:
        station.close()
