"""The 12-month profitability chart: revenue, cost and net per month."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from client.customer360.views import Profitability
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
