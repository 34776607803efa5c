"""Server fixtures: every server test runs on SQLite, and on PostgreSQL when it is reachable."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from fastapi.testclient import TestClient
from sqlalchemy import text

from client.schema.enums import Role
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import migrations
from sync.server.app import create_app
from sync.server.db import Database, make_engine
from sync.server.settings import ServerSettings
from sync.server.users import add_branch, add_user

PG_HOST = "127.0.0.1:5432"
PG_ADMIN = f"postgresql://postgres@{PG_HOST}/test"
HASHER = PasswordHasher.from_parameters(CHEAPEST)
PASSWORD = "s3cret-pass"
ROLES = list(Role)


def _pg_reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {PG_HOST}: {str(exc).strip().splitlines()[0]}"


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A fresh PostgreSQL database at the schema head for this test session, dropped after."""
    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    name = f"guitai_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@{PG_HOST}/{name}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    engine.dispose()
    yield url
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.db"
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine)
    engine.dispose()
    return path


def _empty_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        tables = conn.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename NOT IN ('server_schema_version', 'server_feed_counter')"
            )
        ).scalars()
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))
        conn.execute(text("UPDATE server_feed_counter SET value = 0"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty server database at the schema head."""
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_template")
    _empty_postgres(url)
    return url


@dataclass
class Seeded:
    branches: dict[str, uuid.UUID] = field(default_factory=dict)
    users: dict[str, uuid.UUID] = field(default_factory=dict)


def seed_org(db: Database) -> Seeded:
    """Branches BJ01 and SH01 and one user of each role in each (e.g. `teller@BJ01`)."""
    seeded = Seeded()
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        for code, city in (("BJ01", "Beijing"), ("SH01", "Shanghai")):
            seeded.branches[code] = add_branch(session, code, f"{city} main", city, now).id
            for role in ROLES:
                name = f"{role.value}@{code}"
                user = add_user(
                    session,
                    HASHER,
                    username=name,
                    role=role,
                    branch_code=code,
                    password=PASSWORD,
                    now=now,
                )
                seeded.users[name] = user.id
    return seeded


class Api:
    """A test client speaking the current protocol, with a login helper."""

    def __init__(self, client: TestClient, seeded: Seeded, db: Database) -> None:
        self.client = client
        self.seeded = seeded
        self.db = db
        self.headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}

    def login(self, username: str, device: uuid.UUID | None = None) -> dict[str, str]:
        response = self.client.post(
            "/v1/login",
            headers=self.headers,
            json={
                "username": username,
                "password": PASSWORD,
                "device_id": str(device or uuid.uuid4()),
                "device_name": "counter 3",
            },
        )
        assert response.status_code == 200, response.text
        return {**self.headers, "Authorization": f"Bearer {response.json()['token']}"}

    def push(self, auth: dict[str, str], *entries: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.client.post("/v1/push", headers=auth, json={"entries": list(entries)})
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull_all(self, auth: dict[str, str], cursor: int = 0, limit: int = 1000) -> Any:
        changes: list[dict[str, Any]] = []
        while True:
            response = self.client.post(
                "/v1/pull", headers=auth, json={"cursor": cursor, "limit": limit}
            )
            assert response.status_code == 200, response.text
            page = response.json()
            changes += page["changes"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return changes, cursor


def make_settings(**overrides: Any) -> ServerSettings:
    return ServerSettings(hasher=HASHER, **overrides)


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    app = create_app(database_url, make_settings())
    db: Database = app.state.guitai.db
    seeded = seed_org(db)
    with TestClient(app) as client:
        yield Api(client, seeded, db)


def entry(
    table: str,
    row_id: uuid.UUID,
    op: str = "insert",
    base: int | None = None,
    **changed: Any,
) -> dict[str, Any]:
    return {
        "entry_id": str(uuid.uuid4()),
        "table": table,
        "row_id": str(row_id),
        "op": op,
        "base_version": base,
        "changed": changed,
    }


def customer_fields(branch_id: uuid.UUID, number: str, **extra: Any) -> dict[str, Any]:
    return {
        "customer_number": number,
        "kind": "individual",
        "legal_name": "张伟",
        "name_latin": "Zhang Wei",
        "home_branch_id": str(branch_id),
        **extra,
    }


def iso(moment: datetime) -> str:
    return moment.isoformat()


TOMORROW_9 = (datetime.now(UTC) + timedelta(days=1)).replace(
    hour=9, minute=0, second=0, microsecond=0
)
