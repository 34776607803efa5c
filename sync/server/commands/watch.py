"""`guitai-server watch add|list|changes`: watched groups of customers
(`sync.server.watch_groups`).

- `watch add CODE --name NAME --rule RULE | --members FILE` (customer numbers, one a line);
- `watch list [--json]`;
- `watch changes CODE [--since YYYY-MM-DD] [--branch CODE] [--rm USERNAME] [--json]`: the
  members' new accounts, balance moves, interactions and segment changes; without `--since`,
  those after the last look (of that branch) and the look is moved on.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from client.errors import UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event, change_of
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.rules.describe import describe
from sync.server.watch_groups import Change, Group, add_group, changes, groups


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a watched group, by a rule or a list")
    add.add_argument("code", metavar="CODE")
    add.add_argument("--name", default="", help="its name (default: the code)")
    how = add.add_mutually_exclusive_group(required=True)
    how.add_argument("--rule", metavar="RULE", help="e.g. 'lifecycle = \"prospect\"'")
    how.add_argument("--members", type=Path, metavar="FILE", help="customer numbers, one a line")
    add_database_argument(add)
    listing = sub.add_parser("list", help="the watched groups")
    listing.add_argument("--json", action="store_true")
    add_database_argument(listing)
    seen = sub.add_parser("changes", help="what changed for the group's members")
    seen.add_argument("code", metavar="CODE")
    seen.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    seen.add_argument("--branch", metavar="CODE", help="only customers of this branch")
    seen.add_argument("--rm", metavar="USERNAME", help="only customers of this RM")
    seen.add_argument("--json", action="store_true")
    add_database_argument(seen)


def _numbers(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    return [n for line in lines if (n := line.split("#", 1)[0].strip().split(",")[0].strip())]


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return print_listing(
            args,
            read_with(args, groups),
            as_json=lambda g: {
                "code": g.code,
                "name": g.name,
                "rule": g.rule,
                "rule_in_words": None if g.rule is None else describe(g.rule),
                "listed": g.members,
            },
            empty="no watched groups yet: add one with `guitai-server watch add`",
            header=None,
            line=_group_line,
        )
    if args.action == "add":
        listed = _numbers(args.members) if args.members is not None else None
        db = open_database(args)
        try:
            with db.writer() as session, session.begin():
                group_id = add_group(
                    session, args.code, args.name, utcnow(), rule=args.rule, members=listed
                )
                admin_event(
                    session,
                    AuditAction.CREATE,
                    entity="watch_group",
                    entity_id=group_id,
                    what=f"watch add {args.code}",
                    change=change_of({}, {"code": args.code, "rule": args.rule}),
                    now=utcnow(),
                )
        finally:
            db.dispose()
        print(f"added watch group {args.code}")
        return 0
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            rows = changes(
                session, args.code, utcnow(), since=args.since, branch=args.branch, rm=args.rm
            )
    finally:
        db.dispose()
    return print_listing(
        args,
        rows,
        as_json=Change.as_json,
        empty=f"no changes for the members of {args.code}",
        header=None,
        line=lambda c: (
            f"{c.at:%Y-%m-%d %H:%M}  {c.customer_number:14}  {c.branch:6}  {c.kind:12}  "
            f"{c.detail}  ({c.name})"
        ),
    )


def _group_line(g: Group) -> str:
    who = f"rule: {describe(g.rule)}" if g.rule is not None else f"list of {g.members}"
    return f"{g.code:20}  {g.name[:30]:30}  {who}"
