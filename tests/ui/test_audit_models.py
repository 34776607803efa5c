"""The audit table models without a window: Qt's model contract, the words of each cell,
sorting by time (not by its text) and the filter over every column."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from pytestqt.modeltest import ModelTester

from client.audit_query import EventLine
from client.customer360.views import ExternalView
from client.schema.models import ContactPoint
from ui import format as fmt
from ui.models.audit import (
    ACTION,
    CUSTOMER,
    USER,
    VALUES,
    WHAT,
    WHEN,
    WORKSTATION,
    AuditEventsModel,
    AuditFilter,
)
from ui.models.customer import external_model

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def line(
    minutes: int,
    action: str = "view",
    user: str = "li.na",
    number: str = "C000000001",
    entity: str = "customer",
    change: dict[str, object] | None = None,
) -> EventLine:
    return EventLine(
        event_id=uuid.uuid4(),
        occurred_at=START + timedelta(minutes=minutes),
        action=action,
        username=user,
        user_id=uuid.uuid4(),
        workstation="counter 3",
        device_id=uuid.uuid4(),
        customer_number=number,
        entity=entity,
        entity_id=uuid.uuid4(),
        detail="",
        change=change or {},
    )


CHANGE = line(
    5,
    "update",
    "wang.fang",
    entity=str(ContactPoint.__tablename__),
    change={"fields": ["value"], "old": {"value": "138****8000"}, "new": {"value": "139****5678"}},
)
LINES = [line(0), CHANGE, line(-600, "login", "zhao", number=""), line(60 * 24 * 12, "export")]


def texts(model: AuditEventsModel | AuditFilter, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_events_model_keeps_the_contract_and_says_who_did_what(
    qtmodeltester: ModelTester,
) -> None:
    model = AuditEventsModel()
    qtmodeltester.check(model)
    model.set_lines(LINES)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row[WHEN] == fmt.moment(CHANGE.occurred_at)
    assert (row[USER], row[WORKSTATION], row[CUSTOMER], row[ACTION]) == (
        "wang.fang",
        "counter 3",
        "C000000001",
        "changed",
    )
    assert row[WHAT] == "Contact: value"
    assert row[VALUES] == "value: 138****8000 → 139****5678"
    assert model.index(2, CUSTOMER).data() == "—"
    model.set_lines([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_view_sorts_by_the_moment_and_filters_on_any_column(
    qtmodeltester: ModelTester,
) -> None:
    model = AuditEventsModel()
    shown = AuditFilter(model)
    model.set_lines(LINES)
    qtmodeltester.check(shown)
    shown.sort(WHEN)
    moments = [LINES[i].occurred_at for i in (2, 0, 1, 3)]
    assert texts(shown, WHEN) == [fmt.moment(m) for m in moments]
    shown.sort(USER)
    assert texts(shown, USER) == ["li.na", "li.na", "wang.fang", "zhao"]
    shown.set_text("WANG")
    assert shown.rowCount() == 1 and shown.line_at(0) is CHANGE
    shown.set_text("signed in")
    assert [shown.line_at(0).action] == ["login"]
    shown.set_text("")
    assert shown.rowCount() == 4
    model.set_lines(LINES[:1])
    qtmodeltester.check(shown)
    assert shown.rowCount() == 1


def test_the_external_data_model_shows_source_attribute_value_and_date(
    qtmodeltester: ModelTester,
) -> None:
    model = external_model()
    qtmodeltester.check(model)
    rows = [
        ExternalView("pboc_credit", "credit_score", "712", date(2026, 2, 1), START),
        ExternalView("census", "income_band", "C", None, START),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells == [
        ["pboc_credit", "credit_score", "712", "2026-02-01"],
        ["census", "income_band", "C", "—"],
    ]
