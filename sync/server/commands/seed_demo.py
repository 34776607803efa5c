"""`guitai-server seed-demo --customers N`: fill the server with a generated demo bank."""

from __future__ import annotations

import argparse

from client.errors import UsageError
from sync.server.commands.common import add_database_argument, open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=1000, metavar="N")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed")
    add_database_argument(parser)


def run(args: argparse.Namespace) -> int:
    if args.customers < 1:
        raise UsageError("--customers must be at least 1")
    from sync.server.demo import seed_demo

    db = open_database(args)
    try:
        counts = seed_demo(db, customers=args.customers, seed=args.seed)
    finally:
        db.dispose()
    print(", ".join(f"{n} {table}" for table, n in counts.items()))
    return 0
