"""`POST /v1/audit/search`: who may search the server's audit trail and what it answers.

A teller's workstation opens a customer and changes its phone twice; the auditor's search
finds both, with the teller's name and workstation and the phone numbers masked; the
permission table's `search` right decides who may ask, and how far.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from client.audit_query import Filters, may_search_trail, may_see_history
from client.reads import customer_360
from client.schema.enums import AuditAction, ContactKind, Role
from client.schema.models import ContactPoint
from client.work import set_contact
from sync.engine.audit_trail import search_trail
from sync.engine.transport import RefusedError
from tests.sync.conftest import Api
from tests.sync.engine_kit import Workstation, seed_customers, workstation

OWN = "CBJ0100001"
OTHER = "CSH0100000"
OLD_PHONE, NEW_PHONE = "13800138000", "13912345678"


@pytest.fixture
def trail(api: Api, tmp_path: Path) -> Iterator[Workstation]:
    """A teller of BJ01 who viewed OWN and set its phone twice, all uploaded; SH01 has OTHER."""
    seed_customers(api, "BJ01", 2)
    seed_customers(api, "SH01", 1)
    station = workstation(api, tmp_path / "counter", "teller@BJ01")
    station.engine.sync()
    customer = customer_360(station.cache, OWN)
    for phone in (OLD_PHONE, NEW_PHONE):
        with station.cache.session() as session:
            set_contact(session, customer.customer_id, ContactKind.PHONE, phone)
    station.engine.sync()
    yield station
    station.close()


def _search(api: Api, who: str, **body: Any) -> Any:
    return api.client.post("/v1/audit/search", headers=api.login(who), json=body)


def test_the_rights_come_from_the_permission_table() -> None:
    assert [r for r in Role if may_search_trail(r)] == [Role.HEAD_OFFICE, Role.AUDITOR]
    assert [r for r in Role if may_see_history(r)] == [
        Role.BRANCH_MANAGER,
        Role.HEAD_OFFICE,
        Role.AUDITOR,
    ]
    assert not may_see_history(None)


def test_the_auditor_finds_another_users_view_and_changes_with_the_numbers_masked(
    api: Api, trail: Workstation
) -> None:
    response = _search(api, "auditor@SH01", customer_number=OWN.lower())
    assert response.status_code == 200, response.text
    answer = response.json()
    assert not answer["truncated"]
    lines = answer["events"]
    assert [line["action"] for line in lines] == ["view", "create", "update"]
    assert {line["user"] for line in lines} == {"teller@BJ01"}
    assert {line["workstation"] for line in lines} == {"test counter"}
    assert {line["customer_number"] for line in lines} == {OWN}
    update = lines[-1]
    assert update["entity"] == ContactPoint.__tablename__
    assert update["change"]["fields"] == ["value"]
    assert update["change"]["old"]["value"] == "138****8000"
    assert update["change"]["new"]["value"] == "139****5678"
    assert OLD_PHONE not in response.text and NEW_PHONE not in response.text


def test_filters_by_user_action_and_time_and_the_newest_when_limited(
    api: Api, trail: Workstation
) -> None:
    views = _search(api, "auditor@BJ01", username="teller@BJ01", action="view").json()
    assert [(e["action"], e["customer_number"]) for e in views["events"]] == [("view", OWN)]
    logins = _search(api, "head_office@BJ01", action="login", since="2000-01-01").json()
    assert {e["user"] for e in logins["events"]} >= {"teller@BJ01"}
    later = _search(api, "auditor@BJ01", customer_number=OWN, since="2999-01-01T00:00:00")
    assert later.json()["events"] == []
    newest = _search(api, "auditor@BJ01", customer_number=OWN, limit=1).json()
    assert newest["truncated"] and [e["action"] for e in newest["events"]] == ["update"]


@pytest.mark.parametrize("role", ["teller", "relationship_manager", "call_centre_agent"])
def test_roles_without_the_right_are_refused_as_forbidden(
    api: Api, trail: Workstation, role: str
) -> None:
    response = _search(api, f"{role}@BJ01", customer_number=OWN)
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


def test_a_branch_manager_reads_the_history_of_own_branch_customers_only(
    api: Api, trail: Workstation
) -> None:
    own = _search(api, "branch_manager@BJ01", customer_number=OWN)
    assert own.status_code == 200 and len(own.json()["events"]) == 3
    other = _search(api, "branch_manager@BJ01", customer_number=OTHER)
    assert (other.status_code, other.json()["code"]) == (403, "outside_scope")
    everything = _search(api, "branch_manager@BJ01")
    assert (everything.status_code, everything.json()["code"]) == (403, "forbidden")


def test_bad_filters_are_refused_not_failed(api: Api) -> None:
    auth = {**api.login("auditor@BJ01"), "Content-Type": "application/json"}
    for body in (
        '{"action": "peek"}',
        '{"customer_number": "C\\ud800"}',
        '{"username": "a\\u202eb"}',
        '{"since": "0001-01-01T00:00:00+14:00"}',
        '{"limit": 0}',
    ):
        response = api.client.post("/v1/audit/search", headers=auth, content=body)
        assert response.status_code == 422, (body, response.text)


def test_the_engine_reads_the_answer_as_event_lines(
    api: Api, trail: Workstation, tmp_path: Path
) -> None:
    auditor = workstation(api, tmp_path / "audit", "auditor@BJ01")
    try:
        found = search_trail(auditor.engine, Filters(customer_number=OWN))
        assert found.online and not found.truncated
        assert [line.action for line in found.lines] == ["view", "create", "update"]
        assert found.lines[-1].values_text() == "value: 138****8000 → 139****5678"
        assert all(isinstance(line.event_id, uuid.UUID) for line in found.lines)
        with pytest.raises(RefusedError) as refused:
            search_trail(trail.engine, Filters(customer_number=OWN, action=AuditAction.VIEW))
        assert refused.value.server_code == "forbidden"
    finally:
        auditor.close()
