"""The RM homes' table models without a widget: they keep Qt's model contract, the book
sorts by every column's own key (amounts as numbers, never-contacted last) and filters by
number, name, pinyin or segment, a selection follows a re-sort; the pipeline filters by
stage and the calendar can hide the working blocks."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from client.book import BookLine
from client.pipeline import PipelineLine
from client.rm_calendar import CalendarEntry
from client.schema.enums import (
    AppointmentStatus,
    CalendarBlockKind,
    Channel,
    Lifecycle,
    ReferralStage,
)
from ui.models.book import BALANCE, LAST_CONTACT, NAME, NET, NUMBER, BookModel
from ui.models.calendar import CalendarFilter, calendar_model
from ui.models.pipeline import DAYS, VALUE, PipelineFilter, PipelineModel

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)


def book_line(
    number: str, name: str, latin: str, balance: str, net: str, contact: int | None, segment: str
) -> BookLine:
    return BookLine(
        uuid.uuid4(),
        number,
        name,
        latin,
        segment,
        Lifecycle.ACTIVE,
        Decimal(balance),
        Decimal(net),
        None if contact is None else T0 - timedelta(days=contact),
        None,
    )


LINES = (
    book_line("C003", "张伟", "ZHANG Wei", "900.00", "12.00", 3, "大众客户"),
    book_line("C001", "李娜", "LI Na", "10000.00", "-5.00", None, "财富客户"),
    book_line("C002", "王芳", "WANG Fang", "95.50", "300.00", 40, "大众客户"),
    book_line("C004", "陈静", "CHEN Jing", "1500.25", "0.00", 1, "私人银行"),
)


def column(model: BookModel, col: int) -> list[str]:
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def numbers(model: BookModel) -> list[str]:
    return column(model, NUMBER)


def test_the_book_model_keeps_the_model_contract(
    app: QApplication, qtmodeltester: ModelTester
) -> None:
    model = BookModel()
    model.set_lines(LINES)
    qtmodeltester.check(model)
    model.sort(BALANCE, Qt.SortOrder.DescendingOrder)
    model.set_filter("大众")
    qtmodeltester.check(model)


def test_the_book_sorts_by_each_columns_own_key(app: QApplication) -> None:
    model = BookModel()
    model.set_lines(LINES)
    assert numbers(model) == ["C001", "C002", "C003", "C004"]
    model.sort(BALANCE, Qt.SortOrder.DescendingOrder)  # as amounts, not as text
    assert numbers(model) == ["C001", "C004", "C003", "C002"]
    model.sort(NET, Qt.SortOrder.AscendingOrder)
    assert numbers(model) == ["C001", "C004", "C003", "C002"]
    model.sort(NAME, Qt.SortOrder.AscendingOrder)  # by the Latin spelling: pinyin order
    assert column(model, NAME)[0] == "陈静 (CHEN Jing)"
    model.sort(LAST_CONTACT, Qt.SortOrder.AscendingOrder)  # never contacted sorts last
    assert numbers(model) == ["C002", "C003", "C004", "C001"]
    assert column(model, BALANCE)[-1] == "10,000.00"


def test_the_book_filters_by_number_name_pinyin_and_segment(app: QApplication) -> None:
    model = BookModel()
    model.set_lines(LINES)
    model.set_filter("zhang")
    assert numbers(model) == ["C003"]
    model.set_filter("大众客户")
    assert numbers(model) == ["C002", "C003"]
    model.set_filter("c00 wang")
    assert numbers(model) == ["C002"]
    model.set_filter("")
    assert model.rowCount() == model.total == 4


def test_a_selection_follows_a_resort_and_the_filter_keeps_the_order(app: QApplication) -> None:
    model = BookModel()
    model.set_lines(LINES)
    held = QPersistentModelIndex(model.index(1, NAME))  # C002
    model.sort(BALANCE, Qt.SortOrder.DescendingOrder)
    assert held.isValid() and held.row() == 3 and held.column() == NAME
    assert model.line_at(held.row()).customer_number == "C002"
    model.set_filter("大众")
    assert numbers(model) == ["C003", "C002"]  # still by balance, descending
    model.set_lines(LINES[:2])  # a reload keeps the order chosen
    assert numbers(model) == ["C003"]


def pipeline_line(stage: ReferralStage, value: str, days: int) -> PipelineLine:
    return PipelineLine(
        uuid.uuid4(),
        uuid.uuid4(),
        f"C{days:03d}",
        "客户",
        "理财产品",
        stage,
        Decimal(value),
        T0 - timedelta(days=days),
        "柜员",
        T0 - timedelta(days=days + 1),
        "",
    )


def test_the_pipeline_filters_by_stage_and_sorts_by_value_and_days(
    app: QApplication, qtmodeltester: ModelTester
) -> None:
    model = PipelineModel()
    lines = (
        pipeline_line(ReferralStage.NEW, "500", 2),
        pipeline_line(ReferralStage.WON, "90000", 30),
        pipeline_line(ReferralStage.NEW, "7000", 9),
    )
    model.set_lines_at(lines, T0)
    qtmodeltester.check(model)
    shown = PipelineFilter(model)
    shown.set_stage(ReferralStage.NEW)
    assert shown.rowCount() == 2
    shown.sort(VALUE, Qt.SortOrder.DescendingOrder)
    assert [shown.index(r, VALUE).data() for r in range(2)] == ["7,000.00", "500.00"]
    shown.sort(DAYS, Qt.SortOrder.AscendingOrder)
    assert [shown.index(r, DAYS).data() for r in range(2)] == ["2", "9"]
    shown.set_stage(None)
    shown.set_text("c030")
    assert shown.rowCount() == 1 and shown.line_at(0).stage is ReferralStage.WON


def test_the_calendar_can_hide_the_working_blocks(
    app: QApplication, qtmodeltester: ModelTester
) -> None:
    model = calendar_model()
    entries = (
        CalendarEntry(uuid.uuid4(), T0, T0 + timedelta(hours=3), block=CalendarBlockKind.AVAILABLE),
        CalendarEntry(
            uuid.uuid4(),
            T0 + timedelta(hours=1),
            T0 + timedelta(hours=1, minutes=30),
            status=AppointmentStatus.TENTATIVE,
            customer_number="C001",
            customer_name="李娜",
            purpose="理财规划",
            channel=Channel.CALL_CENTRE,
        ),
    )
    model.set_lines(entries)
    qtmodeltester.check(model)
    shown = CalendarFilter(model)
    shown.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown.rowCount() == 2 and shown.line_at(0).block is CalendarBlockKind.AVAILABLE
    shown.set_blocks(False)
    assert shown.rowCount() == 1 and shown.line_at(0).customer_number == "C001"


def test_the_net_profits_arrive_after_the_lines_and_sort_when_chosen(app: QApplication) -> None:
    model = BookModel()
    model.set_lines([replace(line, net_12m=None) for line in LINES])
    assert column(model, NET) == ["…"] * 4 and not model.nets_known
    model.sort(NET, Qt.SortOrder.DescendingOrder)
    model.set_nets({line.customer_id: line.net_12m for line in LINES if line.net_12m is not None})
    assert model.nets_known
    assert numbers(model) == ["C002", "C003", "C004", "C001"]  # re-sorted by the new keys
    assert column(model, NET)[0] == "300.00"
