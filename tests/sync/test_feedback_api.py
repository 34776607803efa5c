"""Head office's side of segment feedback over the API (`GET /v1/feedback`, `POST
/v1/feedback/answer`): head office lists the open feedback and answers it from a
workstation; an accepted move reaches the branch's workstation by its pull, with the answer;
the answer is audited; every other role is refused; a branch may say "watch"."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from client.customer360 import load_customer_360
from client.schema.base import utcnow
from client.schema.enums import AuditAction, FeedbackVerdict, Role
from client.schema.models import AuditEvent, SegmentFeedback
from sync.engine.feedback import answer_feedback, server_feedback
from sync.engine.signin import device_id
from sync.engine.transport import SyncError
from sync.feedback_protocol import FeedbackShown
from sync.server import audit, segments
from sync.server.feedback_api import answer_chain
from tests.sync.conftest import Api, entry
from tests.sync.engine_kit import seed_customers, workstation
from tests.sync.rules_kit import NOW


def _feedback(api: Api, customer_id: uuid.UUID, segment: uuid.UUID, **fields: Any) -> str:
    """A teller of BJ01 pushes segment feedback on a customer; its id."""
    auth = api.login("teller@BJ01")
    fid = uuid.uuid4()
    row = entry(
        "segment_feedback",
        fid,
        segment_id=str(segment),
        customer_id=str(customer_id),
        branch_id=str(api.seeded.branches["BJ01"]),
        user_id=str(api.seeded.users["teller@BJ01"]),
        comment="runs a shop with her husband",
        created_at=utcnow().isoformat(),
        **fields,
    )
    results = api.push(auth, row)
    assert results[0]["status"] == "applied", results
    return str(fid)


def _segments(api: Api) -> tuple[uuid.UUID, uuid.UUID]:
    with api.db.writer() as session, session.begin():
        mass = segments.add_segment(session, "MASS", "Mass", "", NOW, rule='branch = "BJ01"')
        sme = segments.add_segment(session, "SME", "Small business", "", NOW)
        segments.evaluate(session, NOW)
        return mass.id, sme.id


def test_head_office_answers_from_a_workstation_and_the_branch_sees_it(
    api: Api, tmp_path: Path
) -> None:
    ids = seed_customers(api, "BJ01", 3)
    mass_id, sme_id = _segments(api)
    move = _feedback(
        api,
        ids[0],
        mass_id,
        verdict=FeedbackVerdict.SUGGEST_OTHER.value,
        suggested_segment_id=str(sme_id),
    )
    agree = _feedback(api, ids[1], mass_id, verdict=FeedbackVerdict.AGREE.value)
    branch = workstation(api, tmp_path / "bj", "teller@BJ01")
    head = workstation(api, tmp_path / "ho", "head_office@SH01")
    try:
        branch.engine.sync()
        listed = server_feedback(head.engine, FeedbackShown.OPEN).lines
        assert [(f.customer_number, f.verdict, f.suggested, f.branch, f.user) for f in listed] == [
            ("CBJ0100000", "suggest_other", "SME", "BJ01", "teller@BJ01"),
            ("CBJ0100001", "agree", None, "BJ01", "teller@BJ01"),
        ]
        assert (listed[0].customer_name, listed[0].current_segment) == ("张伟", "MASS")
        assert listed[0].reason == "runs a shop with her husband"
        assert server_feedback(head.engine, FeedbackShown.ANSWERED).lines == []

        answered = answer_feedback(
            head.engine, uuid.UUID(move), accept=True, reply="agreed: a shop"
        )
        assert answered.moved
        assert (answered.line.status, answered.line.current_segment) == ("accepted", "SME")
        answer_feedback(head.engine, uuid.UUID(agree), accept=False, reply=" fine as it is ")
        with pytest.raises(SyncError) as again:
            answer_feedback(head.engine, uuid.UUID(agree), accept=True, reply="x")
        assert again.value.server_code == "feedback_answered"
        with pytest.raises(SyncError) as unknown:
            answer_feedback(head.engine, uuid.uuid4(), accept=True, reply="x")
        assert unknown.value.server_code == "not_found"
        assert server_feedback(head.engine, FeedbackShown.OPEN).lines == []
        shown = server_feedback(head.engine, FeedbackShown.ANSWERED).lines
        assert {(f.customer_number, f.status, f.reply) for f in shown} == {
            ("CBJ0100000", "accepted", "agreed: a shop"),
            ("CBJ0100001", "rejected", "fine as it is"),
        }
        assert len(server_feedback(head.engine, FeedbackShown.ALL).lines) == 2

        # the branch's workstation pulls the move and the answers
        branch.engine.sync()
        assert branch.customer("CBJ0100000").segment_id == sme_id
        with branch.cache.session() as session:
            view = load_customer_360(session, customer_number="CBJ0100000")
            assert [(f.status, f.reply, f.suggested) for f in view.segment_feedback] == [
                ("accepted", "agreed: a shop", "Small business")
            ]
            assert view.segment == "Small business"
            other = session.get(SegmentFeedback, uuid.UUID(agree))
            assert other is not None and (other.status, other.reply) == (
                "rejected",
                "fine as it is",
            )
        # the rules say MASS; the accepted move keeps the customer in SME
        with api.db.writer() as session, session.begin():
            assert segments.evaluate(session, NOW).moved == 0

        # each answer is audited, by head office's user, in a chain the server wrote
        with api.db.reader() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "segment_feedback")
                .order_by(AuditEvent.device_seq)
            ).all()
            verdict = audit.verify(session.connection())
        assert [(e.action, str(e.entity_id), e.customer_id) for e in events] == [
            (AuditAction.UPDATE, move, ids[0]),
            (AuditAction.UPDATE, agree, ids[1]),
        ]
        assert {e.user_id for e in events} == {api.seeded.users["head_office@SH01"]}
        assert {e.device_id for e in events} == {answer_chain(device_id(head.cache))}
        assert "accepted" in events[0].detail and "agreed: a shop" in events[0].detail
        assert verdict.broken is None, verdict.broken
    finally:
        branch.close()
        head.close()


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.HEAD_OFFICE])
def test_every_other_role_is_refused(api: Api, role: Role) -> None:
    ids = seed_customers(api, "BJ01", 1)
    mass_id, _ = _segments(api)
    fid = _feedback(api, ids[0], mass_id, verdict=FeedbackVerdict.DISAGREE.value)
    auth = api.login(f"{role.value}@BJ01")
    listing = api.client.get("/v1/feedback", headers=auth, params={"status": "all"})
    answering = api.client.post(
        "/v1/feedback/answer", headers=auth, json={"id": fid, "accept": True, "reply": "mine"}
    )
    assert (listing.status_code, listing.json()["code"]) == (403, "not_head_office")
    assert (answering.status_code, answering.json()["code"]) == (403, "not_head_office")
    with api.db.reader() as session:
        row = session.get_one(SegmentFeedback, uuid.UUID(fid))
        assert (row.status, row.reply) == ("open", "")


def test_a_branch_may_say_watch_and_head_office_reads_it(api: Api) -> None:
    ids = seed_customers(api, "BJ01", 1)
    mass_id, _ = _segments(api)
    fid = _feedback(api, ids[0], mass_id, verdict=FeedbackVerdict.WATCH.value)
    auth = api.login("head_office@BJ01")
    response = api.client.get("/v1/feedback", headers=auth)
    assert response.status_code == 200, response.text
    [line] = response.json()["lines"]
    assert (line["id"], line["verdict"], line["status"]) == (fid, "watch", "open")
    hidden = api.client.post(
        "/v1/feedback/answer",
        headers=auth,
        json={"id": fid, "accept": True, "reply": "looks \u202efine"},
    )  # a reply is cleaned as a push's texts are: a bidi control is refused, nothing answered
    assert (hidden.status_code, hidden.json()["code"]) == (422, "bad_character")
    accepted = api.client.post(
        "/v1/feedback/answer",
        headers=auth,
        json={"id": fid, "accept": True, "reply": "we will look again in March"},
    )
    assert accepted.status_code == 200, accepted.text
    assert not accepted.json()["moved"]  # a "watch" moves nobody
    assert accepted.json()["line"]["current_segment"] == "MASS"
