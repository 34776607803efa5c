"""The CRM schema, shared by the workstation cache (SQLite) and the central server.

Levels, from the simplest up: contact data (customers and their contact points), contact
tracking (interactions, tasks), account data (accounts, holders, products, monthly balance
history), profitability (per account and month in that history, rolled up by
`client.customer360`) and the integrated relationship (relationships, households, segments,
offers, referrals, calendars).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapped, mapped_column

from client.schema.base import Base, Replicated
from client.schema.enums import (
    FAMILY_OF_CATEGORY,
    AccountStatus,
    AppointmentStatus,
    AuditAction,
    CalendarBlockKind,
    Channel,
    ConsentPurpose,
    ContactKind,
    CustomerKind,
    FeedbackVerdict,
    HolderRole,
    HouseholdRole,
    InteractionKind,
    Lifecycle,
    OfferStatus,
    ProductCategory,
    ProductFamily,
    ProductLine,
    ReferralStage,
    RelationshipKind,
    Role,
    TaskStatus,
)
from client.schema.history import MonthFigures, MonthSeries


def enum_type(enum: type[StrEnum]) -> SAEnum:
    """A portable enum column: a checked VARCHAR holding the member's value."""
    return SAEnum(
        enum,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
        length=max(len(m.value) for m in enum),
        name=f"{enum.__name__.lower()}_enum",
    )


FILLFACTOR = 50
"""The share of each page of `customer` that PostgreSQL fills when it writes rows (see
`Customer`)."""


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Any:
    return mapped_column(ForeignKey(f"{target}.id"), nullable=nullable, index=index)


# --- organisation -----------------------------------------------------------------------


class Branch(Replicated, Base):
    __tablename__ = "branch"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(60))


class User(Replicated, Base):
    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    branch_id: Mapped[uuid.UUID] = fk("branch")
    active: Mapped[bool] = mapped_column(default=True)
    email: Mapped[str] = mapped_column(String(254), default="")


class Device(Replicated, Base):
    __tablename__ = "device"

    name: Mapped[str] = mapped_column(String(120))
    branch_id: Mapped[uuid.UUID] = fk("branch")
    revoked_at: Mapped[datetime | None]


# --- level 1: contact data -------------------------------------------------------------


class Segment(Replicated, Base):
    """A customer segment set by head office (e.g. mass, affluent, private, SME)."""

    __tablename__ = "segment"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")


class Customer(Replicated, Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_home_branch", "home_branch_id", "id"),
        {"postgresql_with": {"fillfactor": FILLFACTOR}},
    )
    """A branch's customers are read from the index alone (the evaluation of one branch, a
    branch's offers and segments), not from a page of customer rows each. On PostgreSQL
    half of each page is kept free, so that a change of columns no index holds (a segment,
    a version, a name) writes the new row beside the old one and no index entry (a
    "HOT" update): a rule evaluation that moves a million customers writes 1/20th of the
    WAL it would write otherwise. Hence also no index on `segment_id`."""

    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_type(CustomerKind))
    legal_name: Mapped[str] = mapped_column(String(200))
    name_latin: Mapped[str] = mapped_column(String(200), default="")
    national_id: Mapped[str | None] = mapped_column(String(40), index=True)
    """National ID for an individual, company registration number for a business."""
    birth_date: Mapped[date | None]
    """Date of birth, or of incorporation for a business."""
    home_branch_id: Mapped[uuid.UUID] = fk("branch", index=False)
    owning_rm_id: Mapped[uuid.UUID | None] = fk("user_account", nullable=True)
    segment_id: Mapped[uuid.UUID | None] = fk("segment", nullable=True, index=False)
    lifecycle: Mapped[Lifecycle] = mapped_column(enum_type(Lifecycle), default=Lifecycle.ACTIVE)
    kyc_review_date: Mapped[date | None]
    preferred_language: Mapped[str] = mapped_column(String(10), default="zh-CN")


