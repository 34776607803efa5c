"""Sign-in hardening on the server: lockout after wrong passwords, token rotation under an
absolute session cap, 413 for oversized bodies, refused characters in pushed entries."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.protocol import CODES_HEADER
from sync.server.app import create_app
from tests.sync.conftest import PASSWORD, Api, customer_fields, entry, make_settings, seed_org

START = datetime.now(UTC).replace(second=0, microsecond=0)
"""Now: the workstation stamps its edits with its own clock, which the server checks."""


class Clock:
    """The server's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(database_url: str, clock: Clock) -> Iterator[Api]:
    """A server on the test's clock, with a small body limit."""
    settings = make_settings(
        clock=clock,
        token_ttl=timedelta(hours=1),
        session_cap=timedelta(hours=3),
        max_body_bytes=200_000,
    )
    app = create_app(database_url, settings)
    seeded = seed_org(app.state.guitai.db)
    with TestClient(app) as client:
        yield Api(client, seeded, app.state.guitai.db)


def _login(api: Api, username: str, password: str) -> Any:
    return api.client.post(
        "/v1/login",
        headers=api.headers,
        json={
            "username": username,
            "password": password,
            "device_id": str(uuid.uuid4()),
            "device_name": "counter 1",
        },
    )


# --- lockout -------------------------------------------------------------------------------


def test_six_wrong_passwords_then_the_right_one_is_refused_as_locked_until_a_time(
    timed: Api, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="sync.server.lockout")
    answers = [_login(timed, "teller@BJ01", f"guess {n}") for n in range(6)]
    assert [a.status_code for a in answers[:4]] == [401] * 4
    assert answers[4].status_code == 429 and answers[5].status_code == 429
    right = _login(timed, "teller@BJ01", PASSWORD)
    assert right.status_code == 429
    body = right.json()
    assert body["code"] == "account_locked"
    until = datetime.fromisoformat(body["detail"][0]["locked_until"])
    assert until == START + timedelta(minutes=15)
    assert f"locked until {START + timedelta(minutes=15):%H:%M}" in body["error"]
    assert right.headers["Retry-After"] == str(15 * 60)
    logged = caplog.text
    assert "teller@BJ01" in logged and "guess" not in logged and PASSWORD not in logged

    clock.now = START + timedelta(minutes=15, seconds=1)
    assert _login(timed, "teller@BJ01", PASSWORD).status_code == 200


def test_a_success_resets_the_count(timed: Api) -> None:
    for n in range(4):
        assert _login(timed, "teller@BJ01", f"guess {n}").status_code == 401
    assert _login(timed, "teller@BJ01", PASSWORD).status_code == 200
    for n in range(4):
        assert _login(timed, "teller@BJ01", f"again {n}").status_code == 401
    assert _login(timed, "teller@BJ01", PASSWORD).status_code == 200


def test_an_unknown_name_locks_like_a_real_one_and_others_are_not_locked(timed: Api) -> None:
    for n in range(5):
        _login(timed, "nobody", f"guess {n}")
    assert _login(timed, "nobody", "x").json()["code"] == "account_locked"
    assert _login(timed, "relationship_manager@BJ01", PASSWORD).status_code == 200


def test_a_lockout_through_the_client_names_the_time_it_ends(timed: Api) -> None:
    from client.credentials import SignedOutError
    from client.reasons import Reason
    from sync.engine.transport import Transport
    from sync.protocol import LoginRequest

    transport = Transport("http://testserver", client=timed.client)
    for n in range(6):
        _login(timed, "teller@SH01", f"guess {n}")
    with pytest.raises(SignedOutError) as refused:
        transport.login(
            LoginRequest(
                username="teller@SH01",
                password=PASSWORD,
                device_id=uuid.uuid4(),
                device_name="counter",
            )
        )
    local = (START + timedelta(minutes=15)).astimezone()
    assert refused.value.code is Reason.ACCOUNT_LOCKED
    assert f"locked until {local:%H:%M}" in str(refused.value)


# --- token rotation ------------------------------------------------------------------------


def _refresh(api: Api, token: str) -> Any:
    return api.client.post(
        "/v1/refresh", headers={**api.headers, "Authorization": f"Bearer {token}"}
    )


def _pull(api: Api, token: str) -> int:
    response = api.client.post(
        "/v1/pull", headers={**api.headers, "Authorization": f"Bearer {token}"}, json={}
    )
    return response.status_code


