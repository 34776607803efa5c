"""`guitai-server feedback list|answer|lift`: head office's side of the branches' segment
feedback (`sync.server.feedback`).

- `feedback list [--status open|accepted|rejected|lifted] [--json]`: per segment and branch,
  the customer, what the branch said (agree / wrong / wrong, should be X), its reason, who
  and when, and the answer;
- `feedback answer ID --accept|--reject --reply TEXT`: an accepted "should be X" moves the
  customer to X and keeps it there whatever the rules say, until
- `feedback lift ID [--reply TEXT]`: the rules decide again.
ID is the feedback's id, or the start of it (at least 6 characters) as the listing shows it.
"""

from __future__ import annotations

import argparse

from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event, change_of
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.feedback import FeedbackRow, answer, find, lift, list_feedback
from sync.server.segment_overrides import STATUSES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the branches' feedback per segment and branch")
    listing.add_argument("--status", choices=STATUSES, help="only feedback in this state")
    listing.add_argument("--json", action="store_true", help="print it as JSON")
    add_database_argument(listing)
    reply = sub.add_parser("answer", help="accept or reject a branch's feedback, with a reply")
    reply.add_argument("id", metavar="ID", help="the feedback's id (or its first characters)")
    how = reply.add_mutually_exclusive_group(required=True)
    how.add_argument("--accept", action="store_true", help="agree (a move is made at once)")
    how.add_argument("--reject", action="store_true", help="the segment stays as it is")
    reply.add_argument("--reply", required=True, metavar="TEXT", help="what the branch reads")
    add_database_argument(reply)
    lifted = sub.add_parser("lift", help="end an accepted move: the rules decide again")
    lifted.add_argument("id", metavar="ID")
    lifted.add_argument("--reply", metavar="TEXT", help="a new reply for the branch")
    add_database_argument(lifted)


def _line(row: FeedbackRow) -> str:
    replied = f": {row.reply}" if row.reply else ""
    return (
        f"{str(row.id)[:8]}  {row.segment:12}  {row.branch:6}  {row.customer_number or '(all)':14}"
        f"  {row.said}: {row.reason or '-'}  ({row.user}, {row.created_at:%Y-%m-%d %H:%M})"
        f"  [{row.status}]{replied}"
    )


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = read_with(args, lambda s: list_feedback(s, args.status))
        return print_listing(
            args,
            rows,
            as_json=FeedbackRow.as_json,
            empty="no segment feedback" + (f" {args.status}" if args.status else ""),
            header=f"{'id':8}  {'segment':12}  {'branch':6}  {'customer':14}  said: reason",
            line=_line,
        )
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            now = utcnow()
            was = find(session, args.id).status
            if args.action == "answer":
                row = answer(session, args.id, accept=args.accept, reply=args.reply, now=now)
            else:
                row = lift(session, args.id, now=now, reply=args.reply)
            admin_event(
                session,
                AuditAction.UPDATE,
                entity="segment_feedback",
                entity_id=row.id,
                customer_id=row.customer_id,
                what=f"feedback {args.action} {row.id}" + (f": {row.reply}" if row.reply else ""),
                change=change_of({"status": was}, {"status": row.status}),
                now=now,
            )
            print(f"feedback {str(row.id)[:8]} {row.status}")
    finally:
        db.dispose()
    return 0
