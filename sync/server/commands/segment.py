"""`guitai-server segment add|list|evaluate|members|history`.

- `segment add CODE --name NAME [--description TEXT] [--rule RULE | --members FILE]
  [--priority N]`: a segment set by hand, by a rule (`sync.server.rules`) or by a list of
  customer numbers (one a line; `#` starts a comment);
- `segment list [--json] [--language en|zh_CN|zh_TW]`: the segments, their rules in words;
- `segment evaluate [CODE] [--customers FILE] [--day YYYY-MM-DD] [--json]`: moves the
  customers into the segments their rules give them (the whole bank, those that match or
  are in CODE, or the customers listed);
- `segment members CODE [--json]`, `segment history CUSTOMER_NUMBER [--json]`.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from client.commands.common import print_json
from client.errors import UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from client.schema.models import Customer
from sync.server.admin_audit import admin_event, change_of
from sync.server.commands.common import add_database_argument, open_database
from sync.server.rules.describe import LANGUAGES, describe
from sync.server.segments import (
    DEFAULT_PRIORITY,
    SegmentInfo,
    add_segment,
    evaluate,
    history,
    members,
    segment_infos,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a customer segment (it replicates to the workstations)")
    add_add_arguments(add)
    add_database_argument(add)
    listing = sub.add_parser("list", help="the segments: code, name, rule in words")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.add_argument(
        "--language", choices=LANGUAGES, default="en", help="the language of the rules in words"
    )
    add_database_argument(listing)
    run_it = sub.add_parser(
        "evaluate", help="move customers into the segments their rules give them"
    )
    run_it.add_argument("code", metavar="CODE", nargs="?", help="only this segment's customers")
    run_it.add_argument(
        "--customers", type=Path, metavar="FILE", help="only these customers (numbers, one a line)"
    )
    run_it.add_argument(
        "--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day (default: today)"
    )
    run_it.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_database_argument(run_it)
    listed = sub.add_parser("members", help="the customers in a segment now")
    listed.add_argument("code", metavar="CODE")
    listed.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listed)
    moves = sub.add_parser("history", help="a customer's moves between segments")
    moves.add_argument("customer_number", metavar="CUSTOMER_NUMBER")
    moves.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(moves)


def add_add_arguments(add: argparse.ArgumentParser) -> None:
    """The arguments of `segment add`."""
    add.add_argument("code", metavar="CODE", help="the segment's code, up to 20 characters")
    add.add_argument("--name", required=True, help="the segment's name")
    add.add_argument("--description", default="", metavar="TEXT", help="what it is for")
    how = add.add_mutually_exclusive_group()
    how.add_argument(
        "--rule",
        metavar="RULE",
        help="who is in it, e.g. 'kind = \"individual\" and total_balance >= 500000'",
    )
    how.add_argument(
        "--members", type=Path, metavar="FILE", help="who is in it: customer numbers, one a line"
    )
    add.add_argument(
        "--priority",
        type=int,
        metavar="N",
        help=f"lower numbers win when a customer matches several segments (default "
        f"{DEFAULT_PRIORITY})",
    )


def run(args: argparse.Namespace) -> int:
    match args.action:
        case "list":
            return _list(args)
        case "evaluate":
            return _evaluate(args)
        case "members":
            return _members(args)
        case "history":
            return _history(args)
    return _add(args)


def _numbers(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    return [n for line in lines if (n := line.split("#", 1)[0].strip().split(",")[0].strip())]


def _add(args: argparse.Namespace) -> int:
    rule = getattr(args, "rule", None)
    member_file = getattr(args, "members", None)
    priority = getattr(args, "priority", None)
    if priority is not None and rule is None and member_file is None:
        raise UsageError("--priority goes with --rule or --members")
    listed = _numbers(member_file) if member_file is not None else None
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            segment = add_segment(
                session,
                args.code,
                args.name,
                args.description,
                utcnow(),
                rule=rule,
                members=listed,
                priority=priority,
            )
            admin_event(
                session,
                AuditAction.CREATE,
                entity="segment",
                entity_id=segment.id,
                what=f"segment add {segment.code}",
                change=change_of({}, {"code": segment.code, "name": segment.name, "rule": rule}),
                now=utcnow(),
            )
            print(f"added segment {segment.code} {segment.name} ({segment.id})")
            if rule is not None:
                print(f"  rule: {describe(rule)}")
            elif listed is not None:
                print(f"  {len(set(listed))} customers listed")
            if rule is not None or listed is not None:
                print("  run `guitai-server segment evaluate` to move the customers")
    finally:
        db.dispose()
    return 0


def _json(info: SegmentInfo, language: str) -> dict[str, object]:
    segment = info.segment
    return {
        "id": str(segment.id),
        "code": segment.code,
        "name": segment.name,
        "description": segment.description,
        "set_by": info.how,
        "priority": info.priority,
        "rule": info.rule,
        "rule_in_words": None if info.rule is None else describe(info.rule, language),
        "listed": info.members,
    }


def _list(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.reader() as session:
            rows = [_json(i, args.language) for i in segment_infos(session)]
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no segments yet: add one with `guitai-server segment add`")
        return 0
    print(f"{'code':20}  {'priority':>8}  {'name':30}  who")
    for row in rows:
        priority = "" if row["priority"] is None else str(row["priority"])
        if row["rule"] is not None:
            who = f"rule: {row['rule_in_words']}"
        elif row["listed"] is not None:
            who = f"list of {row['listed']} customers"
        else:
            who = f"set by hand. {row['description']}".rstrip(". ")
        print(f"{row['code']!s:20}  {priority:>8}  {str(row['name'])[:30]:30}  {who}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    listed = _numbers(args.customers) if args.customers is not None else None
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            ids: set[uuid.UUID] | None = None
            if listed is not None:
                ids = set()
                for start in range(0, len(listed), 5_000):
                    chunk = listed[start : start + 5_000]
                    ids.update(
                        session.scalars(
                            select(Customer.id).where(Customer.customer_number.in_(chunk))
                        )
                    )
            result = evaluate(session, utcnow(), today=args.day, code=args.code, customer_ids=ids)
            if result.moved:
                admin_event(
                    session,
                    AuditAction.UPDATE,
                    entity="customer",
                    what=f"segment evaluate {args.code or '(all)'}: {result.moved} moved",
                    now=utcnow(),
                )
    finally:
        db.dispose()
    if args.json:
        print_json({"checked": result.checked, "moved": result.moved, "into": result.into})
        return 0
    scope = "the whole bank" if result.checked is None else f"{result.checked} customers"
    if args.code:
        scope += f" (segment {args.code})"
    print(f"evaluated {scope}: {result.moved} moved")
    for code, count in sorted(result.into.items()):
        print(f"  into {code or '(no segment)'}: {count}")
    return 0


def _members(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.reader() as session:
            rows = members(session, args.code)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "customer_number": m.customer_number,
                    "name": m.legal_name,
                    "branch": m.branch_code,
                }
                for m in rows
            ]
        )
        return 0
    for m in rows:
        print(f"{m.customer_number:20}  {m.branch_code:8}  {m.legal_name}")
    print(f"{len(rows)} customers in {args.code}")
    return 0


def _history(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.reader() as session:
            rows = history(session, args.customer_number)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "changed_at": h.changed_at.isoformat(),
                    "segment": h.segment,
                    "previous": h.previous,
                    "source": h.source,
                }
                for h in rows
            ]
        )
        return 0
    if not rows:
        print(f"{args.customer_number} has not moved between segments")
        return 0
    for h in rows:
        print(
            f"{h.changed_at:%Y-%m-%d %H:%M}  {h.previous or '(none)'} -> {h.segment or '(none)'}"
            f"  ({h.source.replace('_', ' ')})"
        )
    return 0
