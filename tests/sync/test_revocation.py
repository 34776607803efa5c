"""A revocation takes effect at the next request, in every server process: `device revoke`
and `user disable` run in another process (here: another engine on the same database) while
two server apps hold the token in their caches. SQLite and PostgreSQL."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from client.reasons import Reason
from client.schema.enums import Role
from sync.protocol import APP_VERSION_HEADER
from sync.server import auth
from sync.server.app import create_app
from sync.server.contact import ContactLog, list_devices
from sync.server.db import Database
from tests.sync.conftest import Api, make_settings, seed_org


@dataclass
class TwoServers:
    first: Api
    second: TestClient
    admin: Database
    """What `guitai-server` opens: a database connection of its own."""


@pytest.fixture
def servers(database_url: str) -> Iterator[TwoServers]:
    one = create_app(database_url, make_settings(token_recheck=timedelta(hours=1)))
    two = create_app(database_url, make_settings(token_recheck=timedelta(hours=1)))
    seeded = seed_org(one.state.guitai.db)
    admin = Database(database_url)
    with TestClient(one) as a, TestClient(two) as b:
        yield TwoServers(Api(a, seeded, one.state.guitai.db), b, admin)
    admin.dispose()


def status_and_code(client: TestClient, headers: dict[str, str]) -> tuple[int, str | None]:
    response = client.post("/v1/pull", headers=headers, json={"cursor": 0, "limit": 10})
    code = response.json().get("code") if response.status_code != 200 else None
    return response.status_code, code


def test_a_revoked_device_is_refused_at_its_next_request_by_every_process(
    servers: TwoServers,
) -> None:
    device = uuid.uuid4()
    headers = servers.first.login("teller@BJ01", device)
    assert status_and_code(servers.first.client, headers) == (200, None)  # now cached in both
    assert status_and_code(servers.second, headers) == (200, None)
    with servers.admin.writer() as session, session.begin():
        assert auth.revoke_device(session, device, datetime.now(UTC))
    assert status_and_code(servers.first.client, headers) == (401, Reason.DEVICE_REVOKED)
    assert status_and_code(servers.second, headers) == (401, Reason.DEVICE_REVOKED)


def test_a_cached_token_costs_no_database_statement_until_a_revocation(
    servers: TwoServers,
) -> None:
    device = uuid.uuid4()
    headers = servers.first.login("teller@BJ01", device)
    client, engine = servers.first.client, servers.first.db.engine
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    latest = client.get("/v1/changes/wait?timeout=0", headers=headers).json()["latest"]
    for _ in range(100):  # until the sign-in's own change (its device row) has been heard of
        statements.clear()
        wait = f"/v1/changes/wait?timeout=0&cursor={latest}"
        answer = client.get(wait, headers=headers)
        assert answer.status_code == 200
        if not statements:
            break
        latest = answer.json()["latest"]
        time.sleep(0.02)  # PostgreSQL: the notification of that change is on its way
    assert statements == []  # the token came from the cache, the revocation signal is unchanged
    with servers.admin.writer() as session, session.begin():
        assert auth.revoke_device(session, device, datetime.now(UTC))
    refused = client.get(wait, headers=headers)
    assert refused.status_code == 401 and refused.json()["code"] == Reason.DEVICE_REVOKED
    assert statements  # checked in full against the database


def test_a_disabled_user_is_refused_at_the_next_request_and_may_not_sign_in(
    servers: TwoServers,
) -> None:
    headers = servers.first.login("relationship_manager@SH01")
    other = servers.first.login("teller@SH01")
    assert status_and_code(servers.second, headers) == (200, None)
    with servers.admin.writer() as session, session.begin():
        assert (
            auth.disable_user(session, "relationship_manager@SH01", datetime.now(UTC)) is not None
        )
        assert auth.disable_user(session, "nobody", datetime.now(UTC)) is None
    assert status_and_code(servers.second, headers) == (401, Reason.ACCOUNT_DISABLED)
    assert status_and_code(servers.first.client, headers) == (401, Reason.ACCOUNT_DISABLED)
    assert status_and_code(servers.second, other) == (200, None)  # the others go on
    response = servers.first.client.post(
        "/v1/login",
        headers=servers.first.headers,
        json={
            "username": "relationship_manager@SH01",
            "password": "s3cret-pass",
            "device_id": str(uuid.uuid4()),
            "device_name": "x",
        },
    )
    assert response.status_code == 401 and response.json()["code"] == Reason.ACCOUNT_DISABLED


def test_each_request_records_the_devices_contact_and_app_version(servers: TwoServers) -> None:
    device = uuid.uuid4()
    headers = servers.first.login("teller@BJ01", device)
    response = servers.first.client.post(
        "/v1/pull",
        headers={**headers, APP_VERSION_HEADER: "9.8.7"},
        json={"cursor": 0, "limit": 10},
    )
    assert response.status_code == 200
    with servers.admin.reader() as session:
        rows = {d.id: d for d in list_devices(session)}
        mine = rows[device]
        assert (mine.user, mine.app_version, mine.name) == ("teller@BJ01", "9.8.7", "counter 3")
        assert mine.last_contact is not None and mine.revoked_at is None
        assert [d.id for d in list_devices(session, "teller@BJ01")] == [device]
        assert list_devices(session, "nobody") == []


def test_a_devices_contact_is_written_at_most_once_a_minute(servers: TwoServers) -> None:
    device = uuid.uuid4()
    servers.first.login("teller@BJ01", device)
    user_id = servers.first.seeded.users["teller@BJ01"]
    branch_id = servers.first.seeded.branches["BJ01"]
    actor = auth.Actor(user_id, "teller@BJ01", Role.TELLER, branch_id, device)
    log = ContactLog()
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def last() -> datetime | None:
        with servers.admin.reader() as session:
            return {d.id: d for d in list_devices(session)}[device].last_contact

    log.seen(servers.admin, actor, "1.0", start)
    log.seen(servers.admin, actor, "1.0", start + timedelta(seconds=30))
    assert last() == start
    log.seen(servers.admin, actor, "1.1", start + timedelta(seconds=40))  # a new version
    assert last() == start + timedelta(seconds=40)
    log.seen(servers.admin, actor, "1.1", start + timedelta(seconds=101))
    assert last() == start + timedelta(seconds=101)
