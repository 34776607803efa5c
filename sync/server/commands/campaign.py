"""`guitai-server campaign add|list|evaluate|results` (`sync.server.campaigns`).

- `campaign add CODE --product CODE --rule RULE --priority N --from DATE --to DATE
  --reason "TEXT with {placeholders}" [--name NAME]`;
- `campaign list [--json]`: the campaigns, their rules in words;
- `campaign evaluate [--day YYYY-MM-DD] [--json]`: the offers of the running campaigns, for
  the whole bank;
- `campaign results CODE [--json]`: per branch, eligible (customers offered), presented,
  accepted and conversion (accepted / presented).
"""

from __future__ import annotations

import argparse
from datetime import date

from client.commands.common import print_json
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event, change_of
from sync.server.campaigns import (
    PLACEHOLDERS,
    BranchResult,
    CampaignInfo,
    add_campaign,
    campaign_infos,
    evaluate,
    results,
)
from sync.server.commands.common import add_database_argument, open_database, read_with
from sync.server.rules.describe import describe


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a campaign (it replicates to the workstations)")
    add.add_argument("code", metavar="CODE", help="the campaign's code, up to 20 characters")
    add.add_argument("--name", default="", help="its name (default: the code)")
    add.add_argument("--product", required=True, metavar="CODE", help="the product it offers")
    add.add_argument("--rule", required=True, metavar="RULE", help="who is eligible")
    add.add_argument("--priority", type=int, required=True, metavar="N", help="lower first")
    add.add_argument("--from", dest="starts_on", type=date.fromisoformat, required=True)
    add.add_argument("--to", dest="ends_on", type=date.fromisoformat, required=True)
    add.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why, in the customer's terms; placeholders: "
        + ", ".join("{" + p + "}" for p in PLACEHOLDERS),
    )
    add_database_argument(add)
    listing = sub.add_parser("list", help="the campaigns")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)
    run_it = sub.add_parser("evaluate", help="compute the offers of the running campaigns")
    run_it.add_argument(
        "--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day (default: today)"
    )
    run_it.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_database_argument(run_it)
    outcome = sub.add_parser("results", help="a campaign's results per branch")
    outcome.add_argument("code", metavar="CODE")
    outcome.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(outcome)


def run(args: argparse.Namespace) -> int:
    match args.action:
        case "add":
            return _add(args)
        case "list":
            return _list(args)
        case "evaluate":
            return _evaluate(args)
    return _results(args)


def _add(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            campaign = add_campaign(
                session,
                args.code,
                name=args.name,
                product=args.product,
                rule=args.rule,
                priority=args.priority,
                starts_on=args.starts_on,
                ends_on=args.ends_on,
                reason=args.reason,
                now=utcnow(),
            )
            admin_event(
                session,
                AuditAction.CREATE,
                entity="campaign",
                entity_id=campaign.id,
                what=f"campaign add {campaign.code} ({args.product}, {args.starts_on} to "
                f"{args.ends_on})",
                change=change_of({}, {"code": campaign.code, "rule": args.rule}),
                now=utcnow(),
            )
            print(f"added campaign {campaign.code} ({campaign.id})")
            print(f"  rule: {describe(args.rule)}")
            print("  run `guitai-server campaign evaluate` to make its offers")
    finally:
        db.dispose()
    return 0


def _json(info: CampaignInfo) -> dict[str, object]:
    c = info.campaign
    return {
        "id": str(c.id),
        "code": c.code,
        "name": c.name,
        "product": info.product_code,
        "rule": info.rule,
        "rule_in_words": None if info.rule is None else describe(info.rule),
        "priority": info.priority,
        "from": c.starts_on.isoformat(),
        "to": c.ends_on.isoformat(),
        "reason": info.reason,
    }


def _list(args: argparse.Namespace) -> int:
    rows = [_json(i) for i in read_with(args, campaign_infos)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no campaigns yet: add one with `guitai-server campaign add`")
        return 0
    for r in rows:
        print(
            f"{r['code']!s:20}  {r['priority']!s:>4}  {r['product']!s:10}  {r['from']} to {r['to']}"
            f"  {r['rule_in_words'] or '(no rule)'}"
        )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            result = evaluate(session, utcnow(), today=args.day)
            if result.created or result.renewed or result.expired:
                admin_event(
                    session,
                    AuditAction.UPDATE,
                    entity="campaign_offer",
                    what=f"campaign evaluate: {result.created} new, {result.renewed} renewed, "
                    f"{result.expired} expired",
                    now=utcnow(),
                )
    finally:
        db.dispose()
    counts = {
        "eligible": result.eligible,
        "offered": result.offered,
        "created": result.created,
        "renewed": result.renewed,
        "expired": result.expired,
    }
    if args.json:
        print_json(counts)
        return 0
    print(
        f"offers: {result.created} new, {result.renewed} renewed, {result.expired} expired"
        f" ({len(result.eligible)} campaigns running)"
    )
    for code, count in sorted(result.eligible.items()):
        print(f"  {code}: {count} eligible, {result.offered.get(code, 0)} offered")
    return 0


def _row(r: BranchResult) -> dict[str, object]:
    return {
        "branch": r.branch,
        "eligible": r.eligible,
        "presented": r.presented,
        "accepted": r.accepted,
        "conversion": None if r.conversion is None else round(r.conversion, 4),
    }


def _results(args: argparse.Namespace) -> int:
    rows = [_row(r) for r in read_with(args, lambda s: results(s, args.code))]
    if args.json:
        print_json(rows)
        return 0
    print(f"{'branch':8}  {'eligible':>8}  {'presented':>9}  {'accepted':>8}  conversion")
    for r in rows:
        conv = "-" if r["conversion"] is None else f"{float(r['conversion']):.1%}"  # type: ignore[arg-type]
        print(
            f"{r['branch']!s:8}  {r['eligible']!s:>8}  {r['presented']!s:>9}"
            f"  {r['accepted']!s:>8}  {conv}"
        )
    return 0
