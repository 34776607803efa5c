"""The statements behind one customer 360, built once at import and run with bound parameters.

Each is a column select (no ORM identity map to fill) through an index that starts with the
customer id or the id list it is given, so a 360 costs the same few statements whatever the
size of the cache or the number of accounts. Every column named `...updated_at` feeds the
view's `data_as_of`. Tombstoned rows are left out everywhere; reference rows that only
describe a live row (its branch or product) are shown even when withdrawn.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, literal, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, aliased

from client.schema.enums import AppointmentStatus, OfferStatus, ReferralStage, TaskStatus
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Branch,
    Consent,
    ContactPoint,
    Customer,
    ExternalRecord,
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

RECENT_INTERACTIONS = 20
OPEN_STAGES = tuple(stage.value for stage in ReferralStage if stage.is_open)
ACTIVE_OFFERS = (
    OfferStatus.SUGGESTED.value,
    OfferStatus.PRESENTED.value,
    OfferStatus.LATER.value,
)

CID: BindParameter[Any] = bindparam("cid")
"""The customer's id, bound by every statement but the lookup."""


def _live_user(column: InstrumentedAttribute[Any]) -> Any:
    return (User.id == column) & User.deleted.is_(False)


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
            Customer.preferred_language,
            Customer.updated_at,
            Customer.home_branch_id,
            Branch.code.label("branch_code"),
            Branch.name.label("branch_name"),
            User.display_name.label("rm_name"),
            User.updated_at.label("rm_updated_at"),
            Segment.name.label("segment_name"),
            Segment.updated_at.label("segment_updated_at"),
        )
        .join(Branch, Branch.id == Customer.home_branch_id)
        .outerjoin(User, _live_user(Customer.owning_rm_id))
        .outerjoin(Segment, (Segment.id == Customer.segment_id) & Segment.deleted.is_(False))
        .where(Customer.deleted.is_(False))
    )


CUSTOMER_BY_NUMBER = _customer_select().where(
    Customer.customer_number.in_(bindparam("numbers", expanding=True))
)
"""By the unique index on customer_number; `numbers` are the spellings to try."""
CUSTOMER_BY_ID = _customer_select().where(Customer.id == CID)

CONTACTS = (
    select(
        ContactPoint.kind,
        ContactPoint.label,
        ContactPoint.value,
        ContactPoint.is_primary,
        ContactPoint.updated_at,
    )
    .where(ContactPoint.customer_id == CID, ContactPoint.deleted.is_(False))
    .order_by(ContactPoint.label, ContactPoint.value)
)
CONSENTS = (
    select(
        Consent.purpose, Consent.granted, Consent.recorded_at, Consent.channel, Consent.updated_at
    )
    .where(Consent.customer_id == CID, Consent.deleted.is_(False))
    .order_by(Consent.purpose)
)

HELD_ACCOUNTS = (
    select(
        Account.id,
        Account.account_number,
        Account.currency,
        Account.status,
        Account.balance,
        Account.balance_as_of,
        Account.opened_on,
        Account.updated_at,
        AccountHolder.role,
        AccountHolder.updated_at.label("holder_updated_at"),
        Product.name.label("product"),
        Product.category,
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
        AccountHolder.customer_id == CID,
        AccountHolder.deleted.is_(False),
        Account.deleted.is_(False),
    )
    .order_by(Account.opened_on, Account.account_number)
)
"""The customer's accounts with their month series, via account_holder (customer_id, …)."""

_VIEWED = aliased(Customer)
_ELSEWHERE = (
    Customer.home_branch_id
    != select(_VIEWED.home_branch_id).where(_VIEWED.id == CID).scalar_subquery()
).label("elsewhere")
"""Whether a party's home branch is not the viewed customer's (`Party.elsewhere`)."""

OTHER_HOLDERS = (
    select(
        AccountHolder.account_id,
        AccountHolder.role,
        AccountHolder.updated_at.label("holder_updated_at"),
        Customer.customer_number,
        Customer.legal_name,
        _ELSEWHERE,
        Customer.updated_at,
    )
    .join(Customer, Customer.id == AccountHolder.customer_id)
    .where(
        AccountHolder.account_id.in_(bindparam("accounts", expanding=True)),
        AccountHolder.customer_id != CID,
        AccountHolder.deleted.is_(False),
        Customer.deleted.is_(False),
    )
    .order_by(AccountHolder.role, Customer.legal_name)
)
"""The other holders of the given accounts, via account_holder (account_id)."""

_OWN_HOUSEHOLDS = select(HouseholdMember.household_id).where(
    HouseholdMember.customer_id == CID, HouseholdMember.deleted.is_(False)
)
HOUSEHOLD_MEMBERS = (
    select(
        Household.id.label("household_id"),
        Household.name.label("household_name"),
        Household.updated_at.label("household_updated_at"),
        HouseholdMember.role,
        HouseholdMember.updated_at.label("member_updated_at"),
        Customer.id.label("customer_id"),
        Customer.customer_number,
        Customer.legal_name,
        _ELSEWHERE,
        Customer.updated_at,
    )
    .join(HouseholdMember, HouseholdMember.household_id == Household.id)
    .join(Customer, Customer.id == HouseholdMember.customer_id)
    .where(
        Household.id.in_(_OWN_HOUSEHOLDS),
        Household.deleted.is_(False),
        HouseholdMember.deleted.is_(False),
        Customer.deleted.is_(False),
    )
    .order_by(Household.name, HouseholdMember.role, Customer.legal_name)
)
"""Every member of every household the customer belongs to, the customer included."""

