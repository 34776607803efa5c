"""`guitai demo`: fill a profile with a generated bank."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, profile_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument("--customers", type=int, default=5000, help="how many (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same bank")
    parser.add_argument("--replace", action="store_true", help="overwrite an existing cache")


def run(args: argparse.Namespace) -> int:
    from client.demo import generate_demo
    from client.profile import Profile

    profile = Profile.open(profile_dir(args), create=True)
    stats = generate_demo(profile, args.customers, seed=args.seed, replace=args.replace)
    print(
        f"demo bank written to {profile.folder}: {stats.customers:,} customers, "
        f"{stats.rows:,} rows in {stats.seconds:.1f} s"
    )
    return 0
