"""A teller serves a customer of another branch who walks in: a specific query finds and
opens them (audited), the workstation then follows them; a partial query stays in scope;
other-branch joint holders come as party rows (their names only)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from client.schema.enums import RelationshipKind
from client.schema.models import AuditEvent, Customer, PartyRelationship
from client.schema.permissions import PARTY_FIELDS, PARTY_VERSION
from sync.server import feed
from sync.server.feed import PendingChange
from sync.server.follows import opening_chain
from sync.server.search import QueryKind, specific
from tests.sync.conftest import Api, entry, iso
from tests.sync.world_kit import build_world, relationship_of

SH_PHONE = "13800001567"
"""The whole phone number of SH01's customer (C10001) in `build_world`."""


def _search(api: Api, auth: dict[str, str], query: str) -> set[str]:
    response = api.client.post("/v1/search", headers=auth, json={"query": query, "limit": 10})
    assert response.status_code == 200, response.text
    return {hit["branch_code"] + ":" + hit["customer_number"] for hit in response.json()["hits"]}


def _open(api: Api, auth: dict[str, str], customer: uuid.UUID, query: str | None) -> Any:
    body: dict[str, Any] = {"customer_id": str(customer)}
    if query is not None:
        body["query"] = query
    return api.client.post("/v1/open", headers=auth, json=body)


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("13800001567", "phone"),
        ("+86 138-0000-1567", "phone"),
        ("110101198001011 23x", "number"),
        ("C10001", "number"),
        ("王芳 1980-01-02", "name"),
        ("19800102 Wang Fang", "name"),
        ("王芳 19800102", "name"),
    ],
)
def test_what_a_specific_query_is(query: str, kind: str) -> None:
    found = specific(query)
    assert found is not None
    assert bool(found.phones) == (kind == "phone")
    assert (found.birth_date == date(1980, 1, 2)) == (kind == "name")


@pytest.mark.parametrize(
    "query", ["Wang", "王", "1567", "0567", "C1", "王芳", "王芳 1980-13-40", "Wang 1980", ""]
)
def test_partial_queries_are_not_specific(query: str) -> None:
    assert specific(query) is None


def test_teller_finds_another_branchs_customer_by_whole_phone_only(api: Api) -> None:
    build_world(api)
    teller = api.login("teller@BJ01")
    assert _search(api, teller, SH_PHONE) == {"SH01:C10001"}
    assert _search(api, teller, "110101198001011" + "23X") == {"SH01:C10001"}
    assert _search(api, teller, "C10001") == {"SH01:C10001"}
    assert _search(api, teller, "Wang") == {"BJ01:C00000"}  # partial: its own branch only
    assert _search(api, teller, "王SH01") == set()
    assert _search(api, teller, "1567") == set()
    agent_would = _search(api, api.login("branch_manager@BJ01"), SH_PHONE)
    assert agent_would == set()  # the permission table gives the branch manager no OPEN


def test_teller_opens_by_whole_phone_audited_then_follows(api: Api) -> None:
    ids = build_world(api)
    device = uuid.uuid4()
    teller = api.login("teller@BJ01", device)
    sh = ids["customer@SH01"]
    assert _open(api, teller, sh, None).status_code == 404
    assert _open(api, teller, sh, "1567").status_code == 404  # partial: refused
    assert _open(api, teller, sh, "Wang SH01").status_code == 404
    assert _open(api, teller, sh, "13800000567").status_code == 404  # names BJ01's customer
    response = _open(api, teller, sh, SH_PHONE)
    assert response.status_code == 200, response.text
    got = {uuid.UUID(c["row"]["id"]) for c in response.json()["changes"]}
    assert relationship_of(ids, "SH01") <= got
    with api.db.reader() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.customer_id == sh)).all()
    opened = [e for e in events if e.device_id == opening_chain(device)]
    assert len(opened) == 1
    assert opened[0].user_id == api.seeded.users["teller@BJ01"]
    assert QueryKind.PHONE.value in opened[0].detail
    assert SH_PHONE not in opened[0].detail  # the kind, never the query's words

    # the next pull keeps it: a change made at SH01 reaches the BJ01 teller's workstation
    _, cursor = api.pull_all(teller)
    manager = api.login("branch_manager@SH01")
    visit = uuid.uuid4()
    new = entry(
        "interaction",
        visit,
        customer_id=str(sh),
        kind="visit",
        channel="counter",
        occurred_at=iso(datetime.now(UTC)),
        subject="at SH01 again",
    )
    assert api.push(manager, new)[0]["status"] == "applied"
    changes, _ = api.pull_all(teller, cursor)
    assert visit in {uuid.UUID(c["row"]["id"]) for c in changes}
    held = {"held": [{"customer_id": str(sh)}]}
    pins = api.client.post("/v1/pins", headers=teller, json=held)
    assert pins.status_code == 200, pins.text
    assert [f["customer_id"] for f in pins.json()["follows"]] == [str(sh)]

    # another workstation of the same teller follows nothing
    other = api.login("teller@BJ01")
    changes, _ = api.pull_all(other)
    assert visit not in {uuid.UUID(c["row"]["id"]) for c in changes}


