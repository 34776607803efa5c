"""The branch manager's Evaluation home on a live in-process server: it shows the quarter's
figures as the server counts them, Enter on a figure lists exactly the customers behind it
(and is audited), Enter on one of them opens their 360; without the server the same home
shows the last report this computer kept, says it is offline and gives its "as of" day."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.schema.models import AuditEvent, Branch, Customer, Interaction
from client.store import LocalCache
from sync.demo import SERVER_FILE
from sync.server.db import Database
from sync.server.evaluation import report
from sync.server.evaluation.figures import FIGURES
from sync.server.evaluation.milestones import set_milestone
from sync.server.evaluation.quarters import quarter_of
from tests.ui.audit_kit import station, user_of
from tests.ui.online_kit import Bank, live_window, start_bank
from ui.homes.evaluation import EvaluationHome, figure_name, number_text
from ui.homes.registry import EVALUATION
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.session import AppSession
from ui.workspace import Workspace

FIGURE = "interactions"


def _server_report(bank: Bank, branch: str) -> dict[str, Any]:
    db = Database(f"sqlite:///{bank.folder / SERVER_FILE}")
    try:
        today = datetime.now(UTC).date()
        with db.reader() as session:
            return report.build(session, quarter_of(today), today=today, branch_code=branch)
    finally:
        db.dispose()


def _set_target(bank: Bank, branch: str, target: int) -> str:
    """Head office's target of FIGURE for `branch` over this half year; the half's label."""
    half = quarter_of(datetime.now(UTC).date()).half().label
    db = Database(f"sqlite:///{bank.folder / SERVER_FILE}")
    try:
        with db.writer() as session, session.begin():
            set_milestone(session, branch, half, FIGURE, Decimal(target), datetime.now(UTC))
    finally:
        db.dispose()
    return half


def _customers_with_interactions(bank: Bank, branch: str) -> set[str]:
    """A plain count: the customers with an interaction this quarter recorded at `branch`
    (or, recorded by no branch, of a customer of `branch`)."""
    quarter = quarter_of(datetime.now(UTC).date())
    db = Database(f"sqlite:///{bank.folder / SERVER_FILE}")
    try:
        with db.reader() as session:
            (branch_id,) = session.execute(select(Branch.id).where(Branch.code == branch)).one()
            homes = dict(session.execute(select(Customer.id, Customer.home_branch_id)).all())
            numbers = dict(session.execute(select(Customer.id, Customer.customer_number)).all())
            found = set()
            for row in session.scalars(select(Interaction)):
                at = row.occurred_at.astimezone(UTC)
                by = row.branch_id if row.branch_id is not None else homes[row.customer_id]
                inside = quarter.start_at <= at < quarter.end_at
                if inside and not row.deleted and by == branch_id:
                    found.add(numbers[row.customer_id])
            return found
    finally:
        db.dispose()


def _evaluation_page(window: MainWindow) -> EvaluationHome:
    """The window's Evaluation tab, shown."""
    window.homes.switch_to(EVALUATION)
    page = window.homes.page(EVALUATION)
    assert isinstance(page, EvaluationHome)
    return page


def _row(page: EvaluationHome, name: str) -> int:
    row = page.line_of(name)
    assert row >= 0, name
    return row


