"""A customer's summary for a channel (`GET /v1/channel/customers/{customer_number}`).

It holds what `client.schema.permissions.SERVICE_GRANTS` lets a service account read
(`READS`; a test keeps the two in step): who the customer is, their branch, segment and RM,
their contact points, the accounts they hold (no balances) and their newest interactions of
every channel. The `MASKED` fields come masked as the 360 masks them (a service account
has no unmask): the national ID, phone numbers and account numbers (`client.masking`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.masking import mask_account, mask_national_id, mask_phone
from client.schema.enums import ContactKind
from client.schema.models import (
    Account,
    AccountHolder,
    Branch,
    ContactPoint,
    Customer,
    Interaction,
    Product,
    Segment,
    User,
)
from client.schema.permissions import MASKED
from sync.channel_protocol import (
    RECENT_INTERACTIONS,
    CustomerSummary,
    SummaryAccount,
    SummaryContact,
    SummaryInteraction,
)

READS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        str(Customer.__tablename__): (
            "customer_number",
            "kind",
            "legal_name",
            "name_latin",
            "national_id",
            "home_branch_id",
            "owning_rm_id",
            "segment_id",
            "lifecycle",
            "preferred_language",
        ),
        str(ContactPoint.__tablename__): ("kind", "label", "value", "is_primary"),
        str(Account.__tablename__): ("account_number", "product_id", "currency", "status"),
        str(AccountHolder.__tablename__): ("account_id", "customer_id", "role"),
        str(Interaction.__tablename__): ("occurred_at", "kind", "channel", "subject"),
        str(Branch.__tablename__): ("code",),
        str(Segment.__tablename__): ("code", "name"),
        str(Product.__tablename__): ("name",),
        str(User.__tablename__): ("display_name",),
    }
)
"""Every field of every table the summary reads."""


def _masked(table: str, field: str, value: str) -> str:
    if field not in MASKED.get(table, ()):
        return value
    if table == Customer.__tablename__:
        return mask_national_id(value)
    if table == Account.__tablename__:
        return mask_account(value)
    return mask_phone(value)


def customer_by_number(session: Session, number: str) -> Customer | None:
    """The live customer with this number (as given, else in upper case)."""
    for candidate in dict.fromkeys((number, number.upper())):
        found = session.execute(
            select(Customer).where(
                Customer.customer_number == candidate, Customer.deleted.is_(False)
            )
        ).scalar_one_or_none()
        if found is not None:
            return found
    return None


def summary(session: Session, customer: Customer) -> CustomerSummary:
    """The customer's summary, masked."""
    branch = session.get(Branch, customer.home_branch_id)
    segment = None if customer.segment_id is None else session.get(Segment, customer.segment_id)
    rm = None if customer.owning_rm_id is None else session.get(User, customer.owning_rm_id)
    national_id = customer.national_id
    return CustomerSummary(
        customer_number=customer.customer_number,
        kind=customer.kind.value,
        legal_name=customer.legal_name,
        name_latin=customer.name_latin,
        national_id=None
        if national_id is None
        else _masked("customer", "national_id", national_id),
        lifecycle=customer.lifecycle.value,
        preferred_language=customer.preferred_language,
        home_branch="" if branch is None else branch.code,
        segment=None if segment is None or segment.deleted else segment.code,
        segment_name=None if segment is None or segment.deleted else segment.name,
        relationship_manager=None if rm is None or rm.deleted else rm.display_name,
        contacts=_contacts(session, customer),
        accounts=_accounts(session, customer),
        recent_interactions=_interactions(session, customer),
    )


def _contacts(session: Session, customer: Customer) -> list[SummaryContact]:
    table = str(ContactPoint.__tablename__)
    rows = session.execute(
        select(ContactPoint.kind, ContactPoint.label, ContactPoint.value, ContactPoint.is_primary)
        .where(ContactPoint.customer_id == customer.id, ContactPoint.deleted.is_(False))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.kind, ContactPoint.label)
    ).all()
    return [
        SummaryContact(
            kind=kind.value,
            label=label,
            value=_masked(table, "value", value) if kind is ContactKind.PHONE else value,
            is_primary=is_primary,
        )
        for kind, label, value, is_primary in rows
    ]


def _accounts(session: Session, customer: Customer) -> list[SummaryAccount]:
    rows = session.execute(
        select(
            Account.account_number,
            Product.name,
            Account.currency,
            Account.status,
            AccountHolder.role,
        )
        .join(Account, Account.id == AccountHolder.account_id)
        .join(Product, Product.id == Account.product_id)
        .where(
            AccountHolder.customer_id == customer.id,
            AccountHolder.deleted.is_(False),
            Account.deleted.is_(False),
        )
        .order_by(Account.account_number)
    ).all()
    return [
        SummaryAccount(
            account_number=_masked("account", "account_number", number),
            product=product,
            currency=currency,
            status=status.value,
            holder_role=role.value,
        )
        for number, product, currency, status, role in rows
    ]


def _interactions(session: Session, customer: Customer) -> list[SummaryInteraction]:
    rows = session.execute(
        select(Interaction.occurred_at, Interaction.kind, Interaction.channel, Interaction.subject)
        .where(Interaction.customer_id == customer.id, Interaction.deleted.is_(False))
        .order_by(Interaction.occurred_at.desc())
        .limit(RECENT_INTERACTIONS)
    ).all()
    return [
        SummaryInteraction(occurred_at=at, kind=kind.value, channel=channel.value, subject=subject)
        for at, kind, channel, subject in rows
    ]
