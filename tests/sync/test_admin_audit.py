"""Every `guitai-server` command that changes data writes one audit event in the
administration chain (`sync.server.admin_audit`), in its own transaction: user disable,
device revoke, segment add, campaign add, milestone set, feedback answer and an import run
(one event for the file, not one per row), each with its action, entity, what was done and
by which account of the server's machine, and the old and new values where there are any.
`audit verify` holds over them mixed with the workstations' chains and the API's answer
chain; `audit list` finds them; a changed admin event breaks `audit verify`. SQLite and
PostgreSQL."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from client.schema.base import utcnow
from client.schema.enums import FeedbackVerdict
from client.schema.models import AuditEvent, Segment
from sync.server import admin_audit
from sync.server.admin_audit import ADMIN_CHAIN_ID
from sync.server.cli import main
from tests.sync.conftest import Api, entry
from tests.sync.engine_kit import seed_customers

PRODUCTS = "product_code,name,family,line\nWLTH,Wealth plan,wealth,retail\n"


def run(api: Api, *argv: str) -> int:
    return main([*argv, "--database", api.db.engine.url.render_as_string(hide_password=False)])


def admin_events(api: Api) -> list[AuditEvent]:
    with api.db.reader() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.device_id == ADMIN_CHAIN_ID)
                .order_by(AuditEvent.device_seq)
            )
        )


def last(api: Api) -> AuditEvent:
    return admin_events(api)[-1]


def change(event: AuditEvent) -> dict[str, Any]:
    return json.loads(event.change) if event.change else {}


def feedback(api: Api, customer_id: uuid.UUID, segment_code: str) -> uuid.UUID:
    """A teller of BJ01 pushes "agree" feedback on a customer in `segment_code`."""
    with api.db.reader() as session:
        segment = session.scalar(select(Segment.id).where(Segment.code == segment_code))
    fid = uuid.uuid4()
    row = entry(
        "segment_feedback",
        fid,
        segment_id=str(segment),
        customer_id=str(customer_id),
        branch_id=str(api.seeded.branches["BJ01"]),
        user_id=str(api.seeded.users["teller@BJ01"]),
        verdict=FeedbackVerdict.AGREE.value,
        comment="fits",
        created_at=utcnow().isoformat(),
    )
    [result] = api.push(api.login("teller@BJ01"), row)
    assert result["status"] == "applied", result
    return fid


@pytest.fixture(autouse=True)
def _os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin_audit.getpass, "getuser", lambda: "it.admin")


def test_each_command_writes_one_event_and_the_trail_holds(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customers = seed_customers(api, "BJ01", 2)
    device = uuid.uuid4()
    api.login("teller@BJ01", device)
    assert admin_events(api) == []

    products = tmp_path / "products.csv"
    products.write_text(PRODUCTS, encoding="utf-8")
    assert run(api, "import", "products", str(products)) == 0
    [imported] = admin_events(api)
    assert (imported.action, imported.entity) == ("create", "products")
    assert imported.detail == (
        "import products products.csv: 1 created, 0 updated, 0 unchanged, 0 bad line(s) "
        "skipped by it.admin"
    )
    assert change(imported) == {
        "file": str(products),
        "table": "products",
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
    }
    assert run(api, "import", "products", str(products), "--dry-run") == 0
    assert run(api, "import", "products", str(products)) == 0
    assert len(admin_events(api)) == 1  # a dry run or a run with every line unchanged

    assert run(api, "segment", "add", "MASS", "--name", "Mass", "--rule", 'branch = "BJ01"') == 0
    segment = last(api)
    assert (segment.action, segment.entity, segment.detail) == (
        "create",
        "segment",
        "segment add MASS by it.admin",
    )
    assert change(segment)["new"] == {"code": "MASS", "name": "Mass", "rule": 'branch = "BJ01"'}
    assert run(api, "segment", "evaluate") == 0
    assert last(api).detail == "segment evaluate (all): 2 moved by it.admin"

    campaign = [
        *("campaign", "add", "GOLD", "--product", "WLTH", "--rule", "total_balance >= 1"),
        *("--priority", "5", "--from", "2020-01-01", "--to", "2099-12-31", "--reason", "why"),
    ]
    assert run(api, *campaign) == 0
    added = last(api)
    assert (added.action, added.entity) == ("create", "campaign")
    assert added.detail == "campaign add GOLD (WLTH, 2020-01-01 to 2099-12-31) by it.admin"
    assert added.entity_id is not None

    target = ["milestone", "set", "--branch", "BJ01", "--period", "2026H2"]
    assert run(api, *target, "--figure", "interactions", "--target", "40") == 0
    assert (last(api).action, change(last(api))["new"]) == ("create", {"target": "40"})
    assert run(api, *target, "--figure", "interactions", "--target", "50") == 0
    moved = last(api)
    assert (moved.action, moved.entity) == ("update", "milestone")
    assert moved.detail == "milestone set BJ01 2026H2 interactions by it.admin"
    assert change(moved) == {
        "fields": ["target"],
        "old": {"target": "40"},
        "new": {"target": "50"},
    }

    by_cli = feedback(api, customers[0], "MASS")
    by_api = feedback(api, customers[1], "MASS")
    assert run(api, "feedback", "answer", str(by_cli), "--reject", "--reply", "stays") == 0
    answered = last(api)
    assert (answered.action, answered.entity, answered.entity_id) == (
        "update",
        "segment_feedback",
        by_cli,
    )
    assert answered.customer_id == customers[0]
    assert answered.detail == f"feedback answer {by_cli}: stays by it.admin"
    assert change(answered)["old"] == {"status": "open"}
    assert change(answered)["new"] == {"status": "rejected"}
    head = api.login("head_office@SH01")  # the window's answer: its own chain, mixed in
    response = api.client.post(
        "/v1/feedback/answer",
        headers=head,
        json={"id": str(by_api), "accept": True, "reply": "agreed"},
    )
    assert response.status_code == 200, response.text

    assert run(api, "user", "disable", "teller@BJ01") == 0
    disabled = last(api)
    teller = api.seeded.users["teller@BJ01"]
    assert (disabled.action, disabled.entity, disabled.entity_id) == (
        "update",
        "user_account",
        teller,
    )
    assert disabled.user_id == teller
    assert disabled.detail == "user disable teller@BJ01 by it.admin"
    assert change(disabled) == {
        "fields": ["active"],
        "old": {"active": True},
        "new": {"active": False},
    }

    assert run(api, "device", "revoke", str(device)) == 0
    revoked = last(api)
    assert (revoked.action, revoked.entity, revoked.entity_id) == ("update", "device", device)
    assert revoked.detail == f"device revoke {device} by it.admin"
    assert change(revoked)["old"] == {"revoked_at": None}
    assert change(revoked)["new"]["revoked_at"]

    events = admin_events(api)
    assert [e.device_seq for e in events] == list(range(1, len(events) + 1))
    assert [e.entity for e in events] == [
        "products",
        "segment",
        "customer",
        "campaign",
        "milestone",
        "milestone",
        "segment_feedback",
        "user_account",
        "device",
    ]
    assert all(e.version > 0 for e in events)  # they replicate: each went through the feed

    capsys.readouterr()
    assert run(api, "audit", "verify") == 0
    assert "the audit trail holds" in capsys.readouterr().out
    assert run(api, "audit", "list", "--user", "teller@BJ01", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert [e["detail"] for e in found if e["device_id"] == str(ADMIN_CHAIN_ID)] == [
        "user disable teller@BJ01 by it.admin"
    ]
    assert run(api, "audit", "list", "--customer", "CBJ0100000", "--json") == 0
    assert [e["entity"] for e in json.loads(capsys.readouterr().out)] == ["segment_feedback"]

    with api.db.writer() as session, session.begin():  # an admin event changed behind our back
        session.execute(
            update(AuditEvent).where(AuditEvent.id == disabled.id).values(detail="nothing happened")
        )
    assert run(api, "audit", "verify") == 1
    assert str(disabled.id) in capsys.readouterr().err


def test_a_refused_command_records_nothing(api: Api) -> None:
    assert run(api, "user", "disable", "nobody") == 3
    assert run(api, "device", "revoke", str(uuid.uuid4())) == 3
    assert admin_events(api) == []
