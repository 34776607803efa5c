"""A seeded fault model: several workstations, one server, and a network that misbehaves.

Faults: requests dropped before they reach the server, answers lost after the server
committed (a timeout), requests sent twice, server errors, and workstation processes
"killed" after an answer arrived but before it was stored (the engine object and its
connections are thrown away and the profile reopened from disk, as after SIGKILL).

After the faults stop and everyone syncs, `check` verifies: every replica equals the
server, every edit is accounted for exactly once (applied, or listed as a conflict or a
refusal on the workstation that made it), and every same-field conflict is listed there.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import select

from client.conflicts import Choice, list_issues, resolve
from client.credentials import MemoryTokens
from client.outbox import insert_row, update_row
from client.profile import Profile
from client.schema.enums import Channel, InteractionKind
from client.schema.local import outbox
from client.schema.models import Customer, Interaction
from client.store import LocalCache
from sync.engine import OfflineError, SyncEngine, SyncError, SyncReport, Transport, sign_in
from sync.engine.transport import ServerError
from sync.server.app import create_app
from sync.server.db import Database
from sync.server.tables import applied_entry
from tests.sync.conftest import PASSWORD, make_settings, seed_org

M = TypeVar("M", bound=BaseModel)

FIELDS = ("name_latin", "preferred_language", "national_id")
USERS = ("teller@BJ01", "relationship_manager@BJ01", "branch_manager@BJ01")


class Killed(Exception):
    """The workstation process died: nothing after this point happened locally."""


@dataclass
class Faults:
    rng: random.Random
    rate: float
    on: bool = True
    counts: Counter[str] = field(default_factory=Counter)

    def pick(self) -> str | None:
        if not self.on or self.rng.random() >= self.rate:
            return None
        fault = self.rng.choice(["drop", "lost_answer", "duplicate", "server_error", "kill"])
        self.counts[fault] += 1
        return fault


class FaultyTransport(Transport):
    """Every call may meet one fault drawn from the shared, seeded `Faults`."""

    def __init__(self, inner: Transport, faults: Faults) -> None:
        super().__init__(inner.base_url, token=inner.token, client=inner.http)
        self.faults = faults

    def call(self, method: str, path: str, answer: type[M], *args: Any, **kw: Any) -> M:
        fault = self.faults.pick() if path != "/v1/changes/wait" else None
        if fault == "drop":
            raise OfflineError("connection dropped")
        if fault == "server_error":
            raise ServerError("the server had a problem (503)")
        result = super().call(method, path, answer, *args, **kw)
        if fault == "duplicate":
            result = super().call(method, path, answer, *args, **kw)
        if fault == "lost_answer":
            raise OfflineError("timed out after the server committed")
        if fault == "kill":
            raise Killed(path)
        return result


@dataclass
class Station:
    name: str
    folder: Path
    cache: LocalCache
    engine: SyncEngine
    transport: Transport
    token: MemoryTokens
    entries: dict[uuid.UUID, str] = field(default_factory=dict)
    """entry id -> what it was (for the accounting)."""
    resolved: set[uuid.UUID] = field(default_factory=set)


@dataclass
class World:
    client: TestClient
    db: Database
    faults: Faults
    stations: list[Station]
    customers: list[uuid.UUID]
    rng: random.Random
    interactions: set[uuid.UUID] = field(default_factory=set)
    stats: Counter[str] = field(default_factory=Counter)

    # --- workstations ---------------------------------------------------------------------

    def _engine(self, station: Station) -> SyncEngine:
        faulty = FaultyTransport(station.transport, self.faults)
        return SyncEngine(station.cache, faulty, page=7, snapshot_page=9, push_batch=5)

    def restart(self, station: Station) -> None:
        """As after SIGKILL: drop the engine and the cache's connections, reopen from disk."""
        station.engine.close()
        station.cache.close()
        station.cache = LocalCache.open(Profile.open(station.folder))
        station.engine = self._engine(station)
        self.stats["restarts"] += 1

    # --- operations -----------------------------------------------------------------------

    def edit(self, station: Station) -> None:
        customer = self.rng.choice(self.customers)
        name = self.rng.choice(FIELDS)
        value = f"{station.name}-{self.stats['edits']}"
        if name == "preferred_language":
            value = value[-10:]
        with station.cache.session() as session:
            obj = session.get(Customer, customer)
            if obj is None:
                return
            made = update_row(session, "customer", customer, {name: value})
        if made is not None:
            station.entries[made.entry_id] = f"{name}={value}"
            self.stats["edits"] += 1

    def log_interaction(self, station: Station) -> None:
        customer = self.rng.choice(self.customers)
        with station.cache.session() as session:
            if session.get(Customer, customer) is None:
                return
            made = insert_row(
                session,
                "interaction",
                {
                    "customer_id": customer,
                    "kind": InteractionKind.VISIT,
                    "channel": Channel.COUNTER,
                    "occurred_at": datetime.now(UTC) - timedelta(minutes=self.rng.randint(0, 99)),
                    "subject": f"visit {self.stats['interactions']}",
                },
            )
        station.entries[made.entry_id] = "interaction"
        self.interactions.add(made.row_id)
        self.stats["interactions"] += 1

    def resolve_one(self, station: Station) -> None:
        with station.cache.session() as session:
            issues = [i for i in list_issues(session) if i.kind == "conflict"]
            if not issues:
                return
            issue = self.rng.choice(issues)
            choice = self.rng.choice([Choice.MINE, Choice.THEIRS])
            made = resolve(session, issue.entry_id, choice)
        station.resolved.add(issue.entry_id)
        if made is not None:
            station.entries[made.entry_id] = f"resolution of {issue.entry_id}"
        self.stats[f"resolved_{choice.value}"] += 1

    def sync(self, station: Station) -> None:
        try:
            station.engine.sync()
            self.stats["syncs_ok"] += 1
        except Killed:
            self.restart(station)
        except SyncError:
            self.stats["syncs_failed"] += 1

    def download_only(self, station: Station) -> None:
        """The download half of a round: as when an edit is saved while a sync is under way."""
        try:
            station.engine._pull(SyncReport())
        except Killed:
            self.restart(station)
        except SyncError:
            self.stats["syncs_failed"] += 1

    def step(self) -> None:
        station = self.rng.choice(self.stations)
        action = self.rng.choices(
            [self.edit, self.log_interaction, self.sync, self.download_only, self.resolve_one],
            [5, 2, 3, 2, 1],
        )[0]
        action(station)

    def settle(self) -> None:
        """Faults off; everyone syncs until nothing moves."""
        self.faults.on = False
        for _ in range(3):
            for station in self.stations:
                station.engine.sync()

    # --- the checks -----------------------------------------------------------------------

    def check(self) -> None:
        server_customers = self._server_rows(Customer)
        server_interactions = self._server_rows(Interaction)
        assert set(server_interactions) == self.interactions, "an interaction was lost or added"
        answers = self._server_answers()
        for station in self.stations:
            with station.cache.session() as session:
                assert not session.execute(select(outbox.c.entry_id)).all(), "edits left pending"
                local_customers = _rows(session, Customer)
                local_interactions = _rows(session, Interaction)
                issues = {i.entry_id: i for i in list_issues(session)}
            assert local_customers == server_customers, (
                f"{station.name} differs from server: "
                + _difference(local_customers, server_customers)
            )
            assert local_interactions == server_interactions, f"{station.name}: interactions"
            for entry_id in station.entries:
                status = answers.get(entry_id)
                assert status is not None, f"{station.name}: entry {entry_id} never answered"
                if status in ("conflict", "rejected"):
                    assert entry_id in issues or entry_id in station.resolved, (
                        f"{station.name}: {status} of {entry_id} is not listed"
                    )
                else:
                    assert entry_id not in issues
            self.stats["conflicts_listed"] += sum(i.kind == "conflict" for i in issues.values())

    def _server_rows(self, model: Any) -> dict[uuid.UUID, tuple[Any, ...]]:
        with self.db.reader() as session:
            return _rows(session, model)

    def _server_answers(self) -> dict[uuid.UUID, str]:
        with self.db.reader() as session:
            rows = session.execute(select(applied_entry.c.entry_id, applied_entry.c.result))
            return {
                entry_id: (result if isinstance(result, dict) else json.loads(result))["status"]
                for entry_id, result in rows
            }