class ContactPoint(Replicated, Base):
    __tablename__ = "contact_point"

    customer_id: Mapped[uuid.UUID] = fk("customer")
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    label: Mapped[str] = mapped_column(String(20), default="")
    """home, work, mobile, registered office…"""
    value: Mapped[str] = mapped_column(String(300))
    is_primary: Mapped[bool] = mapped_column(default=False)


class Consent(Replicated, Base):
    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("customer_id", "purpose"),)

    customer_id: Mapped[uuid.UUID] = fk("customer")
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    granted: Mapped[bool]
    recorded_at: Mapped[datetime]
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))


# --- level 2: contact tracking ---------------------------------------------------------


class Interaction(Replicated, Base):
    """Something that happened with a customer. Append-only: never edited, never in conflict."""

    __tablename__ = "interaction"
    __table_args__ = (
        Index("ix_interaction_customer_time", "customer_id", "occurred_at"),
        Index(
            "ix_interaction_branch_time", "branch_id", "occurred_at", "kind", "channel", "deleted"
        ),
    )
    """The second index covers a branch's interactions by time, kind and channel (the
    evaluation of one branch counts them without reading the rows)."""

    customer_id: Mapped[uuid.UUID] = fk("customer", index=False)
    kind: Mapped[InteractionKind] = mapped_column(enum_type(InteractionKind))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    occurred_at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None] = fk("user_account", nullable=True, index=False)
    branch_id: Mapped[uuid.UUID | None] = fk("branch", nullable=True, index=False)
    subject: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(200), default="")
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True, index=True)
    """Its id in the system it came from (a call centre's, a channel's), unique where set:
    an import or a feed that sends it again is recognised by it (None: recorded here)."""


class Task(Replicated, Base):
    """A follow-up to do for a customer, possibly arising from an interaction."""

    __tablename__ = "task"

    customer_id: Mapped[uuid.UUID] = fk("customer")
    interaction_id: Mapped[uuid.UUID | None] = fk("interaction", nullable=True, index=False)
    assigned_to_id: Mapped[uuid.UUID | None] = fk("user_account", nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date]
    status: Mapped[TaskStatus] = mapped_column(enum_type(TaskStatus), default=TaskStatus.OPEN)
    completed_at: Mapped[datetime | None]


# --- level 3: account data -------------------------------------------------------------


def _family_of_category(context: Any) -> str:
    """A new product's family when none is given: its category's."""
    category = context.get_current_parameters()["category"]
    return FAMILY_OF_CATEGORY[ProductCategory(category)].value


class Product(Replicated, Base):
    __tablename__ = "product"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[ProductCategory] = mapped_column(enum_type(ProductCategory))
    is_liability: Mapped[bool] = mapped_column(default=False)
    """True for lending products (the bank's asset, the customer's liability)."""
    family: Mapped[ProductFamily] = mapped_column(
        enum_type(ProductFamily), default=_family_of_category
    )
    """Deposit, loan, card, ... (default: the family of `category`)."""
    line: Mapped[ProductLine] = mapped_column(enum_type(ProductLine), default=ProductLine.RETAIL)


class Account(Replicated, Base):
    __tablename__ = "account"
    __table_args__ = (
        Index("ix_account_branch_opened", "branch_id", "opened_on", "product_id", "id", "deleted"),
    )
    """A branch's accounts, with what the evaluation counts of them (opened when, which
    product, live), read from the index alone."""

    account_number: Mapped[str] = mapped_column(String(34), unique=True)
    product_id: Mapped[uuid.UUID] = fk("product", index=False)
    branch_id: Mapped[uuid.UUID] = fk("branch", index=False)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[AccountStatus] = mapped_column(enum_type(AccountStatus))
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    balance: Mapped[Decimal]
    balance_as_of: Mapped[datetime]


