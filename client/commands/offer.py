"""`guitai offer respond CUSTOMER_NUMBER OFFER_ID presented|accepted|declined|later`: the
customer's response to an offer, saved offline with its outbox entry and an audit event
(`client.work.respond_to_offer`); "later" gives the offer the status "later": presented,
to be shown again."""

from __future__ import annotations

import argparse

from client.commands.common import add_profile_argument, open_cache

RESPONSES = ("presented", "accepted", "declined", "later")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    respond = sub.add_parser("respond", help="record what the customer said to an offer")
    respond.add_argument("customer_number", metavar="CUSTOMER_NUMBER")
    respond.add_argument("offer_id", metavar="OFFER_ID", help="as `guitai show --json` lists it")
    respond.add_argument("response", choices=RESPONSES)
    add_profile_argument(respond)


def run(args: argparse.Namespace) -> int:
    import uuid

    from sqlalchemy import func, select

    from client.errors import NotFoundError, UsageError
    from client.schema.models import Customer
    from client.work import OfferResponse, allowed, respond_to_offer

    try:
        offer_id = uuid.UUID(args.offer_id.strip())
    except ValueError:
        raise UsageError(f"{args.offer_id!r} is not an offer id") from None
    number = args.customer_number.strip().upper()
    with open_cache(args) as cache, cache.session() as session:
        allowed(session, "offer", "update", "status", "recording an offer's response")
        customer_id = session.scalars(
            select(Customer.id).where(
                func.upper(Customer.customer_number) == number, Customer.deleted.is_(False)
            )
        ).first()
        if customer_id is None:
            raise NotFoundError(f"no customer {number} in this cache")
        edit = respond_to_offer(session, customer_id, offer_id, OfferResponse(args.response))
    waiting = (
        "nothing else changed" if edit is None else f"waiting to upload (entry {edit.entry_id})"
    )
    print(f"{number}: offer {offer_id} {args.response}; saved locally, {waiting}")
    return 0
