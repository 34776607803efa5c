"""Long-poll: a waiting client hears of a change as soon as it is pushed, across processes.

No wall clock: hooks on the server's `FeedWatch` tell when a waiter is registered, which
waiters a change woke and when a scan of the feed is done, so a slow machine can neither
fail these tests nor let them pass wrongly.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.replica import state
from sync.server import watch as watch_module
from sync.server.app import create_app
from sync.server.auth import Actor
from sync.server.watch import Answer, FeedWatch, Waiter
from tests.sync.conftest import Api, customer_fields, entry, make_settings
from tests.sync.engine_kit import workstation

LONG = 50.0
"""A long-poll timeout no test waits out: an answer before it comes from a wake-up."""
LIMIT = 30.0
"""How long a test waits for what must happen before it fails (never reached when it works)."""


class WatchSpy:
    """Server-side hooks on one app's FeedWatch: waiters registered and woken, scans done."""

    def __init__(self, watch: FeedWatch, monkeypatch: pytest.MonkeyPatch) -> None:
        self.watch = watch
        self.changed = threading.Condition()
        self.registered: list[Waiter] = []
        self.woken: list[Waiter] = []
        self.timeouts: list[float] = []
        self.scans = 0
        spy = self

        class Waiters(set[Waiter]):
            def add(self, waiter: Waiter) -> None:
                super().add(waiter)
                spy._note(spy.registered, waiter)

        watch.waiters = Waiters(watch.waiters)
        wake, absorb, wait = watch_module._wake, watch._absorb, watch.wait

        def woken(waiters: list[Waiter]) -> None:
            wake(waiters)
            for waiter in waiters:
                spy._note(spy.woken, waiter)

        def absorbed(tags: list[watch_module.Tag], latest: int) -> None:
            absorb(tags, latest)
            with spy.changed:
                spy.scans += 1
                spy.changed.notify_all()

        async def waited(actor: Actor, cursor: int, timeout: float) -> Answer:
            spy.timeouts.append(timeout)
            return await wait(actor, cursor, timeout)

        self._wake = wake
        monkeypatch.setattr(watch_module, "_wake", woken)
        monkeypatch.setattr(watch, "_absorb", absorbed)
        monkeypatch.setattr(watch, "wait", waited)

    @classmethod
    def on(cls, client: TestClient, monkeypatch: pytest.MonkeyPatch) -> WatchSpy:
        return cls(client.app.state.guitai.watch, monkeypatch)  # type: ignore[attr-defined]

    def _note(self, into: list[Waiter], waiter: Waiter) -> None:
        with self.changed:
            into.append(waiter)
            self.changed.notify_all()

    def until(self, done: Callable[[], bool], what: str) -> None:
        with self.changed:
            assert self.changed.wait_for(done, timeout=LIMIT), f"never happened: {what}"

    def release(self, waiter: Waiter) -> None:
        """Ends a waiter's long-poll as its timeout would (not counted as woken)."""
        waiter.woken.get_loop().call_soon_threadsafe(self._wake, [waiter])

    def waiter_of(self, username: str) -> Waiter:
        self.until(lambda: any(w.actor.username == username for w in self.registered), username)
        return next(w for w in self.registered if w.actor.username == username)


def _wait_in_thread(
    client: TestClient, auth: dict[str, str], cursor: int, timeout: float = LONG
) -> tuple[threading.Thread, dict[str, Any]]:
    box: dict[str, Any] = {}

    def wait() -> None:
        response = client.get(f"/v1/changes/wait?cursor={cursor}&timeout={timeout}", headers=auth)
        box.update(response.json())

    thread = threading.Thread(target=wait)
    thread.start()
    return thread, box


def _answered(thread: threading.Thread) -> None:
    thread.join(timeout=LIMIT)
    assert not thread.is_alive(), "the long-poll never answered"


