"""`guitai-server audit list|verify`: search the audit trail; prove its chains still hold."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime

from sqlalchemy import Engine

from client.audit_query import DEFAULT_LIMIT, Filters, events, render
from client.commands.common import print_json
from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from client.schema.enums import AuditAction
from sync.server.audit import verify
from sync.server.commands.common import add_database_argument, open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the audit events, oldest first, filtered")
    listing.add_argument("--customer", metavar="N", help="a customer number")
    listing.add_argument("--user", metavar="U", help="a user name")
    listing.add_argument(
        "--action", metavar="A", choices=[a.value for a in AuditAction], help="e.g. view, update"
    )
    listing.add_argument("--since", metavar="DATE", help="YYYY-MM-DD (UTC) or an ISO timestamp")
    listing.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="the newest N events")
    listing.add_argument("--json", action="store_true", help="print the events as JSON")
    add_database_argument(listing)
    verify = sub.add_parser(
        "verify", help="check every workstation's chain and the server's own (exit 1 if broken)"
    )
    add_database_argument(verify)


def since(text: str | None) -> datetime | None:
    """--since as a UTC moment: a date means its midnight."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--since {text!r}: give a date as YYYY-MM-DD") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        if args.action == "verify":
            return _verify(db.engine)
        filters = Filters(
            customer_number=args.customer,
            username=args.user,
            action=AuditAction(args.action) if args.action else None,
            since=since(args.since),
            limit=args.limit,
        )
        with db.reader() as session:
            lines = events(session, filters)
    finally:
        db.dispose()
    if args.json:
        print_json([line.to_dict() for line in lines])
    else:
        print(render(lines))
    return 0


def _verify(engine: Engine) -> int:
    with engine.connect() as conn:
        verdict = verify(conn)
        conn.rollback()
    if verdict.broken is not None:
        broken = verdict.broken
        place = f" (place {broken.seq} of the server's chain)" if broken.seq else ""
        raise GuitaiError(
            f"the audit trail is broken at event {broken.event_id}{place}: {broken.why}; "
            f"{verdict.events} events before it hold",
            code=Reason.AUDIT_CHAIN,
        )
    print(f"the audit trail holds: {verdict.events} events of {verdict.devices} workstation(s)")
    if verdict.gaps:
        print(
            f"{len(verdict.gaps)} chain gap(s) ({Reason.CHAIN_GAP.value}): events the server "
            "refused, recorded by their workstation, which re-chained the ones after them:"
        )
        for gap in verdict.gaps[:GAPS_SHOWN]:
            where = f"workstation {gap.device_id}, event {gap.device_seq} ({gap.event_id})"
            print(f"  {where}: {gap.detail}")
        if len(verdict.gaps) > GAPS_SHOWN:
            more = len(verdict.gaps) - GAPS_SHOWN
            print(f"  ... and {more} more (`guitai-server audit list --action resolve_conflict`)")
    return 0


GAPS_SHOWN = 20
