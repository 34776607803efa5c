"""`guitai-server milestone set --branch CODE --period 2027H1 --figure NAME --target N` and
`milestone list [--period 2027H1] [--json]`: head office's half-year targets."""

from __future__ import annotations

import argparse
from decimal import Decimal

from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event, change_of
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.evaluation.milestones import (
    Milestone,
    list_milestones,
    parse_target,
    set_milestone,
)
from sync.server.evaluation.quarters import parse_half


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = sub.add_parser("set", help="set a branch's target for a figure over a half year")
    put.add_argument("--branch", required=True, metavar="CODE")
    put.add_argument("--period", required=True, help="the half year, e.g. 2027H1")
    put.add_argument("--figure", required=True, help="a figure of the evaluation")
    put.add_argument("--target", required=True, help="the number to reach")
    add_database_argument(put)
    listing = sub.add_parser("list", help="the targets set")
    listing.add_argument("--period", help="one half year only, e.g. 2027H1")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        period = parse_half(args.period).label if args.period else None
        return print_listing(
            args,
            read_with(args, lambda session: list_milestones(session, period)),
            as_json=_json,
            empty="no milestones yet: set one with `guitai-server milestone set`",
            header=f"{'period':7} {'branch':8} {'figure':36} target",
            line=lambda m: f"{m.period:7} {m.branch_code:8} {m.figure:36} {_number(m)}",
        )
    target = parse_target(args.target)
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            before = {
                (m.branch_code, m.period, m.figure): m.target for m in list_milestones(session)
            }
            done = set_milestone(session, args.branch, args.period, args.figure, target, utcnow())
            old = before.get((done.branch_code, done.period, done.figure))
            admin_event(
                session,
                AuditAction.CREATE if old is None else AuditAction.UPDATE,
                entity="milestone",
                what=f"milestone set {done.branch_code} {done.period} {done.figure}",
                change=change_of(
                    {} if old is None else {"target": _plain(old)}, {"target": _number(done)}
                ),
                now=done.set_at,
            )
    finally:
        db.dispose()
    print(f"milestone {done.period} {done.branch_code} {done.figure}: target {_number(done)}")
    return 0


def _number(m: Milestone) -> str:
    return _plain(m.target)


def _plain(target: Decimal) -> str:
    return format(target.normalize(), "f")


def _json(m: Milestone) -> dict[str, object]:
    return {
        "branch": m.branch_code,
        "period": m.period,
        "figure": m.figure,
        "target": float(m.target),
        "set_at": m.set_at.isoformat(),
    }
