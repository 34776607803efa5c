"""The client sync engine against the real server app: what a teller would notice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from client.conflicts import Choice, list_issues, resolve
from client.outbox import pending_count, update_row
from client.schema.models import Customer
from client.search.query import search_customers
from sync.engine import OfflineError, SyncEngine, SyncReport
from sync.engine.transport import Transport
from sync.protocol import SnapshotPage, SnapshotRequest
from tests.sync.conftest import Api
from tests.sync.engine_kit import Workstation, seed_customers, workstation


@pytest.fixture
def stations() -> Iterator[dict[str, Workstation]]:
    """Workstations opened by a test (`open_station`), closed after it."""
    made: dict[str, Workstation] = {}
    yield made
    for station in made.values():
        station.close()


def open_station(
    stations: dict[str, Workstation], api: Api, tmp_path: Path, name: str, user: str, **opts: Any
) -> Workstation:
    stations[name] = workstation(api, tmp_path / name, user, **opts)
    return stations[name]


def edit(station: Workstation, number: str, **values: Any) -> None:
    with station.cache.session() as session:
        customer = session.scalars(select(Customer).where(Customer.customer_number == number)).one()
        update_row(session, "customer", customer.id, values)


def test_initial_sync_brings_the_branch_and_search_works(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 30)
    seed_customers(api, "SH01", 20)
    teller = open_station(stations, api, tmp_path, "a", "teller@BJ01", snapshot_page=7)

    report = teller.engine.sync()

    assert report.snapshot_rows > 0
    with teller.cache.session() as session:
        numbers = set(session.scalars(select(Customer.customer_number)))
        hits = search_customers(session, "CBJ0100012")
    assert len(numbers) == 30 and all(n.startswith("CBJ01") for n in numbers)
    assert [h.customer_number for h in hits][:1] == ["CBJ0100012"]
    status = teller.engine.status()
    assert status.online and status.pending == 0 and status.last_sync is not None


def test_an_offline_edit_reaches_another_workstation_once(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 3)
    a = open_station(stations, api, tmp_path, "a", "teller@BJ01")
    b = open_station(stations, api, tmp_path, "b", "relationship_manager@BJ01")
    a.engine.sync()
    b.engine.sync()

    edit(a, "CBJ0100001", name_latin="Zhang Wei Jr")
    assert a.engine.status().pending == 1
    a.engine.sync()
    a.engine.sync()  # nothing left to send twice
    b.engine.sync()

    assert a.engine.status().pending == 0
    assert b.customer("CBJ0100001").name_latin == "Zhang Wei Jr"
    with b.cache.session() as session:
        found = search_customers(session, "Zhang Wei Jr")
    assert any(h.customer_number == "CBJ0100001" for h in found)


def test_concurrent_edits_of_other_fields_merge(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 1)
    a = open_station(stations, api, tmp_path, "a", "teller@BJ01")
    b = open_station(stations, api, tmp_path, "b", "teller@BJ01")
    a.engine.sync()
    b.engine.sync()

    edit(a, "CBJ0100000", name_latin="Zhang W.")
    edit(b, "CBJ0100000", preferred_language="en")
    a.engine.sync()
    b.engine.sync()
    a.engine.sync()

    for station in (a, b):
        customer = station.customer("CBJ0100000")
        assert (customer.name_latin, customer.preferred_language) == ("Zhang W.", "en")
        assert station.engine.status().conflicts == 0


def test_same_field_conflict_is_kept_with_both_values_until_resolved(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 1)
    a = open_station(stations, api, tmp_path, "a", "teller@BJ01")
    b = open_station(stations, api, tmp_path, "b", "teller@BJ01")
    a.engine.sync()
    b.engine.sync()

    edit(a, "CBJ0100000", name_latin="From A", preferred_language="en")
    edit(b, "CBJ0100000", name_latin="From B")
    a.engine.sync()
    report = b.engine.sync()

    assert report.conflicts == 1
    with b.cache.session() as session:
        [issue] = list_issues(session)
    [field] = issue.fields
    assert (field.name, field.mine, field.theirs, field.base) == (
        "name_latin",
        "From B",
        "From A",
        "Zhang Wei",
    )
    assert b.customer("CBJ0100000").name_latin == "From A"  # the replica shows the server
    assert b.engine.status().conflicts == 1

    with b.cache.session() as session:
        resolve(session, issue.entry_id, Choice.MINE)
    b.engine.sync()
    a.engine.sync()

    for station in (a, b):
        customer = station.customer("CBJ0100000")
        assert (customer.name_latin, customer.preferred_language) == ("From B", "en")
    assert b.engine.status().conflicts == 0


def test_a_pull_never_overwrites_a_pending_edit(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 1)
    a = open_station(stations, api, tmp_path, "a", "teller@BJ01")
    b = open_station(stations, api, tmp_path, "b", "teller@BJ01")
    a.engine.sync()
    b.engine.sync()

    edit(a, "CBJ0100000", name_latin="Pending in A")
    edit(b, "CBJ0100000", name_latin="B first", preferred_language="en")
    b.engine.sync()
    a.engine._pull(SyncReport())  # download only, as between two uploads

    customer = a.customer("CBJ0100000")
    assert (customer.name_latin, customer.preferred_language) == ("Pending in A", "en")
    with a.cache.session() as session:
        assert pending_count(session) == 1


def test_a_rejected_edit_is_listed_and_the_row_goes_back(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 1)
    auditor = open_station(stations, api, tmp_path, "a", "auditor@BJ01")
    auditor.engine.sync()

    edit(auditor, "CBJ0100000", name_latin="Not allowed")
    report = auditor.engine.sync()

    assert report.rejected == 1
    assert auditor.customer("CBJ0100000").name_latin == "Zhang Wei"
    with auditor.cache.session() as session:
        [issue] = list_issues(session)
    assert issue.kind == "rejected" and "auditor" in issue.reason


class FailingAfter(Transport):
    """A transport whose snapshot answers are lost after `pages` arrived."""

    def __init__(self, inner: Transport, pages: int) -> None:
        super().__init__(inner.base_url, token=inner.token, client=inner.http)
        self.left = pages
        self.calls = 0

    def snapshot(self, request: SnapshotRequest) -> SnapshotPage:
        self.calls += 1
        page = super().snapshot(request)
        if self.left == 0:
            raise OfflineError("cable pulled before the page was stored")
        self.left -= 1
        return page


def test_an_interrupted_initial_sync_resumes_where_it_stopped(
    api: Api, stations: dict[str, Workstation], tmp_path: Path
) -> None:
    seed_customers(api, "BJ01", 40)
    full = open_station(stations, api, tmp_path, "full", "teller@BJ01")
    uncut = FailingAfter(full.transport, pages=10_000)
    SyncEngine(full.cache, uncut, snapshot_page=5).sync()

    station = open_station(stations, api, tmp_path, "cut", "teller@BJ01")
    cut = SyncEngine(station.cache, FailingAfter(station.transport, pages=6), snapshot_page=5)
    with pytest.raises(OfflineError):
        cut.sync()
    cut.close()
    again = FailingAfter(station.transport, pages=10_000)
    resumed = SyncEngine(station.cache, again, snapshot_page=5)
    resumed.sync()
    resumed.close()

    assert 6 + again.calls <= uncut.calls + 1
    with station.cache.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 40
    assert index_names(station) == index_names(full)  # the bulk load's dropped ones are back
    assert "ix_contact_point_customer_id" in index_names(station)


def index_names(station: Workstation) -> set[str]:
    with station.cache.engine.connect() as conn:
        return set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
        )
