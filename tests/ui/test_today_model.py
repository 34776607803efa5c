"""The teller's Today as a table model, without any widget: its rows and counts, overdue
KYC reviews and tasks flagged, sorting and filtering (and Qt's model checks)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from client.tasks import TaskLine
from client.today import AppointmentLine, KycLine, OfferLine, Today
from client.work import EditState
from ui.models.today import (
    CUSTOMER,
    FLAG_ROLE,
    KIND,
    STATUS,
    WHEN,
    Kind,
    TodayFilter,
    TodayModel,
    counts,
    flagged,
    items_of,
)

DAY = date(2026, 12, 7)
WANG, LI, ZHAO = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def a_day() -> Today:
    nine = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    return Today(
        day=DAY,
        appointments=[
            AppointmentLine(
                uuid.uuid4(), nine, nine + timedelta(minutes=30), "confirmed", "mortgage",
                WANG, "C000000001", "王伟", "陈静",
            ),
            AppointmentLine(
                uuid.uuid4(), nine + timedelta(hours=2), nine + timedelta(hours=3), "tentative",
                "wealth review", LI, "C000000002", "李娜", "陈静",
            ),
        ],
        tasks=[
            TaskLine(
                uuid.uuid4(), "Renew ID copy", DAY - timedelta(days=3), "open", ZHAO,
                "C000000003", "赵磊", None, "teller1", True, EditState.UPLOADED,
            ),
            TaskLine(
                uuid.uuid4(), "Call back", DAY, "open", WANG, "C000000001", "王伟", None,
                "teller1", False, EditState.SAVED_LOCALLY,
            ),
        ],
        kyc=[
            KycLine(ZHAO, "C000000003", "赵磊", DAY - timedelta(days=40), True),
            KycLine(LI, "C000000002", "李娜", DAY + timedelta(days=12), False),
        ],
        offers=[
            OfferLine(
                uuid.uuid4(), WANG, "C000000001", "王伟", "Gold card", "suggested", 87,
                "high balance", DAY + timedelta(days=30),
            ),
        ],
    )  # fmt: skip


def model_of(qtmodeltester: ModelTester) -> TodayModel:
    model = TodayModel()
    model.set_items(items_of(a_day()))
    qtmodeltester.check(model)
    return model


def column(model: TodayFilter | TodayModel, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_day_counts_each_kind_and_flags_what_is_overdue(qtmodeltester: ModelTester) -> None:
    model = model_of(qtmodeltester)
    assert model.rowCount() == 7
    assert counts(model.items) == {Kind.APPOINTMENT: 2, Kind.TASK: 2, Kind.KYC: 2, Kind.OFFER: 1}
    assert flagged(model.items) == 2  # the overdue task and the passed KYC review

    kyc = [row for row in range(7) if model.item_at(row).kind is Kind.KYC]
    late, soon = sorted(kyc, key=lambda row: not model.item_at(row).flagged)
    assert model.index(late, STATUS).data() == "⚠ Overdue"
    assert model.index(late, STATUS).data(FLAG_ROLE) is True
    assert model.index(late, STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(late, KIND).data() == "KYC review"
    assert model.index(soon, STATUS).data() == "Due soon"
    assert model.index(soon, STATUS).data(FLAG_ROLE) is False
    assert model.index(soon, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None

    task_states = {
        model.item_at(row).what: model.index(row, STATUS).data()
        for row in range(7)
        if model.item_at(row).kind is Kind.TASK
    }
    assert task_states == {
        "Renew ID copy": "⚠ Overdue · uploaded",
        "Call back": "Due today · saved locally",
    }


def test_sorted_by_time_and_filtered_by_kind_and_words(qtmodeltester: ModelTester) -> None:
    model = model_of(qtmodeltester)
    shown = TodayFilter(model)
    qtmodeltester.check(shown)
    shown.sort(WHEN, Qt.SortOrder.AscendingOrder)
    kinds = [shown.item_at(row).kind for row in range(shown.rowCount())]
    assert kinds[0] is Kind.KYC and kinds[1] is Kind.TASK  # the overdue ones come first

    shown.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert all(shown.item_at(row).flagged for row in range(2))

    shown.set_kind(Kind.OFFER)
    assert column(shown, CUSTOMER) == ["C000000001"]
    offer = shown.item_at(0)
    assert offer.when == a_day().appointments[0].starts_at  # listed at the customer's visit

    shown.set_kind(None)
    shown.set_words("李娜")
    assert sorted(shown.item_at(r).kind for r in range(shown.rowCount())) == sorted(
        [Kind.APPOINTMENT, Kind.KYC]
    )
    shown.set_words("c000000001 gold")
    assert [shown.item_at(r).kind for r in range(shown.rowCount())] == [Kind.OFFER]
    shown.set_words("")
    assert shown.rowCount() == 7