def _cell(page: EvaluationHome, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


def test_the_branch_managers_evaluation_drills_to_the_customers_and_shows_offline(
    app: QApplication, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    bank = start_bank(tmp_path / "bank")
    try:
        branch = bank.teller_branch()
        manager = user_of(bank, "branch_manager", branch)
        half = _set_target(bank, branch, 40)
        session = station(tmp_path / "bm", bank, manager, [branch], "manager's desk")
        staff, role = session.staff, session.role
        with live_window(app, qtbot, session) as window:
            page = _evaluation_page(window)
            assert page.isVisible()
            qtbot.waitUntil(lambda: page.evaluation is not None, timeout=30_000)
            assert page.evaluation is not None and not page.evaluation.stored
            assert page.branch_code() == branch and not page.branch.isVisibleTo(page)
            expected = _server_report(bank, branch)["branches"][branch]
            assert page.model.rowCount() == len(FIGURES)
            qtmodeltester.check(page.proxy)
            for figure in FIGURES:
                row = _row(page, figure.name)
                value = expected[figure.part][figure.name]["value"]
                assert _cell(page, row, 0) == figure_name(figure.name)
                assert _cell(page, row, 2) == number_text(value, figure.unit), figure.name
            goal = expected["milestones"][FIGURE]
            (bar,) = page.bars
            assert bar.value() == round(goal["share"] * 100)
            assert bar.format().startswith(f"{goal['actual']} of 40 by {half}")
            assert _cell(page, _row(page, FIGURE), 6) == bar.format()
            today = datetime.now(UTC).date().isoformat()
            assert page.as_of.text().startswith(f"As of {today}")
            tabs = window.homes.tabs
            assert tabs is not None
            titles = [tabs.tabText(i) for i in range(tabs.count())]
            assert f"Evaluation ({len(FIGURES)})" in titles

            behind = _customers_with_interactions(bank, branch)
            assert behind, "the demo bank has interactions this quarter"
            row = _row(page, FIGURE)
            page.table.setFocus()
            page.table.setCurrentIndex(page.proxy.index(row, 0))
            with qtbot.waitSignal(page.drillShown, timeout=15_000):
                qtbot.keyClick(page.table, Qt.Key.Key_Return)
            dialog = page.drill_dialog
            assert dialog is not None and dialog.isVisible()
            shown = {dialog.line_at(r).key for r in range(dialog.proxy.rowCount())}
            assert shown == behind
            assert dialog.summary.text().startswith(f"{len(behind)} customers behind")
            if os.environ.get("GUITAI_SHOT_DIR"):  # a look at the screen, when asked
                window.grab().save(os.path.join(os.environ["GUITAI_SHOT_DIR"], "evaluation.png"))
                dialog.grab().save(os.path.join(os.environ["GUITAI_SHOT_DIR"], "drill.png"))

            first = dialog.line_at(0).key
            assert dialog.table.hasFocus()
            qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: (
                    window.customer.view is not None
                    and window.customer.view.customer_number == first
                ),
                timeout=10_000,
            )
            assert not dialog.isVisible()
            profile = window.profile

            def drilled() -> list[str]:
                with LocalCache.open(profile) as cache, cache.read_session() as db:
                    return list(
                        db.scalars(
                            select(AuditEvent.detail).where(AuditEvent.entity == "evaluation")
                        )
                    )

            qtbot.waitUntil(lambda: len(drilled()) == 1, timeout=10_000)
            assert drilled()[0].startswith(f"evaluation drill-down: {FIGURE} of {branch}")
    finally:
        bank.server.stop()

    offline = _offline_window(app, qtbot, AppSession(profile, staff=staff, role=role))
    try:
        page = _evaluation_page(offline)
        qtbot.waitUntil(lambda: page.evaluation is not None, timeout=15_000)
        assert page.evaluation is not None and page.evaluation.stored
        assert page.as_of.text().startswith(f"Offline: this computer's copy, as of {today}")
        assert page.model.rowCount() == len(FIGURES)
        row = _row(page, FIGURE)
        assert _cell(page, row, 2) == number_text(expected["inputs"][FIGURE]["value"], "count")
        page.table.setCurrentIndex(page.proxy.index(row, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert "when online" in page.status.text() and page.drill_dialog is None
    finally:
        offline.close()


def _offline_window(app: QApplication, qtbot: QtBot, session: AppSession) -> MainWindow:
    """The profile's window with no server (its sync off), signed in as before."""
    translations = Translations(app)
    translations.switch("en")
    window = MainWindow(Workspace(session.profile, session=session, sync=False), translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=30_000)
    return window


def test_head_office_picks_a_branch_and_sees_its_figures(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    bank = start_bank(tmp_path / "bank")
    try:
        home = bank.teller_branch()
        ((other,),) = bank.query(
            "SELECT code FROM branch WHERE code <> ? ORDER BY code DESC LIMIT 1", home
        )
        session = station(tmp_path / "ho", bank, bank.head_office_user(), [home], "head office")
        with live_window(app, qtbot, session) as window:
            page = _evaluation_page(window)
            qtbot.waitUntil(lambda: page.evaluation is not None, timeout=30_000)
            assert page.branch.isVisibleTo(page)
            codes = [page.branch.itemData(i) for i in range(page.branch.count())]
            ((count,),) = bank.query("SELECT count(*) FROM branch WHERE deleted = 0")
            assert len(codes) == count and other in codes
            page.branch.setFocus()
            page.branch.setCurrentIndex(codes.index(other))
            assert page.branch_code() == other and page.headline.text().startswith(other)
            expected = _server_report(bank, str(other))["branches"][other]
            row = _row(page, FIGURE)
            assert _cell(page, row, 2) == number_text(expected["inputs"][FIGURE]["value"], "count")
    finally:
        bank.server.stop()
