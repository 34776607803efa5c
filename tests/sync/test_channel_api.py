"""The channel feed API: service accounts post interactions in bulk and read summaries.

Over HTTP against the real app (SQLite and PostgreSQL): items answered one by one, a re-post
recorded once, the channel, author and branch the server's, what arrives pulled by the
customer's branch and shown in the 360 with its channel, summaries masked, each request in
the server's audit trail, revocation at once; and the `guitai-server service` commands.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from client.audit_query import Filters, events
from client.customer360.load import load_customer_360
from client.customer360.text import interactions as interaction_lines
from client.schema.models import Interaction
from sync.server.app import create_app
from sync.server.audit import verify
from sync.server.channel_feed import Batch
from sync.server.cli import main as server_main
from sync.server.db import make_engine
from sync.server.service_accounts import add_service, revoke_service
from sync.server.tables import service_account
from tests.sync.conftest import Api, make_settings, seed_org
from tests.sync.engine_kit import workstation
from tests.sync.world_kit import build_world

FEED = "/v1/channel/interactions"
BJ_CUSTOMER, SH_CUSTOMER = "C00000", "C10001"
"""The world's customers of BJ01 and SH01 (`build_world`)."""


def summary_url(number: str) -> str:
    return f"/v1/channel/customers/{number}"


def service(api: Api, name: str = "internet-banking", channel: str = "internet") -> dict[str, str]:
    """A new service account's request headers."""
    with api.db.writer() as session, session.begin():
        _, token = add_service(session, name, channel, datetime.now(UTC))
    return {**api.headers, "Authorization": f"Bearer {token}"}


def item(number: str, external_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "customer_number": number,
        "occurred_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
        "kind": "service_request",
        "subject": "card limit raised in the app",
        **extra,
    }


def post(api: Api, auth: dict[str, str], *items: Any) -> dict[str, Any]:
    response = api.client.post(FEED, headers=auth, json={"items": list(items)})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def interactions_with(api: Api, external_id: str) -> list[Interaction]:
    with api.db.reader() as session:
        found = session.scalars(select(Interaction).where(Interaction.external_id == external_id))
        return list(found)


def test_each_bad_item_is_answered_alone_and_the_rest_are_recorded(api: Api) -> None:
    build_world(api)
    auth = service(api)
    naive = item(BJ_CUSTOMER, "ib-6")
    naive["occurred_at"] = "2025-11-03T14:30:00"
    answer = post(
        api,
        auth,
        item(BJ_CUSTOMER, "ib-1"),
        item("C9999", "ib-2"),
        item(BJ_CUSTOMER, "ib-3", kind="séance"),
        item(BJ_CUSTOMER, "ib-4", channel="counter"),
        "not an object",
        naive,
        item(SH_CUSTOMER, "ib-7", subject="x" * 201),
        item(SH_CUSTOMER, "ib-8", subject="reset \u202e password"),
        item(SH_CUSTOMER, "ib-9", occurred_at=(datetime.now(UTC) + timedelta(days=1)).isoformat()),
        item(SH_CUSTOMER, "ib-10", occurred_at="2001-01-01T00:00:00+08:00"),
        item(SH_CUSTOMER.lower(), "ib-11", user_id=str(uuid.uuid4())),
        item(SH_CUSTOMER.lower(), "ib-12"),
    )
    codes = {r["index"]: (r["status"], r["code"]) for r in answer["results"]}
    assert codes == {
        0: ("created", ""),
        1: ("rejected", "not_found"),
        2: ("rejected", "bad_row"),
        3: ("rejected", "server_field"),
        4: ("rejected", "bad_row"),
        5: ("rejected", "no_time_zone"),
        6: ("rejected", "too_long"),
        7: ("rejected", "bad_character"),
        8: ("rejected", "in_future"),
        9: ("rejected", "backdated"),
        10: ("rejected", "server_field"),
        11: ("created", ""),
    }
    assert (answer["created"], answer["duplicates"], answer["rejected"]) == (2, 0, 10)
    assert "C9999" in answer["results"][1]["reason"]
    assert answer["results"][1]["external_id"] == "ib-2"
    assert [r["external_id"] for r in answer["results"]][4] is None
    (recorded,) = interactions_with(api, "ib-1")
    assert uuid.UUID(answer["results"][0]["interaction_id"]) == recorded.id
    assert (recorded.channel.value, recorded.user_id) == ("internet", None)
    assert recorded.branch_id == api.seeded.branches["BJ01"]  # the customer's home branch
    (sh,) = interactions_with(api, "ib-12")
    assert sh.branch_id == api.seeded.branches["SH01"]
    for refused in ("ib-2", "ib-3", "ib-4", "ib-9", "ib-10", "ib-11"):
        assert interactions_with(api, refused) == []


