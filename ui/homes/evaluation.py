"""The quarterly evaluation at home: the branch manager's branch beside the bank, head
office's every branch (issue 17).

The server counts it (`sync.engine.evaluation`, a network op); the page shows the answer and
keeps it in the cache (a write op: `client.evaluation.save_report`), so that offline, or
when the server cannot be reached, it shows this computer's copy (a read op) and says so,
with the day the figures were counted ("as of"). Nothing here waits on the GUI thread.

On the page: the quarter picker (the report's last 8 quarters), for head office the branch
picker, the table of figures (value, previous quarter, year earlier, the bank per branch,
the half year's milestone; sortable, filtered by the filter box), and for the selected
figure three views: its trend over the 8 quarters (a QtCharts line, the branch and the bank
per branch), the branch against the bank (bars for the year earlier, the previous and this
quarter), and the branch's milestones as progress bars. Enter (or a double click) on a
figure asks the server who is behind it (`EvaluationDrill`: the customers or the staff,
within the role's scope; recorded in the audit chain), and Enter on a customer there opens
their 360. Keys: Alt+Q the quarter, Alt+B the branch, Alt+L the filter, F5 asks again.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.errors import GuitaiError
from client.evaluation import (
    Behind,
    BehindLine,
    Evaluation,
    FigureLine,
    Milestone,
    load_report,
    record_drill,
    save_report,
)
from client.reasons import Reason
from client.schema.base import utcnow
from sync.engine.evaluation import fetch_drill, fetch_evaluation
from ui import format as fmt
from ui import theme
from ui.homes.page import HomePage, filter_box, into_table, plain_error
from ui.models.lines import Keyed, LinesFilter, LinesModel
from ui.tasks import NetworkOp, ReadOp, WriteOp, generic_message
from ui.workspace import Workspace

log = logging.getLogger(__name__)

KEY = "evaluation"
DRILL_KEY = "evaluation-drill"
REFRESH_AFTER = timedelta(minutes=15)
"""How old a report shown may get before a sync round asks the server again."""
OFFLINE_CODES = frozenset({Reason.UNREACHABLE, Reason.CERTIFICATE, Reason.SERVER_PROBLEM})
Number = int | float


def figure_names() -> dict[str, str]:
    """Each figure's name on screen (the report's keys: `sync.server.evaluation.figures`)."""
    return {
        "interactions": QCoreApplication.translate("EvaluationFigures", "Interactions"),
        "referrals_made": QCoreApplication.translate("EvaluationFigures", "Referrals made"),
        "appointments_booked": QCoreApplication.translate(
            "EvaluationFigures", "Appointments booked"
        ),
        "appointments_held": QCoreApplication.translate("EvaluationFigures", "Appointments held"),
        "offers_presented": QCoreApplication.translate("EvaluationFigures", "Offers presented"),
        "segment_feedback_given": QCoreApplication.translate(
            "EvaluationFigures", "Segment feedback given"
        ),
        "staff_signed_in": QCoreApplication.translate("EvaluationFigures", "Staff who signed in"),
        "active_staff_share": QCoreApplication.translate(
            "EvaluationFigures", "Staff active per week"
        ),
        "customers_viewed_per_active_staff": QCoreApplication.translate(
            "EvaluationFigures", "Customers viewed per active staff member"
        ),
        "new_customers": QCoreApplication.translate("EvaluationFigures", "New customers"),
        "prospects_converted": QCoreApplication.translate(
            "EvaluationFigures", "Prospects converted"
        ),
        "new_accounts": QCoreApplication.translate("EvaluationFigures", "New accounts"),
        "balance_change": QCoreApplication.translate("EvaluationFigures", "Balance change (CNY)"),
        "net_profit_12m": QCoreApplication.translate(
            "EvaluationFigures", "Net profit, 12 months (CNY)"
        ),
        "net_profit_12m_change": QCoreApplication.translate(
            "EvaluationFigures", "Change of 12-month net profit (CNY)"
        ),
        "referrals_won": QCoreApplication.translate("EvaluationFigures", "Referrals won"),
        "referrals_won_value": QCoreApplication.translate(
            "EvaluationFigures", "Value of referrals won (CNY)"
        ),
        "referral_conversion": QCoreApplication.translate(
            "EvaluationFigures", "Referral conversion"
        ),
        "offer_acceptance_rate": QCoreApplication.translate(
            "EvaluationFigures", "Offer acceptance"
        ),
        "customers_moved_up_segment": QCoreApplication.translate(
            "EvaluationFigures", "Customers moved up a segment"
        ),
        "workstations_synced": QCoreApplication.translate(
            "EvaluationFigures", "Workstations that synced"
        ),
        "days_offline": QCoreApplication.translate(
            "EvaluationFigures", "Days offline per workstation"
        ),
        "failed_syncs": QCoreApplication.translate("EvaluationFigures", "Failed syncs"),
        "conflicts_listed": QCoreApplication.translate("EvaluationFigures", "Conflicts listed"),
        "conflicts_resolved": QCoreApplication.translate("EvaluationFigures", "Conflicts resolved"),
        "versions_in_use": QCoreApplication.translate("EvaluationFigures", "Versions in use"),
    }


def part_names() -> dict[str, str]:
    return {
        "inputs": QCoreApplication.translate("EvaluationFigures", "Inputs"),
        "use": QCoreApplication.translate("EvaluationFigures", "Use"),
        "outputs": QCoreApplication.translate("EvaluationFigures", "Outputs"),
        "it": QCoreApplication.translate("EvaluationFigures", "IT"),
    }


def figure_name(name: str) -> str:
    return figure_names().get(name, name)


def number_text(value: Number | None, unit: str) -> str:
    """A figure's value as it reads: 1,234 · 1,234.50 · 12.5 %."""
    if value is None:
        return "—"
    if unit == "count":
        whole = float(value).is_integer()
        return f"{round(value):,}" if whole else f"{value:,.1f}"  # the bank per branch: 1.6
    if unit == "share":
        return f"{value * 100:.1f} %"
    return f"{value:,.2f}"


