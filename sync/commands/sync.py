"""`guitai sync`: upload pending edits, then download changes (the first time: everything)."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, print_json, profile_dir
from client.errors import GuitaiError
from client.profile import Profile
from client.store import LocalCache
from client.wipe import wipe_if_deprovisioned
from sync.commands.profiles import open_engine
from sync.commands.status import describe
from sync.engine.transport import OfflineError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument(
        "--retries", type=int, default=3, metavar="N", help="tries after a network failure"
    )
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")


def run(args: argparse.Namespace) -> int:
    try:
        with open_engine(args, rotate=True) as engine:
            report = engine.sync_with_retries(attempts=max(1, args.retries + 1))
            status = engine.status()
    except GuitaiError as exc:
        _after_failure(Profile.open(profile_dir(args)), exc)
        raise
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


def _after_failure(profile: Profile, exc: GuitaiError) -> None:
    """With the cache closed: wipes it when the server said this workstation or its user is
    no more (raising `cache_wiped`); when the server was out of reach, a cache past its
    offline grace is refused as locked (`lease_expired`)."""
    wiped = wipe_if_deprovisioned(profile, exc)
    if wiped is not None:
        raise wiped from exc
    if isinstance(exc, OfflineError) and profile.has_cache:
        LocalCache.open(profile).close()  # raises when the lease has run out
