"""The server's logs are JSON lines, and no customer data reaches them."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.server.app import create_app
from sync.server.logs import AccessLog, JsonFormatter, configure_server_logging
from tests.sync.conftest import Api, customer_fields, entry, make_settings, seed_org

SECRET_NAME = "欧阳娜娜"
SECRET_PHONE = "13912345678"


@pytest.fixture
def logged(database_url: str) -> Iterator[tuple[Api, io.StringIO]]:
    """An API wrapped in the access log, its log lines going to a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the test client's own log
    app = create_app(database_url, make_settings())
    seeded = seed_org(app.state.guitai.db)
    try:
        with TestClient(AccessLog(app)) as client:
            yield Api(client, seeded, app.state.guitai.db), buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def lines(buffer: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def test_requests_are_logged_by_route_and_ids_without_customer_data(
    logged: tuple[Api, io.StringIO],
) -> None:
    api, buffer = logged
    auth = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    fields = customer_fields(branch, "C900001", legal_name=SECRET_NAME)
    api.push(auth, entry("customer", uuid.uuid4(), **fields))
    found = api.client.post("/v1/search", headers=auth, json={"query": SECRET_NAME})
    assert found.status_code == 200
    api.client.get(f"/v1/changes/wait?cursor=0&timeout=0&q={SECRET_PHONE}", headers=auth)

    text = buffer.getvalue()
    assert SECRET_NAME not in text and SECRET_PHONE not in text and "C900001" not in text
    requests = [line for line in lines(buffer) if line["event"] == "request"]
    routes = {(r["method"], r["route"], r["status"]) for r in requests}
    assert ("POST", "/v1/login", 200) in routes
    assert ("POST", "/v1/push", 200) in routes
    assert ("POST", "/v1/search", 200) in routes
    assert any(route == "/v1/changes/wait" for _, route, _ in routes)
    search = next(r for r in requests if r["route"] == "/v1/search")
    assert search["user_id"] == str(api.seeded.users["teller@BJ01"])
    assert search["device_id"] and search["ms"] >= 0
    assert "teller@BJ01" not in json.dumps(search)  # ids, not names


def test_an_error_is_one_json_line_with_its_type(capsys: pytest.CaptureFixture[str]) -> None:
    configure_server_logging()
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("guitai.server").exception("push failed")
    (line,) = [json.loads(x) for x in capsys.readouterr().err.splitlines() if x.startswith("{")]
    assert line["level"] == "error" and line["event"] == "push failed"
    assert line["error"] == "ValueError" and "boom" in line["traceback"]
    logging.getLogger().handlers.clear()
