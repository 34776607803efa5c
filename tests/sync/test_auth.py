"""Login, tokens that expire or are revoked, the protocol version, error answers."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient

from sync.protocol import PROTOCOL_HEADER
from sync.server.app import create_app
from sync.server.cli import main
from tests.sync.conftest import PASSWORD, Api, make_settings, seed_org


def _login_body(
    username: str, password: str = PASSWORD, device: str | None = None
) -> dict[str, str]:
    return {
        "username": username,
        "password": password,
        "device_id": device or str(uuid.uuid4()),
        "device_name": "counter 1",
    }


def test_login_returns_a_token_and_the_user(api: Api) -> None:
    response = api.client.post("/v1/login", headers=api.headers, json=_login_body("teller@BJ01"))
    assert response.status_code == 200
    body = response.json()
    assert body["user"]["role"] == "teller" and body["user"]["branch_code"] == "BJ01"
    assert body["offline_grace_days"] == 7 and len(body["token"]) >= 40
    me = {**api.headers, "Authorization": f"Bearer {body['token']}"}
    assert api.client.post("/v1/pull", headers=me, json={}).status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_401(api: Api) -> None:
    for body in (_login_body("teller@BJ01", "nope"), _login_body("nobody")):
        response = api.client.post("/v1/login", headers=api.headers, json=body)
        assert response.status_code == 401
        assert response.json() == {"error": "wrong username or password", "code": "wrong_password"}


def test_requests_without_a_valid_token_get_401(api: Api) -> None:
    response = api.client.post("/v1/pull", headers=api.headers, json={})
    assert response.status_code == 401 and "missing bearer token" in response.json()["error"]
    bad = {**api.headers, "Authorization": "Bearer forged"}
    response = api.client.post("/v1/pull", headers=bad, json={})
    assert response.status_code == 401 and "unknown token" in response.json()["error"]


def test_an_expired_token_is_refused(database_url: str) -> None:
    app = create_app(database_url, make_settings(token_ttl=timedelta(0)))
    seeded = seed_org(app.state.guitai.db)
    with TestClient(app) as client:
        api = Api(client, seeded, app.state.guitai.db)
        auth = api.login("teller@BJ01")
        response = client.post("/v1/pull", headers=auth, json={})
    assert response.status_code == 401 and "expired" in response.json()["error"]


def test_logout_and_device_revoke_end_sessions(api: Api) -> None:
    auth = api.login("teller@BJ01")
    assert api.client.post("/v1/logout", headers=auth).status_code == 200
    response = api.client.post("/v1/pull", headers=auth, json={})
    assert response.status_code == 401 and "ended" in response.json()["error"]
    device = uuid.uuid4()
    auth = api.login("teller@BJ01", device)
    url = api.db.engine.url.render_as_string(hide_password=False)
    assert main(["device", "revoke", str(device), "--database", url]) == 0
    response = api.client.post("/v1/pull", headers=auth, json={})
    assert response.status_code == 401 and "revoked" in response.json()["error"]
    again = api.client.post(
        "/v1/login", headers=api.headers, json=_login_body("teller@BJ01", device=str(device))
    )
    assert again.status_code == 401 and "revoked" in again.json()["error"]


def test_an_old_protocol_gets_426_asking_for_an_upgrade(api: Api) -> None:
    response = api.client.post(
        "/v1/login", headers={PROTOCOL_HEADER: "0"}, json=_login_body("teller@BJ01")
    )
    assert response.status_code == 426
    assert "please upgrade Guitai to version 0.1.0" in response.json()["error"]
    assert response.json()["minimum_version"] == 1
    assert api.client.post("/v1/login", json=_login_body("x")).status_code == 400
    newer = api.client.post("/v1/login", headers={PROTOCOL_HEADER: "99"}, json=_login_body("x"))
    assert newer.status_code == 400 and "upgrade the server" in newer.json()["error"]


def test_bad_requests_get_a_4xx_json_naming_the_problem(api: Api) -> None:
    auth = api.login("teller@BJ01")
    cases = [
        ("/v1/login", {"username": "x"}, "password"),
        ("/v1/pull", {"cursor": -1}, "cursor"),
        ("/v1/pull", {"limit": 100_000}, "limit"),
        ("/v1/push", {"entries": [{"entry_id": "nope"}]}, "entry_id"),
        ("/v1/push", [1, 2], "body: Input should be a valid dictionary"),
    ]
    for path, body, word in cases:
        response = api.client.post(path, headers=auth, json=body)
        assert response.status_code == 422, (path, response.text)
        assert word in response.json()["error"], response.json()
    response = api.client.post(
        "/v1/push", headers={**auth, "content-type": "application/json"}, content=b"{"
    )
    assert response.status_code == 422


def test_health_and_ready(api: Api) -> None:
    assert api.client.get("/health").json() == {"status": "alive"}
    ready = api.client.get("/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_values_the_database_would_choke_on_are_4xx_or_rejected(api: Api) -> None:
    nul = api.client.post("/v1/login", headers=api.headers, json=_login_body("tel\x00ler@BJ01"))
    assert nul.status_code == 422
    auth = api.login("branch_manager@BJ01")
    customer = uuid.uuid4()
    fields = {
        "customer_number": "N1",
        "kind": "individual",
        "legal_name": "x",
        "home_branch_id": str(api.seeded.branches["BJ01"]),
    }
    block = {
        "user_id": str(api.seeded.users["relationship_manager@BJ01"]),
        "kind": "available",
        "starts_at": "2030-01-07T09:00:00+00:00",
        "ends_at": "2030-01-07T12:00:00+00:00",
        "slot_minutes": 2**40,
    }
    task = {
        "customer_id": str(customer),
        "assigned_to_id": str(uuid.uuid4()),
        "title": "call back",
        "due_on": "2030-01-01",
    }
    results = api.push(
        auth,
        {"entry_id": str(uuid.uuid4()), "table": "customer", "row_id": str(customer),
         "op": "insert", "changed": fields},
        {"entry_id": str(uuid.uuid4()), "table": "calendar_block", "row_id": str(uuid.uuid4()),
         "op": "insert", "changed": block},
        {"entry_id": str(uuid.uuid4()), "table": "task", "row_id": str(uuid.uuid4()),
         "op": "insert", "changed": task},
        {"entry_id": str(uuid.uuid4()), "table": "customer", "row_id": str(customer),
         "op": "update", "base_version": 1, "changed": {"legal_name": "a\x00b"}},
        {"entry_id": str(uuid.uuid4()), "table": "offer", "row_id": str(uuid.uuid4()),
         "op": "insert", "changed": {"customer_id": str(customer), "status": "suggested"}},
    )  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] + ["rejected"] * 4
    assert "out of range" in results[1]["reason"]
    assert "constraint" in results[2]["reason"]  # nobody is assigned_to_id
    assert "NUL" in results[3]["reason"]
    assert "made by the server only" in results[4]["reason"]
    scope = {"cursor": 0, "scope": {"branch_codes": ["\x00"]}}
    assert api.client.post("/v1/pull", headers=auth, json=scope).status_code == 422
