"""A first sync from the server's prebuilt file: same cache as page by page, resumable, safe."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from client.schema.enums import Role
from client.schema.local import cache_meta, search_term
from client.schema.models import Customer
from client.schema.rows import replicated_tables
from client.search.query import search_customers
from sync.engine import OfflineError, SyncEngine, snapshot_file
from sync.engine.snapshot_file import DOWNLOAD_NAME, DamagedFileError
from sync.engine.transport import NotFoundError, Transport
from sync.protocol import PullScope, SnapshotChunkRequest, SnapshotFile, SnapshotFileRequest
from sync.replica import state
from sync.server.app import create_app
from sync.server.snapshot_build import build
from sync.server.snapshot_files import ready_files, take_build_lock
from sync.status import SyncStatus
from tests.sync.conftest import Api, customer_fields, entry, make_settings, seed_org
from tests.sync.engine_kit import Workstation, seed_customers, workstation

CHUNK = 16_384


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return tmp_path / "snapshots"


@pytest.fixture
def api(database_url: str, snapshots: Path) -> Iterator[Api]:
    """The server with a snapshot folder."""
    app = create_app(database_url, make_settings(snapshot_dir=snapshots))
    db = app.state.guitai.db
    seeded = seed_org(db)
    with TestClient(app) as client:
        yield Api(client, seeded, db)


@pytest.fixture
def stations() -> Iterator[list[Workstation]]:
    made: list[Workstation] = []
    yield made
    for station in made:
        station.close()


def station(
    stations: list[Workstation], api: Api, folder: Path, user: str, **opts: Any
) -> Workstation:
    made = workstation(api, folder, user, snapshot_chunk=CHUNK, **opts)
    stations.append(made)
    return made


def prebuild(api: Api, snapshots: Path, database_url: str, branch: str, role: Role) -> None:
    build(database_url, snapshots, role, api.seeded.branches[branch], None)


def contents(ws: Workstation) -> dict[str, list[tuple[Any, ...]]]:
    """Every replicated table and the search index, rows in key order; not the audit events,
    each workstation's own (`own_events`)."""
    out = {}
    with ws.cache.engine.connect() as conn:
        for table in [*replicated_tables(), search_term.name]:
            if table == "audit_event":
                continue
            keys = "term, customer_id" if table == search_term.name else "id"
            out[table] = list(conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {keys}'))
    return out


def own_events(ws: Workstation) -> list[str]:
    """The actions of the audit events the workstation holds (its sign-in's, here)."""
    with ws.cache.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT action FROM audit_event").scalars())


def test_a_new_workstation_copies_the_file_and_gets_what_pages_would_give(
    api: Api, stations: list[Workstation], tmp_path: Path, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 30)
    seed_customers(api, "SH01", 10)
    prebuild(api, snapshots, database_url, "BJ01", Role.TELLER)
    bm = api.login("branch_manager@BJ01")
    later = uuid.uuid4()  # made after the file: comes by pull
    fields = customer_fields(api.seeded.branches["BJ01"], "CBJ01LATER", name_latin="Later Li")
    assert api.push(bm, entry("customer", later, **fields))[0]["status"] == "applied"

    copied = station(stations, api, tmp_path / "file", "teller@BJ01")
    report = copied.engine.sync()
    paged = station(stations, api, tmp_path / "pages", "teller@BJ01", snapshot_files=False)
    paged.engine.sync()

    assert report.snapshot_bytes > 0 and report.snapshot_rows > 0
    assert report.pulled >= 1
    assert contents(copied) == contents(paged)
    assert own_events(copied) == own_events(paged) == ["login"]  # kept through the copy
    assert copied.customer("CBJ01LATER") is not None
    assert copied.customer("CSH0100001") is None  # another branch's customer
    with copied.cache.session() as session:
        assert [h.customer_number for h in search_customers(session, "CBJ0100012")][:1] == [
            "CBJ0100012"
        ]
    assert not (tmp_path / "file" / DOWNLOAD_NAME).exists()


class CutAfter(Transport):
    """The real transport whose connection drops after `chunks` file chunks."""

    def __init__(self, inner: Transport, chunks: int) -> None:
        self.__dict__.update(inner.__dict__)
        self.left = chunks
        self.received = 0

    def snapshot_chunk(self, request: SnapshotChunkRequest) -> bytes:
        if self.left == 0:
            raise OfflineError("the line dropped")
        self.left -= 1
        data = super().snapshot_chunk(request)
        self.received += len(data)
        return data


def test_a_killed_download_resumes_and_fetches_at_most_one_chunk_again(
    api: Api, stations: list[Workstation], tmp_path: Path, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 60)
    prebuild(api, snapshots, database_url, "BJ01", Role.TELLER)
    size = ready_files(next(snapshots.iterdir()))[0].size
    ws = station(stations, api, tmp_path / "ws", "teller@BJ01")

    cut = CutAfter(ws.transport, chunks=3)
    with pytest.raises(OfflineError):
        SyncEngine(ws.cache, cut, snapshot_chunk=CHUNK).sync()
    whole = CutAfter(ws.transport, chunks=10_000)
    again = SyncEngine(ws.cache, whole, snapshot_chunk=CHUNK)
    report = again.sync()
    again.close()

    assert cut.received == 3 * CHUNK < size
    assert cut.received + whole.received <= size + CHUNK
    assert report.snapshot_bytes == whole.received
    with ws.cache.session() as session:
        assert len(session.scalars(select(Customer)).all()) == 60


def test_a_damaged_file_is_refused_by_name_and_the_next_sync_uses_pages(
    api: Api, stations: list[Workstation], tmp_path: Path, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 12)
    prebuild(api, snapshots, database_url, "BJ01", Role.TELLER)
    built = ready_files(next(snapshots.iterdir()))[0]
    with built.path.open("r+b") as out:
        out.seek(built.size // 2)
        byte = out.read(1)
        out.seek(built.size // 2)
        out.write(bytes([byte[0] ^ 0xFF]))
    ws = station(stations, api, tmp_path / "ws", "teller@BJ01")

    with pytest.raises(DamagedFileError, match="checksum"):
        ws.engine.sync()
    assert ws.customer("CBJ0100003") is None
    report = ws.engine.sync()

    assert report.snapshot_bytes == 0 and report.snapshot_rows > 0
    assert ws.customer("CBJ0100003") is not None


def test_nobody_gets_a_file_of_a_scope_they_may_not_read(
    api: Api, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 5)
    prebuild(api, snapshots, database_url, "BJ01", Role.HEAD_OFFICE)
    head_office_file = ready_files(next(snapshots.iterdir()))[0].file_id
    teller = api.login("teller@SH01")

    asked = api.client.post(
        "/v1/snapshot/file/chunk",
        headers=teller,
        json={"file_id": head_office_file, "offset": 0, "length": 100},
    )
    offered = api.client.post("/v1/snapshot/file", headers=teller, json={"schema_revision": "0000"})

    assert asked.status_code == 404
    assert offered.status_code == 200 and not offered.json()["available"]
    assert "schema" in offered.json()["reason"]


def test_the_first_workstation_of_a_scope_has_the_server_build_its_file(
    api: Api, stations: list[Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "SH01", 8)
    first = station(stations, api, tmp_path / "first", "relationship_manager@SH01")

    report = first.engine.sync()  # no file yet: pages, and the server starts a build
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        ready_files(folder) for folder in (tmp_path / "snapshots").iterdir()
    ):
        time.sleep(0.2)
    second = station(stations, api, tmp_path / "second", "relationship_manager@SH01")
    copied = second.engine.sync()

    assert report.snapshot_bytes == 0 and report.snapshot_rows > 0
    assert copied.snapshot_bytes > 0
    assert contents(second) == contents(first)


class WritesDuringDownload(Transport):
    """The real transport; after the first chunk, another connection saves `write`."""

    def __init__(self, inner: Transport, write: Callable[[], None]) -> None:
        self.__dict__.update(inner.__dict__)
        self.write: Callable[[], None] | None = write

    def snapshot_chunk(self, request: SnapshotChunkRequest) -> bytes:
        data = super().snapshot_chunk(request)
        if self.write is not None:
            self.write()
            self.write = None
        return data


def test_what_the_workstation_saved_during_the_download_is_kept(
    api: Api, stations: list[Workstation], tmp_path: Path, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 20)
    prebuild(api, snapshots, database_url, "BJ01", Role.TELLER)
    ws = station(stations, api, tmp_path / "ws", "teller@BJ01")

    def save_a_setting() -> None:
        with ws.cache.session() as session:
            session.execute(insert(cache_meta).values(key="ui.last_branch", value="BJ01"))

    engine = SyncEngine(ws.cache, WritesDuringDownload(ws.transport, save_a_setting))
    report = engine.sync()
    engine.close()

    assert report.snapshot_bytes > 0
    with ws.cache.engine.connect() as conn:
        assert state.get(conn, "ui.last_branch") == "BJ01"
        assert state.get(conn, state.USER) is not None  # the sign-in survived the copy
    assert ws.customer("CBJ0100007") is not None


def test_a_customer_opened_during_the_download_is_kept_and_the_rows_come_by_pages(
    api: Api, stations: list[Workstation], tmp_path: Path, snapshots: Path, database_url: str
) -> None:
    seed_customers(api, "BJ01", 20)
    other = seed_customers(api, "SH01", 1)[0]
    agent = Role.CALL_CENTRE_AGENT
    build(
        database_url,
        snapshots,
        agent,
        api.seeded.branches["BJ01"],
        PullScope(branch_codes=["BJ01"]),
    )
    ws = station(stations, api, tmp_path / "ws", "call_centre_agent@BJ01")
    with ws.engine.db.begin() as conn:
        state.put_json(conn, state.SCOPE, ["BJ01"])  # a workstation narrowed to its branch

    engine = SyncEngine(
        ws.cache, WritesDuringDownload(ws.transport, lambda: ws.engine.open_from_server(other))
    )
    report = engine.sync()
    engine.close()

    assert report.snapshot_bytes == 0 and report.snapshot_rows > 0  # pages, not the file
    assert ws.customer("CSH0100000") is not None
    assert ws.customer("CBJ0100007") is not None
    assert not (tmp_path / "ws" / DOWNLOAD_NAME).exists()


def test_a_server_from_before_snapshot_files_gets_asked_for_pages(
    api: Api, stations: list[Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 6)
    ws = station(stations, api, tmp_path / "ws", "teller@BJ01")
    old_server = OldServer(ws.transport)

    report = SyncEngine(ws.cache, old_server).sync()

    assert old_server.asked and report.snapshot_bytes == 0 and report.snapshot_rows > 0
    assert ws.customer("CBJ0100005") is not None


class OldServer(Transport):
    """The real transport, as a server without `/v1/snapshot/file` answers it (404)."""

    def __init__(self, inner: Transport) -> None:
        self.__dict__.update(inner.__dict__)
        self.asked = False

    def snapshot_file(self, request: SnapshotFileRequest) -> SnapshotFile:
        self.asked = True
        raise NotFoundError("the server refused the request (404): Not Found")


@pytest.mark.skipif(os.name != "posix", reason="asks POSIX whether the builder still runs")
def test_a_build_lock_left_by_a_builder_that_died_is_taken_over(tmp_path: Path) -> None:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    running = tmp_path / "running.lock"
    running.write_text(f"{os.getpid()} 2026-11-30T00:00:00+00:00\n")
    dead = tmp_path / "dead.lock"
    dead.write_text(f"{finished.pid} 2026-11-30T00:00:00+00:00\n")

    assert not take_build_lock(running)
    assert take_build_lock(dead)


def test_a_copy_cut_short_starts_again_from_the_file_already_here(
    api: Api,
    stations: list[Workstation],
    tmp_path: Path,
    snapshots: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_customers(api, "BJ01", 15)
    prebuild(api, snapshots, database_url, "BJ01", Role.TELLER)
    ws = station(stations, api, tmp_path / "ws", "teller@BJ01")
    real_move = snapshot_file._move_local_rows

    def move_then_die(*args: Any) -> None:
        real_move(*args)
        raise KeyboardInterrupt  # the process ends mid-copy, after the file got our rows

    monkeypatch.setattr(snapshot_file, "_move_local_rows", move_then_die)
    with pytest.raises(KeyboardInterrupt):
        ws.engine.sync()
    assert ws.customer("CBJ0100004") is None  # the copy was undone whole
    monkeypatch.setattr(snapshot_file, "_move_local_rows", real_move)
    statuses: list[SyncStatus] = []
    engine = SyncEngine(ws.cache, ws.transport, on_status=statuses.append)
    report = engine.sync()
    engine.close()

    assert report.snapshot_bytes == 0 and report.snapshot_rows > 0  # no second download
    assert ws.customer("CBJ0100004") is not None
    copying = [s.progress for s in statuses if s.progress and s.progress.table == "copy"]
    assert copying and copying[-1].done == copying[-1].total
