"""`guitai-server segment add CODE --name NAME [--description TEXT]` and `segment list [--json]`."""

from __future__ import annotations

import argparse

from client.commands.common import print_json
from client.schema.base import utcnow
from client.schema.models import Segment
from sync.server.commands.common import add_database_argument, open_database
from sync.server.segments import add_segment, list_segments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a customer segment (it replicates to the workstations)")
    add_add_arguments(add)
    add_database_argument(add)
    listing = sub.add_parser("list", help="the segments: code, name, description")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)


def add_add_arguments(add: argparse.ArgumentParser) -> None:
    """The arguments of `segment add`."""
    add.add_argument("code", metavar="CODE", help="the segment's code, up to 20 characters")
    add.add_argument("--name", required=True, help="the segment's name")
    add.add_argument("--description", default="", metavar="TEXT", help="what it is for")


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    return _add(args)


def _add(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            segment = add_segment(session, args.code, args.name, args.description, utcnow())
            print(f"added segment {segment.code} {segment.name} ({segment.id})")
    finally:
        db.dispose()
    return 0


def _json(segment: Segment) -> dict[str, object]:
    return {
        "id": str(segment.id),
        "code": segment.code,
        "name": segment.name,
        "description": segment.description,
    }


def _list(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.reader() as session:
            rows = [_json(s) for s in list_segments(session)]
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no segments yet: add one with `guitai-server segment add`")
        return 0
    print(f"{'code':20}  {'name':30}  description")
    for row in rows:
        print(f"{row['code']!s:20}  {str(row['name'])[:30]:30}  {row['description']}")
    return 0
