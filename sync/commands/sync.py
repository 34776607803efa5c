"""`guitai sync`: upload pending edits, then download changes (the first time: everything)."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, print_json
from sync.commands.profiles import open_engine
from sync.commands.status import describe


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument(
        "--retries", type=int, default=3, metavar="N", help="tries after a network failure"
    )
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")


def run(args: argparse.Namespace) -> int:
    with open_engine(args) as engine:
        report = engine.sync_with_retries(attempts=max(1, args.retries + 1))
        status = engine.status()
    if args.json:
        print_json(
            {"report": vars(report), "pending": status.pending, "conflicts": status.conflicts}
        )
        return 0
    print(
        f"uploaded {report.pushed} edit(s), {report.conflicts} conflict(s), "
        f"{report.rejected} refused; downloaded {report.snapshot_rows + report.pulled} row(s)"
    )
    print(describe(status))
    return 0