def short_quarter(label: str) -> str:
    """2026Q4 as 26Q4 (eight fit under a narrow chart)."""
    return label[2:] if len(label) == 6 else label


def milestone_text(goal: Milestone | None, unit: str) -> str:
    if goal is None:
        return ""
    share = "" if goal.share is None else f" ({goal.share * 100:.0f} %)"
    return (
        QCoreApplication.translate("EvaluationHome", "%1 of %2 by %3")
        .replace("%1", number_text(goal.actual, unit))
        .replace("%2", number_text(goal.target, unit))
        .replace("%3", goal.period)
        + share
    )


def _columns() -> list[Keyed]:

    def unit(line: FigureLine) -> str:
        return line.figure.unit

    return [
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "Figure"),
            lambda ln: figure_name(ln.name),
            _order,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "Part"),
            lambda ln: part_names().get(ln.figure.part, ln.figure.part),
            _order,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "This quarter"),
            lambda ln: number_text(ln.value, unit(ln)),
            lambda ln: ln.value,
            numeric=True,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "Previous quarter"),
            lambda ln: number_text(ln.previous_quarter, unit(ln)),
            lambda ln: ln.previous_quarter,
            numeric=True,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "A year earlier"),
            lambda ln: number_text(ln.year_earlier, unit(ln)),
            lambda ln: ln.year_earlier,
            numeric=True,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "Bank per branch"),
            lambda ln: number_text(ln.bank, unit(ln)),
            lambda ln: -math.inf if ln.bank is None else ln.bank,
            numeric=True,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationHome", "Milestone"),
            lambda ln: milestone_text(ln.milestone, unit(ln)),
            lambda ln: -1.0 if ln.milestone is None else (ln.milestone.share or 0.0),
        ),
    ]


def _order(line: FigureLine) -> int:
    """The report's own order of figures (parts, then figures within them)."""
    return line.order


