"""Joint holders and household members of another branch reach every branch of the account
or household, by name only: the link row replicates there, its customer as a party row
(`client.schema.permissions.PARTY_FIELDS`), in the snapshot and the pull, when a holder is
added later and when one is removed; nothing else of that customer leaks, and a teller
still may not link one of its customers to another branch's account (issue 13)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from client.customer360 import load_customer_360
from client.schema.enums import HolderRole, HouseholdRole, RelationshipKind
from client.schema.models import (
    AccountHolder,
    ContactPoint,
    Customer,
    HouseholdMember,
    PartyRelationship,
)
from client.schema.permissions import PARTY_FIELDS, PARTY_VERSION
from sync.server import feed
from sync.server.feed import PendingChange
from tests.sync.conftest import Api, entry
from tests.sync.engine_kit import workstation
from tests.sync.world_kit import build_world

SERVER_KEPT = {"id", "version", "deleted", "updated_at"}
CODES = {"Guitai-Reason-Codes": "1"}
"""Asks the server for the reason code of each refused entry."""


def _link(api: Api, model: Any, **fields: Any) -> uuid.UUID:
    """A link row as the import writes one (no workstation may link two branches)."""
    row_id = uuid.uuid4()
    with api.db.writer() as session, session.begin():
        row = model(id=row_id, version=0, deleted=False, **fields)
        session.add(row)
        session.flush()
        table = model.__tablename__
        feed.record(session, [PendingChange(row, table, "insert")], None, datetime.now(UTC))
    return row_id


def _unlink(api: Api, model: Any, row_id: uuid.UUID) -> None:
    with api.db.writer() as session, session.begin():
        row = session.get(model, row_id)
        assert row is not None
        row.deleted = True
        change = PendingChange(row, model.__tablename__, "delete", {"deleted": False})
        feed.record(session, [change], None, datetime.now(UTC))


def _joint(api: Api, ids: dict[str, uuid.UUID], account: str, holder: str) -> uuid.UUID:
    return _link(
        api,
        AccountHolder,
        account_id=ids[f"account@{account}"],
        customer_id=ids[f"customer@{holder}"],
        role=HolderRole.JOINT,
    )


def _ids(changes: list[dict[str, Any]], table: str | None = None) -> set[uuid.UUID]:
    return {uuid.UUID(c["row"]["id"]) for c in changes if table is None or c["table"] == table}


def _assert_party_only(changes: list[dict[str, Any]], customer: uuid.UUID, name: str) -> None:
    """The customer came as a party row, and nothing else of its relationship did."""
    rows = [c for c in changes if c["table"] == "customer" and c["row"]["id"] == str(customer)]
    assert rows, f"no party row of {name}"
    for change in rows:
        row = change["row"]
        assert change["version"] == row["version"] == PARTY_VERSION
        assert row["legal_name"] == name
        assert row["national_id"] is None and row["birth_date"] is None
        assert {k for k, v in row.items() if v is not None} <= PARTY_FIELDS | SERVER_KEPT


def _snapshot(api: Api, auth: dict[str, str]) -> list[dict[str, Any]]:
    """Every row of a first sync by pages, as changes (table, row)."""
    start = api.client.get("/v1/snapshot/start", headers=auth)
    assert start.status_code == 200, start.text
    out: list[dict[str, Any]] = []
    for table in start.json()["tables"]:
        after: str | None = None
        while True:
            body = {"table": table, "after_id": after, "limit": 2}  # small pages: ranges
            response = api.client.post("/v1/snapshot", headers=auth, json=body)
            assert response.status_code == 200, response.text
            page = response.json()
            for values in page["rows"]:
                row = dict(zip(page["columns"], values, strict=True))
                out.append({"table": table, "row": row, "version": row["version"]})
            if not page["has_more"]:
                break
            after = page["last_id"]
    return out


def test_other_branch_joint_holder_reaches_the_account_branch_by_name(api: Api) -> None:
    ids = build_world(api)
    holder = _joint(api, ids, "BJ01", "SH01")
    teller = api.login("teller@BJ01")
    for got in (api.pull_all(teller)[0], _snapshot(api, teller)):
        assert holder in _ids(got, "account_holder")
        _assert_party_only(got, ids["customer@SH01"], "王SH01")
        theirs = {ids[f"{name}@SH01"] for name in ("contact", "interaction", "account", "holder")}
        assert not theirs & _ids(got), "another branch's rows leaked"
        assert {ids["household@SH01"], ids["member@SH01"]}.isdisjoint(_ids(got))
    # the other branch sees the account its customer holds, and BJ01's holder by name
    sh_teller = api.login("teller@SH01")
    for got in (api.pull_all(sh_teller)[0], _snapshot(api, sh_teller)):
        assert {ids["account@BJ01"], ids["holder@BJ01"], holder} <= _ids(got)
        _assert_party_only(got, ids["customer@BJ01"], "王BJ01")
        assert ids["contact@BJ01"] not in _ids(got)


def test_snapshot_and_pull_agree(api: Api) -> None:
    ids = build_world(api)
    third = _third_customer(api)
    _joint(api, ids, "BJ01", "SH01")
    _link(
        api,
        HouseholdMember,
        household_id=ids["household@SH01"],
        customer_id=ids["customer@BJ01"],
        role=HouseholdRole.MEMBER,
    )
    _link(
        api,
        PartyRelationship,
        from_customer_id=ids["customer@BJ01"],
        to_customer_id=third,
        kind=RelationshipKind.SPOUSE,
    )
    for user in ("teller@BJ01", "teller@SH01", "relationship_manager@SH01", "head_office@BJ01"):
        auth = api.login(user)
        pulled = {(c["table"], c["row"]["id"], c["version"]) for c in api.pull_all(auth)[0]}
        snapped = {(c["table"], c["row"]["id"], c["version"]) for c in _snapshot(api, auth)}
        assert {(t, i) for t, i, v in pulled if v == PARTY_VERSION} == {
            (t, i) for t, i, v in snapped if v == PARTY_VERSION
        }, user
        assert {(t, i) for t, i, _ in pulled} == {(t, i) for t, i, _ in snapped}, user


def test_holder_added_later_then_removed_reaches_the_pull(api: Api) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    _, cursor = api.pull_all(teller)
    holder = _joint(api, ids, "BJ01", "SH01")
    changes, cursor = api.pull_all(teller, cursor)
    assert holder in _ids(changes, "account_holder")
    _assert_party_only(changes, ids["customer@SH01"], "王SH01")
    _unlink(api, AccountHolder, holder)
    changes, _ = api.pull_all(teller, cursor)
    removed = [c for c in changes if c["row"]["id"] == str(holder)]
    assert [c["row"]["deleted"] for c in removed] == [True]


def test_household_member_of_another_branch_shows_by_name(api: Api) -> None:
    ids = build_world(api)
    sh_teller = api.login("teller@SH01")
    _, cursor = api.pull_all(sh_teller)
    member = _link(
        api,
        HouseholdMember,
        household_id=ids["household@BJ01"],
        customer_id=ids["customer@SH01"],
        role=HouseholdRole.MEMBER,
    )
    teller = api.login("teller@BJ01")
    for got in (api.pull_all(teller)[0], _snapshot(api, teller)):
        assert {ids["member@BJ01"], member} <= _ids(got, "household_member")
        _assert_party_only(got, ids["customer@SH01"], "王SH01")
        assert ids["member@SH01"] not in _ids(got)  # her other household stays hers
    # SH01 now sees the BJ01 household she joined, its head by name
    changes, _ = api.pull_all(sh_teller, cursor)
    assert member in _ids(changes)
    later, _ = api.pull_all(sh_teller)
    assert {ids["household@BJ01"], ids["member@BJ01"]} <= _ids(later)
    _assert_party_only(later, ids["customer@BJ01"], "王BJ01")


def test_a_teller_still_may_not_link_across_branches(api: Api) -> None:
    ids = build_world(api)
    holder = _joint(api, ids, "BJ01", "SH01")  # the import's: BJ01 reads it now
    teller = api.login("teller@BJ01")
    api.pull_all(teller)
    escalation = entry(
        "account_holder",
        uuid.uuid4(),
        account_id=str(ids["account@SH01"]),
        customer_id=str(ids["customer@BJ01"]),
        role="joint",
    )
    retarget = entry(
        "account_holder", holder, "update", base=None, account_id=str(ids["account@SH01"])
    )
    with api.db.reader() as session:
        version = session.get(AccountHolder, holder).version  # type: ignore[union-attr]
    retarget["base_version"] = version
    change_role = entry("account_holder", holder, "update", base=version, role="authorised")
    drop = entry("account_holder", holder, "delete", base=version)
    for attempt in (escalation, retarget, change_role, drop):
        result = api.push({**teller, **CODES}, attempt)[0]
        assert (result["status"], result.get("code")) == ("rejected", "outside_scope"), result
    with api.db.reader() as session:
        kept = session.get(AccountHolder, holder)
        assert kept is not None and not kept.deleted and kept.role is HolderRole.JOINT
        assert session.get(AccountHolder, uuid.UUID(escalation["row_id"])) is None


def test_the_360_shows_the_joint_holder_by_name(api: Api, tmp_path: Path) -> None:
    ids = build_world(api)
    _joint(api, ids, "BJ01", "SH01")
    station = workstation(api, tmp_path / "counter", "teller@BJ01")
    try:
        station.engine.sync()  # the first sync: the snapshot, then the pull

        def holders() -> list[tuple[str, bool]]:
            with station.cache.session() as session:
                view = load_customer_360(session, customer_number="C00000")
            (account,) = view.accounts
            return [(p.name, p.elsewhere) for p in account.other_holders]

        assert holders() == [("王SH01", True)]
        party = station.customer("C10001")
        assert party is not None and party.version == PARTY_VERSION and party.national_id is None
        # a second joint holder, added later, arrives by the pull; the first one leaves
        third = _third_customer(api)
        added = _link(
            api,
            AccountHolder,
            account_id=ids["account@BJ01"],
            customer_id=third,
            role=HolderRole.AUTHORISED,
        )
        station.engine.sync()
        assert sorted(holders()) == [("李SH01", True), ("王SH01", True)]
        _unlink(api, AccountHolder, added)
        station.engine.sync()
        assert holders() == [("王SH01", True)]
        with station.cache.session() as session:
            gone = session.get(AccountHolder, added)
            assert gone is not None and gone.deleted
            assert session.get(Customer, third) is not None  # the name is kept, nothing else
    finally:
        station.close()


def _third_customer(api: Api) -> uuid.UUID:
    """Another customer of SH01, with a phone number BJ01 must never see."""
    customer, phone = uuid.uuid4(), uuid.uuid4()
    manager = api.login("branch_manager@SH01")
    results = api.push(
        manager,
        entry(
            "customer",
            customer,
            customer_number="C1002",
            kind="individual",
            legal_name="李SH01",
            name_latin="Li SH01",
            home_branch_id=str(api.seeded.branches["SH01"]),
        ),
        entry(
            ContactPoint.__tablename__,
            phone,
            customer_id=str(customer),
            kind="phone",
            value="13911112222",
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return customer
