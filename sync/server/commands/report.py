"""`guitai-server report evaluation --quarter 2026Q4 [--branch CODE] [--json | --csv FILE |
--xlsx FILE | --pdf FILE]`: the quarterly evaluation (`sync.server.evaluation`)."""

from __future__ import annotations

import argparse
import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from client.commands.common import print_json
from sync.server.commands.common import add_database_argument, open_database
from sync.server.evaluation import history, report
from sync.server.evaluation.figures import FIGURES, PARTS
from sync.server.evaluation.quarters import parse_quarter


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    evaluation = sub.add_parser(
        "evaluation",
        help="the quarterly evaluation per branch: inputs, use, outputs, IT and milestones",
    )
    evaluation.add_argument("--quarter", required=True, help="the quarter, e.g. 2026Q4")
    evaluation.add_argument("--branch", metavar="CODE", help="one branch only")
    out = evaluation.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the report as JSON")
    out.add_argument("--csv", type=Path, metavar="FILE", help="a row per branch and figure")
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="a workbook, a sheet per part")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="a printable report with charts")
    add_database_argument(evaluation)


def run(args: argparse.Namespace) -> int:
    quarter = parse_quarter(args.quarter)
    today = datetime.now(UTC).date()
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            history.refresh(session)
        with db.reader() as session:
            data = report.build(
                session,
                quarter,
                today=today,
                branch_code=args.branch,
                with_bank=args.branch is None or args.pdf is not None,
            )
    finally:
        db.dispose()
    if args.json:
        print_json(data)
    elif args.csv:
        _csv(data, args.csv)
        print(f"wrote {args.csv}")
    elif args.xlsx:
        from sync.server.evaluation import export_xlsx

        export_xlsx.write(data, args.xlsx)
        print(f"wrote {args.xlsx}")
    elif args.pdf:
        from sync.server.evaluation import export_pdf

        export_pdf.write(data, args.pdf)
        print(f"wrote {args.pdf}")
    else:
        _text(data)
    return 0


def _csv(data: dict[str, Any], path: Path) -> None:
    rows = report.rows(data)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["quarter"])
        writer.writeheader()
        writer.writerows(rows)


def _text(data: dict[str, Any]) -> None:
    print(
        f"evaluation {data['quarter']} ({data['from']} to {data['to']}), "
        f"against {data['previous_quarter']} and {data['year_earlier']}"
    )
    for code, branch in data["branches"].items():
        print(f"\n{code} {branch['name']}")
        for part in PARTS:
            for figure in FIGURES:
                if figure.part == part:
                    shown = branch[part][figure.name]
                    print(
                        f"  {part:8} {figure.name:36} {shown['value']!s:>14} "
                        f"{shown['previous_quarter']!s:>14} {shown['year_earlier']!s:>14}"
                    )
        for name, goal in branch["milestones"].items():
            print(f"  milestone {goal['period']} {name}: {goal['actual']} of {goal['target']}")
