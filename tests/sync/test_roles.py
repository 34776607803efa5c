"""Every role against every endpoint: nobody reads or writes beyond the permission table.

The rules are `client.schema.permissions` (served by `sync.server.scope`). Here each role
meets every endpoint over HTTP: pull, snapshot pages, the prebuilt snapshot file, search,
open; fields a role may not read arrive as null everywhere. The full role x table x field x
action matrix, generated from the table, is `test_permissions_matrix.py`.

The channels' service "role" (`permissions.SERVICE_GRANTS`) meets every endpoint too: its
token opens the channel endpoints only, and no staff role's opens those.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from client import migrations as cache_migrations
from client.schema.enums import Role
from client.schema.models import ContactPoint, Interaction, User
from client.schema.permissions import (
    Action,
    Reach,
    caller_lookup_reach,
    duplicate_check_reach,
    fields_of,
    own_hours_reach,
    service_reach,
)
from client.schema.permissions import may as permissions_may
from client.schema.permissions import reach as permissions_reach
from client.schema.registry import REGISTRY
from client.store import connect_raw
from sync.server import scope
from sync.server.channel_api import PREFIX
from sync.server.channel_summary import READS
from sync.server.service_accounts import add_service
from sync.server.snapshot_build import build
from sync.server.snapshot_files import SnapshotFiles
from tests.sync.conftest import Api, customer_fields, entry, iso
from tests.sync.world_kit import BRANCHES, build_world

TABLES = {
    "customer": "customer",
    "contact": ContactPoint.__tablename__,
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


def _blanked(role: Role, table: str, row: dict[str, object]) -> bool:
    """Whether every field the role may not read is null in the row."""
    return all(row[name] is None for name in scope.hidden(role, table))


def _pulled(api: Api, auth: dict[str, str], role: Role) -> set[uuid.UUID]:
    changes, _ = api.pull_all(auth)
    assert all(_blanked(role, c["table"], c["row"]) for c in changes)
    return {uuid.UUID(c["row"]["id"]) for c in changes}


def _snapshot(api: Api, auth: dict[str, str], role: Role) -> set[uuid.UUID]:
    start = api.client.get("/v1/snapshot/start", headers=auth)
    assert start.status_code == 200, start.text
    found: set[uuid.UUID] = set()
    for table in start.json()["tables"]:
        page = api.client.post("/v1/snapshot", headers=auth, json={"table": table}).json()
        assert not page["has_more"]
        rows = [dict(zip(page["columns"], r, strict=True)) for r in page["rows"]]
        assert all(_blanked(role, table, row) for row in rows)
        found |= {uuid.UUID(row["id"]) for row in rows}
    return found


def _snapshot_file(api: Api, auth: dict[str, str], role: Role, folder: Path) -> set[uuid.UUID]:
    """The rows of the prebuilt file `/v1/snapshot/file` offers the user, fetched by chunks."""
    url = api.db.engine.url.render_as_string(hide_password=False)
    build(url, folder, role, api.seeded.branches["BJ01"], None)
    context = api.client.app.state.guitai  # type: ignore[attr-defined]
    context.snapshots = SnapshotFiles(folder, url, timedelta(hours=1))
    revision = {"schema_revision": cache_migrations.head_revision()}
    offer = api.client.post("/v1/snapshot/file", headers=auth, json=revision).json()
    assert offer["available"], offer
    path = folder / "fetched.db"
    with path.open("wb") as out:
        while out.tell() < offer["size"]:
            asked = {"file_id": offer["file_id"], "offset": out.tell()}
            chunk = api.client.post("/v1/snapshot/file/chunk", headers=auth, json=asked)
            assert chunk.status_code == 200, chunk.text
            out.write(chunk.content)
    conn = connect_raw(path, bytes.fromhex(offer["key"]))
    for name in scope.hidden(role, "customer"):
        values = {v for (v,) in conn.execute(f'SELECT "{name}" FROM customer')}
        assert values <= {None}, f"{name} reached the file of a {role.value}"
    found = {
        uuid.UUID(bytes=bytes(row[0]))
        for table in {*TABLES.values(), "product"}
        for row in conn.execute(f'SELECT id FROM "{table}"')
    }
    conn.close()
    return found


@pytest.mark.parametrize("role", list(Role))
def test_reads_stay_in_scope(api: Api, role: Role, tmp_path: Path) -> None:
    ids = build_world(api)
    world = set(ids.values())
    expected = _readable(api, ids, role)
    auth = api.login(f"{role.value}@BJ01")
    assert _pulled(api, auth, role) & world == expected
    assert _snapshot(api, auth, role) & world == expected
    assert _snapshot_file(api, auth, role, tmp_path / "snapshots") & world == expected
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
            assert all(_blanked(role, c["table"], c["row"]) for c in opened.json()["changes"])
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
        update = entry(
            ContactPoint.__tablename__, contact, "update", versions[str(contact)], label="work"
        )
        note = entry(
            "interaction",
            uuid.uuid4(),
            customer_id=str(ids[f"customer@{code}"]),
            kind="call",
            channel="call_centre",
            occurred_at=iso(datetime.now(UTC)),
            subject="scope check",
        )
        for item, table in ((update, ContactPoint.__tablename__), (note, "interaction")):
            result = api.push(auth, item)[0]
            status = result["status"]
            allowed = scope.can_write(role, own, table, branch)
            assert (status == "applied") is allowed, (role, code, table, result)
            if not allowed:
                assert status == "rejected"


# --- the duplicate check of a new customer ----------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_duplicate_check_answers_the_roles_that_take_on_customers(api: Api, role: Role) -> None:
    """Who may create customers asks the whole bank (a Shanghai customer found from
    Beijing, by ID and by phone, and only who and why); the others are refused."""
    ids = build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    asked = {
        "kind": "individual",
        "legal_name": "张三",
        "national_id": "110101198001011" + "23X",
        "phones": ["+86 138 0000 1567"],
    }
    answer = api.client.post("/v1/duplicates", headers=auth, json=asked)
    if duplicate_check_reach(role) is Reach.NONE:
        assert answer.status_code == 403 and answer.json()["code"] == "forbidden", answer.text
        assert not permissions_may(role, "customer", Action.CREATE)
        return
    assert answer.status_code == 200, answer.text
    hits = {h["customer_id"]: h for h in answer.json()["hits"]}
    shanghai = hits[str(ids["customer@SH01"])]
    assert shanghai["branch_code"] == "SH01" and shanghai["customer_number"] == "C10001"
    assert set(shanghai["reasons"]) == {"same_id", "same_phone"}
    assert set(shanghai) == {
        "customer_id",
        "customer_number",
        "legal_name",
        "name_latin",
        "branch_code",
        "reasons",
    }
    assert str(ids["customer@BJ01"]) not in hits  # another ID, another phone, no birth date


@pytest.mark.parametrize("role", list(Role))
def test_a_new_customer_is_accepted_at_the_users_own_branch_only(api: Api, role: Role) -> None:
    build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    own = api.seeded.branches["BJ01"]
    for code in BRANCHES:
        branch = api.seeded.branches[code]
        new = entry(
            "customer",
            uuid.uuid4(),
            **customer_fields(branch, f"N{code}{role.value[:6].upper()}", lifecycle="prospect"),
        )
        status = api.push(auth, new)[0]["status"]
        creates = permissions_reach(role, "customer", Action.CREATE)
        allowed = creates is Reach.ALL or (creates is Reach.OWN and branch == own)
        assert (status == "applied") is allowed, (role, code, status)
        if role in (Role.TELLER, Role.RELATIONSHIP_MANAGER):
            assert allowed is (code == "BJ01")


# --- the call centre's caller lookup by phone -------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_caller_lookup_answers_the_roles_that_may_look_callers_up(api: Api, role: Role) -> None:
    """The call centre finds a Shanghai caller from Beijing by the last 4 digits of the
    phone, or the whole number with +86, and only who (the phone masked); fewer digits are
    refused; every other role is refused whatever it asks."""
    ids = build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    answer = api.client.post("/v1/callers", headers=auth, json={"phone": "1567"})
    if caller_lookup_reach(role) is Reach.NONE:
        assert answer.status_code == 403 and answer.json()["code"] == "forbidden", answer.text
        assert role is not Role.CALL_CENTRE_AGENT
        return
    assert answer.status_code == 200, answer.text
    (hit,) = answer.json()["hits"]
    assert hit["customer_id"] == str(ids["customer@SH01"]) and hit["branch_code"] == "SH01"
    assert hit["phone_masked"] == "138****1567"
    assert set(hit) == {
        "customer_id",
        "customer_number",
        "legal_name",
        "name_latin",
        "branch_code",
        "rm_name",
        "phone_masked",
    }
    whole = api.client.post("/v1/callers", headers=auth, json={"phone": "+86 138-0000-0567"})
    assert [h["customer_id"] for h in whole.json()["hits"]] == [str(ids["customer@BJ01"])]
    short = api.client.post("/v1/callers", headers=auth, json={"phone": "567"})
    assert short.status_code == 422 and short.json()["code"] == "no_digits", short.text


# --- an RM's own working hours --------------------------------------------------------------


def _pulled_blocks(api: Api, auth: dict[str, str]) -> dict[str, dict[str, object]]:
    """The calendar blocks the user's pull brings, by id (the last version of each)."""
    blocks: dict[str, dict[str, object]] = {}
    cursor = 0
    while True:
        page = api.client.post("/v1/pull", headers=auth, json={"cursor": cursor}).json()
        for change in page["changes"]:
            if change["table"] == "calendar_block" and not change["row"]["deleted"]:
                blocks[str(change["row"]["id"])] = change["row"]
        if not page["has_more"]:
            return blocks
        cursor = page["next_cursor"]


