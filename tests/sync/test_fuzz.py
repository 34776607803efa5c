"""Schemathesis fuzzes every endpoint of the OpenAPI schema: none may answer 5xx (SQLite)."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings

from sync.server.app import create_app
from tests.sync.conftest import Api, make_settings, seed_org
from tests.sync.world_kit import build_world

EXAMPLES = 40
"""Per endpoint; the whole module stays well under a minute."""


@pytest.fixture(scope="module")
def fuzz_server(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A server with a small bank in it, and the headers of a logged-in head-office user."""
    path = tmp_path_factory.mktemp("fuzz") / "server.db"
    shutil.copy(sqlite_template, path)
    app = create_app(f"sqlite:///{path}", make_settings(max_wait_seconds=0.05))
    with TestClient(app) as client:
        api = Api(client, seed_org(app.state.guitai.db), app.state.guitai.db)
        build_world(api)
        yield client, api.login("head_office@BJ01")


SCHEMA = (
    schemathesis.openapi.from_dict(
        create_app("sqlite:////nonexistent/fuzz-schema-only.db").openapi()
    )
    .exclude(path="/v1/logout")
    .exclude(path="/v1/refresh")
)
"""The server's own OpenAPI schema, less logout and refresh (each ends the fuzzing session's
token)."""


@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case: Any, fuzz_server: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = fuzz_server
    kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=auth)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # per-request cookies and data
        response = client.request(**kwargs)
    assert response.status_code < 500, (case.method, case.path, case.body, response.text)


def test_huge_pull_cursor_is_a_client_error(
    fuzz_server: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = fuzz_server
    response = client.post("/v1/pull", headers=auth, json={"cursor": 2**64})
    assert response.status_code == 400, response.text
    assert "cursor" in response.json()["error"]
