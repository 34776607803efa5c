"""The whole relationship of one customer, loaded from the local cache in a few queries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from client.errors import NotFoundError
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Branch,
    ContactPoint,
    Customer,
    Household,
    HouseholdMember,
    Interaction,
    Offer,
    PartyRelationship,
    Product,
    Referral,
    Segment,
    Task,
    User,
)

MONTHS = 12
RECENT_INTERACTIONS = 20
OPEN_STAGES = ("new", "contacted", "qualified", "proposal")
ACTIVE_OFFERS = ("suggested", "presented")
RELATION_LABELS = {
    "household": ("household member of", "household member of"),
    "spouse": ("spouse of", "spouse of"),
    "parent_of": ("parent of", "child of"),
    "director_of": ("director of", "has director"),
    "guarantor_for": ("guarantor for", "guaranteed by"),
    "employee_of": ("employee of", "employer of"),
    "beneficial_owner_of": ("beneficial owner of", "owned by"),
}


@dataclass(frozen=True)
class MonthTotal:
    period: int
    revenue: Decimal
    cost: Decimal
    net: Decimal


@dataclass(frozen=True)
class AccountView:
    account_number: str
    product: str
    currency: str
    status: str
    balance: Decimal
    role: str
    other_holders: tuple[str, ...]
    revenue_12m: Decimal
    cost_12m: Decimal
    net_12m: Decimal


@dataclass(frozen=True)
class RelatedParty:
    customer_number: str
    name: str
    label: str


@dataclass(frozen=True)
class Item:
    """A dated line of the relationship: an interaction, task, referral, offer or appointment."""

    when: str
    kind: str
    text: str
    status: str


@dataclass(frozen=True)
class Customer360:
    customer_id: uuid.UUID
    customer_number: str
    kind: str
    name: str
    name_latin: str
    national_id: str | None
    birth_date: date | None
    lifecycle: str
    kyc_review_date: date | None
    branch: str
    owning_rm: str | None
    segment: str | None
    contacts: tuple[tuple[str, str, str], ...]
    """(kind, label, value)"""
    accounts: tuple[AccountView, ...]
    net_12m_by_currency: dict[str, Decimal]
    months: tuple[MonthTotal, ...]
    household: tuple[RelatedParty, ...]
    household_net_12m: Decimal
    related: tuple[RelatedParty, ...]
    interactions: tuple[Item, ...]
    open_tasks: tuple[Item, ...]
    open_referrals: tuple[Item, ...]
    offers: tuple[Item, ...]
    next_appointment: Item | None
    data_as_of: datetime


def _customer(session: Session, number: str | None, customer_id: uuid.UUID | None) -> Customer:
    query = select(Customer).where(Customer.deleted.is_(False))
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    else:
        number = (number or "").strip().upper()
        query = query.where(Customer.customer_number == number)
    customer = session.scalars(query).first()
    if customer is None:
        shown = number if customer_id is None else str(customer_id)
        raise NotFoundError(f'no customer with number "{shown}" in this cache')
    return customer


def last_months(histories: list[tuple[MonthFigures, ...]]) -> list[int]:
    """The `MONTHS` most recent periods found in any of the histories."""
    periods = {m.period for months in histories for m in months}
    return sorted(periods)[-MONTHS:]


def _sum(months: tuple[MonthFigures, ...], periods: set[int]) -> tuple[Decimal, Decimal]:
    chosen = [m for m in months if m.period in periods]
    return sum((m.revenue for m in chosen), Decimal(0)), sum((m.cost for m in chosen), Decimal(0))


def _histories(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    if not account_ids:
        return {}
    rows = session.execute(
        select(AccountHistory.account_id, AccountHistory.months).where(
            AccountHistory.account_id.in_(account_ids), AccountHistory.deleted.is_(False)
        )
    )
    return {account_id: months for account_id, months in rows}


def _accounts(
    session: Session, customer: Customer
) -> tuple[list[AccountView], dict[str, Decimal], list[MonthTotal]]:
    held = session.execute(
        select(Account, AccountHolder.role, Product.name)
        .join(AccountHolder, AccountHolder.account_id == Account.id)
        .join(Product, Product.id == Account.product_id)
        .where(
            AccountHolder.customer_id == customer.id,
            AccountHolder.deleted.is_(False),
            Account.deleted.is_(False),
        )
        .order_by(Account.opened_on)
    ).all()
    ids = [account.id for account, _role, _product in held]
    others: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        for account_id, name in session.execute(
            select(AccountHolder.account_id, Customer.legal_name)
            .join(Customer, Customer.id == AccountHolder.customer_id)
            .where(
                AccountHolder.account_id.in_(ids),
                AccountHolder.customer_id != customer.id,
                AccountHolder.deleted.is_(False),
            )
        ):
            others[account_id].append(name)
    histories = _histories(session, ids)
    periods = set(last_months(list(histories.values())))
    views: list[AccountView] = []
    by_currency: defaultdict[str, Decimal] = defaultdict(Decimal)
    monthly: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for account, role, product in held:
        months = histories.get(account.id, ())
        revenue, cost = _sum(months, periods)
        by_currency[account.currency] += revenue - cost
        for m in months:
            if m.period in periods:
                monthly[m.period][0] += m.revenue
                monthly[m.period][1] += m.cost
        views.append(
            AccountView(
                account.account_number,
                product,
                account.currency,
                account.status,
                account.balance,
                role,
                tuple(others[account.id]),
                revenue,
                cost,
                revenue - cost,
            )
        )
    series = [MonthTotal(p, r, c, r - c) for p, (r, c) in sorted(monthly.items())]
    return views, dict(by_currency), series


def _household(session: Session, customer: Customer) -> tuple[list[RelatedParty], Decimal]:
    household_ids = select(HouseholdMember.household_id).where(
        HouseholdMember.customer_id == customer.id, HouseholdMember.deleted.is_(False)
    )
    members = session.execute(
        select(Customer.id, Customer.customer_number, Customer.legal_name, HouseholdMember.role)
        .join(HouseholdMember, HouseholdMember.customer_id == Customer.id)
        .join(Household, Household.id == HouseholdMember.household_id)
        .where(
            HouseholdMember.household_id.in_(household_ids),
            HouseholdMember.deleted.is_(False),
            Household.deleted.is_(False),
            Customer.deleted.is_(False),
        )
    ).all()
    if not members:
        return [], Decimal(0)
    account_ids = list(
        session.scalars(
            select(AccountHolder.account_id)
            .where(
                AccountHolder.customer_id.in_([m.id for m in members]),
                AccountHolder.deleted.is_(False),
            )
            .distinct()
        )
    )
    histories = list(_histories(session, account_ids).values())
    periods = set(last_months(histories))
    net = Decimal(0)
    for months in histories:
        revenue, cost = _sum(months, periods)
        net += revenue - cost
    party = [
        RelatedParty(m.customer_number, m.legal_name, f"household {m.role}")
        for m in members
        if m.id != customer.id
    ]
    return party, net


def _related(session: Session, customer: Customer) -> list[RelatedParty]:
    rows = session.execute(
        select(PartyRelationship, Customer.customer_number, Customer.legal_name)
        .join(
            Customer,
            or_(
                (PartyRelationship.from_customer_id == customer.id)
                & (Customer.id == PartyRelationship.to_customer_id),
                (PartyRelationship.to_customer_id == customer.id)
                & (Customer.id == PartyRelationship.from_customer_id),
            ),
        )
        .where(PartyRelationship.deleted.is_(False), Customer.deleted.is_(False))
    ).all()
    out = []
    for relation, number, name in rows:
        forward, backward = RELATION_LABELS[relation.kind]
        label = forward if relation.from_customer_id == customer.id else backward
        out.append(RelatedParty(number, name, label))
    return out


def _items(session: Session, customer: Customer, now: datetime) -> dict[str, Any]:
    interactions = session.scalars(
        select(Interaction)
        .where(Interaction.customer_id == customer.id, Interaction.deleted.is_(False))
        .order_by(Interaction.occurred_at.desc())
        .limit(RECENT_INTERACTIONS)
    )
    tasks = session.scalars(
        select(Task).where(
            Task.customer_id == customer.id, Task.deleted.is_(False), Task.status == "open"
        )
    )
    referrals = session.execute(
        select(Referral, Product.name)
        .join(Product, Product.id == Referral.product_id)
        .where(
            Referral.customer_id == customer.id,
            Referral.deleted.is_(False),
            Referral.stage.in_(OPEN_STAGES),
        )
    )
    offers = session.execute(
        select(Offer, Product.name)
        .join(Product, Product.id == Offer.product_id)
        .where(
            Offer.customer_id == customer.id,
            Offer.deleted.is_(False),
            Offer.status.in_(ACTIVE_OFFERS),
            Offer.expires_on >= now.date(),
        )
        .order_by(Offer.score.desc())
    )
    appointment = session.scalars(
        select(Appointment)
        .where(
            Appointment.customer_id == customer.id,
            Appointment.deleted.is_(False),
            Appointment.status != "cancelled",
            Appointment.starts_at >= now,
        )
        .order_by(Appointment.starts_at)
        .limit(1)
    ).first()
    return {
        "interactions": tuple(
            Item(i.occurred_at.isoformat(), i.kind, i.subject, i.channel) for i in interactions
        ),
        "open_tasks": tuple(Item(t.due_on.isoformat(), "task", t.title, t.status) for t in tasks),
        "open_referrals": tuple(
            Item(r.created_at.isoformat(), "referral", name, r.stage) for r, name in referrals
        ),
        "offers": tuple(
            Item(o.expires_on.isoformat(), "offer", f"{name}: {o.reason}", o.status)
            for o, name in offers
        ),
        "next_appointment": None
        if appointment is None
        else Item(
            appointment.starts_at.isoformat(),
            "appointment",
            appointment.purpose,
            appointment.status,
        ),
    }


def load_customer_360(
    session: Session,
    *,
    customer_number: str | None = None,
    customer_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Customer360:
    """Everything the counter shows about one customer; NotFoundError for an unknown one."""
    now = now or datetime.now(UTC)
    customer = _customer(session, customer_number, customer_id)
    branch = session.get(Branch, customer.home_branch_id)
    rm = session.get(User, customer.owning_rm_id) if customer.owning_rm_id else None
    segment = session.get(Segment, customer.segment_id) if customer.segment_id else None
    contacts = session.scalars(
        select(ContactPoint)
        .where(ContactPoint.customer_id == customer.id, ContactPoint.deleted.is_(False))
        .order_by(ContactPoint.is_primary.desc())
    ).all()
    accounts, by_currency, months = _accounts(session, customer)
    household, household_net = _household(session, customer)
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
        branch=f"{branch.code} {branch.name}" if branch else "",
        owning_rm=rm.display_name if rm else None,
        segment=segment.name if segment else None,
        contacts=tuple((c.kind, c.label, c.value) for c in contacts),
        accounts=tuple(accounts),
        net_12m_by_currency=by_currency,
        months=tuple(months),
        household=tuple(household),
        household_net_12m=household_net,
        related=tuple(_related(session, customer)),
        data_as_of=customer.updated_at,
        **_items(session, customer, now),
    )


def to_dict(view: Customer360) -> dict[str, Any]:
    """The 360 as JSON-able data: amounts, ids and dates as strings."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, Decimal | uuid.UUID | date | datetime):
            return str(value) if not isinstance(value, date | datetime) else value.isoformat()
        return value

    return {key: plain(value) for key, value in asdict(view).items()}
