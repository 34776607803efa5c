"""Arguments and helpers that several commands share."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from client.profile import Profile, default_profile_dir
from client.store import LocalCache
from client.wipe import note_of


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="DIR",
        help="the profile folder (default: $GUITAI_PROFILE or the user's data folder)",
    )


def profile_dir(args: argparse.Namespace) -> Path:
    return Path(args.profile) if args.profile else default_profile_dir()


def open_cache(args: argparse.Namespace) -> LocalCache:
    """Opens the existing cache of the profile named by `--profile`."""
    profile = Profile.open(profile_dir(args))
    wiped = note_of(profile.folder)
    if not profile.has_cache and wiped is not None:
        raise wiped.error(profile.folder)
    if not profile.has_cache:
        from client.errors import UsageError

        raise UsageError(f"the profile {profile.folder} has no cache yet")
    return LocalCache.open(profile)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
