"""Every role against every endpoint: nobody reads or writes beyond `sync.server.scope`."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from client.schema.enums import Role
from sync.server import scope
from tests.sync.conftest import Api, entry, iso
from tests.sync.world_kit import BRANCHES, build_world

TABLES = {
    "customer": "customer",
    "contact": "contact_point",
    "interaction": "interaction",
    "account": "account",
    "holder": "account_holder",
    "household": "household",
    "member": "household_member",
}


def _readable(api: Api, ids: dict[str, uuid.UUID], role: Role) -> set[uuid.UUID]:
    """The world's rows a user of `role` at BJ01 may read, by the rules in `scope`."""
    own = api.seeded.branches["BJ01"]
    out = {ids["product"]} if scope.can_read(role, own, "product", None) else set()
    for code in BRANCHES:
        branch = frozenset({api.seeded.branches[code]})
        for name, table in TABLES.items():
            if scope.can_read(role, own, table, branch):
                out.add(ids[f"{name}@{code}"])
    return out


def _pulled(api: Api, auth: dict[str, str]) -> set[uuid.UUID]:
    changes, _ = api.pull_all(auth)
    return {uuid.UUID(c["row"]["id"]) for c in changes}


def _snapshot(api: Api, auth: dict[str, str]) -> set[uuid.UUID]:
    start = api.client.get("/v1/snapshot/start", headers=auth)
    assert start.status_code == 200, start.text
    found: set[uuid.UUID] = set()
    for table in start.json()["tables"]:
        page = api.client.post("/v1/snapshot", headers=auth, json={"table": table}).json()
        assert not page["has_more"]
        found |= {uuid.UUID(r[page["columns"].index("id")]) for r in page["rows"]}
    return found


@pytest.mark.parametrize("role", list(Role))
def test_reads_stay_in_scope(api: Api, role: Role) -> None:
    ids = build_world(api)
    world = set(ids.values())
    expected = _readable(api, ids, role)
    auth = api.login(f"{role.value}@BJ01")
    assert _pulled(api, auth) & world == expected
    assert _snapshot(api, auth) & world == expected
    hits = api.client.post("/v1/search", headers=auth, json={"query": "Wang"}).json()["hits"]
    assert {uuid.UUID(h["customer_id"]) for h in hits} == expected & {
        ids["customer@BJ01"],
        ids["customer@SH01"],
    }
    for code in BRANCHES:
        customer = ids[f"customer@{code}"]
        opened = api.client.post("/v1/open", headers=auth, json={"customer_id": str(customer)})
        if customer in expected:
            assert opened.status_code == 200, opened.text
            got = {uuid.UUID(c["row"]["id"]) for c in opened.json()["changes"]}
            assert got <= expected and customer in got
        else:
            assert opened.status_code == 404, opened.text


@pytest.mark.parametrize("role", list(Role))
def test_writes_stay_in_scope(api: Api, role: Role) -> None:
    ids = build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    changes, _ = api.pull_all(api.login("auditor@BJ01"))
    versions = {c["row"]["id"]: c["version"] for c in changes}
    own = api.seeded.branches["BJ01"]
    for code in BRANCHES:
        branch = frozenset({api.seeded.branches[code]})
        contact = ids[f"contact@{code}"]
        update = entry("contact_point", contact, "update", versions[str(contact)], label="work")
        note = entry(
            "interaction",
            uuid.uuid4(),
            customer_id=str(ids[f"customer@{code}"]),
            kind="call",
            channel="call_centre",
            occurred_at=iso(datetime.now(UTC)),
            subject="scope check",
        )
        for item, table in ((update, "contact_point"), (note, "interaction")):
            result = api.push(auth, item)[0]
            status = result["status"]
            allowed = scope.can_write(role, own, table, branch)
            assert (status == "applied") is allowed, (role, code, table, result)
            if not allowed:
                assert status == "rejected"
