"""`guitai show CUSTOMER_NUMBER`: the whole relationship of one customer."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from client.commands.common import add_profile_argument, open_cache, print_json

if TYPE_CHECKING:
    from decimal import Decimal

    from client.customer360 import Customer360


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("customer_number", metavar="CUSTOMER_NUMBER")
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the whole view as JSON")
    parser.add_argument(
        "--unmask", action="store_true", help="show ID, account and phone numbers whole"
    )


def masked(view: Customer360) -> Customer360:
    """The view with ID, account and phone numbers masked."""
    from dataclasses import replace

    from client.masking import mask_account, mask_national_id, mask_phone

    return replace(
        view,
        national_id=mask_national_id(view.national_id) if view.national_id else None,
        contacts=tuple(
            (kind, label, mask_phone(value) if kind == "phone" else value)
            for kind, label, value in view.contacts
        ),
        accounts=tuple(
            replace(a, account_number=mask_account(a.account_number)) for a in view.accounts
        ),
    )


def _with(holders: tuple[str, ...]) -> str:
    return " with " + ", ".join(holders) if holders else ""


def _amounts(by_currency: dict[str, Decimal]) -> str:
    return ", ".join(f"{currency} {amount:,.2f}" for currency, amount in by_currency.items())


def render(view: Customer360) -> str:
    lines = [
        f"{view.name}  {view.name_latin}  ({view.customer_number}, {view.kind}, {view.lifecycle})",
        f"  ID {view.national_id or '-'}   born {view.birth_date or '-'}",
        f"  branch {view.branch_code} {view.branch_name}   RM {view.owning_rm or '-'}   "
        f"segment {view.segment or '-'}",
        f"  KYC review {view.kyc_review_date or '-'}   data as of {view.data_as_of:%Y-%m-%d %H:%M}",
        "Contact",
        *(f"  {kind:8s} {label:10s} {value}" for kind, label, value in view.contacts),
        *(
            f"  consent  {c.purpose:16s} {'granted' if c.granted else 'refused'} "
            f"{c.recorded_at:%Y-%m-%d} via {c.channel}"
            for c in view.consents
        ),
        "Accounts",
        *(
            f"  {a.account_number:22s} {a.product:10s} {a.currency} {a.balance:>18,.2f} "
            f"{a.status:8s} {a.role}{_with(a.other_holders)}"
            f"   net 12m {a.net_12m:,.2f}"
            for a in view.accounts
        ),
        f"Profitability, last 12 months: {_amounts(view.net_12m_by_currency)}",
        *(
            f"  {m.period} {m.currency}  revenue {m.revenue:>12,.2f}  cost {m.cost:>12,.2f}  "
            f"net {m.net:>12,.2f}"
            for m in view.months
        ),
    ]
    if view.household:
        lines.append(f"Household (net 12m {_amounts(view.household_net_12m_by_currency)})")
        lines += [f"  {p.customer_number} {p.name}  {p.label}" for p in view.household]
    if view.related:
        lines.append("Related parties")
        lines += [f"  {p.label} {p.name} ({p.customer_number})" for p in view.related]
    for title, items in (
        ("Recent interactions", view.interactions),
        ("Open tasks", view.open_tasks),
        ("Open referrals", view.open_referrals),
        ("Suggested products", view.offers),
    ):
        if items:
            lines.append(title)
            lines += [f"  {i.when[:16]}  {i.kind:16s} {i.text}  [{i.status}]" for i in items]
    appointment = view.next_appointment
    lines.append(
        f"Next appointment: {appointment.when[:16]} {appointment.text} [{appointment.status}]"
        if appointment
        else "Next appointment: none"
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from client.customer360 import load_customer_360, to_dict

    with open_cache(args) as cache, cache.session() as session:
        view = load_customer_360(session, customer_number=args.customer_number)
    if not args.unmask:
        view = masked(view)
    if args.json:
        print_json(to_dict(view))
    else:
        print(render(view))
    return 0
