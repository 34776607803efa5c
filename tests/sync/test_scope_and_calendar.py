"""Scope on pull and push for every role; RM calendars; paging of the feed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from client.schema.enums import Role
from client.schema.models import ContactPoint
from tests.sync.conftest import TOMORROW_9, Api, customer_fields, entry, iso


def _world(api: Api) -> dict[str, uuid.UUID]:
    """A customer with a contact point and an interaction in each branch, an RM calendar."""
    ids: dict[str, uuid.UUID] = {}
    for code in ("BJ01", "SH01"):
        manager = api.login(f"branch_manager@{code}")
        customer, contact, note = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        block = uuid.uuid4()
        results = api.push(
            manager,
            entry("customer", customer, **customer_fields(api.seeded.branches[code], f"C-{code}")),
            entry(
                ContactPoint.__tablename__,
                contact,
                customer_id=str(customer),
                kind="phone",
                value="1",
            ),
            entry(
                "interaction",
                note,
                customer_id=str(customer),
                kind="visit",
                channel="counter",
                occurred_at=iso(datetime.now(UTC)),
                subject="hello",
            ),
            entry(
                "calendar_block",
                block,
                user_id=str(api.seeded.users[f"relationship_manager@{code}"]),
                kind="available",
                starts_at=iso(TOMORROW_9),
                ends_at=iso(TOMORROW_9 + timedelta(hours=3)),
            ),
        )
        assert [r["status"] for r in results] == ["applied"] * 4, results
        ids |= {f"customer@{code}": customer, f"contact@{code}": contact}
        ids |= {f"interaction@{code}": note, f"block@{code}": block}
    return ids


SEES = {
    Role.TELLER: {"customer@BJ01", "contact@BJ01", "interaction@BJ01", "block@BJ01"},
    Role.RELATIONSHIP_MANAGER: {"customer@BJ01", "contact@BJ01", "interaction@BJ01", "block@BJ01"},
    Role.BRANCH_MANAGER: {"customer@BJ01", "contact@BJ01", "interaction@BJ01", "block@BJ01"},
    Role.CALL_CENTRE_AGENT: {
        "customer@BJ01", "contact@BJ01", "interaction@BJ01", "block@BJ01",
        "customer@SH01", "contact@SH01", "interaction@SH01", "block@SH01",
    },
    Role.HEAD_OFFICE: {
        "customer@BJ01", "contact@BJ01", "interaction@BJ01", "block@BJ01",
        "customer@SH01", "contact@SH01", "interaction@SH01", "block@SH01",
    },
}  # fmt: skip
SEES[Role.AUDITOR] = SEES[Role.HEAD_OFFICE]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_pulls_exactly_its_scope(api: Api, role: Role) -> None:
    ids = _world(api)
    names = {v: k for k, v in ids.items()}
    changes, _ = api.pull_all(api.login(f"{role.value}@BJ01"))
    seen = {names[uuid.UUID(c["row"]["id"])] for c in changes if uuid.UUID(c["row"]["id"]) in names}
    assert seen == SEES[role]
    tables = {c["table"] for c in changes}
    assert {"branch", "user_account"} <= tables, "reference data reaches everyone"


def _writes(api: Api, ids: dict[str, uuid.UUID]) -> dict[str, dict[str, Any]]:
    sh01 = api.seeded.branches["SH01"]
    return {
        "edit BJ01 customer": entry("customer", ids["customer@BJ01"], "update", 0, name_latin="A"),
        "edit SH01 customer": entry("customer", ids["customer@SH01"], "update", 0, name_latin="B"),
        "move BJ01 customer to SH01": entry(
            "customer", ids["customer@BJ01"], "update", 0, home_branch_id=str(sh01)
        ),
        "contact for SH01 customer": entry(
            ContactPoint.__tablename__, uuid.uuid4(), customer_id=str(ids["customer@SH01"]),
            kind="email", value="x@example.cn",
        ),
        "note on SH01 customer": entry(
            "interaction", uuid.uuid4(), customer_id=str(ids["customer@SH01"]), kind="call",
            channel="call_centre", occurred_at=iso(datetime.now(UTC)), subject="call",
        ),
        "new segment": entry("segment", uuid.uuid4(), code=f"S{uuid.uuid4().hex[:6]}", name="x"),
    }  # fmt: skip


ALLOWED = {
    Role.TELLER: {"edit BJ01 customer"},
    Role.RELATIONSHIP_MANAGER: {"edit BJ01 customer"},
    Role.BRANCH_MANAGER: {"edit BJ01 customer"},
    Role.CALL_CENTRE_AGENT: {"note on SH01 customer"},
    Role.HEAD_OFFICE: {"new segment"},
    Role.AUDITOR: set(),
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_writes_exactly_its_scope(api: Api, role: Role) -> None:
    ids = _world(api)
    auth = api.login(f"{role.value}@BJ01")
    writes = _writes(api, ids)
    results = dict(zip(writes, api.push(auth, *writes.values()), strict=True))
    applied = {name for name, r in results.items() if r["status"] in ("applied", "merged")}
    assert applied == ALLOWED[role], results
    for name in set(writes) - applied:
        reason = results[name]["reason"]
        assert "outside your scope" in reason or "may not write" in reason, reason


def _appointment(api: Api, customer: uuid.UUID, start: datetime, **extra: Any) -> dict[str, Any]:
    """A booking by whoever pushes it (the server stamps `booked_by_id` from the token)."""
    fields = {
        "rm_id": str(api.seeded.users["relationship_manager@BJ01"]),
        "customer_id": str(customer),
        "starts_at": iso(start),
        "ends_at": iso(start + timedelta(minutes=30)),
        "purpose": "mortgage advice",
        "status": "confirmed",
        "channel": "call_centre",
    } | extra
    return entry("appointment", uuid.uuid4(), **fields)


def test_a_slot_taken_twice_is_refused_with_the_nearest_free_slots(api: Api) -> None:
    ids = _world(api)
    agent = api.login("call_centre_agent@SH01")
    teller = api.login("teller@BJ01")
    customer = ids["customer@BJ01"]
    [first] = api.push(teller, _appointment(api, customer, TOMORROW_9 + timedelta(minutes=30)))
    assert first["status"] == "applied"
    overlapping = TOMORROW_9 + timedelta(minutes=45)
    [second] = api.push(agent, _appointment(api, customer, overlapping))
    assert second["status"] == "rejected" and "already booked" in second["reason"]
    starts = [datetime.fromisoformat(s["starts_at"]) for s in second["nearest_free_slots"]]
    assert starts == [TOMORROW_9 + timedelta(minutes=m) for m in (0, 60, 90)]
    [cancelled] = api.push(agent, _appointment(api, customer, overlapping, status="cancelled"))
    assert cancelled["status"] == "applied"
    [free] = api.push(agent, _appointment(api, customer, starts[1]))
    assert free["status"] == "applied"


def test_pull_pages_resume_from_the_cursor(api: Api) -> None:
    auth = api.login("branch_manager@BJ01")
    branch = api.seeded.branches["BJ01"]
    made = [uuid.uuid4() for _ in range(25)]
    api.push(
        auth,
        *(entry("customer", i, **customer_fields(branch, f"P{n}")) for n, i in enumerate(made)),
    )
    first = api.client.post("/v1/pull", headers=auth, json={"cursor": 0, "limit": 10}).json()
    assert first["has_more"] and len(first["changes"]) <= 10
    rest, end = api.pull_all(auth, cursor=first["next_cursor"], limit=7)
    versions = [c["version"] for c in first["changes"] + rest]
    assert versions == sorted(set(versions))
    customers = {
        uuid.UUID(c["row"]["id"]) for c in first["changes"] + rest if c["table"] == "customer"
    }
    assert customers == set(made)
    again = api.client.post("/v1/pull", headers=auth, json={"cursor": end}).json()
    assert again == {"changes": [], "next_cursor": end, "has_more": False}
