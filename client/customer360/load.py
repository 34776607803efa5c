"""Loads the whole relationship of one customer from the local cache in a fixed set of queries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from client.customer360.activity import load_activity
from client.customer360.external import load_external
from client.customer360.feedback import load_feedback
from client.customer360.holdings import load_holdings
from client.customer360.lookup import find_customer
from client.customer360.profit import period_of
from client.customer360.queries import CONSENTS, CONTACTS
from client.customer360.reader import Reader
from client.customer360.relations import load_related
from client.customer360.views import ConsentView, ContactView, Customer360
from client.schema.enums import ContactKind

CONTACT_KINDS = {kind.value: k for k, kind in enumerate(ContactKind)}


def _contact_order(contact: ContactView) -> tuple[bool, int]:
    """Primary first, then phones, e-mails and addresses."""
    return not contact.is_primary, CONTACT_KINDS.get(contact.kind, len(CONTACT_KINDS))


def load_customer_360(
    session: Session,
    *,
    customer_number: str | None = None,
    customer_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Customer360:
    """Everything the counter shows about one customer, found by number (spaces and letter
    case ignored) or by id; NotFoundError when the cache has no such live customer.

    `now` (default: the current time) sets the last month of the profitability window, which
    offers have expired (by the workstation's local date) and which appointment is next.
    """
    now = now or datetime.now(UTC)
    local_today = now.astimezone().date()
    customer = find_customer(session, customer_number, customer_id)
    reader = Reader(session, customer.id)
    reader.note(customer.updated_at, customer.rm_updated_at, customer.segment_updated_at)
    contacts = tuple(
        sorted(
            (ContactView(c.kind, c.label, c.value, c.is_primary) for c in reader.rows(CONTACTS)),
            key=_contact_order,
        )
    )
    consents = tuple(
        ConsentView(c.purpose, c.granted, c.recorded_at, c.channel) for c in reader.rows(CONSENTS)
    )
    holdings = load_holdings(reader, period_of(local_today))
    related = load_related(reader)
    activity = load_activity(reader, now, local_today)
    external = load_external(reader)
    return Customer360(
        customer_id=customer.id,
        customer_number=customer.customer_number,
        kind=customer.kind,
        name=customer.legal_name,
        name_latin=customer.name_latin,
        national_id=customer.national_id,
        birth_date=customer.birth_date,
        lifecycle=customer.lifecycle,
        kyc_review_date=customer.kyc_review_date,
        preferred_language=customer.preferred_language,
        home_branch_id=customer.home_branch_id,
        branch_code=customer.branch_code,
        branch_name=customer.branch_name,
        owning_rm=customer.rm_name,
        segment=customer.segment_name,
        contacts=contacts,
        consents=consents,
        accounts=holdings.accounts,
        profit=holdings.profit,
        households=holdings.households,
        related=related,
        interactions=activity.interactions,
        open_tasks=activity.open_tasks,
        open_referrals=activity.open_referrals,
        active_offers=activity.active_offers,
        next_appointment=activity.next_appointment,
        data_as_of=reader.data_as_of,
        external=external,
        segment_feedback=load_feedback(reader),
    )