_HOUSEHOLD_ACCOUNTS = (
    select(HouseholdMember.household_id, AccountHolder.account_id)
    .join(AccountHolder, AccountHolder.customer_id == HouseholdMember.customer_id)
    .join(Customer, Customer.id == HouseholdMember.customer_id)
    .where(
        HouseholdMember.household_id.in_(bindparam("households", expanding=True)),
        HouseholdMember.deleted.is_(False),
        AccountHolder.deleted.is_(False),
        Customer.deleted.is_(False),
    )
    .distinct()
    .subquery()
)
HOUSEHOLD_HISTORIES = (
    select(
        _HOUSEHOLD_ACCOUNTS.c.household_id,
        Account.currency,
        AccountHistory.months,
        AccountHistory.updated_at,
    )
    .join(Account, Account.id == _HOUSEHOLD_ACCOUNTS.c.account_id)
    .join(AccountHistory, AccountHistory.account_id == Account.id)
    .where(Account.deleted.is_(False), AccountHistory.deleted.is_(False))
)
"""The month series of each account any member holds, once per household."""


def _relations(own: Any, other: Any, outgoing: bool) -> Select[*tuple[Any, ...]]:
    return (
        select(
            PartyRelationship.kind,
            PartyRelationship.updated_at,
            literal(outgoing).label("outgoing"),
            Customer.customer_number,
            Customer.legal_name,
            _ELSEWHERE,
            Customer.updated_at.label("party_updated_at"),
        )
        .join(Customer, Customer.id == other)
        .where(own == CID, PartyRelationship.deleted.is_(False), Customer.deleted.is_(False))
    )


RELATIONS = union_all(
    _relations(PartyRelationship.from_customer_id, PartyRelationship.to_customer_id, True),
    _relations(PartyRelationship.to_customer_id, PartyRelationship.from_customer_id, False),
)
"""Relationships in both directions, each through its own customer-id index."""

INTERACTIONS = (
    select(
        Interaction.occurred_at,
        Interaction.kind,
        Interaction.channel,
        Interaction.subject,
        Interaction.outcome,
        Interaction.updated_at,
        User.display_name.label("staff"),
    )
    .outerjoin(User, _live_user(Interaction.user_id))
    .where(Interaction.customer_id == CID, Interaction.deleted.is_(False))
    .order_by(Interaction.occurred_at.desc())
    .limit(RECENT_INTERACTIONS)
)
OPEN_TASKS = (
    select(
        Task.due_on,
        Task.title,
        Task.updated_at,
        User.display_name.label("assigned_to"),
        Task.id.label("task_id"),
    )
    .outerjoin(User, _live_user(Task.assigned_to_id))
    .where(Task.customer_id == CID, Task.deleted.is_(False), Task.status == TaskStatus.OPEN.value)
    .order_by(Task.due_on, Task.title)
)
OPEN_REFERRALS = (
    select(
        Referral.created_at,
        Product.name.label("product"),
        Referral.stage,
        Referral.expected_value,
        Referral.updated_at,
        User.display_name.label("assigned_to"),
    )
    .join(Product, Product.id == Referral.product_id)
    .outerjoin(User, _live_user(Referral.assigned_to_id))
    .where(
        Referral.customer_id == CID,
        Referral.deleted.is_(False),
        Referral.stage.in_(OPEN_STAGES),
    )
    .order_by(Referral.created_at.desc())
)
ACTIVE_OFFERS_QUERY = (
    select(
        Product.name.label("product"),
        Offer.reason,
        Offer.score,
        Offer.status,
        Offer.expires_on,
        Offer.updated_at,
        Offer.id.label("offer_id"),
    )
    .join(Product, Product.id == Offer.product_id)
    .where(
        Offer.customer_id == CID,
        Offer.deleted.is_(False),
        Offer.status.in_(ACTIVE_OFFERS),
        Offer.expires_on >= bindparam("today"),
    )
    .order_by(Offer.score.desc(), Offer.expires_on)
)
NEXT_APPOINTMENT = (
    select(
        Appointment.starts_at,
        Appointment.ends_at,
        Appointment.purpose,
        Appointment.status,
        Appointment.channel,
        Appointment.updated_at,
        User.display_name.label("rm"),
    )
    .outerjoin(User, _live_user(Appointment.rm_id))
    .where(
        Appointment.customer_id == CID,
        Appointment.deleted.is_(False),
        Appointment.status != AppointmentStatus.CANCELLED.value,
        Appointment.starts_at >= bindparam("now"),
    )
    .order_by(Appointment.starts_at)
    .limit(1)
)
EXTERNAL = (
    select(
        ExternalRecord.source,
        ExternalRecord.kind,
        ExternalRecord.payload,
        ExternalRecord.imported_at,
        ExternalRecord.updated_at,
    )
    .where(ExternalRecord.customer_id == CID, ExternalRecord.deleted.is_(False))
    .order_by(ExternalRecord.source, ExternalRecord.kind)
)
"""The customer's external data (`import external`), through external_record (customer_id)."""