def test_a_refresh_rotates_the_token_up_to_the_session_cap(timed: Api, clock: Clock) -> None:
    first = _login(timed, "teller@BJ01", PASSWORD).json()
    assert datetime.fromisoformat(first["expires_at"]) == START + timedelta(hours=1)
    token = first["token"]
    for hour in (0.5, 1.25, 2.0):
        clock.now = START + timedelta(hours=hour)
        answer = _refresh(timed, token)
        assert answer.status_code == 200, answer.text
        fresh = answer.json()
        assert _pull(timed, token) == 401  # the old token ended with the refresh
        token = fresh["token"]
        assert _pull(timed, token) == 200
        assert datetime.fromisoformat(fresh["session_ends_at"]) == START + timedelta(hours=3)
    # the last refresh (at 2:00) gave a token until the cap (3:00), not for a whole hour more
    assert datetime.fromisoformat(fresh["expires_at"]) == START + timedelta(hours=3)
    clock.now = START + timedelta(hours=2, minutes=59)
    assert _pull(timed, token) == 200
    clock.now = START + timedelta(hours=3)
    assert _pull(timed, token) == 401
    refused = _refresh(timed, token)
    assert refused.status_code == 401 and refused.json()["code"] == "signed_out"


def test_an_expired_token_cannot_be_refreshed(timed: Api, clock: Clock) -> None:
    token = _login(timed, "teller@BJ01", PASSWORD).json()["token"]
    clock.now = START + timedelta(hours=1, seconds=1)
    assert _refresh(timed, token).status_code == 401


# --- request size --------------------------------------------------------------------------


def test_a_body_over_the_limit_gets_413_before_its_token_is_checked(timed: Api) -> None:
    big = b'{"entries": [' + b" " * 300_000 + b"]}"
    forged = {**timed.headers, "Authorization": "Bearer forged", "Content-Type": "application/json"}
    response = timed.client.post("/v1/push", headers=forged, content=big)
    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"


def test_a_streamed_body_without_a_length_is_cut_at_the_limit(timed: Api) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"entries": ['
        for _ in range(100):  # 1 MB in all, far past the limit
            sent += 10_000
            yield b" " * 10_000
        yield b"]}"

    auth = timed.login("teller@BJ01")
    response = timed.client.post(
        "/v1/push", headers={**auth, "Content-Type": "application/json"}, content=chunks()
    )
    assert response.status_code == 413 and response.json()["code"] == "body_too_large"


def test_a_push_under_the_limit_is_applied(timed: Api) -> None:
    auth = timed.login("teller@BJ01")
    fields = customer_fields(timed.seeded.branches["BJ01"], "C-SIZE-1")
    [result] = timed.push(auth, entry("customer", uuid.uuid4(), **fields))
    assert result["status"] == "applied"


# --- characters and lengths in pushed entries -----------------------------------------------


def _coded(auth: dict[str, str]) -> dict[str, str]:
    """The headers of a client that reads the reason codes of pushed entries."""
    return {**auth, CODES_HEADER: "1"}


def _raw_push(api: Api, auth: dict[str, str], body: str) -> Any:
    return api.client.post(
        "/v1/push",
        headers={**_coded(auth), "Content-Type": "application/json"},
        content=body.encode("ascii"),
    )


def test_a_lone_surrogate_refuses_its_entry_alone_and_the_batch_goes_on(api: Api) -> None:
    import json

    auth = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    bad = entry("customer", uuid.uuid4(), **customer_fields(branch, "C-BAD-1"))
    good = entry("customer", uuid.uuid4(), **customer_fields(branch, "C-GOOD-1"))
    text = json.dumps({"entries": [bad, good]}).replace('"Zhang Wei"', '"Zhang \\ud800Wei"', 1)
    assert "\\ud800" in text
    response = _raw_push(api, auth, text)
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["status"] == "rejected" and first["code"] == "bad_character"
    assert second["status"] == "applied"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Zhang\u202eWei", "bad_character"),  # right-to-left override
        ("Zhang\u2066Wei", "bad_character"),  # left-to-right isolate
        ("Zhang\u200bWei", "bad_character"),  # zero-width space
        ("Zhang\ufeffWei", "bad_character"),
        ("Z" * 201, "too_long"),  # name_latin is String(200)
    ],
)
def test_refused_names_on_push(api: Api, name: str, code: str) -> None:
    auth = api.login("teller@BJ01")
    fields = customer_fields(api.seeded.branches["BJ01"], "C-NAME-1", name_latin=name)
    [result] = api.push(_coded(auth), entry("customer", uuid.uuid4(), **fields))
    assert (result["status"], result["code"]) == ("rejected", code)