def test_wait_returns_at_once_when_behind_and_times_out_when_not(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = WatchSpy.on(api.client, monkeypatch)
    auth = api.login("teller@BJ01")
    assert api.client.get("/v1/changes/wait?cursor=0&timeout=5", headers=auth).json()["changed"]
    assert spy.registered == [], "a client behind the feed is answered without waiting"
    _, cursor = api.pull_all(auth)
    body = api.client.get(f"/v1/changes/wait?cursor={cursor}&timeout=0.3", headers=auth).json()
    assert body == {"changed": False, "latest": cursor}
    assert spy.timeouts[-1] == 0.3, "the client's own timeout bounds the wait"
    [waiter] = spy.registered
    assert waiter not in spy.woken and waiter not in spy.watch.waiters


def _wake_test(waiting: Api, pushing: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = WatchSpy.on(waiting.client, monkeypatch)
    auth = waiting.login("teller@BJ01")
    _, cursor = waiting.pull_all(auth)
    thread, box = _wait_in_thread(waiting.client, auth, cursor)
    waiter = spy.waiter_of("teller@BJ01")
    assert box == {}, "nothing to hear yet: the client waits"
    branch = waiting.seeded.branches["BJ01"]
    pusher = pushing.login("teller@BJ01")
    pushing.push(pusher, entry("customer", uuid.uuid4(), **customer_fields(branch, "W1")))
    spy.until(lambda: waiter in spy.woken, "the push woke the waiting client")
    _answered(thread)
    assert box["changed"] is True


def test_a_push_wakes_a_waiting_client(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    _wake_test(api, api, monkeypatch)


def test_notify_wakes_another_server_process(
    api: Api, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if api.db.dialect != "postgresql":
        pytest.skip("LISTEN/NOTIFY across server processes is a PostgreSQL feature")
    other = create_app(database_url, make_settings())
    with TestClient(other) as client:
        _wake_test(Api(client, api.seeded, other.state.guitai.db), api, monkeypatch)


def test_only_waiters_who_may_read_a_change_are_woken(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A BJ01 push wakes a BJ01 teller's long-poll; a SH01 teller's waits on, and is told it
    may move its cursor past what it cannot read."""
    spy = WatchSpy.on(api.client, monkeypatch)
    here, there = api.login("teller@BJ01"), api.login("teller@SH01")
    _, cursor = api.pull_all(here)
    here_thread, here_box = _wait_in_thread(api.client, here, cursor)
    there_thread, there_box = _wait_in_thread(api.client, there, cursor)
    here_waiter, there_waiter = spy.waiter_of("teller@BJ01"), spy.waiter_of("teller@SH01")
    pusher = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    [pushed] = api.push(pusher, entry("customer", uuid.uuid4(), **customer_fields(branch, "W2")))
    spy.until(lambda: here_waiter in spy.woken, "the BJ01 push woke the BJ01 teller")
    scanned = spy.scans
    spy.until(lambda: spy.scans > scanned, "one more scan of the feed")
    assert spy.watch.head >= pushed["new_version"]
    assert there_waiter not in spy.woken and there_waiter in spy.watch.waiters
    _answered(here_thread)
    assert there_box == {}, "the SH01 teller waits on"
    spy.release(there_waiter)
    _answered(there_thread)
    assert here_box["changed"] is True
    assert there_box["changed"] is False and there_waiter not in spy.woken
    asked = f"/v1/changes/wait?cursor={cursor}&timeout=0&skip=true"
    told = api.client.get(asked, headers=there).json()
    assert told["changed"] is False and told["skip_to"] > cursor
    assert api.client.get(asked, headers=here).json() == {"changed": True, "latest": told["latest"]}
    nothing, _ = api.pull_all(there, cursor=cursor)
    assert nothing == []


def test_a_workstation_moves_its_cursor_past_what_it_may_not_read(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = WatchSpy.on(api.client, monkeypatch)
    station = workstation(api, tmp_path / "sh", "teller@SH01")
    try:
        station.engine.sync()
        with station.engine.db.connect() as conn:
            before = state.cursor(conn) or 0
        branch = api.seeded.branches["BJ01"]
        [pushed] = api.push(
            api.login("teller@BJ01"),
            entry("customer", uuid.uuid4(), **customer_fields(branch, "W3")),
        )
        spy.until(lambda: spy.watch.head >= pushed["new_version"], "the server saw the push")
        assert station.engine.wait_for_changes(timeout=0) is False
        with station.engine.db.connect() as conn:
            assert (state.cursor(conn) or 0) > before
    finally:
        station.close()
