"""`guitai-server calendar set|import|list|refresh|clear`: RMs' working hours, which make the
available calendar blocks their customers are booked into.

- `calendar set USERNAME --hours "mon-fri 09:00-12:00,13:30-17:00" [--slot-minutes 30]
  [--time-zone Asia/Shanghai]`;
- `calendar import FILE.csv [--skip-bad-rows] [--dry-run]` (`username,hours,slot_minutes`,
  see `sync.server.imports.calendar`; the same as `guitai-server import calendar`);
- `calendar list [--json]`;
- `calendar refresh`: makes the blocks of the coming weeks for every RM (run it daily);
- `calendar clear USERNAME`: forgets the RM's hours and removes their coming blocks.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event, imported
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.commands.import_csv import report
from sync.server.feed import PendingChange, record
from sync.server.imports.master_data import import_master
from sync.server.working_hours import (
    DEFAULT_SLOT_MINUTES,
    DEFAULT_TIME_ZONE,
    HORIZON_DAYS,
    HoursError,
    HoursOutcome,
    clear_hours,
    list_hours,
    parse_hours,
    refresh_all,
    rm_for_hours,
    set_hours,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = sub.add_parser(
        "set",
        help="set an RM's weekly working hours: their available blocks of the coming "
        f"{HORIZON_DAYS // 7} weeks are made from them",
    )
    put.add_argument("username", metavar="USERNAME")
    put.add_argument(
        "--hours",
        required=True,
        help='e.g. "mon-fri 09:00-12:00,13:30-17:00"; several groups joined by ";" '
        '("mon-fri 09:00-17:00; sat 09:00-12:00")',
    )
    put.add_argument(
        "--slot-minutes",
        type=int,
        default=DEFAULT_SLOT_MINUTES,
        metavar="N",
        help=f"the length of one bookable slot (default {DEFAULT_SLOT_MINUTES})",
    )
    put.add_argument(
        "--time-zone",
        default=DEFAULT_TIME_ZONE,
        metavar="ZONE",
        help=f"the zone the hours are in (default {DEFAULT_TIME_ZONE})",
    )
    add_database_argument(put)
    load = sub.add_parser("import", help="set the hours of many RMs from a CSV file")
    load.add_argument("file", type=Path, metavar="FILE.csv")
    load.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good lines of a file with bad ones (the bad ones are listed)",
    )
    load.add_argument(
        "--dry-run", action="store_true", help="check the file and say what would change"
    )
    add_database_argument(load)
    listing = sub.add_parser("list", help="every RM's working hours")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)
    refresh = sub.add_parser(
        "refresh", help="make every RM's available blocks of the coming weeks (run daily)"
    )
    add_database_argument(refresh)
    clear = sub.add_parser("clear", help="forget an RM's hours and remove their coming blocks")
    clear.add_argument("username", metavar="USERNAME")
    add_database_argument(clear)


def run(args: argparse.Namespace) -> int:
    actions = {
        "set": _set,
        "import": _import,
        "list": _list,
        "refresh": _refresh,
        "clear": _clear,
    }
    return actions[args.action](args)


def _blocks(outcome: HoursOutcome) -> str:
    return (
        f"{outcome.created} block(s) made, {outcome.removed} removed, {outcome.unchanged} unchanged"
    )


def _set(args: argparse.Namespace) -> int:
    try:
        hours = parse_hours(args.hours, args.slot_minutes)
    except HoursError as exc:
        raise UsageError(str(exc)) from None
    db = open_database(args)
    try:
        now = utcnow()
        with db.writer() as session, session.begin():
            pending: list[PendingChange] = []
            user = rm_for_hours(session, args.username)
            outcome = set_hours(
                session, pending, user, hours, args.slot_minutes, args.time_zone, now
            )
            record(session, pending, None, now)
            _audit(session, pending, user.id, f"calendar set {args.username}: {outcome.hours}", now)
    finally:
        db.dispose()
    print(
        f"{args.username} works {outcome.hours} ({args.time_zone}), "
        f"{args.slot_minutes}-minute slots: {_blocks(outcome)}"
    )
    return 0


def _audit(
    session: Session,
    pending: list[PendingChange],
    user_id: uuid.UUID | None,
    what: str,
    now: datetime,
) -> None:
    """The command's audit event, when it changed something (`pending`)."""
    if not pending:
        return
    admin_event(
        session, AuditAction.UPDATE, entity="working_hours", user_id=user_id, what=what, now=now
    )


def _import(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        summary = import_master(
            db,
            "calendar",
            args.file,
            skip_bad_rows=args.skip_bad_rows,
            dry_run=args.dry_run,
            audited=imported("calendar", args.file),
        )
    finally:
        db.dispose()
    report("calendar", args.file, summary, dry_run=args.dry_run)
    return 0


def _list(args: argparse.Namespace) -> int:
    return print_listing(
        args,
        read_with(args, list_hours),
        as_json=lambda r: {
            "username": r.username,
            "hours": r.hours,
            "slot_minutes": r.slot_minutes,
            "time_zone": r.time_zone,
            "changed_at": r.changed_at.isoformat(),
        },
        empty="no working hours yet: set them with `guitai-server calendar set`",
        header=None,
        line=lambda r: (
            f"{r.username:24}  {r.hours}  ({r.slot_minutes}-minute slots, {r.time_zone})"
        ),
    )


def _refresh(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        now = utcnow()
        with db.writer() as session, session.begin():
            pending: list[PendingChange] = []
            done = refresh_all(session, pending, now)
            record(session, pending, None, now)
            _audit(session, pending, None, f"calendar refresh: {len(done)} RM(s)", now)
    finally:
        db.dispose()
    for username, outcome in done:
        if isinstance(outcome, str):
            print(f"{username}: left out: {outcome}")
        else:
            print(f"{username}: {_blocks(outcome)}")
    if not done:
        print("no working hours yet: set them with `guitai-server calendar set`")
    return 0


def _clear(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        now = utcnow()
        with db.writer() as session, session.begin():
            pending: list[PendingChange] = []
            user = rm_for_hours(session, args.username)
            outcome = clear_hours(session, pending, user, now)
            record(session, pending, None, now)
            _audit(session, pending, user.id, f"calendar clear {args.username}", now)
    finally:
        db.dispose()
    print(f"{args.username} has no working hours now: {outcome.removed} coming block(s) removed")
    return 0
