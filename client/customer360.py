"""The whole relationship of one customer, loaded from the local cache in a few queries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Executable, Row, Select, bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from client.errors import NotFoundError
from client.schema.enums import AppointmentStatus, OfferStatus, ReferralStage, TaskStatus
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Branch,
    Consent,
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
OPEN_STAGES = tuple(stage.value for stage in ReferralStage if stage.is_open)
ACTIVE_OFFERS = (OfferStatus.SUGGESTED.value, OfferStatus.PRESENTED.value)
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
    """One month of one currency's accounts, for the profitability chart."""

    period: int
    currency: str
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
class ConsentView:
    purpose: str
    granted: bool
    recorded_at: datetime
    channel: str


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
    branch_code: str
    branch_name: str
    owning_rm: str | None
    segment: str | None
    contacts: tuple[tuple[str, str, str], ...]
    """(kind, label, value)"""
    consents: tuple[ConsentView, ...]
    accounts: tuple[AccountView, ...]
    net_12m_by_currency: dict[str, Decimal]
    months: tuple[MonthTotal, ...]
    household: tuple[RelatedParty, ...]
    household_net_12m_by_currency: dict[str, Decimal]
    related: tuple[RelatedParty, ...]
    interactions: tuple[Item, ...]
    open_tasks: tuple[Item, ...]
    open_referrals: tuple[Item, ...]
    offers: tuple[Item, ...]
    next_appointment: Item | None
    data_as_of: datetime


def _customer_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Customer.id,
            Customer.customer_number,
            Customer.kind,
            Customer.legal_name,
            Customer.name_latin,
            Customer.national_id,
            Customer.birth_date,
            Customer.lifecycle,
            Customer.kyc_review_date,
            Customer.updated_at,
            Branch.code.label("branch_code"),
            Branch.name.label("branch_name"),
            User.display_name.label("rm_name"),
            Segment.name.label("segment_name"),
        )
        .join(Branch, Branch.id == Customer.home_branch_id)
        .outerjoin(User, (User.id == Customer.owning_rm_id) & User.deleted.is_(False))
        .outerjoin(Segment, (Segment.id == Customer.segment_id) & Segment.deleted.is_(False))
        .where(Customer.deleted.is_(False))
    )


CUSTOMER_BY_NUMBER = _customer_select().where(Customer.customer_number == bindparam("number"))
CUSTOMER_BY_ID = _customer_select().where(Customer.id == bindparam("cid"))

CONTACTS = (
    select(ContactPoint.kind, ContactPoint.label, ContactPoint.value, ContactPoint.updated_at)
    .where(ContactPoint.customer_id == bindparam("cid"), ContactPoint.deleted.is_(False))
    .order_by(ContactPoint.is_primary.desc(), ContactPoint.kind)
)
CONSENTS = (
    select(
        Consent.purpose, Consent.granted, Consent.recorded_at, Consent.channel, Consent.updated_at
    )
    .where(Consent.customer_id == bindparam("cid"), Consent.deleted.is_(False))
    .order_by(Consent.purpose)
)
HELD_ACCOUNTS = (
    select(
        Account.id,
        Account.account_number,
        Account.currency,
        Account.status,
        Account.balance,
        Account.updated_at,
        AccountHolder.role,
        AccountHolder.updated_at.label("holder_updated_at"),
        Product.name.label("product"),
        AccountHistory.months,
        AccountHistory.updated_at.label("history_updated_at"),
    )
    .join(AccountHolder, AccountHolder.account_id == Account.id)
    .join(Product, Product.id == Account.product_id)
    .outerjoin(
        AccountHistory,
        (AccountHistory.account_id == Account.id) & AccountHistory.deleted.is_(False),
    )
    .where(
        AccountHolder.customer_id == bindparam("cid"),
        AccountHolder.deleted.is_(False),
        Account.deleted.is_(False),
    )
    .order_by(Account.opened_on, Account.account_number)
)
"""The customer's accounts with their month series, via account_holder (customer_id, …)."""

OTHER_HOLDERS = (
    select(AccountHolder.account_id, Customer.legal_name, Customer.updated_at)
    .join(Customer, Customer.id == AccountHolder.customer_id)
    .where(
        AccountHolder.account_id.in_(bindparam("ids", expanding=True)),
        AccountHolder.customer_id != bindparam("cid"),
        AccountHolder.deleted.is_(False),
        Customer.deleted.is_(False),
    )
    .order_by(Customer.legal_name)
)
HOUSEHOLD_MEMBERS = (
    select(
        Customer.id,
        Customer.customer_number,
        Customer.legal_name,
        HouseholdMember.role,
        HouseholdMember.updated_at,
    )
    .join(HouseholdMember, HouseholdMember.customer_id == Customer.id)
    .join(Household, Household.id == HouseholdMember.household_id)
    .where(
        HouseholdMember.household_id.in_(
            select(HouseholdMember.household_id).where(
                HouseholdMember.customer_id == bindparam("cid"),
                HouseholdMember.deleted.is_(False),
            )
        ),
        HouseholdMember.deleted.is_(False),
        Household.deleted.is_(False),
        Customer.deleted.is_(False),
    )
    .order_by(HouseholdMember.role, Customer.legal_name)
)
HOUSEHOLD_HISTORIES = (
    select(Account.currency, AccountHistory.months, AccountHistory.updated_at)
    .join(AccountHistory, AccountHistory.account_id == Account.id)
    .where(
        Account.id.in_(
            select(AccountHolder.account_id).where(
                AccountHolder.customer_id.in_(bindparam("members", expanding=True)),
                AccountHolder.deleted.is_(False),
            )
        ),
        Account.deleted.is_(False),
        AccountHistory.deleted.is_(False),
    )
)
"""Each account held by any member, once even when several members hold it."""


