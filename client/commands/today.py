"""`guitai today`: the branch's day from the cache: customers booked in, tasks due or
overdue, KYC reviews due within 30 days or overdue, offers to present (`client.today`)."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the lists as JSON")
    parser.add_argument(
        "--branch",
        metavar="CODE",
        help="the branch (default: the signed-in user's)",
    )


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from client.errors import NotFoundError, UsageError
    from client.schema.models import Branch
    from client.today import today_at
    from client.work import signed_in

    with open_cache(args) as cache, cache.read_session() as session:
        if args.branch:
            branch_id = session.scalars(
                select(Branch.id).where(Branch.code == args.branch.strip().upper())
            ).first()
            if branch_id is None:
                raise NotFoundError(f"no branch {args.branch!r} in this cache")
        else:
            who = signed_in(session)
            if who is None:
                raise UsageError("nobody signed in on this profile: give --branch CODE")
            branch_id = who.staff.branch_id
        day = today_at(session, branch_id)
    if args.json:
        print_json(day.to_dict())
        return 0
    print(f"Today, {day.day:%Y-%m-%d}")
    print(f"\nBooked in ({len(day.appointments)})")
    for a in day.appointments:
        print(
            f"  {a.starts_at.astimezone():%H:%M}-{a.ends_at.astimezone():%H:%M}  "
            f"{a.customer_number}  {a.customer_name}  {a.purpose}  with {a.rm or '-'}  [{a.status}]"
        )
    print(f"\nTasks due or overdue ({len(day.tasks)})")
    for t in day.tasks:
        print(f"  {t.line()}")
    print(f"\nKYC reviews due ({len(day.kyc)})")
    for k in day.kyc:
        late = " (overdue)" if k.overdue else ""
        print(f"  {k.review_date:%Y-%m-%d}{late}  {k.customer_number}  {k.customer_name}")
    print(f"\nOffers to present ({len(day.offers)})")
    for o in day.offers:
        print(
            f"  {o.customer_number}  {o.customer_name}  {o.product}  score {o.score}  "
            f"[{o.status}]  {o.offer_id}"
        )
    return 0
