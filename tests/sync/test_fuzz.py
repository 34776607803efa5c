"""Schemathesis fuzzes every endpoint of the OpenAPI schema: none may answer 5xx (SQLite);
the channel endpoints once more with a channel service account's token."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings

from sync.protocol import PROTOCOL_HEADER
from sync.server.app import create_app
from sync.server.service_accounts import add_service
from tests.sync.conftest import Api, Seeded, make_settings, seed_org
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


def _assert_no_server_error(client: TestClient, case: Any, headers: dict[str, str]) -> None:
    """Sends the generated request with `headers`: whatever it holds, never a 5xx."""
    kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=headers)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # per-request cookies and data
        response = client.request(**kwargs)
    assert response.status_code < 500, (case.method, case.path, case.body, response.text)


def _signed_in(fuzz_server: tuple[TestClient, dict[str, str]], username: str) -> dict[str, str]:
    """The headers of `username` signed in to the fuzzed server."""
    client, _ = fuzz_server
    db = client.app.state.guitai.db  # type: ignore[attr-defined]
    return Api(client, Seeded(), db).login(username)


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
    _assert_no_server_error(client, case, auth)


CHANNEL_SCHEMA = SCHEMA.include(path_regex=r"^/v1/channel/")
"""The channel endpoints, fuzzed again with a service account's token (above, the staff
token's requests are refused before their bodies are looked at)."""


@pytest.fixture(scope="module")
def service_auth(fuzz_server: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    client, staff = fuzz_server
    db = client.app.state.guitai.db  # type: ignore[attr-defined]
    with db.writer() as session, session.begin():
        _, token = add_service(session, "fuzzed-channel", "mobile", datetime.now(UTC))
    return {PROTOCOL_HEADER: staff[PROTOCOL_HEADER], "Authorization": f"Bearer {token}"}


KNOWN = ("C00000", "c10001")
"""Customers of the fuzzed bank (`build_world`), the second in the wrong letter case."""


def _steer(case: Any) -> None:
    """Every other generated item (and summary) made to name a known customer, now: the
    fuzzer's texts then reach the database instead of stopping at "no such customer"."""
    number = (case.path_parameters or {}).get("customer_number")
    if isinstance(number, str) and len(number) % 2 == 0:
        case.path_parameters["customer_number"] = KNOWN[len(number) % 4 // 2]
    items = case.body.get("items") if isinstance(case.body, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict) and "customer_number" in item and index % 2 == 0:
            item["customer_number"] = KNOWN[index % 4 // 2]
            item["occurred_at"] = datetime.now(UTC).isoformat()


@CHANNEL_SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES * 3,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_for_a_channel(
    case: Any, fuzz_server: tuple[TestClient, dict[str, str]], service_auth: dict[str, str]
) -> None:
    client, _ = fuzz_server
    _steer(case)
    _assert_no_server_error(client, case, service_auth)


DUPLICATES_SCHEMA = SCHEMA.include(path="/v1/duplicates")
"""The duplicate check, fuzzed again with a teller's token (head office may not take on
customers: its requests are refused before the check looks at the database)."""


@pytest.fixture(scope="module")
def teller_auth(fuzz_server: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    return _signed_in(fuzz_server, "teller@BJ01")


@DUPLICATES_SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_for_a_tellers_duplicate_check(
    case: Any, fuzz_server: tuple[TestClient, dict[str, str]], teller_auth: dict[str, str]
) -> None:
    client, _ = fuzz_server
    _assert_no_server_error(client, case, teller_auth)


CALLERS_SCHEMA = SCHEMA.include(path="/v1/callers")
"""The caller lookup, fuzzed again with a call-centre agent's token (head office may not
look callers up: its requests are refused before the lookup reads the database)."""


@pytest.fixture(scope="module")
def agent_auth(fuzz_server: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    return _signed_in(fuzz_server, "call_centre_agent@BJ01")


@CALLERS_SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_for_an_agents_caller_lookup(
    case: Any, fuzz_server: tuple[TestClient, dict[str, str]], agent_auth: dict[str, str]
) -> None:
    client, _ = fuzz_server
    _assert_no_server_error(client, case, agent_auth)


MY_HOURS_SCHEMA = SCHEMA.include(path="/v1/my-hours")
"""An RM's own working hours, fuzzed again with an RM's token (head office has no hours: its
requests are refused before the hours are read)."""


@pytest.fixture(scope="module")
def rm_auth(fuzz_server: tuple[TestClient, dict[str, str]]) -> dict[str, str]:
    return _signed_in(fuzz_server, "relationship_manager@BJ01")


@MY_HOURS_SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors_for_an_rms_own_hours(
    case: Any, fuzz_server: tuple[TestClient, dict[str, str]], rm_auth: dict[str, str]
) -> None:
    client, _ = fuzz_server
    _assert_no_server_error(client, case, rm_auth)


def test_huge_pull_cursor_is_a_client_error(
    fuzz_server: tuple[TestClient, dict[str, str]],
) -> None:
    client, auth = fuzz_server
    response = client.post("/v1/pull", headers=auth, json={"cursor": 2**64})
    assert response.status_code == 400, response.text
    assert "cursor" in response.json()["error"]