def _relations(own: Any, other: Any, outgoing: int) -> Select[*tuple[Any, ...]]:
    return (
        select(
            PartyRelationship.kind,
            PartyRelationship.updated_at,
            literal(outgoing).label("outgoing"),
            Customer.customer_number,
            Customer.legal_name,
        )
        .join(Customer, Customer.id == other)
        .where(own == bindparam("cid"), PartyRelationship.deleted.is_(False))
        .where(Customer.deleted.is_(False))
    )


RELATIONS = union_all(
    _relations(PartyRelationship.from_customer_id, PartyRelationship.to_customer_id, 1),
    _relations(PartyRelationship.to_customer_id, PartyRelationship.from_customer_id, 0),
)
INTERACTIONS = (
    select(
        Interaction.occurred_at,
        Interaction.kind,
        Interaction.subject,
        Interaction.channel,
        Interaction.updated_at,
    )
    .where(Interaction.customer_id == bindparam("cid"), Interaction.deleted.is_(False))
    .order_by(Interaction.occurred_at.desc())
    .limit(RECENT_INTERACTIONS)
)
OPEN_TASKS = (
    select(Task.due_on, Task.title, Task.status, Task.updated_at)
    .where(
        Task.customer_id == bindparam("cid"),
        Task.deleted.is_(False),
        Task.status == TaskStatus.OPEN.value,
    )
    .order_by(Task.due_on)
)
OPEN_REFERRALS = (
    select(Referral.created_at, Product.name, Referral.stage, Referral.updated_at)
    .join(Product, Product.id == Referral.product_id)
    .where(
        Referral.customer_id == bindparam("cid"),
        Referral.deleted.is_(False),
        Referral.stage.in_(OPEN_STAGES),
    )
    .order_by(Referral.created_at.desc())
)
ACTIVE_OFFERS_QUERY = (
    select(Offer.expires_on, Product.name, Offer.reason, Offer.status, Offer.updated_at)
    .join(Product, Product.id == Offer.product_id)
    .where(
        Offer.customer_id == bindparam("cid"),
        Offer.deleted.is_(False),
        Offer.status.in_(ACTIVE_OFFERS),
        Offer.expires_on >= bindparam("today"),
    )
    .order_by(Offer.score.desc())
)
NEXT_APPOINTMENT = (
    select(Appointment.starts_at, Appointment.purpose, Appointment.status, Appointment.updated_at)
    .where(
        Appointment.customer_id == bindparam("cid"),
        Appointment.deleted.is_(False),
        Appointment.status != AppointmentStatus.CANCELLED.value,
        Appointment.starts_at >= bindparam("now"),
    )
    .order_by(Appointment.starts_at)
    .limit(1)
)


class _Reader:
    """Runs the prebuilt statements for one customer and notes every row's updated_at."""

    def __init__(self, session: Session, customer_id: uuid.UUID, seen: list[datetime]) -> None:
        self.session = session
        self.cid = customer_id
        self.seen = seen

    def rows(self, statement: Executable, **params: Any) -> Sequence[Row[Any]]:
        rows = self.session.execute(statement, {"cid": self.cid, **params}).all()
        self.seen.extend(row.updated_at for row in rows)
        return rows


def _customer(session: Session, number: str | None, customer_id: uuid.UUID | None) -> Row[Any]:
    if customer_id is not None:
        row = session.execute(CUSTOMER_BY_ID, {"cid": customer_id}).first()
        if row is None:
            raise NotFoundError(f'no customer with id "{customer_id}" in this cache')
        return row
    number = (number or "").strip().upper()
    row = session.execute(CUSTOMER_BY_NUMBER, {"number": number}).first()
    if row is None:
        raise NotFoundError(f'no customer with number "{number}" in this cache')
    return row


def last_months(histories: Iterable[tuple[MonthFigures, ...]]) -> set[int]:
    """The `MONTHS` most recent periods found in any of the histories."""
    periods = {m.period for months in histories for m in months}
    return set(sorted(periods)[-MONTHS:])


def _sum(months: tuple[MonthFigures, ...], periods: set[int]) -> tuple[Decimal, Decimal]:
    chosen = [m for m in months if m.period in periods]
    return sum((m.revenue for m in chosen), Decimal(0)), sum((m.cost for m in chosen), Decimal(0))


