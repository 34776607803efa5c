"""Remote search, opening (following) a customer, follows in pulls and snapshots, re-stamping."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from client.schema.models import Base, ContactPoint
from sync.server.imports.run import import_csv
from tests.sync.conftest import Api, entry
from tests.sync.world_kit import build_world, relationship_of

ORDER = [t.name for t in Base.metadata.sorted_tables]


def _search(api: Api, auth: dict[str, str], query: str) -> set[str]:
    response = api.client.post("/v1/search", headers=auth, json={"query": query, "limit": 10})
    assert response.status_code == 200, response.text
    return {hit["branch_code"] + ":" + hit["customer_number"] for hit in response.json()["hits"]}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("C0", {"BJ01:C00000"}),
        ("C", {"BJ01:C00000", "SH01:C10001"}),
        ("王SH", {"SH01:C10001"}),
        ("wANG bj", {"BJ01:C00000"}),
        ("110101198001011" + "23X", {"SH01:C10001"}),
        ("023X", {"BJ01:C00000"}),
        ("13800001567", {"SH01:C10001"}),
        ("0567", {"BJ01:C00000"}),
        ("%", set()),
        ("nobody", set()),
    ],
)
def test_search_finds_by_number_name_id_and_phone(api: Api, query: str, found: set[str]) -> None:
    build_world(api)
    assert _search(api, api.login("head_office@BJ01"), query) == found


def test_search_stays_in_scope(api: Api) -> None:
    build_world(api)
    assert _search(api, api.login("teller@BJ01"), "Wang") == {"BJ01:C00000"}
    assert _search(api, api.login("call_centre_agent@SH01"), "Wang") == {
        "BJ01:C00000",
        "SH01:C10001",
    }


def _open(api: Api, auth: dict[str, str], customer: uuid.UUID) -> Any:
    return api.client.post("/v1/open", headers=auth, json={"customer_id": str(customer)})


def test_open_answers_the_whole_relationship_parents_first(api: Api) -> None:
    ids = build_world(api)
    response = _open(api, api.login("head_office@BJ01"), ids["customer@SH01"])
    assert response.status_code == 200, response.text
    changes = response.json()["changes"]
    assert {uuid.UUID(c["row"]["id"]) for c in changes} == relationship_of(ids, "SH01")
    positions = [ORDER.index(c["table"]) for c in changes]
    assert positions == sorted(positions)
    assert all(c["version"] == c["row"]["version"] > 0 for c in changes)


def test_open_gives_only_what_the_role_reads(api: Api) -> None:
    ids = build_world(api)
    response = _open(api, api.login("call_centre_agent@BJ01"), ids["customer@SH01"])
    assert response.status_code == 200, response.text
    assert {c["table"] for c in response.json()["changes"]} == {
        "customer",
        ContactPoint.__tablename__,
        "interaction",  # the agent answers the next call about the last one
    }


def test_open_outside_scope_looks_like_unknown(api: Api) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    hidden = _open(api, teller, ids["customer@SH01"])
    unknown = _open(api, teller, uuid.uuid4())
    assert hidden.status_code == unknown.status_code == 404
    assert hidden.json() == unknown.json()
    assert _open(api, teller, ids["customer@BJ01"]).status_code == 200


def _pull_ids(api: Api, auth: dict[str, str], codes: list[str]) -> set[uuid.UUID]:
    body = {"cursor": 0, "limit": 1000, "scope": {"branch_codes": codes}}
    response = api.client.post("/v1/pull", headers=auth, json=body)
    assert response.status_code == 200, response.text
    return {uuid.UUID(c["row"]["id"]) for c in response.json()["changes"]}


def _snapshot_ids(api: Api, auth: dict[str, str], codes: list[str]) -> set[uuid.UUID]:
    start = api.client.get("/v1/snapshot/start", headers=auth).json()
    found: set[uuid.UUID] = set()
    for table in start["tables"]:
        after: str | None = None
        while True:
            body = {"table": table, "after_id": after, "limit": 2, "scope": {"branch_codes": codes}}
            page = api.client.post("/v1/snapshot", headers=auth, json=body).json()
            found |= {uuid.UUID(r[page["columns"].index("id")]) for r in page["rows"]}
            after = page["last_id"]
            if not page["has_more"]:
                break
    return found


def test_followed_customer_joins_narrowed_pulls_and_snapshots(api: Api) -> None:
    ids = build_world(api)
    device = uuid.uuid4()
    head = api.login("head_office@BJ01", device)
    theirs = relationship_of(ids, "SH01")
    assert not _pull_ids(api, head, ["BJ01"]) & theirs
    assert not _snapshot_ids(api, head, ["BJ01"]) & theirs
    assert _open(api, head, ids["customer@SH01"]).status_code == 200
    assert theirs <= _pull_ids(api, head, ["BJ01"])
    assert theirs <= _snapshot_ids(api, head, ["BJ01"])
    other_device = api.login("head_office@BJ01")
    assert not _pull_ids(api, other_device, ["BJ01"]) & theirs


def test_follow_never_widens_the_role_scope(api: Api) -> None:
    ids = build_world(api)
    device = uuid.uuid4()
    agent = api.login("call_centre_agent@BJ01", device)
    assert _open(api, agent, ids["customer@SH01"]).status_code == 200
    seen = _pull_ids(api, agent, ["BJ01"])
    assert {ids["customer@SH01"], ids["contact@SH01"], ids["interaction@SH01"]} <= seen
    assert ids["account@SH01"] not in seen


def test_moving_a_customer_restamps_its_relationship(api: Api, tmp_path: Path) -> None:
    ids = build_world(api)
    sh = api.login("teller@SH01")
    _, cursor = api.pull_all(sh)
    csv = tmp_path / "customers.csv"
    csv.write_text(
        "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,"
        "birth_date\nC00000,individual,王BJ01,Wang BJ01,,,,SH01,,\n",
        encoding="utf-8",
    )
    import_csv(api.db, "customers", csv)
    changes, _ = api.pull_all(sh, cursor)
    moved = relationship_of(ids, "BJ01") - {ids["household@BJ01"], ids["member@BJ01"]}
    got = {uuid.UUID(c["row"]["id"]) for c in changes}
    assert moved | {ids["household@BJ01"], ids["member@BJ01"]} <= got
    bj = api.login("teller@BJ01")
    bj_rows = _pull_ids(api, bj, ["BJ01"])
    stays = {ids["account@BJ01"], ids["holder@BJ01"]}  # opened at BJ01: it and who holds it
    party = {ids["customer@BJ01"]}  # the holder, now of SH01: a party row, by name only
    assert not bj_rows & (moved - stays - party)
    assert stays | party <= bj_rows


def test_restamp_leaves_conflict_checks_alone(api: Api, tmp_path: Path) -> None:
    ids = build_world(api)
    csv = tmp_path / "customers.csv"
    csv.write_text(
        "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,"
        "birth_date\nC00000,individual,王BJ01,Wang BJ01,,,,SH01,,\n",
        encoding="utf-8",
    )
    sh = api.login("teller@SH01")
    changes, _ = api.pull_all(sh)
    contact = next(c for c in changes if c["row"]["id"] == str(ids["contact@SH01"]))
    import_csv(api.db, "customers", csv)
    update = entry(
        ContactPoint.__tablename__, ids["contact@SH01"], "update", contact["version"], label="x"
    )
    assert api.push(sh, update)[0]["status"] == "applied"