@pytest.mark.parametrize("role", list(Role))
def test_only_the_rm_sets_working_hours_and_only_their_own(api: Api, role: Role) -> None:
    """The RM's hours make their own available blocks, which their pull brings; a text that
    cannot be read says where; a field naming another user is refused; every other role is
    refused whatever it asks."""
    build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    asked = {"hours": "mon-fri 09:00-12:00,13:30-17:00", "slot_minutes": 30}
    answer = api.client.post("/v1/my-hours", headers=auth, json=asked)
    read = api.client.get("/v1/my-hours", headers=auth)
    if own_hours_reach(role) is Reach.NONE:
        for refused in (answer, read):
            assert refused.status_code == 403, refused.text
            assert refused.json()["code"] == "forbidden"
        assert role is not Role.RELATIONSHIP_MANAGER
        return
    assert role is Role.RELATIONSHIP_MANAGER
    assert answer.status_code == 200, answer.text
    made = answer.json()
    assert made["hours"] == "mon-fri 09:00-12:00,13:30-17:00" and made["created"] >= 30
    assert read.json()["hours"] == made["hours"] and read.json()["time_zone"] == "Asia/Shanghai"
    with api.db.reader() as session, session.begin():
        me = session.execute(
            sa.select(User.id).where(User.username == f"{role.value}@BJ01")
        ).scalar_one()
    blocks = _pulled_blocks(api, auth)
    assert len(blocks) == made["created"]
    assert {row["user_id"] for row in blocks.values()} == {str(me)}

    again = api.client.post("/v1/my-hours", headers=auth, json=asked).json()
    assert again["created"] == 0 and again["unchanged"] == made["created"]
    fewer = {"hours": "mon-fri 09:00-12:00", "slot_minutes": 30}
    narrowed = api.client.post("/v1/my-hours", headers=auth, json=fewer).json()
    assert narrowed["removed"] > 0
    bad = api.client.post("/v1/my-hours", headers=auth, json={"hours": "mon-fri 9-12"})
    assert bad.status_code == 422 and bad.json()["code"] == "usage", bad.text
    assert "at character" in bad.json()["error"]
    other = api.client.post(
        "/v1/my-hours", headers=auth, json={**asked, "user_id": str(uuid.uuid4())}
    )
    assert other.status_code == 422, other.text