def test_notes_longer_than_their_limit_are_refused_on_push(api: Api) -> None:
    auth = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    customer = uuid.uuid4()
    api.push(auth, entry("customer", customer, **customer_fields(branch, "C-NOTE-1")))
    interaction = {
        "customer_id": str(customer),
        "kind": "visit",
        "channel": "counter",
        "occurred_at": datetime.now(UTC).isoformat(),
        "user_id": str(api.seeded.users["teller@BJ01"]),
        "branch_id": str(branch),
        "subject": "came by",
        "outcome": "",
    }
    too_long, fine = (
        entry("interaction", uuid.uuid4(), **interaction, notes="n" * 10_001),
        entry("interaction", uuid.uuid4(), **interaction, notes="n" * 10_000),
    )
    first, second = api.push(_coded(auth), too_long, fine)
    assert (first["status"], first["code"]) == ("rejected", "too_long")
    assert second["status"] == "applied", second


def test_a_name_is_stored_nfc_normalised(api: Api) -> None:
    from client.schema.models import Customer

    auth = api.login("teller@BJ01")
    decomposed = "Jose\u0301"  # e + combining acute
    fields = customer_fields(api.seeded.branches["BJ01"], "C-NFC-1", name_latin=decomposed)
    row = uuid.uuid4()
    [result] = api.push(auth, entry("customer", row, **fields))
    assert result["status"] == "applied"
    with api.db.reader() as session:
        stored = session.get_one(Customer, row).name_latin
    assert stored == "Jos\u00e9"


def test_the_workstation_rotates_its_token_and_keeps_the_new_one(timed: Api) -> None:
    from client.credentials import MemoryTokens
    from sync.engine.signin import rotate_token
    from sync.engine.transport import Transport

    old = timed.login("teller@BJ01")["Authorization"][len("Bearer ") :]
    tokens = MemoryTokens()
    transport = Transport("http://testserver", token=old, client=timed.client)
    answer = rotate_token(transport, tokens)
    assert answer is not None and tokens.token == answer.token == transport.token != old
    assert _pull(timed, answer.token) == 200 and _pull(timed, old) == 401
    transport.token = old  # a refused refresh changes nothing: the next contact tells
    assert rotate_token(transport, tokens) is None and tokens.token == answer.token


def test_an_upload_too_large_for_the_server_is_sent_in_smaller_batches(
    timed: Api, tmp_path: Path
) -> None:
    from client.outbox import insert_row
    from tests.sync.engine_kit import workstation

    station = workstation(timed, tmp_path / "counter", "teller@BJ01")
    try:
        station.engine.sync()
        branch = timed.seeded.branches["BJ01"]
        with station.cache.session() as session:
            for n in range(300):  # about 330 kB in one push: over the 200 kB limit
                fields = customer_fields(
                    branch, f"C-BIG-{n:03}", legal_name="张" * 200, name_latin="W" * 200
                )
                fields["home_branch_id"] = branch
                insert_row(session, "customer", fields)
        sent: list[int] = []
        push = station.transport.push

        def counting(request: Any) -> Any:
            sent.append(len(request.entries))
            return push(request)

        station.transport.push = counting  # type: ignore[method-assign]
        report = station.engine.sync()
        assert report.pushed == 300 and report.rejected == 0, report
        assert station.engine.status().pending == 0
        assert sent[0] >= 300 and max(sent[1:]) <= sent[0] // 2, sent  # refused whole, then halved
    finally:
        station.close()


def test_a_running_workstation_rotates_its_token_when_due(timed: Api, clock: Clock) -> None:
    from client.credentials import MemoryTokens
    from sync.engine.signin import TokenRotation
    from sync.engine.transport import Transport

    first = timed.login("teller@BJ01")["Authorization"][len("Bearer ") :]
    tokens = MemoryTokens()
    transport = Transport("http://testserver", token=first, client=timed.client)
    rotation = TokenRotation(lambda: tokens, every=timedelta(minutes=30), clock=clock)
    clock.now = START + timedelta(minutes=29)
    assert rotation.tick(transport) is None and transport.token == first
    clock.now = START + timedelta(minutes=31)
    assert rotation.tick(transport) is not None
    assert transport.token == tokens.token != first
    assert _pull(timed, transport.token or "") == 200
