"""The 360's interactions table names the channel: what internet banking posted through the
channel feed API comes to the counter marked as such, in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from client.reads import customer_360
from sync.server.app import create_app
from sync.server.db import make_engine
from sync.server.migrations import upgrade
from sync.server.service_accounts import add_service
from tests.sync.conftest import Api, make_settings, seed_org
from tests.sync.engine_kit import workstation
from tests.sync.world_kit import build_world
from ui.i18n import Translations
from ui.models.customer import interactions_model
from ui.models.table import RowsModel

BJ_CUSTOMER = "C00000"
"""The customer of BJ01 in `build_world`."""
SUBJECT = "card limit raised in the app"


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    """The real server app over a new SQLite database, its branches and staff seeded."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    app = create_app(url, make_settings())
    seeded = seed_org(app.state.guitai.db)
    with TestClient(app) as client:
        yield Api(client, seeded, app.state.guitai.db)


def column(model: RowsModel, header: str) -> int:
    """The column under `header` (in the current language)."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def test_an_interaction_from_the_internet_banking_feed_shows_its_channel(
    api: Api, tmp_path: Path, qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    build_world(api)
    with api.db.writer() as session, session.begin():
        _, token = add_service(session, "internet-banking", "internet", datetime.now(UTC))
    posted = api.client.post(
        "/v1/channel/interactions",
        headers={**api.headers, "Authorization": f"Bearer {token}"},
        json={
            "items": [
                {
                    "external_id": "IB-1",
                    "customer_number": BJ_CUSTOMER,
                    "occurred_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
                    "kind": "service_request",
                    "subject": SUBJECT,
                }
            ]
        },
    )
    assert posted.status_code == 200 and posted.json()["results"][0]["status"] == "created"
    teller = workstation(api, tmp_path / "counter", "teller@BJ01")
    try:
        teller.engine.sync()
        view = customer_360(teller.cache, BJ_CUSTOMER)
    finally:
        teller.close()

    translations = Translations(qapp)
    model = interactions_model()
    model.set_rows(view.interactions)
    qtmodeltester.check(model)
    try:
        assert translations.switch("en")
        subject, channel = column(model, "Subject"), column(model, "Channel")
        rows = {model.index(r, subject).data(): r for r in range(model.rowCount())}
        fed, counter = rows[SUBJECT], rows["hello"]  # the world's own visit at the counter
        assert model.index(fed, channel).data() == "internet"
        assert model.index(counter, channel).data() == "counter"
        assert model.index(fed, column(model, "Staff")).data() == ""  # no staff author
        assert translations.switch("zh_CN")
        assert model.index(fed, channel).data() == "网银"  # the channel's name, translated
    finally:
        translations.switch("en")
