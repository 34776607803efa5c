"""The 360's charts: 12-month profitability (revenue, cost and net per month) and the
24-month balance line."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from client.customer360.views import BalanceMonth, Profitability
from ui import theme

COLORS = {"revenue": "chart_revenue", "cost": "chart_cost", "net": "chart_net"}
"""Each bar set's colour in the theme's palette."""


class ProfitChart(QChartView):
    """Monthly figures of the first currency (CNY first); emits painted after a paint."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profitChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._profit: Profitability | None = None
        self.chart().setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart().setMargins(self.chart().margins() * 0)
        self.chart().setBackgroundRoundness(0)
        self.chart().setDropShadowEnabled(False)
        self._paint_frame()
        theme.changes().connect(self._restyle)

    def set_profit(self, profit: Profitability) -> None:
        self._profit = profit
        self._build()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._profit is not None:
            self._build()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """The chart again in the new light or dark colours."""
        self._paint_frame()
        self._build()

    def _paint_frame(self) -> None:
        """Background, title and legend in the theme's colours (the bars follow in _build)."""
        chart = self.chart()
        self.setBackgroundBrush(theme.qcolor("panel"))
        chart.setBackgroundBrush(theme.qcolor("panel"))
        chart.setTitleBrush(theme.qcolor("text"))
        chart.legend().setLabelColor(theme.qcolor("text_soft"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._profit is not None:
            self.painted.emit()

    def _build(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        profit = self._profit
        if profit is None:
            return
        currency = profit.totals[0].currency if profit.totals else "CNY"
        months = [m for m in profit.months if m.currency == currency]
        sets = {
            "revenue": QBarSet(self.tr("Revenue")),
            "cost": QBarSet(self.tr("Cost")),
            "net": QBarSet(self.tr("Net")),
        }
        for name, bar_set in sets.items():
            bar_set.setColor(theme.qcolor(COLORS[name]))
            bar_set.setBorderColor(theme.qcolor(COLORS[name]))
        low = high = 0.0
        for month in months:
            values = {"revenue": month.revenue, "cost": -month.cost, "net": month.net}
            for name, value in values.items():
                sets[name].append(float(value))
                low, high = min(low, float(value)), max(high, float(value))
        series = QBarSeries()
        for bar_set in sets.values():
            series.append(bar_set)
        chart.addSeries(series)
        chart.setTitle(self.tr("Profitability, last 12 months (%1)").replace("%1", currency))
        x_axis = QBarCategoryAxis()
        x_axis.setTruncateLabels(False)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        x_axis.setLabelsFont(small)
        x_axis.append([f"{m.period % 100:02d}" for m in months])
        y_axis = QValueAxis()
        y_axis.setRange(low * 1.1, high * 1.1 or 1.0)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        y_axis.setLabelsFont(small)
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(theme.qcolor("text_soft"))
            axis.setLinePen(QPen(theme.qcolor("border_strong")))
            axis.setGridLineColor(theme.qcolor("grid"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


class BalanceChart(QChartView):
    """The month-end balance of the customer's CNY accounts over 24 months, as a line;
    emits painted after a paint."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self._points: tuple[BalanceMonth, ...] | None = None
        self.chart().setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart().legend().hide()
        self.chart().setMargins(self.chart().margins() * 0)
        self.chart().setBackgroundRoundness(0)
        self.chart().setDropShadowEnabled(False)
        self._paint_frame()
        theme.changes().connect(self._restyle)

    def set_balances(self, points: tuple[BalanceMonth, ...]) -> None:
        self._points = points
        self._build()

    def values(self) -> list[tuple[int, float]]:
        """(period, balance) of the line as drawn (tests and screen readers)."""
        return [(p.period, float(p.balance)) for p in self._points or ()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._points is not None:
            self._build()
        super().changeEvent(event)

    def _restyle(self) -> None:
        self._paint_frame()
        self._build()

    def _paint_frame(self) -> None:
        chart = self.chart()
        self.setBackgroundBrush(theme.qcolor("panel"))
        chart.setBackgroundBrush(theme.qcolor("panel"))
        chart.setTitleBrush(theme.qcolor("text"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._points is not None:
            self.painted.emit()

    def _build(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        points = self._points
        if points is None:
            return
        chart.setTitle(self.tr("Balance, last 24 months (CNY)"))
        series = QLineSeries()
        pen = QPen(theme.qcolor(COLORS["net"]))
        pen.setWidthF(2.0)
        series.setPen(pen)
        for k, point in enumerate(points):
            series.append(float(k), float(point.balance))
        chart.addSeries(series)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for k, point in enumerate(points):
            if k % 3 == 0 or k == len(points) - 1:
                x_axis.append(f"{point.period // 100 % 100:02d}/{point.period % 100:02d}", k)
        x_axis.setRange(0, max(1, len(points) - 1))
        y_axis = QValueAxis()
        balances = [float(p.balance) for p in points] or [0.0]
        low, high = min(0.0, *balances), max(balances)
        y_axis.setRange(low, high * 1.1 or 1.0)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(small)
            axis.setLabelsColor(theme.qcolor("text_soft"))
            axis.setLinePen(QPen(theme.qcolor("border_strong")))
            axis.setGridLineColor(theme.qcolor("grid"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
