"""The Qt item models keep Qt's model contract (pytest-qt's qtmodeltester), without a window:
empty, filled from the demo bank, refilled."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester

from client.conflicts import FieldConflict, Issue
from client.inbox import InboxItem
from client.profile import Profile
from client.reads import customer_360
from client.schema.models import ContactPoint
from client.search.query import search_customers
from client.store import LocalCache
from ui.conflicts.models import FieldsModel, IssuesModel
from ui.models.customer import (
    accounts_model,
    interactions_model,
    offers_model,
    referrals_model,
    related_model,
    tasks_model,
)
from ui.models.search import SearchModel
from ui.remote_search import RemoteRow


def busy_customer(cache: LocalCache) -> str:
    """A demo customer with accounts and relations (most of the 360's tables filled)."""
    with cache.engine.connect() as conn:
        number = conn.exec_driver_sql(
            "SELECT c.customer_number FROM party_relationship r "
            "JOIN customer c ON c.id = r.from_customer_id WHERE r.deleted = 0 LIMIT 1"
        ).scalar_one()
    return str(number)


def test_the_360_models_keep_the_contract(
    qtmodeltester: ModelTester, demo_profile: Profile
) -> None:
    with LocalCache.open(demo_profile) as cache:
        view = customer_360(cache, busy_customer(cache))
    filled = {
        accounts_model: view.accounts,
        related_model: view.related,
        interactions_model: view.interactions,
        tasks_model: view.open_tasks,
        referrals_model: view.open_referrals,
        offers_model: view.active_offers,
    }
    assert view.accounts and view.related
    for make, rows in filled.items():
        model = make()
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)
        model.set_rows(())
        qtmodeltester.check(model)


def test_the_search_model_keeps_the_contract_with_server_rows(
    qtmodeltester: ModelTester, demo_profile: Profile
) -> None:
    with LocalCache.open(demo_profile) as cache:
        hits = search_customers(cache, "zhang", limit=20)
    assert hits
    model = SearchModel()
    qtmodeltester.check(model)
    model.set_rows(hits)
    model.append_remote([RemoteRow(uuid.uuid4(), "C999999999", "云客户", "YUN Kehu", "0999")])
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits) + 1 and model.remote_count == 1


def issue(kind: str) -> Issue:
    now = datetime.now(UTC)
    return Issue(
        entry_id=uuid.uuid4(),
        kind=kind,
        table=ContactPoint.__tablename__,
        row_id=uuid.uuid4(),
        op="update",
        customer_id=uuid.uuid4(),
        changed={"value": "139 1111 2222"},
        fields=[FieldConflict("value", "139 1111 2222", "139 3333 4444", "138 0000 0000")]
        if kind == "conflict"
        else [],
        server_version=3,
        reason="" if kind == "conflict" else "refused",
        edited_at=now,
        reported_at=now,
    )


def test_the_inbox_models_keep_the_contract(qtmodeltester: ModelTester) -> None:
    issues = IssuesModel()
    qtmodeltester.check(issues)
    items = [
        InboxItem(issue("conflict"), "C000000001", "Zhang Wei"),
        InboxItem(issue("rejected"), "", ""),
    ]
    issues.set_items(items)
    qtmodeltester.check(issues)
    assert issues.rowCount() == 2
    fields = FieldsModel()
    qtmodeltester.check(fields)
    for item in items:
        fields.set_issue(item.issue)
        qtmodeltester.check(fields)
    fields.set_issue(None)
    qtmodeltester.check(fields)


def test_the_360_offers_say_which_the_customer_asked_to_hear_again_later() -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from client.customer360.views import OfferView

    model = offers_model()
    model.set_rows(
        [
            OfferView("Wealth plan", "holds CNY 820,000", 80, "later", date(2027, 3, 31)),
            OfferView("Credit card", "no card yet", 60, "suggested", date(2027, 3, 31)),
        ]
    )
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    status = headers.index("Status")
    assert [model.index(r, status).data() for r in range(2)] == ["later", "suggested"]