def test_a_batch_sent_again_is_recorded_once(api: Api) -> None:
    build_world(api)
    auth = service(api, "call-centre", "call_centre")
    batch = [item(BJ_CUSTOMER, "cc-1"), item(SH_CUSTOMER, "cc-2"), item(BJ_CUSTOMER, "cc-1")]
    first = post(api, auth, *batch)
    assert [r["status"] for r in first["results"]] == ["created", "created", "duplicate"]
    assert first["results"][2]["interaction_id"] == first["results"][0]["interaction_id"]
    again = post(api, auth, *batch)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert [r["interaction_id"] for r in again["results"]] == [
        r["interaction_id"] for r in first["results"]
    ]
    assert len(interactions_with(api, "cc-1")) == 1
    other = post(api, service(api, "mobile-app", "mobile"), item(BJ_CUSTOMER, "cc-1"))
    assert other["results"][0]["status"] == "rejected"
    assert other["results"][0]["code"] == "id_taken"
    assert "call_centre" in other["results"][0]["reason"]


def test_an_external_id_recorded_meanwhile_by_another_request_is_told_apart(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recorded between the batch's look-up and its insert (a concurrent request): the
    unique index catches it; the batch's other items are still recorded."""
    build_world(api)
    first = post(api, service(api, "call-centre", "call_centre"), item(BJ_CUSTOMER, "r-1"))
    looked_up = Batch._known
    calls = []

    def blind_once(batch: Batch, external_ids: set[str]) -> Any:
        calls.append(external_ids)
        return {} if len(calls) == 1 else looked_up(batch, external_ids)

    monkeypatch.setattr(Batch, "_known", blind_once)
    again = post(
        api,
        service(api, "call-centre-2", "call_centre"),
        item(BJ_CUSTOMER, "r-1"),
        item(BJ_CUSTOMER, "r-2"),
    )
    assert [r["status"] for r in again["results"]] == ["duplicate", "created"]
    assert again["results"][0]["interaction_id"] == first["results"][0]["interaction_id"]
    calls.clear()
    other = post(api, service(api, "mobile-app", "mobile"), item(SH_CUSTOMER, "r-1"))
    assert other["results"][0]["code"] == "id_taken"
    assert len(interactions_with(api, "r-1")) == 1 and len(interactions_with(api, "r-2")) == 1


def test_what_a_channel_posts_reaches_the_branch_and_its_360_shows_the_channel(
    api: Api, tmp_path: Path
) -> None:
    build_world(api)
    teller = workstation(api, tmp_path / "counter", "teller@BJ01")
    try:
        teller.engine.sync()
        auth = service(api, "mobile-app", "mobile")
        post(api, auth, item(BJ_CUSTOMER, "m-1", subject="lost card reported in the app"))
        post(api, auth, item(SH_CUSTOMER, "m-2", subject="not for Beijing"))
        teller.engine.sync()
        with teller.cache.session() as session:
            view = load_customer_360(session, customer_number=BJ_CUSTOMER)
            subjects = {i.subject for i in session.scalars(select(Interaction))}
        assert "not for Beijing" not in subjects
        (shown,) = [i for i in view.interactions if i.subject == "lost card reported in the app"]
        assert shown.channel == "mobile" and shown.staff is None
        assert any("mobile" in line and "lost card" in line for line in interaction_lines(view))
    finally:
        teller.close()


def test_a_summary_is_masked_and_holds_no_balances(api: Api) -> None:
    build_world(api)
    auth = service(api)
    now = datetime.now(UTC).isoformat()
    post(
        api, auth, item(BJ_CUSTOMER, "ib-1", kind="complaint", subject="app froze", occurred_at=now)
    )
    response = api.client.get(summary_url(BJ_CUSTOMER), headers=auth)
    assert response.status_code == 200, response.text
    found = response.json()
    assert found["customer_number"] == BJ_CUSTOMER and found["home_branch"] == "BJ01"
    assert found["national_id"] == "110***********023X"
    assert [c["value"] for c in found["contacts"]] == ["138****0567"]
    assert [a["account_number"] for a in found["accounts"]] == ["*****0001"]
    assert "balance" not in json.dumps(found)
    newest = found["recent_interactions"][0]
    assert (newest["channel"], newest["kind"], newest["subject"]) == (
        "internet",
        "complaint",
        "app froze",
    )
    assert {i["channel"] for i in found["recent_interactions"]} == {"internet", "counter"}
    lower = api.client.get(summary_url(BJ_CUSTOMER.lower()), headers=auth)
    assert lower.status_code == 200 and lower.json() == found
    missing = api.client.get(summary_url("C9999"), headers=auth)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_every_summary_read_and_batch_is_in_the_audit_trail(api: Api) -> None:
    build_world(api)
    auth = service(api)
    post(api, auth, item(BJ_CUSTOMER, "ib-1"), item("C9999", "ib-2"))
    assert api.client.get(summary_url(SH_CUSTOMER), headers=auth).status_code == 200
    with api.db.reader() as session:
        trail = events(session, Filters(limit=100))
        (read,) = [e for e in trail if e.action == "view"]
        (batch,) = [e for e in trail if e.action == "create" and e.entity == "interaction"]
    assert read.customer_number == SH_CUSTOMER and read.user_id is None
    assert "internet-banking (internet)" in read.detail
    assert "1 recorded" in batch.detail and "1 rejected" in batch.detail
    assert read.device_id == batch.device_id  # the account's own chain
    with api.db.engine.connect() as conn:
        verdict = verify(conn)
    assert verdict.broken is None, verdict.broken
    changes, _ = api.pull_all(api.login("auditor@BJ01"))
    pulled = {c["row"]["id"] for c in changes if c["table"] == "audit_event"}
    assert str(read.event_id) in pulled


def test_a_revoked_or_unknown_service_token_is_refused_at_once(api: Api) -> None:
    build_world(api)
    auth = service(api)
    assert api.client.get(summary_url(BJ_CUSTOMER), headers=auth).status_code == 200
    with api.db.writer() as session, session.begin():
        assert revoke_service(session, "internet-banking", datetime.now(UTC)) is not None
    revoked = api.client.get(summary_url(BJ_CUSTOMER), headers=auth)
    assert revoked.status_code == 401 and revoked.json()["code"] == "account_disabled"
    posted = api.client.post(FEED, headers=auth, json={"items": [item(BJ_CUSTOMER, "late")]})
    assert posted.status_code == 401 and interactions_with(api, "late") == []
    forged = {**api.headers, "Authorization": "Bearer gsvc_made-up"}
    unknown = api.client.get(summary_url(BJ_CUSTOMER), headers=forged)
    assert unknown.status_code == 401 and unknown.json()["code"] == "signed_out"


def test_a_batch_over_the_body_limit_is_refused_before_it_is_read(
    database_url: str,
) -> None:
    app = create_app(database_url, make_settings(max_body_bytes=20_000))
    with TestClient(app) as client:
        api = Api(client, seed_org(app.state.guitai.db), app.state.guitai.db)
        auth = service(api)
        items = [item(BJ_CUSTOMER, f"big-{n}", notes="n" * 500) for n in range(60)]
        response = client.post(FEED, headers=auth, json={"items": items})
        assert response.status_code == 413, response.text
        assert response.json()["code"] == "body_too_large"
        too_many = client.post(FEED, headers=auth, json={"items": [{}] * 1001})
        assert too_many.status_code == 422
        assert too_many.json()["code"] == "invalid_request"


# --- guitai-server service ----------------------------------------------------------------


def test_service_commands_add_list_and_revoke(
    database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--database", database_url]
    assert server_main(["service", "add", "ib", "--channel", "internet", *db]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert token.startswith("gsvc_") and "shown this once" in err
    assert server_main(["service", "add", "ib", "--channel", "mobile", *db]) == 2
    assert "exists already" in capsys.readouterr().err
    assert server_main(["service", "add", "Bad Name", "--channel", "mobile", *db]) == 2
    assert "not a service account name" in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:
        server_main(["service", "add", "teller-app", "--channel", "counter", *db])
    assert refused.value.code == 2
    capsys.readouterr()
    out_file = tmp_path / "cc.token"
    args = ["service", "add", "cc", "--channel", "call_centre", "--token-out", str(out_file)]
    assert server_main([*args, *db]) == 0
    assert out_file.read_text().startswith("gsvc_")
    assert os.stat(out_file).st_mode & 0o777 == 0o600
    assert token not in capsys.readouterr().out
    assert server_main(["service", "list", "--json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["name"], s["channel"], s["revoked"]) for s in listed] == [
        ("cc", "call_centre", False),
        ("ib", "internet", False),
    ]
    assert server_main(["service", "revoke", "ib", *db]) == 0
    assert "stops working" in capsys.readouterr().out
    assert server_main(["service", "revoke", "nobody", *db]) == 3
    capsys.readouterr()
    assert server_main(["service", "list", *db]) == 0
    table = capsys.readouterr().out
    assert "revoked" in table.splitlines()[2] and "active" in table.splitlines()[1]
    engine = make_engine(database_url)
    with engine.connect() as conn:
        stored = conn.execute(select(service_account)).mappings().all()
    engine.dispose()
    assert len(stored) == 2
    assert all(token not in json.dumps(dict(row), default=str) for row in stored)