def _rows(session: Any, model: Any) -> dict[uuid.UUID, tuple[Any, ...]]:
    found = session.execute(select(*model.__table__.columns)).all()
    return {row.id: tuple(row) for row in found}


def build_world(folder: Path, seed: int, *, customers: int = 6, rate: float = 0.2) -> World:
    """A server on SQLite with `customers` customers of BJ01 and three signed-in stations."""
    from sync.server import migrations
    from sync.server.db import make_engine
    from tests.sync.conftest import Api
    from tests.sync.engine_kit import seed_customers

    path = folder / "server.db"
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine)
    engine.dispose()
    app = create_app(f"sqlite:///{path}", make_settings())
    db: Database = app.state.guitai.db
    seeded = seed_org(db)
    client = TestClient(app)
    client.__enter__()
    api = Api(client, seeded, db)
    ids = seed_customers(api, "BJ01", customers)
    rng = random.Random(seed)
    faults = Faults(random.Random(seed + 1), rate)
    world = World(client, db, faults, [], ids, rng)
    for i, user in enumerate(USERS):
        station_folder = folder / f"station{i}"
        cache = LocalCache.open(Profile.open(station_folder, create=True))
        transport = Transport("http://testserver", client=client)
        tokens = MemoryTokens()
        sign_in(cache, transport, user, PASSWORD, tokens, device_name=f"counter {i}")
        station = Station(f"s{i}", station_folder, cache, None, transport, tokens)  # type: ignore[arg-type]
        station.engine = world._engine(station)
        world.stations.append(station)
    return world


def close_world(world: World) -> None:
    for station in world.stations:
        station.engine.close()
        station.cache.close()
    world.client.__exit__(None, None, None)


def run_model(folder: Path, seed: int, steps: int) -> Counter[str]:
    """One seeded run: `steps` random operations under faults, then settle and check."""
    world = build_world(folder, seed)
    try:
        for _ in range(steps):
            world.step()
        world.settle()
        world.check()
        return world.stats + world.faults.counts
    finally:
        close_world(world)


def _difference(local: dict[Any, Any], server: dict[Any, Any]) -> str:
    """The first rows that differ, for a failing seed's message."""
    keys = sorted(set(local) | set(server), key=str)
    lines = [
        f"{key}: local {local.get(key)!r} server {server.get(key)!r}"
        for key in keys
        if local.get(key) != server.get(key)
    ]
    return "; ".join(lines[:3])
