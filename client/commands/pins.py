"""`guitai pin`, `guitai unpin`, `guitai pins`: customers kept in the cache whatever their age.

A customer opened from outside the workstation's scope lapses after the server's
`follow_days` without being opened again (`client.pins`); a pinned one stays. Only customers
in the cache (those the role may read) can be pinned. A pin is a fact of this workstation,
saved at once and told to the server at the next sync. The audit trail has no action for a
pin (it shows no customer data), so none is recorded.
"""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    command = parser.prog.split()[-1]
    if command in ("pin", "unpin"):
        parser.add_argument(
            "customer_number", metavar="CUSTOMER_NUMBER", help="e.g. C000000123 (any letter case)"
        )
    add_profile_argument(parser)
    if command == "pins":
        parser.add_argument("--json", action="store_true", help="print the pins as JSON")


def run(args: argparse.Namespace) -> int:
    from client import lease, pins

    with open_cache(args) as cache, cache.session() as session:
        conn = session.connection()
        if args.command == "pin":
            line = pins.pin(conn, args.customer_number, lease.clock())
            print(f"pinned {line.customer_number} {line.legal_name}: it stays in this cache")
            return 0
        if args.command == "unpin":
            left = pins.unpin(conn, args.customer_number)
            if left is None:
                print(f"unpinned {args.customer_number.strip()}")
            else:
                print(
                    f"unpinned {left.customer_number}; it stays pinned by its {left.source} "
                    "until that day has passed"
                )
            return 0
        found = pins.pins(conn)
    if getattr(args, "json", False):
        print_json([line.as_json() for line in found])
        return 0
    if not found:
        print("no customer is pinned")
    for line in found:
        where = "followed" if line.followed else "in scope"
        print(
            f"{line.customer_number}  {line.legal_name}  {line.source}  "
            f"{line.pinned_at:%Y-%m-%d %H:%M}  {where}"
        )
    return 0