def _other_holders(reader: _Reader, held: Sequence[Row[Any]]) -> dict[uuid.UUID, list[str]]:
    others: dict[uuid.UUID, list[str]] = defaultdict(list)
    if held:
        for row in reader.rows(OTHER_HOLDERS, ids=[a.id for a in held]):
            others[row.account_id].append(row.legal_name)
    return others


def _accounts(reader: _Reader) -> tuple[list[AccountView], dict[str, Decimal], list[MonthTotal]]:
    held = reader.rows(HELD_ACCOUNTS)
    reader.seen.extend(a.holder_updated_at for a in held)
    reader.seen.extend(a.history_updated_at for a in held if a.history_updated_at)
    others = _other_holders(reader, held)
    periods = last_months(a.months or () for a in held)
    views: list[AccountView] = []
    by_currency: defaultdict[str, Decimal] = defaultdict(Decimal)
    monthly: dict[tuple[str, int], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for a in held:
        months: tuple[MonthFigures, ...] = a.months or ()
        revenue, cost = _sum(months, periods)
        by_currency[a.currency] += revenue - cost
        for m in months:
            if m.period in periods:
                monthly[a.currency, m.period][0] += m.revenue
                monthly[a.currency, m.period][1] += m.cost
        views.append(
            AccountView(
                a.account_number,
                a.product,
                a.currency,
                a.status,
                a.balance,
                a.role,
                tuple(others[a.id]),
                revenue,
                cost,
                revenue - cost,
            )
        )
    series = [MonthTotal(p, cur, r, c, r - c) for (cur, p), (r, c) in sorted(monthly.items())]
    return views, dict(by_currency), series


def _household(reader: _Reader) -> tuple[list[RelatedParty], dict[str, Decimal]]:
    members = reader.rows(HOUSEHOLD_MEMBERS)
    if not members:
        return [], {}
    histories = reader.rows(HOUSEHOLD_HISTORIES, members=[m.id for m in members])
    periods = last_months(h.months for h in histories)
    net: defaultdict[str, Decimal] = defaultdict(Decimal)
    for h in histories:
        revenue, cost = _sum(h.months, periods)
        net[h.currency] += revenue - cost
    party = [
        RelatedParty(m.customer_number, m.legal_name, f"household {m.role}")
        for m in members
        if m.id != reader.cid
    ]
    return party, dict(net)


def _related(reader: _Reader) -> list[RelatedParty]:
    out = []
    for row in reader.rows(RELATIONS):
        forward, backward = RELATION_LABELS[row.kind]
        label = forward if row.outgoing else backward
        out.append(RelatedParty(row.customer_number, row.legal_name, label))
    return out


def _items(reader: _Reader, now: datetime) -> dict[str, Any]:
    interactions = reader.rows(INTERACTIONS)
    tasks = reader.rows(OPEN_TASKS)
    referrals = reader.rows(OPEN_REFERRALS)
    offers = reader.rows(ACTIVE_OFFERS_QUERY, today=now.date())
    appointments = reader.rows(NEXT_APPOINTMENT, now=now)
    return {
        "interactions": tuple(
            Item(i.occurred_at.isoformat(), i.kind, i.subject, i.channel) for i in interactions
        ),
        "open_tasks": tuple(Item(t.due_on.isoformat(), "task", t.title, t.status) for t in tasks),
        "open_referrals": tuple(
            Item(r.created_at.isoformat(), "referral", r.name, r.stage) for r in referrals
        ),
        "offers": tuple(
            Item(o.expires_on.isoformat(), "offer", f"{o.name}: {o.reason}", o.status)
            for o in offers
        ),
        "next_appointment": next(
            (
                Item(a.starts_at.isoformat(), "appointment", a.purpose, a.status)
                for a in appointments
            ),
            None,
        ),
    }


def _contacts(reader: _Reader) -> dict[str, Any]:
    contacts = reader.rows(CONTACTS)
    consents = reader.rows(CONSENTS)
    return {
        "contacts": tuple((c.kind, c.label, c.value) for c in contacts),
        "consents": tuple(
            ConsentView(c.purpose, c.granted, c.recorded_at, c.channel) for c in consents
        ),
    }


def load_customer_360(
    session: Session,
    *,
    customer_number: str | None = None,
    customer_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Customer360:
    """Everything the counter shows about one customer; NotFoundError for an unknown one.

    `now` (default: the current time) decides which offers have expired and which
    appointment is next. Tombstoned rows are left out everywhere.
    """
    now = now or datetime.now(UTC)
    customer = _customer(session, customer_number, customer_id)
    reader = _Reader(session, customer.id, [customer.updated_at])
    contacts = _contacts(reader)
    accounts, by_currency, months = _accounts(reader)
    household, household_net = _household(reader)
    related = _related(reader)
    items = _items(reader, now)
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
        branch_code=customer.branch_code,
        branch_name=customer.branch_name,
        owning_rm=customer.rm_name,
        segment=customer.segment_name,
        **contacts,
        accounts=tuple(accounts),
        net_12m_by_currency=by_currency,
        months=tuple(months),
        household=tuple(household),
        household_net_12m_by_currency=household_net,
        related=tuple(related),
        data_as_of=max(reader.seen),
        **items,
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
