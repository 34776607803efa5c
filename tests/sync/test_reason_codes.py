"""Refusals on the wire carry their reason code beside their words; older clients get none."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from client.credentials import SignedOutError
from client.reasons import Reason
from sync.engine.transport import NotFoundError, RefusedError, Transport
from sync.protocol import CODES_HEADER, EntryResult, OpenRequest, PushRequest
from tests.sync.conftest import TOMORROW_9, Api, customer_fields, entry, iso


def _push(api: Api, auth: dict[str, str], *entries: dict[str, Any]) -> list[dict[str, Any]]:
    return api.push({**auth, CODES_HEADER: "1"}, *entries)


def _customer(api: Api, auth: dict[str, str], number: str = "C0001") -> tuple[uuid.UUID, int]:
    row_id = uuid.uuid4()
    fields = customer_fields(api.seeded.branches["BJ01"], number)
    [result] = _push(api, auth, entry("customer", row_id, **fields))
    assert result["status"] == "applied" and result["code"] == ""
    return row_id, result["new_version"]


def test_each_refused_entry_carries_its_code(api: Api) -> None:
    teller = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    row_id, version = _customer(api, teller)
    interaction = entry(
        "interaction",
        uuid.uuid4(),
        customer_id=str(row_id),
        kind="call",
        channel="counter",
        occurred_at=datetime.now(UTC).isoformat(),
        subject="a call",
    )
    assert _push(api, teller, interaction)[0]["status"] == "applied"
    cases = {
        Reason.BAD_ROW: entry("customer", row_id, "update", version, colour=1),
        Reason.MISSING_FIELDS: entry(
            "customer",
            uuid.uuid4(),
            customer_number="C9",
            kind="individual",
            home_branch_id=str(branch),
        ),
        Reason.NOT_FOUND: entry("customer", uuid.uuid4(), "update", 1, name_latin="x"),
        Reason.STALE_BASE: entry("customer", row_id, "update", 99, name_latin="x"),
        Reason.CONSTRAINT: entry("customer", uuid.uuid4(), **customer_fields(branch, "C0001")),
        Reason.APPEND_ONLY: entry(
            "interaction", uuid.UUID(interaction["row_id"]), "update", 1, subject="x"
        ),
    }
    results = _push(api, teller, *cases.values())
    assert [(r["status"], r["code"]) for r in results] == [("rejected", c) for c in cases]
    auditor, elsewhere = api.login("auditor@BJ01"), api.login("teller@SH01")
    [forbidden] = _push(api, auditor, entry("customer", row_id, "update", version, name_latin="x"))
    assert (forbidden["status"], forbidden["code"]) == ("rejected", "forbidden")
    [outside] = _push(api, elsewhere, entry("customer", row_id, "update", version, name_latin="x"))
    assert (outside["status"], outside["code"]) == ("rejected", "outside_scope")


def test_a_conflict_and_a_taken_slot_carry_their_codes(api: Api) -> None:
    teller, manager = api.login("teller@BJ01"), api.login("branch_manager@BJ01")
    row_id, base = _customer(api, teller)
    _push(api, teller, entry("customer", row_id, "update", base, name_latin="Zhang W."))
    [late] = _push(api, manager, entry("customer", row_id, "update", base, name_latin="Z."))
    assert (late["status"], late["code"]) == ("conflict", "conflict")
    rm_auth = api.login("relationship_manager@BJ01")
    rm = api.seeded.users["relationship_manager@BJ01"]
    block = entry(
        "calendar_block",
        uuid.uuid4(),
        user_id=str(rm),
        kind="available",
        starts_at=iso(TOMORROW_9),
        ends_at=iso(TOMORROW_9 + timedelta(hours=3)),
    )
    assert _push(api, rm_auth, block)[0]["status"] == "applied"

    def booking() -> dict[str, Any]:
        return entry(
            "appointment",
            uuid.uuid4(),
            rm_id=str(rm),
            customer_id=str(row_id),
            booked_by_id=str(rm),
            starts_at=iso(TOMORROW_9),
            ends_at=iso(TOMORROW_9 + timedelta(minutes=30)),
            purpose="advice",
            status="tentative",
            channel="counter",
        )

    assert _push(api, rm_auth, booking())[0]["status"] == "applied"
    taken = booking()
    [refused] = _push(api, rm_auth, taken)
    assert (refused["status"], refused["code"]) == ("rejected", "slot_taken")
    assert refused["nearest_free_slots"]
    [again] = _push(api, rm_auth, taken)
    assert again["retried"] and again["code"] == "slot_taken"


def test_a_client_that_reads_no_codes_gets_the_answer_it_always_got(api: Api) -> None:
    """Protocol-1 clients forbid fields they do not know: no `code` for them."""
    teller = api.login("teller@BJ01")
    row_id, version = _customer(api, teller)
    [old] = api.push(teller, entry("customer", row_id, "update", version, colour=1))
    assert old["status"] == "rejected" and "code" not in old
    known_before = set(EntryResult.model_fields) - {"code"}
    assert set(old) <= known_before


def test_the_client_reads_the_code_of_a_pushed_entry(api: Api) -> None:
    auth = api.login("teller@BJ01")
    transport = Transport("http://testserver", token=auth["Authorization"][7:], client=api.client)
    row_id, version = _customer(api, auth)
    bad = entry("customer", row_id, "update", version, colour=1)
    [result] = transport.push(PushRequest.model_validate({"entries": [bad]})).results
    assert result.status == "rejected" and result.code == Reason.BAD_ROW


def test_error_answers_carry_their_code(api: Api) -> None:
    headers = api.headers
    missing = api.client.post("/v1/push", headers=headers, json={"entries": []})
    assert missing.status_code == 401 and missing.json()["code"] == "signed_out"
    auth = api.login("teller@BJ01")
    invalid = api.client.post("/v1/pull", headers=auth, json={"cursor": -1})
    assert invalid.status_code == 422 and invalid.json()["code"] == "invalid_request"
    unknown = api.client.post("/v1/open", headers=auth, json={"customer_id": str(uuid.uuid4())})
    assert unknown.status_code == 404 and unknown.json()["code"] == "not_found"
    wrong = api.client.post(
        "/v1/login",
        headers=headers,
        json={
            "username": "teller@BJ01",
            "password": "nope",
            "device_id": str(uuid.uuid4()),
            "device_name": "counter",
        },
    )
    assert wrong.status_code == 401 and wrong.json()["code"] == "wrong_password"


def test_the_client_maps_an_error_code_to_its_refusal(api: Api) -> None:
    auth = api.login("teller@BJ01")
    transport = Transport("http://testserver", token=auth["Authorization"][7:], client=api.client)
    with pytest.raises(NotFoundError) as unknown:
        transport.open(OpenRequest(customer_id=uuid.uuid4()))
    assert unknown.value.code is Reason.NOT_ON_SERVER and unknown.value.exit_code == 7
    assert unknown.value.server_code is Reason.NOT_FOUND
    assert isinstance(unknown.value, RefusedError)
    transport.token = "not-a-token"
    with pytest.raises(SignedOutError) as signed_out:
        transport.open(OpenRequest(customer_id=uuid.uuid4()))
    assert signed_out.value.code is Reason.SIGNED_OUT