def _chart(name: str, parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    chart = view.chart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setDropShadowEnabled(False)
    return view


def _clear(view: QChartView, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    view.setBackgroundBrush(theme.qcolor("panel"))
    chart.setBackgroundBrush(theme.qcolor("panel"))
    chart.setTitleBrush(theme.qcolor("text"))
    chart.legend().setLabelColor(theme.qcolor("text_soft"))
    chart.setTitle(title)
    return chart


def _axes(chart: QChart, labels: list[str], values: list[float], series: list[object]) -> None:
    x = QBarCategoryAxis()
    x.append(labels)
    x.setLabelsColor(theme.qcolor("text_soft"))
    x.setTruncateLabels(False)
    y = QValueAxis()
    low, top = min([*values, 0.0]), max([*values, 0.0])
    if top == low:
        top = low + 1.0
    y.setRange(low * 1.05 if low < 0 else 0.0, top * 1.05 if top > 0 else 0.0)
    y.applyNiceNumbers()
    y.setLabelsColor(theme.qcolor("text_soft"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for each in series:
        each.attachAxis(x)  # type: ignore[attr-defined]
        each.attachAxis(y)  # type: ignore[attr-defined]


class EvaluationHome(HomePage):
    """The quarter's figures, their charts and the drill-down (see the module docstring)."""

    drillShown = Signal()
    """A drill-down's list was shown (tests wait for it)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("evaluationHome")
        self.evaluation: Evaluation | None = None
        self.drill_dialog: DrillDialog | None = None
        self._asked: str | None = None
        """The quarter asked for (None: the server's current one)."""
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("evaluationQuarter")
        self.quarter_label = QLabel(self)
        self.quarter_label.setBuddy(self.quarter)
        self.quarter.activated.connect(self._quarter_chosen)
        self.branch = QComboBox(self)
        self.branch.setObjectName("evaluationBranch")
        self.branch_label = QLabel(self)
        self.branch_label.setBuddy(self.branch)
        self.branch.currentIndexChanged.connect(lambda _i: self._show_branch())
        self.refresh = QPushButton(self)
        self.refresh.setObjectName("evaluationRefresh")
        self.refresh.clicked.connect(self.reload)
        again = QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this tab only
        self.filter, self.filter_label = filter_box(self, "evaluationFilter", self._filter)
        self.headline = QLabel(self)
        self.headline.setObjectName("evaluationHeadline")
        self.headline.setWordWrap(True)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("evaluationAsOf")
        self.as_of.setWordWrap(True)
        self.model = LinesModel(_columns(), self)
        self.proxy = LinesFilter(self.model, self)
        self.table = QTableView(self)
        self.table.setObjectName("evaluationFigures")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._drill)
        self.filter.returnPressed.connect(lambda: into_table(self.table))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._draw())
        self.proxy.modelReset.connect(self._counted)
        self.proxy.layoutChanged.connect(self._counted)
        self.trend_chart = _chart("evaluationTrend", self)
        self.compare_chart = _chart("evaluationCompare", self)
        self.milestones = QGroupBox(self)
        self.milestones.setObjectName("evaluationMilestones")
        self.milestone_grid = QGridLayout(self.milestones)
        self.bars: list[QProgressBar] = []
        self.status.setObjectName("evaluationStatus")
        pickers = QHBoxLayout()
        pickers.addWidget(self.quarter_label)
        pickers.addWidget(self.quarter)
        pickers.addWidget(self.branch_label)
        pickers.addWidget(self.branch, 1)
        pickers.addWidget(self.filter_label)
        pickers.addWidget(self.filter, 1)
        pickers.addWidget(self.refresh)
        charts = QWidget(self)
        side = QVBoxLayout(charts)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.trend_chart, 3)
        side.addWidget(self.compare_chart, 3)
        side.addWidget(self.milestones, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("evaluationSplit")
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(pickers)
        layout.addWidget(self.headline)
        layout.addWidget(self.as_of)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._branch_visible(False)
        # the server counts the report: not asked again for every local edit or pull, but
        # after a sync round when what is shown is this computer's copy or has aged
        workspace.localEditSaved.disconnect(self.schedule_reload)
        workspace.rowsPulled.disconnect(self.schedule_reload)
        if workspace.sync is not None:
            workspace.sync.roundFinished.connect(self._round_finished)
        theme.changes().connect(self._draw)
        self.retranslate()
        self.reload()

    # --- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Asks the server when online (keeping the answer), else reads this computer's copy."""
        user_id = self.user_id
        if self.no_user() or user_id is None:
            self.loaded.emit()
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self._read_stored()
            return
        if self.evaluation is None:
            self.status.setText(self.tr("Asking the server for the evaluation …"))
        quarter = self._asked
        self.workspace.tasks.network(
            NetworkOp(
                lambda: fetch_evaluation(engine, quarter),
                success=self._fetched,
                error=self._fetch_failed,
                owner=self,
                key=KEY,
                what="fetching the evaluation",
            )
        )

    def _round_finished(self, *_: object) -> None:
        shown = self.evaluation
        due = shown is None or shown.stored or utcnow() - shown.fetched_at > REFRESH_AFTER
        if due and self.workspace.online_engine() is not None:
            self.schedule_reload()

    def _fetched(self, evaluation: Evaluation) -> None:
        user_id = self.user_id
        if user_id is not None:
            data = evaluation.data
            self.workspace.tasks.write(
                WriteOp(
                    lambda cache: save_report(
                        cache, user_id, data, fetched_at=evaluation.fetched_at
                    ),
                    failure=lambda message: log.warning("the evaluation was not kept: %s", message),
                    what="keeping the evaluation",
                )
            )
        self.show_evaluation(evaluation)

    def _fetch_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "server_code", None) or getattr(exc, "code", None)
        if isinstance(exc, GuitaiError) and code not in OFFLINE_CODES:
            self._refused(exc, code)
            return
        self._read_stored()

    def _refused(self, exc: GuitaiError, code: object) -> None:
        if code == Reason.FORBIDDEN:
            text = self.tr("Your role does not read the quarterly evaluation.")
        elif code == Reason.NOT_ON_SERVER:
            text = self.tr("This server does not offer the evaluation yet (an older version).")
        else:
            text = self.tr("The server refused the evaluation: %1").replace("%1", str(exc))
        self.status.setText(text)
        self.loaded.emit()

    def _read_stored(self) -> None:
        user_id = self.user_id
        if user_id is None:
            return
        quarter = self._asked
        self.workspace.tasks.read(
            ReadOp(
                lambda cache: load_report(cache, user_id, quarter),
                success=self._stored,
                failure=self._failed,
                owner=self,
                key=KEY,
                what="reading the kept evaluation",
            )
        )

    def _stored(self, evaluation: Evaluation | None) -> None:
        if evaluation is None and self.evaluation is not None:  # another quarter, not kept
            self._asked = self.evaluation.quarter
            self._fill_quarters(self.evaluation)
        if evaluation is None:
            self.status.setText(
                self.tr(
                    "Offline: this computer has no evaluation of this quarter yet. It comes "
                    "from the server, and is kept here, once online."
                )
            )
            self.as_of.setText("")
            self.loaded.emit()
            return
        self.show_evaluation(evaluation)

    def _failed(self, message: str) -> None:
        self.status.setText(plain_error(message))
        self.loaded.emit()

    # --- showing ----------------------------------------------------------------------

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        self.loaded_at = evaluation.fetched_at
        self._fill_quarters(evaluation)
        self._fill_branches(evaluation)
        self._show_branch()
        self.loaded.emit()

    def _fill_quarters(self, evaluation: Evaluation) -> None:
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for label in reversed(evaluation.quarters):
            self.quarter.addItem(label, label)
        self.quarter.setCurrentIndex(self.quarter.findData(evaluation.quarter))
        self.quarter.blockSignals(False)

    def _fill_branches(self, evaluation: Evaluation) -> None:
        shown = self.branch_code()
        self.branch.blockSignals(True)
        self.branch.clear()
        for part in evaluation.branches:
            self.branch.addItem(f"{part.code} {part.name}", part.code)
        index = self.branch.findData(shown)
        self.branch.setCurrentIndex(max(index, 0))
        self.branch.blockSignals(False)
        self._branch_visible(len(evaluation.branches) > 1)

    def _branch_visible(self, visible: bool) -> None:
        self.branch.setVisible(visible)
        self.branch_label.setVisible(visible)

    def branch_code(self) -> str:
        """The branch shown ("" before any report)."""
        code = self.branch.currentData()
        return str(code) if code else ""

    def _show_branch(self) -> None:
        evaluation = self.evaluation
        if evaluation is None:
            return
        current = self.current_line()
        self.model.set_lines(evaluation.lines(self.branch_code()))
        wanted = current.name if current is not None else None
        self._select(wanted)
        self._write_headline()
        self._draw()
        self._counted()
        self.countChanged.emit(self.tab_count() or 0)

    def _select(self, name: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            line = self.proxy.line_at(row)
            if name is None or line.name == name:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return

    def current_line(self) -> FigureLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        line = self.proxy.line_at(index.row())
        return line if isinstance(line, FigureLine) else None

    def line_of(self, name: str) -> int:
        """The row of the view showing figure `name` (-1: not shown)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.line_at(row).name == name:
                return row
        return -1

    def tab_count(self) -> int | None:
        """The figures shown (None until a report is shown)."""
        return None if self.evaluation is None else self.model.rowCount()

    def focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.quarter.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._counted()

    def _counted(self, *_: object) -> None:
        self.filter_label.setText(
            self.tr("Fi&lter (%1 of %2)")
            .replace("%1", f"{self.proxy.rowCount():,}")
            .replace("%2", f"{self.model.rowCount():,}")
        )

    def _write_headline(self) -> None:
        evaluation = self.evaluation
        if evaluation is None:
            self.headline.setText("")
            self.as_of.setText("")
            return
        part = evaluation.branch(self.branch_code())
        branch = f"{part.code} {part.name}" if part is not None else ""
        start, end = evaluation.data.get("starts_on", ""), evaluation.data.get("ends_on", "")
        self.headline.setText(
            self.tr("%1, quarter %2 (%3 to %4), beside the bank's %5 branches")
            .replace("%1", branch)
            .replace("%2", evaluation.quarter)
            .replace("%3", str(start))
            .replace("%4", str(end))
            .replace("%5", f"{evaluation.bank_branches:,}")
        )
        if evaluation.stored:
            text = self.tr(
                "Offline: this computer's copy, as of %1 (fetched %2). The figures are "
                "counted on the server; they come again once online."
            )
        else:
            text = self.tr("As of %1 (fetched from the server %2).")
        self.as_of.setText(
            text.replace("%1", fmt.day(evaluation.as_of)).replace(
                "%2", fmt.moment(evaluation.fetched_at)
            )
        )
        hint = self.tr("Enter on a figure lists the customers or staff behind it.")
        self.status.setText(hint)

    # --- charts -----------------------------------------------------------------------

    def _draw(self, *_: object) -> None:
        evaluation, line = self.evaluation, self.current_line()
        if evaluation is None or line is None:
            return
        name, unit = figure_name(line.name), line.figure.unit
        scale = 100.0 if unit == "share" else 1.0
        code = self.branch_code()
        bank_name = self.tr("Bank per branch")
        chart = _clear(self.trend_chart, self.tr("%1: the last 8 quarters").replace("%1", name))
        own, bank = QLineSeries(), QLineSeries()
        own.setName(code)
        bank.setName(bank_name)
        own.setColor(theme.qcolor("chart_revenue"))
        bank.setColor(theme.qcolor("chart_net"))
        values: list[float] = []
        for n, value in enumerate(line.trend):
            own.append(n, float(value) * scale)
            values.append(float(value) * scale)
        for n, value in enumerate(line.bank_trend):
            bank.append(n, float(value) * scale)
            values.append(float(value) * scale)
        chart.addSeries(own)
        chart.addSeries(bank)
        _axes(chart, [short_quarter(q) for q in evaluation.quarters], values, [own, bank])
        chart = _clear(
            self.compare_chart, self.tr("%1: branch against the bank").replace("%1", name)
        )
        mine, theirs = QBarSet(code), QBarSet(bank_name)
        mine.setColor(theme.qcolor("chart_revenue"))
        theirs.setColor(theme.qcolor("chart_net"))
        quarters = evaluation.quarters
        picked = [len(quarters) - 5, len(quarters) - 2, len(quarters) - 1]
        labels = [quarters[i] for i in picked if 0 <= i < len(quarters)]
        compared: list[float] = []
        for i in picked:
            if not 0 <= i < len(quarters):
                continue
            a = float(line.trend[i]) * scale if i < len(line.trend) else 0.0
            b = float(line.bank_trend[i]) * scale if i < len(line.bank_trend) else 0.0
            mine.append(a)
            theirs.append(b)
            compared += [a, b]
        series = QBarSeries()
        series.append(mine)
        series.append(theirs)
        chart.addSeries(series)
        _axes(chart, labels, compared, [series])
        self._draw_milestones()

    def _draw_milestones(self) -> None:
        while self.milestone_grid.count():
            item = self.milestone_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars = []
        evaluation = self.evaluation
        part = evaluation.branch(self.branch_code()) if evaluation is not None else None
        goals = [] if part is None else sorted(part.milestones.items())
        if not goals:
            empty = QLabel(self.tr("No milestones set for this half year."), self.milestones)
            empty.setObjectName("evaluationNoMilestones")
            self.milestone_grid.addWidget(empty, 0, 0)
            return
        units = {f.name: f.unit for f in evaluation.figures} if evaluation else {}
        for row, (name, goal) in enumerate(goals):
            label = QLabel(figure_name(name), self.milestones)
            bar = QProgressBar(self.milestones)
            bar.setObjectName(f"evaluationMilestone_{name}")
            bar.setRange(0, 100)
            share = goal.share or 0.0
            bar.setValue(max(0, min(100, round(share * 100))))
            bar.setFormat(milestone_text(goal, units.get(name, "count")))
            bar.setAccessibleName(figure_name(name))
            label.setBuddy(bar)
            self.milestone_grid.addWidget(label, row, 0)
            self.milestone_grid.addWidget(bar, row, 1)
            self.bars.append(bar)

    # --- drill-down -------------------------------------------------------------------

    def _quarter_chosen(self, index: int) -> None:
        label = self.quarter.itemData(index)
        if label and (self.evaluation is None or label != self.evaluation.quarter):
            self._asked = str(label)
            self.reload()

    def _drill(self, index: QModelIndex) -> None:
        if not index.isValid() or self.evaluation is None:
            return
        line = self.proxy.line_at(index.row())
        if not isinstance(line, FigureLine):
            return
        name = figure_name(line.name)
        if line.figure.drill == "none":
            self.status.setText(
                self.tr("%1 is not made of customers or staff: there is nothing to list.").replace(
                    "%1", name
                )
            )
            return
        engine = self.workspace.online_engine()
        if engine is None:
            self.status.setText(
                self.tr(
                    "Offline: who is behind a figure is asked of the server. Try again when online."
                )
            )
            return
        branch, quarter = self.branch_code(), self.evaluation.quarter
        self.status.setText(self.tr("Asking the server who is behind %1 …").replace("%1", name))
        self.workspace.tasks.network(
            NetworkOp(
                partial(fetch_drill, engine, line.name, branch, quarter),
                success=self._drilled,
                error=self._drill_failed,
                owner=self,
                key=DRILL_KEY,
                what="asking who is behind a figure",
            )
        )

    def _drilled(self, behind: Behind) -> None:
        self.workspace.tasks.write(
            WriteOp(
                lambda cache: record_drill(cache, behind),
                failure=lambda message: log.warning("a drill-down was not recorded"),
                what="recording a drill-down",
            )
        )
        self._write_headline()
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        dialog = DrillDialog(behind, self)
        dialog.openRequested.connect(self.openRequested)
        self.drill_dialog = dialog
        dialog.show()
        dialog.focus_first()
        self.drillShown.emit()

    def _drill_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, GuitaiError):
            self.status.setText(generic_message())
            return
        code = getattr(exc, "server_code", None) or exc.code
        if code == Reason.OUTSIDE_SCOPE:
            text = self.tr("That branch's customers are not yours to see.")
        elif code in OFFLINE_CODES:
            text = self.tr("The server cannot be reached: who is behind a figure is asked there.")
        else:
            text = self.tr("The server refused: %1").replace("%1", str(exc))
        self.status.setText(text)

    def retranslate(self) -> None:
        self.quarter_label.setText(self.tr("&Quarter"))
        self.branch_label.setText(self.tr("&Branch"))
        self.refresh.setText(self.tr("Ask again (F5)"))
        self.filter.setPlaceholderText(self.tr("Any word of a figure"))
        self.milestones.setTitle(self.tr("Milestones of the half year"))
        self.model.refresh()
        self._counted()
        self._write_headline()
        self._draw()


def _line_name(line: BehindLine) -> str:
    if not line.removed:
        return line.name
    return QCoreApplication.translate("EvaluationDrill", "%1 (removed)").replace("%1", line.name)


def _drill_columns(kind: str) -> list[Keyed]:
    first: Callable[[], str] = (
        (lambda: QCoreApplication.translate("EvaluationDrill", "Customer number"))
        if kind == "customers"
        else (lambda: QCoreApplication.translate("EvaluationDrill", "Username"))
    )
    return [
        Keyed(first, lambda ln: ln.key, lambda ln: ln.key),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationDrill", "Name"),
            _line_name,
            lambda ln: ln.name,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationDrill", "Latin name"),
            lambda ln: ln.name_latin,
            lambda ln: ln.name_latin,
        ),
        Keyed(
            lambda: QCoreApplication.translate("EvaluationDrill", "Count"),
            lambda ln: f"{ln.count:,}",
            lambda ln: ln.count,
            numeric=True,
        ),
    ]


class DrillDialog(QDialog):
    """Who is behind one figure: a sortable, filtered list; Enter on a customer opens their
    360 (`openRequested(number)`) and closes the list; Escape closes it."""

    openRequested = Signal(str)

    def __init__(self, behind: Behind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDrill")
        self.behind = behind
        self.setWindowModality(Qt.WindowModality.WindowModal)
        name = figure_name(behind.figure)
        self.setWindowTitle(
            self.tr("%1 — %2, %3")
            .replace("%1", name)
            .replace("%2", behind.branch)
            .replace("%3", behind.quarter)
        )
        self.model = LinesModel(_drill_columns(behind.kind), self)
        self.model.set_lines(behind.lines)
        self.proxy = LinesFilter(self.model, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("evaluationDrillSummary")
        self.summary.setWordWrap(True)
        self.filter, self.filter_label = filter_box(self, "evaluationDrillFilter", self._filter)
        self.table = QTableView(self)
        self.table.setObjectName("evaluationDrillList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.filter.returnPressed.connect(lambda: into_table(self.table))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.resize(640, 480)
        self._summarise()

    def _summarise(self) -> None:
        b = self.behind
        if b.kind == "customers":
            text = self.tr("%1 customers behind %2.")
        else:
            text = self.tr("%1 staff behind %2.")
        parts = [text.replace("%1", f"{b.total:,}").replace("%2", figure_name(b.figure))]
        if b.truncated:
            parts.append(self.tr("The first %1 are listed.").replace("%1", f"{len(b.lines):,}"))
        if b.outside_scope:
            parts.append(
                self.tr("%1 more belong to other branches and are not shown.").replace(
                    "%1", f"{b.outside_scope:,}"
                )
            )
        if b.kind == "customers" and b.lines:
            parts.append(self.tr("Enter on a customer opens their 360."))
        self.summary.setText(" ".join(parts))
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.filter_label.setText(
            self.tr("Fi&lter (%1 of %2)")
            .replace("%1", f"{self.proxy.rowCount():,}")
            .replace("%2", f"{self.model.rowCount():,}")
        )

    def focus_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.filter.setFocus()

    def line_at(self, row: int) -> BehindLine:
        line: BehindLine = self.proxy.line_at(row)
        return line

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self.behind.kind != "customers":
            return
        line = self.line_at(index.row())
        if line.removed:
            self.summary.setText(
                self.tr("%1 was removed: there is no 360 to open.").replace("%1", line.key)
            )
            return
        self.accept()
        self.openRequested.emit(line.key)
