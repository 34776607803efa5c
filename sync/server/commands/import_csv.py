"""`guitai-server import customers|accounts|profitability FILE.csv [--skip-bad-rows]`.

The file formats are described in `sync.server.imports.customers`, `.accounts` and
`.profitability`. A file with a bad line is loaded not at all (every bad line is listed)
unless --skip-bad-rows; running the same file again updates, never duplicates.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sync.server.commands.common import add_database_argument, open_database
from sync.server.imports.run import KINDS, import_csv


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help="what the file holds")
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good lines of a file with bad ones (the bad ones are listed)",
    )
    add_database_argument(parser)


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        summary = import_csv(db, args.kind, args.file, skip_bad_rows=args.skip_bad_rows)
    finally:
        db.dispose()
    for problem in summary.skipped:
        print(f"{args.file}: skipped {problem}", file=sys.stderr)
    print(
        f"{args.kind}: {summary.created} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {len(summary.skipped)} bad line(s) skipped"
    )
    return 0
