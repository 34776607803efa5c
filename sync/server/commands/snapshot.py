"""`guitai-server snapshot build --user NAME --snapshot-dir DIR`: prebuild a first download.

The server builds a scope's file by itself the first time a new workstation of that scope
syncs; this command builds it ahead (say, nightly), as the named user's workstations would
get it, in the foreground.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from sqlalchemy import select

from client.errors import NotFoundError
from client.schema.models import User
from sync.protocol import PullScope
from sync.server.commands.common import add_database_argument, database_url, open_database
from sync.server.settings import ENV_SNAPSHOT_DIR
from sync.server.snapshot_build import build


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    make = sub.add_parser("build", help="build the snapshot file a user's workstations copy")
    make.add_argument("--user", required=True, metavar="NAME", help="whose scope to build")
    make.add_argument(
        "--branches",
        metavar="CODES",
        default=None,
        help="comma-separated branch codes the workstations narrow to (default: no narrowing)",
    )
    make.add_argument(
        "--snapshot-dir",
        metavar="DIR",
        type=Path,
        default=os.environ.get(ENV_SNAPSHOT_DIR) or None,
        required=not os.environ.get(ENV_SNAPSHOT_DIR),
        help=f"the folder `serve --snapshot-dir` uses (default: ${ENV_SNAPSHOT_DIR})",
    )
    add_database_argument(make)


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.reader() as session:
            user = session.scalars(
                select(User).where(User.username == args.user, User.deleted.is_(False))
            ).first()
            if user is None:
                raise NotFoundError(f"no user {args.user!r}")
            role, branch_id = user.role, user.branch_id
    finally:
        db.dispose()
    narrow = None
    if args.branches is not None:
        narrow = PullScope(branch_codes=[c.strip() for c in args.branches.split(",") if c.strip()])
    started = time.perf_counter()
    root = Path(args.snapshot_dir).resolve()
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    built = build(database_url(args), root, role, branch_id, narrow)
    print(
        f"built {built.path} ({built.rows:,} rows, {built.size / 1e6:,.1f} MB, feed version "
        f"{built.feed_version}) in {time.perf_counter() - started:.1f} s"
    )
    return 0
