"""Branch feedback on segments: head office lists it, answers it; an accepted move overrides
the rules until lifted; the branch workstation sees the move and the answer after a pull."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from client.customer360 import load_customer_360
from client.schema.base import utcnow
from client.schema.enums import FeedbackVerdict
from client.schema.models import Customer, SegmentFeedback
from sync.server import feedback, segments
from sync.server.cli import main as server_main
from tests.sync.conftest import Api, entry
from tests.sync.engine_kit import seed_customers, workstation
from tests.sync.rules_kit import NOW


def _feedback(api: Api, customer_id: uuid.UUID, segment: uuid.UUID, **fields: object) -> str:
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


def test_an_accepted_move_reaches_the_branch_and_beats_the_rules(
    api: Api, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed_customers(api, "BJ01", 3)
    with api.db.writer() as session, session.begin():
        mass = segments.add_segment(session, "MASS", "Mass", "", NOW, rule='branch = "BJ01"')
        sme = segments.add_segment(session, "SME", "Small business", "", NOW)
        segments.evaluate(session, NOW)
        mass_id, sme_id = mass.id, sme.id
    move = _feedback(
        api,
        ids[0],
        mass_id,
        verdict=FeedbackVerdict.SUGGEST_OTHER.value,
        suggested_segment_id=str(sme_id),
    )
    agree = _feedback(api, ids[1], mass_id, verdict=FeedbackVerdict.AGREE.value)
    station = workstation(api, tmp_path / "bj", "teller@BJ01")
    try:
        station.engine.sync()
        assert station.customer("CBJ0100000").segment_id == mass_id
        base = ["--database", database_url]
        assert server_main(["feedback", "list", "--status", "open", "--json", *base]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert [(f["customer_number"], f["said"], f["branch"], f["user"]) for f in listed] == [
            ("CBJ0100000", "wrong, should be SME", "BJ01", "teller@BJ01"),
            ("CBJ0100001", "agree", "BJ01", "teller@BJ01"),
        ]
        assert listed[0]["reason"] == "runs a shop with her husband"
        answer = ["feedback", "answer", move[:8], "--accept", "--reply", "agreed: a shop"]
        assert server_main([*answer, *base]) == 0
        assert server_main(["feedback", "answer", agree, "--reject", "--reply", "ok", *base]) == 0
        assert server_main(["feedback", "answer", agree, "--accept", "--reply", "x", *base]) != 0
        assert "rejected already" in capsys.readouterr().err
        # the rules say MASS; the accepted move keeps the customer in SME
        with api.db.writer() as session, session.begin():
            assert segments.evaluate(session, NOW).moved == 0
        station.engine.sync()
        assert station.customer("CBJ0100000").segment_id == sme_id
        with station.cache.session() as session:
            view = load_customer_360(session, customer_number="CBJ0100000")
            assert [(f.status, f.reply, f.suggested) for f in view.segment_feedback] == [
                ("accepted", "agreed: a shop", "Small business")
            ]
            assert view.segment == "Small business"
            other = session.get(SegmentFeedback, uuid.UUID(agree))
            assert other is not None and (other.status, other.reply) == ("rejected", "ok")
        with api.db.reader() as session:
            moves = segments.history(session, "CBJ0100000")
        assert (moves[-1].segment, moves[-1].source) == ("SME", "head_office")
        # lifted: the rules decide again
        assert server_main(["feedback", "lift", move, *base]) == 0
        station.engine.sync()
        assert station.customer("CBJ0100000").segment_id == mass_id
        with api.db.reader() as session:
            assert feedback.list_feedback(session, "accepted") == []
            row = session.scalars(select(Customer).where(Customer.id == ids[0])).one()
            assert row.segment_id == mass_id
    finally:
        station.close()


def test_a_teller_may_not_set_segments_by_feedback(api: Api) -> None:
    ids = seed_customers(api, "BJ01", 1)
    with api.db.writer() as session, session.begin():
        mass = segments.add_segment(session, "MASS", "Mass", "", NOW)
        mass_id = mass.id
    _feedback(api, ids[0], mass_id, verdict=FeedbackVerdict.DISAGREE.value)
    with api.db.reader() as session:
        (row,) = feedback.list_feedback(session)
    assert (row.said, row.status) == ("wrong", "open")
    with api.db.writer() as session, session.begin(), pytest.raises(Exception, match="no segment"):
        feedback.answer(session, "ffffffff", accept=True, reply="", now=NOW)


def test_a_branch_may_not_write_head_offices_answer(api: Api) -> None:
    ids = seed_customers(api, "BJ01", 1)
    with api.db.writer() as session, session.begin():
        mass_id = segments.add_segment(session, "MASS", "Mass", "", NOW).id
    fid = _feedback(api, ids[0], mass_id, verdict=FeedbackVerdict.DISAGREE.value)
    teller = api.login("teller@BJ01") | {"Guitai-Reason-Codes": "1"}
    with api.db.reader() as session:
        version = session.get_one(SegmentFeedback, uuid.UUID(fid)).version

    [answered] = api.push(
        teller, entry("segment_feedback", uuid.UUID(fid), op="update", base=version,
                      status="accepted", reply="fine by me")
    )  # fmt: skip
    forged = dict(
        segment_id=str(mass_id),
        customer_id=str(ids[0]),
        branch_id=str(api.seeded.branches["BJ01"]),
        user_id=str(api.seeded.users["teller@BJ01"]),
        verdict=FeedbackVerdict.AGREE.value,
        comment="",
        created_at=utcnow().isoformat(),
        status="accepted",
    )
    [created] = api.push(teller, entry("segment_feedback", uuid.uuid4(), **forged))

    assert (answered["status"], answered["code"]) == ("rejected", "field_forbidden")
    assert (created["status"], created["code"]) == ("rejected", "field_forbidden")
    with api.db.reader() as session:
        assert session.get_one(SegmentFeedback, uuid.UUID(fid)).status == "open"