def test_opening_sends_other_branch_holders_as_party_rows(api: Api) -> None:
    ids = build_world(api)
    _relate(api, ids["customer@SH01"], ids["customer@BJ01"])
    teller = api.login("teller@SH01")
    response = _open(api, teller, ids["customer@SH01"], None)  # its own branch's: no query
    assert response.status_code == 200, response.text
    party = [c for c in response.json()["changes"] if c["version"] == PARTY_VERSION]
    assert [(c["table"], c["row"]["legal_name"]) for c in party] == [("customer", "王BJ01")]


def test_a_pin_does_not_open_another_branch(api: Api) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    sh = ids["customer@SH01"]
    held = {"held": [{"customer_id": str(sh), "pinned": True}]}
    pins = api.client.post("/v1/pins", headers=teller, json=held)
    assert pins.status_code == 200, pins.text
    assert pins.json()["follows"] == []
    assert _open(api, teller, sh, None).status_code == 404


def _relate(api: Api, ours: uuid.UUID, theirs: uuid.UUID) -> uuid.UUID:
    """A spouse at another branch, as the import would record one."""
    link_id = uuid.uuid4()
    now = datetime.now(UTC)
    with api.db.writer() as session, session.begin():
        link = PartyRelationship(
            id=link_id,
            version=0,
            deleted=False,
            from_customer_id=ours,
            to_customer_id=theirs,
            kind=RelationshipKind.SPOUSE,
        )
        session.add(link)
        session.flush()
        feed.record(session, [PendingChange(link, "party_relationship", "insert")], None, now)
    return link_id


def test_related_party_of_another_branch_comes_as_a_party_row(api: Api) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    _, cursor = api.pull_all(teller)
    link = _relate(api, ids["customer@BJ01"], ids["customer@SH01"])
    changes, _ = api.pull_all(teller, cursor)
    assert str(link) in {c["row"]["id"] for c in changes}
    party = [c for c in changes if c["table"] == "customer"]
    assert [c["row"]["id"] for c in party] == [str(ids["customer@SH01"])]
    row = party[0]["row"]
    assert party[0]["version"] == row["version"] == PARTY_VERSION
    assert row["legal_name"] == "王SH01"
    assert row["national_id"] is None and row["birth_date"] is None
    kept = {name for name, value in row.items() if value is not None}
    assert kept <= PARTY_FIELDS | {"id", "version", "deleted", "updated_at"}
    with api.db.reader() as session:  # the server's row is whole
        whole = session.get(Customer, ids["customer@SH01"])
        assert whole is not None and whole.national_id


def test_party_rows_only_for_a_role_that_reads_its_own_branch(api: Api) -> None:
    ids = build_world(api)
    head = api.login("head_office@BJ01")
    _, cursor = api.pull_all(head)
    _relate(api, ids["customer@BJ01"], ids["customer@SH01"])
    changes, _ = api.pull_all(head, cursor)
    assert all(c["version"] > 0 for c in changes)
