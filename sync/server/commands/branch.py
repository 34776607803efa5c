"""`guitai-server branch add CODE --name NAME [--city CITY]` and `branch list [--json]`."""

from __future__ import annotations

import argparse

from client.schema.base import utcnow
from client.schema.enums import AuditAction
from client.schema.models import Branch
from sync.server.admin_audit import admin_event, change_of
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.users import add_branch, list_branches


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a branch (it replicates to the workstations)")
    add.add_argument("code", metavar="CODE", help="the branch's code, up to 8 characters")
    add.add_argument("--name", required=True, help="the branch's name")
    add.add_argument("--city", default="", help="the city it is in")
    add_database_argument(add)
    listing = sub.add_parser("list", help="the branches: code, name, city")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            branch = add_branch(session, args.code, args.name, args.city, utcnow())
            admin_event(
                session,
                AuditAction.CREATE,
                entity="branch",
                entity_id=branch.id,
                what=f"branch add {branch.code}",
                change=change_of(
                    {}, {"code": branch.code, "name": branch.name, "city": branch.city}
                ),
                now=utcnow(),
            )
            print(f"added branch {branch.code} {branch.name} ({branch.id})")
    finally:
        db.dispose()
    return 0


def _json(branch: Branch) -> dict[str, object]:
    return {"id": str(branch.id), "code": branch.code, "name": branch.name, "city": branch.city}


def _list(args: argparse.Namespace) -> int:
    return print_listing(
        args,
        read_with(args, list_branches),
        as_json=_json,
        empty="no branches yet: add one with `guitai-server branch add`",
        header=f"{'code':8}  {'name':40}  city",
        line=lambda b: f"{b.code:8}  {b.name[:40]:40}  {b.city or ''}",
    )