# --- the channels' service accounts -------------------------------------------------------

CHANNEL = f"/v1{PREFIX}/"
NO_TOKEN = {"/v1/login", "/v1/password"}
"""Endpoints that take a password, not a token."""
ENDS_TOKEN = {"/v1/logout", "/v1/refresh"}


def _service_auth(api: Api, name: str = "internet-banking") -> dict[str, str]:
    with api.db.writer() as session, session.begin():
        _, token = add_service(session, name, "internet", datetime.now(UTC))
    return {**api.headers, "Authorization": f"Bearer {token}"}


def _staff_endpoints(api: Api) -> list[tuple[str, str]]:
    paths = api.client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return [
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/v1/") and not path.startswith(CHANNEL) and path not in NO_TOKEN
        for method in operations
    ]


def test_a_service_token_opens_no_staff_endpoint(api: Api) -> None:
    """A service token fails the staff token check: 401 `signed_out` everywhere (and the
    same requests with a staff token are not refused as signed out)."""
    build_world(api)
    service = _service_auth(api)
    staff = api.login("head_office@BJ01")
    endpoints = _staff_endpoints(api)
    assert {("POST", "/v1/push"), ("POST", "/v1/pull"), ("POST", "/v1/audit/search")} <= set(
        endpoints
    )
    for method, path in endpoints:
        refused = api.client.request(method, path, headers=service, json={})
        assert refused.status_code == 401, (method, path, refused.text)
        assert refused.json()["code"] == "signed_out", (method, path, refused.text)
        if path not in ENDS_TOKEN:
            answered = api.client.request(method, path, headers=staff, json={})
            assert answered.status_code != 401, (method, path, answered.text)


