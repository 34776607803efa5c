"""`guitai show CUSTOMER_NUMBER`: the whole relationship of one customer."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "customer_number", metavar="CUSTOMER_NUMBER", help="e.g. C000000123 (any letter case)"
    )
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the whole view as JSON")
    parser.add_argument(
        "--unmask", action="store_true", help="show ID, account and phone numbers whole"
    )


def run(args: argparse.Namespace) -> int:
    from client.customer360 import load_customer_360, masked, to_dict
    from client.customer360.text import render

    with open_cache(args) as cache, cache.read_session() as session:
        view = load_customer_360(session, customer_number=args.customer_number)
    if not args.unmask:
        view = masked(view)
    if args.json:
        print_json(to_dict(view))
    else:
        print(render(view))
    return 0