class AccountHolder(Replicated, Base):
    """A customer's holding of an account: joint accounts have several holders."""

    __tablename__ = "account_holder"
    __table_args__ = (
        UniqueConstraint("customer_id", "account_id"),
        Index("ix_account_holder_customer_live", "customer_id", "account_id", "deleted"),
    )
    """The second index covers "the accounts a customer holds, not deleted" (the RM's book
    sums a customer's balances without reading the holder rows)."""

    account_id: Mapped[uuid.UUID] = fk("account")
    customer_id: Mapped[uuid.UUID] = fk("customer", index=False)
    role: Mapped[HolderRole] = mapped_column(enum_type(HolderRole))


class AccountHistory(Replicated, Base):
    """An account's monthly balances and profitability lines, one row per account.

    The months are packed in one column (`client.schema.history`): a 1,000,000-customer
    cache holds tens of millions of account-months, and one row per account keeps both the
    initial load and the customer 360 read to one B-tree entry per account.
    """

    __tablename__ = "account_history"

    account_id: Mapped[uuid.UUID] = fk("account", index=False)
    months: Mapped[tuple[MonthFigures, ...]] = mapped_column(MonthSeries())
    __table_args__ = (UniqueConstraint("account_id"),)


# --- level 5: the integrated relationship ----------------------------------------------


class PartyRelationship(Replicated, Base):
    """A directed relationship: `from_customer` is `kind` of `to_customer`."""

    __tablename__ = "party_relationship"

    from_customer_id: Mapped[uuid.UUID] = fk("customer")
    to_customer_id: Mapped[uuid.UUID] = fk("customer")
    kind: Mapped[RelationshipKind] = mapped_column(enum_type(RelationshipKind))
    note: Mapped[str] = mapped_column(String(200), default="")


class Household(Replicated, Base):
    __tablename__ = "household"

    name: Mapped[str] = mapped_column(String(200))


class HouseholdMember(Replicated, Base):
    __tablename__ = "household_member"
    __table_args__ = (UniqueConstraint("customer_id", "household_id"),)

    household_id: Mapped[uuid.UUID] = fk("household")
    customer_id: Mapped[uuid.UUID] = fk("customer", index=False)
    role: Mapped[HouseholdRole] = mapped_column(enum_type(HouseholdRole))


class SegmentFeedback(Replicated, Base):
    """A branch's word on a head-office segment, for one customer or the segment as a whole."""

    __tablename__ = "segment_feedback"

    segment_id: Mapped[uuid.UUID] = fk("segment")
    customer_id: Mapped[uuid.UUID | None] = fk("customer", nullable=True)
    branch_id: Mapped[uuid.UUID] = fk("branch", index=False)
    user_id: Mapped[uuid.UUID] = fk("user_account", index=False)
    verdict: Mapped[FeedbackVerdict] = mapped_column(enum_type(FeedbackVerdict))
    suggested_segment_id: Mapped[uuid.UUID | None] = fk("segment", nullable=True, index=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    """Head office's answer (`sync.server.feedback`): open, accepted, rejected, or lifted (an
    accepted move that head office has ended)."""
    reply: Mapped[str] = mapped_column(Text, default="", server_default="")
    answered_at: Mapped[datetime | None]


class SegmentMembershipHistory(Replicated, Base):
    """A customer's move from one segment to another (either may be none). Append-only.

    Written by the server only: by the rule evaluation (`sync.server.segments`) and when head
    office sets a customer's segment there; `source` says which: "rule", "list" (a member
    list), "unmatched" (left a rule segment, matching no rule) or "head_office".

    No foreign keys, as in the audit trail: the writer takes its ids from the customer and
    segment rows of the same transaction, and a whole-bank evaluation's million checks of
    them would cost more than all its other writes to this table."""

    __tablename__ = "segment_membership_history"
    __table_args__ = (
        Index("ix_segment_membership_history_customer_time", "customer_id", "changed_at"),
    )

    customer_id: Mapped[uuid.UUID]
    segment_id: Mapped[uuid.UUID | None]
    previous_segment_id: Mapped[uuid.UUID | None]
    changed_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(20))


class Campaign(Replicated, Base):
    __tablename__ = "campaign"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    product_id: Mapped[uuid.UUID] = fk("product", index=False)
    segment_id: Mapped[uuid.UUID | None] = fk("segment", nullable=True, index=False)
    starts_on: Mapped[date]
    ends_on: Mapped[date]


