"""`guitai status`: online or not, last sync, edits waiting, conflicts."""

from __future__ import annotations

import argparse
import dataclasses

from client.commands.common import add_profile_argument, print_json
from sync.commands.profiles import open_engine
from sync.status import SyncStatus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the status as JSON")


def describe(status: SyncStatus) -> str:
    lines = [
        f"last contact: {'ok' if status.error is None else 'failed: ' + status.error}",
        "last sync:    "
        + (f"{status.last_sync:%Y-%m-%d %H:%M:%S} UTC" if status.last_sync else "never"),
        f"pending:      {status.pending} edit(s) waiting to upload"
        + (
            f", oldest from {status.oldest_pending:%Y-%m-%d %H:%M} UTC"
            if status.oldest_pending
            else ""
        ),
        f"conflicts:    {status.conflicts}"
        + (" (see `guitai conflicts`)" if status.conflicts else ""),
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    with open_engine(args) as engine:
        status = engine.status()
    if args.json:
        data = dataclasses.asdict(status)
        data["online"] = status.error is None and status.last_sync is not None
        print_json(data)
    else:
        print(describe(status))
    return 0
