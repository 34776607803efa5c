"""The watched groups' changes in the window (`POST /v1/watched`, `/v1/watched/seen`): each
user is listed their reach's changes since their own last look; "mark seen" moves only
their look, only up to the list they saw; the roles that are not listed them are refused."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from client.schema.base import utcnow
from client.schema.enums import Channel, InteractionKind, Role
from client.schema.models import Customer, Interaction
from client.schema.permissions import Reach, watch_reach
from sync.server.db import Database
from sync.server.feed import PendingChange, record
from sync.server.watch_groups import add_group
from tests.sync.conftest import Api
from tests.sync.imports_kit import add_reference_data, load_customers, run, write

ACCOUNTS = (
    "account_number,customer_number,product_code,currency,status,opened_on,balance,"
    "joint_holder_numbers\n"
    "A1,C001,SAV,CNY,open,2026-01-05,100.00,\n"
)


@pytest.fixture
def bank(api: Api, tmp_path: Path) -> Api:
    """C001, C002 at BJ01 (C001 owned by the BJ01 RM), C003 at SH01; a list group PICKED of
    C001 and C003, a rule group BJ of the BJ01 customers; then an account for C001 and an
    interaction with each of C002 and C003."""
    add_reference_data(api.db)
    load_customers(api.db, tmp_path)
    members = write(tmp_path, "picked.txt", "C001\nC003\n")
    assert run(api.db, "watch", "add", "PICKED", "--name", "Picked", "--members", members) == 0
    with api.db.writer() as session, session.begin():
        add_group(session, "BJ", "Beijing", utcnow(), rule='branch = "BJ01"')
        session.execute(
            update(Customer)
            .where(Customer.customer_number == "C001")
            .values(owning_rm_id=api.seeded.users["relationship_manager@BJ01"])
        )
    assert run(api.db, "import", "accounts", write(tmp_path, "a.csv", ACCOUNTS)) == 0
    _interaction(api.db, "C002", "asked about rates")
    _interaction(api.db, "C003", "wants a loan")
    return api


def _interaction(db: Database, number: str, subject: str) -> None:
    now = utcnow()
    with db.writer() as session, session.begin():
        cid = session.scalars(select(Customer.id).where(Customer.customer_number == number)).one()
        row = Interaction(
            id=uuid.uuid4(),
            version=0,
            customer_id=cid,
            kind=InteractionKind.CALL,
            channel=Channel.CALL_CENTRE,
            occurred_at=now,
            subject=subject,
        )
        session.add(row)
        record(session, [PendingChange(row, Interaction.__tablename__, "insert")], None, now)


def _listed(api: Api, auth: dict[str, str], **body: Any) -> dict[str, Any]:
    answer = api.client.post("/v1/watched", headers=auth, json=body)
    assert answer.status_code == 200, answer.text
    listed: dict[str, Any] = answer.json()
    return listed


def _lines(listed: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(group, customer, kind, detail), oldest first."""
    return [
        (c["group"], c["customer_number"], c["kind"], c["detail"])
        for c in reversed(listed["changes"])
    ]


def _seen(api: Api, auth: dict[str, str], up_to: int, **body: Any) -> dict[str, Any]:
    answer = api.client.post("/v1/watched/seen", headers=auth, json={"up_to": up_to, **body})
    assert answer.status_code == 200, answer.text
    seen: dict[str, Any] = answer.json()
    return seen


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_listed_its_reach_or_refused(bank: Api, role: Role) -> None:
    """The RM and the branch manager of BJ01 see the BJ01 customers' changes, head office
    every branch's; the counter, the call centre and the auditor are refused, asking and
    marking alike."""
    auth = bank.login(f"{role.value}@BJ01")
    if watch_reach(role) is Reach.NONE:
        assert role in (Role.TELLER, Role.CALL_CENTRE_AGENT, Role.AUDITOR)
        for path, body in (("/v1/watched", {}), ("/v1/watched/seen", {"up_to": 1})):
            refused = bank.client.post(path, headers=auth, json=body)
            assert refused.status_code == 403, refused.text
            assert refused.json()["code"] == "forbidden"
        return
    listed = _listed(bank, auth)
    bj = [
        ("PICKED", "C001", "new account", "A1 (CNY)"),
        ("BJ", "C001", "new account", "A1 (CNY)"),
        ("BJ", "C002", "interaction", "call: asked about rates"),
    ]
    sh = [("PICKED", "C003", "interaction", "call: wants a loan")]
    expected = bj + sh if role is Role.HEAD_OFFICE else bj
    assert sorted(_lines(listed)) == sorted(expected)
    assert listed["total"] == len(expected)
    counts = {g["code"]: g["unseen"] for g in listed["groups"]}
    assert counts == {
        "PICKED": sum(1 for g, *_ in expected if g == "PICKED"),
        "BJ": 2,
    }
    mine = {c["customer_number"] for c in listed["changes"] if c["mine"]}
    assert mine == ({"C001"} if role is Role.RELATIONSHIP_MANAGER else set())
    assert listed["reach"] == watch_reach(role).value


def test_seen_is_each_users_own_and_only_up_to_the_list_they_saw(bank: Api) -> None:
    rm = bank.login("relationship_manager@BJ01")
    manager = bank.login("branch_manager@BJ01")
    first = _listed(bank, rm)
    assert first["total"] == 3
    _interaction(bank.db, "C001", "came in about a card")  # after the list was read
    assert _seen(bank, rm, first["latest"]) == {"groups": 2, "up_to": first["latest"]}
    again = _listed(bank, rm)  # only what came after the list they marked
    assert _lines(again) == [
        ("BJ", "C001", "interaction", "call: came in about a card"),
        ("PICKED", "C001", "interaction", "call: came in about a card"),
    ]
    assert _listed(bank, manager)["total"] == 5  # another user's look is their own
    # marking one group leaves the other; marking back in time moves nothing
    assert _seen(bank, rm, again["latest"], group="BJ")["groups"] == 1
    assert _lines(_listed(bank, rm)) == [
        ("PICKED", "C001", "interaction", "call: came in about a card")
    ]
    assert _seen(bank, rm, 0)["groups"] == 0
    assert _seen(bank, rm, again["latest"])["groups"] == 1
    assert _listed(bank, rm)["total"] == 0
    # the CLI look of a branch is not the window's
    assert run(bank.db, "watch", "changes", "BJ", "--branch", "BJ01") == 0
    assert _listed(bank, manager)["total"] == 5


def test_a_group_asked_by_code_and_an_unknown_one(bank: Api) -> None:
    office = bank.login("head_office@BJ01")
    picked = _listed(bank, office, group="PICKED")
    assert [g["code"] for g in picked["groups"]] == ["PICKED"]
    assert {c["customer_number"] for c in picked["changes"]} == {"C001", "C003"}
    assert _listed(bank, office, limit=1)["changes"][0]["customer_number"] == "C003"  # newest
    for path, body in (("/v1/watched", {}), ("/v1/watched/seen", {"up_to": 1})):
        missing = bank.client.post(path, headers=office, json={**body, "group": "NOPE"})
        assert missing.status_code == 404 and missing.json()["code"] == "not_found", missing.text
