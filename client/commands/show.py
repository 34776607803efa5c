"""`guitai show CUSTOMER_NUMBER`: the whole relationship of one customer.

Audited in the same local transaction as the read (`client.audit`): "viewed" always;
"unmasked", with the reason given, for `--unmask` (what the role may unmask, by the
permission table, is shown whole; a role that may unmask nothing is refused); "exported" for
`--json` (the data leaves the screen for a script or a file). The JSON's `offers` lists
every offer of the customer with its `id`, product and status (`active_offers`, as
before, those still open).
"""

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
        "--unmask",
        action="store_true",
        help="show ID, account and phone numbers whole (roles that may only; needs --reason)",
    )
    parser.add_argument(
        "--reason", metavar="TEXT", help="why the numbers must be shown whole (kept in the audit)"
    )


def run(args: argparse.Namespace) -> int:
    from client import audit
    from client.customer360 import load_customer_360, masked
    from client.customer360.export import exported
    from client.customer360.text import render
    from client.today import offers_of

    if args.unmask:
        audit.check_reason(args.reason)
    with open_cache(args) as cache, cache.session() as session:
        view = load_customer_360(session, customer_number=args.customer_number)
        audit.viewed(session, view.customer_id)
        role = audit.unmasked(session, view.customer_id, args.reason) if args.unmask else None
        view = masked(view, role, unmask=args.unmask)
        data = exported(session, view, "json") if args.json else None
        if data is not None:  # the offers with their ids, to answer (`guitai offer respond`)
            data["offers"] = [
                {k: v for k, v in o.to_dict().items() if not k.startswith("customer_")}
                for o in offers_of(session, view.customer_id)
            ]
    if data is not None:
        print_json(data)
    else:
        print(render(view))
    return 0