class Offer(Replicated, Base):
    """A suggested next product for a customer.

    Computed by the server (`sync.server.campaigns`); a push records only its status
    (`client.schema.permissions.IMPORT_ONLY`). No foreign keys, as in the segment history:
    the campaign evaluation takes the ids from rows of its own transaction, and its checks
    of a million new offers would take longer than writing them."""

    __tablename__ = "offer"

    customer_id: Mapped[uuid.UUID] = mapped_column(index=True)
    product_id: Mapped[uuid.UUID]
    campaign_id: Mapped[uuid.UUID | None]
    reason: Mapped[str] = mapped_column(String(300))
    score: Mapped[int] = mapped_column(Integer)
    """Propensity 0-100."""
    status: Mapped[OfferStatus] = mapped_column(enum_type(OfferStatus))
    expires_on: Mapped[date]


class Referral(Replicated, Base):
    """A sales lead passed on (usually teller to RM) and its pipeline stage."""

    __tablename__ = "referral"

    customer_id: Mapped[uuid.UUID] = fk("customer")
    product_id: Mapped[uuid.UUID] = fk("product", index=False)
    referred_by_id: Mapped[uuid.UUID] = fk("user_account", index=False)
    assigned_to_id: Mapped[uuid.UUID] = fk("user_account")
    stage: Mapped[ReferralStage] = mapped_column(enum_type(ReferralStage))
    expected_value: Mapped[Decimal]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class CalendarBlock(Replicated, Base):
    """A stretch of an RM's calendar: when they take appointments, or are away."""

    __tablename__ = "calendar_block"
    __table_args__ = (Index("ix_calendar_block_user_start", "user_id", "starts_at"),)

    user_id: Mapped[uuid.UUID] = fk("user_account", index=False)
    kind: Mapped[CalendarBlockKind] = mapped_column(enum_type(CalendarBlockKind))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    """How long one bookable slot of an available block is."""


class Appointment(Replicated, Base):
    __tablename__ = "appointment"
    __table_args__ = (Index("ix_appointment_rm_start", "rm_id", "starts_at"),)

    rm_id: Mapped[uuid.UUID] = fk("user_account", index=False)
    customer_id: Mapped[uuid.UUID] = fk("customer")
    booked_by_id: Mapped[uuid.UUID] = fk("user_account", index=False)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    purpose: Mapped[str] = mapped_column(String(200))
    status: Mapped[AppointmentStatus] = mapped_column(enum_type(AppointmentStatus))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))


class ExternalRecord(Replicated, Base):
    """Data imported from outside the CRM (core banking, credit bureau) about a customer."""

    __tablename__ = "external_record"

    customer_id: Mapped[uuid.UUID] = fk("customer")
    source: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(60))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime]


class AuditEvent(Replicated, Base):
    """Who viewed or changed what, from which workstation. Append-only.

    Each workstation chains its events (`client.audit`): `device_seq` counts them from 1,
    `prev_hash` is the `event_hash` of the one before (empty for the first) and `event_hash`
    the SHA-256 of the event's fields and `prev_hash`; the server verifies the chain on
    arrival (`sync.server.audit`). No foreign keys: an event is written before the cache
    holds its user or workstation (the first sign-in) and outlives the rows it names.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_device_seq", "device_id", "device_seq", unique=True),
        Index(
            "ix_audit_event_user_time", "user_id", "occurred_at", "action", "customer_id", "deleted"
        ),
    )
    """The second index holds what a user did when (the auditor's trail of one member of
    staff, the evaluation's use of a branch's staff), read without the events' rows."""

    occurred_at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None]
    device_id: Mapped[uuid.UUID | None]
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    customer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    detail: Mapped[str] = mapped_column(String(300), default="")
    change: Mapped[str] = mapped_column(Text, default="")
    """A change's fields with their old and new values (JSON), empty for other events."""
    device_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    event_hash: Mapped[str] = mapped_column(String(64), default="")
