"""The branch manager's "Branch week": the week's appointments, the pipeline by stage and
value, tasks and KYC reviews overdue, segment feedback and head office's answers.

A thin view over `ui.models.branch_week` (the numbers: `client.branch_week`, read from the
cache in the reading thread, offline too): a headline of the week's figures, two QtCharts
bar charts (appointments per day; the pipeline's expected value per stage, the count in
each stage's label), and the five lists in tabs with their counts, each sortable and
filtered by the one filter box. Keys: Alt+L the filter, Ctrl+PgDown / Ctrl+PgUp through
the lists, Enter on a customer's row opens their 360.
"""

from __future__ import annotations

import math
import uuid
from functools import partial

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.branch_week import BranchWeek, load_branch_week
from client.schema.base import utcnow
from ui import format as fmt
from ui import theme
from ui.homes.page import HomePage, plain_error
from ui.models.branch_week import BranchWeekModels, WeekFigures
from ui.models.table import RowsModel
from ui.tasks import ReadOp
from ui.terms import term
from ui.workspace import Workspace

KEY = "branch-week"
LISTS = ("appointments", "stages", "tasks", "kyc", "feedback")


def _chart(name: str, parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    chart = view.chart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setBackgroundRoundness(0)
    chart.setDropShadowEnabled(False)
    return view


def _bars(
    view: QChartView, title: str, labels: list[str], values: list[float], colour: str
) -> None:
    """The view's chart anew: one bar per label."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    view.setBackgroundBrush(theme.qcolor("panel"))
    chart.setBackgroundBrush(theme.qcolor("panel"))
    chart.setTitleBrush(theme.qcolor("text"))
    chart.setTitle(title)
    bars = QBarSet(title)
    bars.setColor(theme.qcolor(colour))
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    x.setLabelsColor(theme.qcolor("text_soft"))
    y = QValueAxis()
    top = max([*values, 1.0])
    if top <= 8:  # a few appointments: one tick per whole number
        y.setRange(0, math.ceil(top))
        y.setTickCount(math.ceil(top) + 1)
    else:
        y.setRange(0, top * 1.05)
        y.applyNiceNumbers()
    y.setLabelFormat("%.0f")
    y.setLabelsColor(theme.qcolor("text_soft"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


class BranchWeekHome(HomePage):
    """The headline, the charts and the lists (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("branchWeekHome")
        self.models = BranchWeekModels(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("branchWeekHeadline")
        self.headline.setWordWrap(True)
        self.day_chart = _chart("branchWeekDays", self)
        self.stage_chart = _chart("branchWeekStages", self)
        charts = QHBoxLayout()
        charts.addWidget(self.day_chart, 1)
        charts.addWidget(self.stage_chart, 1)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("branchWeekFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.lists = QTabWidget(self)
        self.lists.setObjectName("branchWeekLists")
        self.tables: dict[str, QTableView] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        for name in LISTS:
            model = self.models.lists[name]
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setFilterKeyColumn(-1)
            self.filter.textChanged.connect(proxy.setFilterFixedString)
            proxy.rowsInserted.connect(self._retitle)
            proxy.rowsRemoved.connect(self._retitle)
            proxy.modelReset.connect(self._retitle)
            proxy.layoutChanged.connect(self._retitle)
            table = QTableView(self)
            table.setObjectName(f"branchWeek_{name}")
            table.setModel(proxy)
            table.setSortingEnabled(True)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.setShowGrid(False)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.activated.connect(partial(self._open, name))
            self.tables[name], self.proxies[name] = table, proxy
            self.lists.addTab(table, "")
        self.status.setObjectName("branchWeekStatus")
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.headline)
        layout.addLayout(charts)
        layout.addLayout(row)
        layout.addWidget(self.lists, 2)
        layout.addWidget(self.status)
        theme.changes().connect(self._draw)
        self.retranslate()
        self.reload()

    @property
    def branch_id(self) -> uuid.UUID | None:
        staff = self.workspace.staff
        return staff.branch_id if staff is not None else None

    def reload(self) -> None:
        branch_id = self.branch_id
        if self.no_user() or branch_id is None:
            return
        if self.loaded_at is None:
            self.status.setText(self.tr("Reading the branch's week …"))
        self.workspace.tasks.read(
            ReadOp(
                partial(load_branch_week, branch_id=branch_id),
                success=self.show_week,
                failure=lambda message: self.status.setText(plain_error(message)),
                owner=self,
                key=KEY,
                what="reading the branch's week",
            )
        )

    def show_week(self, week: BranchWeek) -> None:
        self.models.set_week(week)
        self.loaded_at = utcnow()
        self._draw()
        self._retitle()
        self._fill_status()
        self.countChanged.emit(self.tab_count() or 0)
        self.loaded.emit()

    def figures(self) -> WeekFigures | None:
        return self.models.figures()

    def tab_count(self) -> int | None:
        """The week's appointments (the tab's title counts them)."""
        return None if self.loaded_at is None else self.models.appointments.rowCount()

    def focus_first(self) -> None:
        table = self.lists.currentWidget()
        if isinstance(table, QTableView) and table.model().rowCount():
            table.setFocus()
            if not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
        else:
            self.filter.setFocus()

    def _open(self, name: str, index: QModelIndex) -> None:
        if not index.isValid() or name == "stages":
            return
        model: RowsModel = self.models.lists[name]
        line = model.row_at(self.proxies[name].mapToSource(index).row())
        number = getattr(line, "customer_number", "")
        if number:
            self.openRequested.emit(number)

    def _draw(self) -> None:
        week, numbers = self.models.week, self.figures()
        if week is None or numbers is None:
            return
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        days = [f"{locale.dayName(day.isoweekday(), short)} {day:%d}" for day in week.days]
        _bars(
            self.day_chart,
            self.tr("Appointments per day"),
            days,
            [float(n) for n in numbers.per_day],
            "chart_revenue",
        )
        stages = [f"{term(s.stage.value)}\n({s.count})" for s in week.stages]
        _bars(
            self.stage_chart,
            self.tr("Pipeline: expected value by stage (thousand CNY; referrals)"),
            stages,
            [float(v) / 1000 for v in numbers.stage_values],
            "chart_net",
        )
        self.headline.setText(
            self.tr(
                "Branch %1, week of %2: %3 appointments · %4 open referrals worth %5 CNY · "
                "%6 tasks overdue · %7 KYC reviews overdue · %8 segment feedback, %9 answered"
            )
            .replace("%1", week.branch_code)
            .replace("%2", fmt.day(week.monday))
            .replace("%3", f"{numbers.appointments:,}")
            .replace("%4", f"{numbers.open_referrals:,}")
            .replace("%5", fmt.money(numbers.open_value))
            .replace("%6", f"{numbers.tasks_overdue:,}")
            .replace("%7", f"{numbers.kyc_overdue:,}")
            .replace("%8", f"{numbers.feedback:,}")
            .replace("%9", f"{numbers.feedback_answered:,}")
        )

    def _titles(self) -> dict[str, str]:
        return {
            "appointments": self.tr("Appointments (%1)"),
            "stages": self.tr("Pipeline by stage"),
            "tasks": self.tr("Tasks overdue (%1)"),
            "kyc": self.tr("KYC overdue (%1)"),
            "feedback": self.tr("Segment feedback (%1)"),
        }

    def _retitle(self, *_: object) -> None:
        for n, (name, title) in enumerate(self._titles().items()):
            if name in self.proxies and n < self.lists.count():  # all built
                self.lists.setTabText(n, title.replace("%1", f"{self.proxies[name].rowCount():,}"))

    def _fill_status(self) -> None:
        if self.loaded_at is None:
            return
        hint = self.tr("Enter on a row opens the customer.")
        self.status.setText(f"{self.synced_text()} {hint}")

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter"))
        self.filter.setPlaceholderText(self.tr("Any word of the lists"))
        self.models.retranslate()
        self._retitle()
        self._draw()
        self._fill_status()
