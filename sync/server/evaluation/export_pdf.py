"""The report as a printable PDF (reportlab): per branch a table of every figure with the
previous quarter and a year earlier, bar charts of a few headline figures over the last 8
quarters (the branch against the bank's mean per branch), and milestone progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sync.server.evaluation.figures import BY_NAME, FIGURES, PARTS

CHARTED = ("interactions", "active_staff_share", "new_accounts", "net_profit_12m")
BRANCH_COLOUR = colors.HexColor("#2f6f9f")
BANK_COLOUR = colors.HexColor("#c8a24a")


def _chart(
    title: str, quarters: list[str], branch: list[float], bank: list[float] | None
) -> Drawing:
    drawing = Drawing(8.2 * cm, 5.6 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 38, 8.2 * cm - 45, 5.6 * cm - 68
    chart.data = [branch] + ([bank] if bank is not None else [])
    chart.categoryAxis.categoryNames = [q[2:] for q in quarters]
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.dy = -6
    chart.valueAxis.labels.fontSize = 6
    values = [*branch, *(bank or [])]
    chart.valueAxis.valueMin = min(0.0, *values)
    chart.valueAxis.valueMax = max(0.0, *values) or 1.0
    chart.bars[0].fillColor = BRANCH_COLOUR
    if bank is not None:
        chart.bars[1].fillColor = BANK_COLOUR
    drawing.add(chart)
    drawing.add(String(4, 5.6 * cm - 12, title, fontSize=8, fontName="Helvetica-Bold"))
    if bank is not None:
        legend = Legend()
        legend.x, legend.y = 8.2 * cm - 130, 5.6 * cm - 6
        legend.fontSize = 6
        legend.columnMaximum = 1
        legend.alignment = "right"
        legend.colorNamePairs = [(BRANCH_COLOUR, "branch"), (BANK_COLOUR, "bank (per branch)")]
        drawing.add(legend)
    return drawing


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) >= 1 or value == 0 else f"{value:.4f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def write(report: dict[str, Any], path: Path) -> None:
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm
    )
    story: list[Any] = []
    bank = report.get("bank")
    count = max(1, int(report.get("bank_branches", 1)))
    for n, (code, branch) in enumerate(report["branches"].items()):
        if n:
            story.append(PageBreak())
        story.append(
            Paragraph(
                f"Quarterly evaluation {report['quarter']}: {code} {branch['name']}",
                styles["Title"],
            )
        )
        story.append(
            Paragraph(
                f"{report['from']} to {report['to']}, as of {report['as_of']}; amounts in CNY",
                styles["Normal"],
            )
        )
        story.append(Spacer(1, 0.3 * cm))
        charts = [
            _chart(
                name,
                report["quarters"],
                [float(v) for v in branch["trend"][name]],
                [
                    float(v) / (count if BY_NAME[name].unit in ("count", "cny") else 1)
                    for v in bank["trend"][name]
                ]
                if bank is not None
                else None,
            )
            for name in CHARTED
        ]
        story.append(Table([charts[:2], charts[2:]], colWidths=[8.8 * cm, 8.8 * cm]))
        rows: list[list[Any]] = [
            [
                "part",
                "figure",
                report["quarter"],
                report["previous_quarter"],
                report["year_earlier"],
            ]
        ]
        for part in PARTS:
            for figure in FIGURES:
                if figure.part == part:
                    shown = branch[part][figure.name]
                    rows.append(
                        [
                            part,
                            figure.name,
                            _fmt(shown["value"]),
                            _fmt(shown["previous_quarter"]),
                            _fmt(shown["year_earlier"]),
                        ]
                    )
        table = Table(rows, colWidths=[1.8 * cm, 6.6 * cm, 3 * cm, 3 * cm, 3 * cm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "Helvetica", 7),
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
                    ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#f0f0f0")],
                    ),
                ]
            )
        )
        story.append(Spacer(1, 0.3 * cm))
        story.append(table)
        if branch["milestones"]:
            story.append(Spacer(1, 0.3 * cm))
            story.append(Paragraph("Milestones", styles["Heading3"]))
            goal_rows: list[list[Any]] = [["figure", "period", "target", "actual", "progress"]]
            for name, goal in branch["milestones"].items():
                share = goal["share"]
                bar = "#" * int(min(1.0, share or 0) * 20)
                goal_rows.append(
                    [
                        name,
                        goal["period"],
                        _fmt(goal["target"]),
                        _fmt(goal["actual"]),
                        f"{bar:<20} {0 if share is None else share * 100:.0f}%",
                    ]
                )
            goals = Table(goal_rows)
            goals.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Courier", 7)]))
            story.append(goals)
    doc.build(story)
