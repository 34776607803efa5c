"""An offer answered "later" (`guitai offer respond ... later`) keeps its own status: the
counter shows it again (the 360, "Today"), the server counts it as presented in the
campaign's results and the evaluation, and a new campaign evaluation leaves it so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from client.cli import main as client_main
from client.customer360 import load_customer_360
from client.schema.base import utcnow
from client.schema.enums import OfferStatus
from client.schema.models import Customer, Offer, Referral
from client.today import offers_for
from sync.server import campaigns
from sync.server.evaluation import report
from sync.server.evaluation.figures import BY_NAME
from sync.server.evaluation.quarters import quarter_of
from tests.sync.conftest import Api
from tests.sync.engine_kit import gold_campaign, seed_customers, workstation


def test_later_is_kept_shown_again_and_counted_as_presented(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (cid,) = seed_customers(api, "BJ01", 1)
    assert gold_campaign(api, cid) == 1
    folder = tmp_path / "bj"
    station = workstation(api, folder, "teller@BJ01")
    try:
        station.engine.sync()
        with station.cache.read_session() as session:
            number = session.get_one(Customer, cid).customer_number
            (offer,) = load_customer_360(session, customer_id=cid).active_offers
        assert offer.offer_id is not None
        args = ["offer", "respond", number, str(offer.offer_id), "later", "--profile", str(folder)]
        assert client_main(args) == 0
        assert "later" in capsys.readouterr().out
        with station.cache.read_session() as session:
            stored = session.get_one(Offer, offer.offer_id)
            assert stored.status is OfferStatus.LATER
            (shown,) = load_customer_360(session, customer_id=cid).active_offers  # again
            assert shown.status == "later"
            assert [o.offer_id for o in offers_for(session, [cid], utcnow().date())] == [
                offer.offer_id
            ]
        station.engine.sync()
        with api.db.writer() as session, session.begin():
            assert session.get_one(Offer, offer.offer_id).status is OfferStatus.LATER
            results = campaigns.results(session, "GOLD")
            assert [(r.eligible, r.presented, r.accepted) for r in results] == [(1, 1, 0)]
            campaigns.evaluate(session, utcnow())  # the offer is still wanted: kept as it is
            assert session.get_one(Offer, offer.offer_id).status is OfferStatus.LATER
            today = utcnow().date()
            built = report.build(session, quarter_of(today), today=today, with_bank=False)
            figure = BY_NAME["offers_presented"]
            assert built["branches"]["BJ01"][figure.part]["offers_presented"]["value"] == 1
            assert session.scalars(select(Referral)).all() == []  # "later" refers nobody
    finally:
        station.close()
