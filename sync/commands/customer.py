"""`guitai customer set NUMBER FIELD=VALUE...`: an offline edit, saved with its outbox entry;
`guitai customer new ...`: a new customer or prospect (`sync.commands.customer_new`)."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from client.commands.common import add_profile_argument, open_cache
from client.errors import NotFoundError, UsageError
from client.outbox import parse_values, update_row
from client.schema.models import Customer
from client.schema.rows import SERVER_MANAGED, table_codec
from sync.commands.customer_new import add_new_parser, run_new

READ_ONLY = SERVER_MANAGED | {"customer_number", "home_branch_id"}
"""Fields a workstation does not edit: the server's own, and what head office assigns."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    setter = sub.add_parser("set", help="change fields of one customer")
    setter.add_argument("customer_number", metavar="CUSTOMER_NUMBER")
    setter.add_argument(
        "assignments", nargs="+", metavar="FIELD=VALUE", help="e.g. name_latin='Zhang Wei'"
    )
    add_profile_argument(setter)
    add_new_parser(sub)


def parse_assignments(items: list[str]) -> dict[str, str | None]:
    """FIELD=VALUE pairs; an empty VALUE clears a field that may be empty."""
    editable = sorted(set(table_codec("customer").fields) - READ_ONLY)
    values: dict[str, str | None] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"{item!r} is not FIELD=VALUE")
        if name not in editable:
            raise UsageError(f"{name!r} cannot be edited; editable fields: {', '.join(editable)}")
        values[name] = value if value != "" else None
    return values


def run(args: argparse.Namespace) -> int:
    if args.action == "new":
        return run_new(args)
    wanted = parse_assignments(args.assignments)
    codec = table_codec("customer")
    for name, value in list(wanted.items()):
        if value is None and not codec.fields[name].nullable:
            wanted[name] = ""
    values = parse_values(codec, wanted)
    number = args.customer_number.strip().upper()
    with open_cache(args) as cache, cache.session() as session:
        customer = session.scalars(
            select(Customer).where(func.upper(Customer.customer_number) == number)
        ).one_or_none()
        if customer is None or customer.deleted:
            raise NotFoundError(f"no customer {number} in this cache")
        edit = update_row(session, "customer", customer.id, values)
    if edit is None:
        print(f"{number}: nothing changed")
    else:
        print(f"{number}: saved locally; waiting to upload (entry {edit.entry_id})")
    return 0