@pytest.mark.parametrize("role", list(Role))
def test_no_staff_role_opens_a_channel_endpoint(api: Api, role: Role) -> None:
    ids = build_world(api)
    auth = api.login(f"{role.value}@BJ01")
    summary = api.client.get(f"{CHANNEL}customers/C00000", headers=auth)
    assert summary.status_code == 403 and summary.json()["code"] == "forbidden", summary.text
    item = {
        "external_id": "x-1",
        "customer_number": "C00000",
        "occurred_at": datetime.now(UTC).isoformat(),
        "kind": "call",
        "subject": "staff posing as a channel",
    }
    posted = api.client.post(f"{CHANNEL}interactions", headers=auth, json={"items": [item]})
    assert posted.status_code == 403 and posted.json()["code"] == "forbidden", posted.text
    changes, _ = api.pull_all(api.login("auditor@BJ01"))
    customer = str(ids["customer@BJ01"])
    notes = [
        c for c in changes if c["table"] == "interaction" and c["row"]["customer_id"] == customer
    ]
    assert len(notes) == 1  # the world's own


def test_a_service_account_may_read_the_summary_and_create_interactions_only() -> None:
    """Its grants, field by field: the summary's fields to read, an interaction's to
    create (less the server's), nothing else of any table."""
    created = {"customer_id", "kind", "occurred_at", "subject", "notes", "outcome", "external_id"}
    for table in REGISTRY:
        for field in fields_of(table):
            for action in Action:
                expected = (action is Action.READ and field in READS.get(table, ())) or (
                    action is Action.CREATE
                    and table == Interaction.__tablename__
                    and field in created
                )
                reach = service_reach(table, action, field)
                assert reach is (Reach.ALL if expected else Reach.NONE), (table, field, action)
