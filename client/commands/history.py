"""`guitai history CUSTOMER_NUMBER`: who changed or viewed the customer, when, from where.

Read from the audit events this cache holds: replicated to roles that may read the audit
trail by the permission table (`client.audit.may_read_history`: the auditor), every
workstation's as far as the last `guitai sync` brought them, this one's also before they
are uploaded; others are refused (the window's History asks the server online instead:
`client.audit_query`). Values of fields the 360 masks are shown masked there too.
"""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "customer_number", metavar="CUSTOMER_NUMBER", help="e.g. C000000123 (any letter case)"
    )
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the events as JSON")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from client import audit
    from client.audit_query import Filters, events, render
    from client.errors import NotFoundError
    from client.schema.models import Customer

    number = str(args.customer_number).upper()
    with open_cache(args) as cache, cache.read_session() as session:
        audit.require(session, audit.may_read_history, "reading the audit trail")
        known = session.execute(
            select(Customer.id).where(Customer.customer_number == number)
        ).scalar_one_or_none()
        if known is None:
            raise NotFoundError(f'no customer with number "{number}" in this cache')
        lines = [line.masked() for line in events(session, Filters(customer_number=number))]
    if args.json:
        print_json([line.to_dict() for line in lines])
    else:
        print(render(lines))
    return 0
