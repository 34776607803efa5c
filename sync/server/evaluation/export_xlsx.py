"""The report as an XLSX workbook: one sheet per part, a row per branch and figure, the
numbers as numbers; a "milestones" sheet when any are set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from sync.server.evaluation.figures import FIGURES, PARTS

HEADER = ("branch", "figure", "unit", "value", "previous_quarter", "year_earlier")


def write(report: dict[str, Any], path: Path) -> None:
    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for part in PARTS:
        sheet = book.create_sheet(part)
        sheet.append(
            [*HEADER[:3], report["quarter"], report["previous_quarter"], report["year_earlier"]]
        )
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for code, branch in report["branches"].items():
            for figure in FIGURES:
                if figure.part != part:
                    continue
                shown = branch[part][figure.name]
                sheet.append(
                    [
                        code,
                        figure.name,
                        figure.unit,
                        shown["value"],
                        shown["previous_quarter"],
                        shown["year_earlier"],
                    ]
                )
        sheet.column_dimensions["B"].width = 36
    goals = [
        (code, name, goal)
        for code, branch in report["branches"].items()
        for name, goal in branch["milestones"].items()
    ]
    if goals:
        sheet = book.create_sheet("milestones")
        sheet.append(["branch", "figure", "period", "target", "actual", "share"])
        for code, name, goal in goals:
            sheet.append(
                [code, name, goal["period"], goal["target"], goal["actual"], goal["share"]]
            )
    book.save(path)
