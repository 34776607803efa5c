"""`guitai tasks`: the open tasks of this cache, soonest due first (`client.tasks`)."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the tasks as JSON")
    parser.add_argument(
        "--mine", action="store_true", help="only the tasks given to the signed-in user"
    )


def run(args: argparse.Namespace) -> int:
    from datetime import date

    from client.errors import UsageError
    from client.tasks import open_tasks
    from client.work import signed_in

    with open_cache(args) as cache, cache.read_session() as session:
        who = signed_in(session)
        if args.mine and who is None:
            raise UsageError("--mine: nobody signed in on this profile (`guitai login`)")
        mine = who.staff.user_id if args.mine and who is not None else None
        lines = open_tasks(session, today=date.today(), assigned_to=mine)
    if args.json:
        print_json([line.to_dict() for line in lines])
    elif not lines:
        print("no open tasks")
    else:
        for line in lines:
            print(line.line())
    return 0
