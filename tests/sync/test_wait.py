"""Long-poll: a waiting client hears of a change within about a second, across processes."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from fastapi.testclient import TestClient

from sync.server.app import create_app
from tests.sync.conftest import Api, customer_fields, entry, make_settings


def _wait_in_thread(client: TestClient, auth: dict[str, str], cursor: int) -> dict[str, object]:
    box: dict[str, object] = {}

    def wait() -> None:
        started = time.monotonic()
        response = client.get(f"/v1/changes/wait?cursor={cursor}&timeout=20", headers=auth)
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
