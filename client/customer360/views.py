"""The customer 360 as frozen values: what the counter screen and `guitai show` render.

Identifying numbers (national ID, account and phone numbers) are held whole; they are
masked at render time (`client.customer360.masked`) unless the user may see them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class ContactView:
    kind: str
    """phone, email or address."""
    label: str
    value: str
    is_primary: bool


@dataclass(frozen=True)
class ConsentView:
    purpose: str
    granted: bool
    recorded_at: datetime
    channel: str


@dataclass(frozen=True)
class ProfitSummary:
    """Revenue, cost and net of one currency's accounts over the 12-month window."""

    currency: str
    revenue: Decimal
    cost: Decimal
    net: Decimal


@dataclass(frozen=True)
class MonthProfit:
    """One month of one currency's accounts: a point of the 12-month chart."""

    period: int
    """YYYYMM."""
    currency: str
    revenue: Decimal
    cost: Decimal
    net: Decimal


@dataclass(frozen=True)
class ProfitLines:
    """One currency's 12 months line by line: the revenue lines, the cost lines, then net."""

    currency: str
    interest_income: Decimal
    fee_income: Decimal
    funding_cost: Decimal
    operating_cost: Decimal
    risk_cost: Decimal
    net: Decimal


@dataclass(frozen=True)
class BalanceMonth:
    """The month-end balance of the customer's home-currency accounts: a point of the
    24-month balance chart."""

    period: int
    """YYYYMM."""
    balance: Decimal


@dataclass(frozen=True)
class Profitability:
    """The customer's last 12 months: totals per currency and the month series."""

    periods: tuple[int, ...]
    """The window: the 12 most recent periods (YYYYMM) in the data, up to this month."""
    totals: tuple[ProfitSummary, ...]
    """One per currency, CNY first."""
    months: tuple[MonthProfit, ...]
    """Every period of the window for every currency (zero where no figures), by currency."""
    lines: tuple[ProfitLines, ...] = ()
    """The totals line by line (interest, fees, funding, operating and risk cost), per
    currency, CNY first."""
    balances: tuple[BalanceMonth, ...] = ()
    """The 24 most recent month-end balances (up to this month) of the customer's CNY
    accounts, summed per month (other currencies are not added: the cache holds no rates)."""


@dataclass(frozen=True)
class Party:
    """Another customer as named in a list: a joint holder or a household member."""

    customer_number: str
    name: str
    role: str
    elsewhere: bool = False
    """A customer of another branch than the viewed one's, shown "王芳 (another branch)";
    outside the reader's scope the cache holds such a party's name only (a party row,
    `client.schema.permissions.PARTY_FIELDS`)."""


@dataclass(frozen=True)
class AccountView:
    account_id: uuid.UUID
    account_number: str
    product: str
    category: str
    currency: str
    status: str
    balance: Decimal
    balance_as_of: datetime
    opened_on: date
    role: str
    """This customer's holding: primary, joint or authorised."""
    other_holders: tuple[Party, ...]
    profit_12m: ProfitSummary


@dataclass(frozen=True)
class HouseholdView:
    household_id: uuid.UUID
    name: str
    role: str
    """This customer's role in the household."""
    members: tuple[Party, ...]
    """The other members."""
    profit_12m: tuple[ProfitSummary, ...]
    """All members' accounts (each account once), same window as the customer's, per currency."""


@dataclass(frozen=True)
class RelatedParty:
    customer_number: str
    name: str
    kind: str
    """The stored relationship kind, e.g. director_of."""
    label: str
    """How this customer relates to the party, e.g. "director of" or "has director"."""
    elsewhere: bool = False
    """A customer of another branch (`Party.elsewhere`)."""


@dataclass(frozen=True)
class InteractionView:
    occurred_at: datetime
    kind: str
    channel: str
    subject: str
    outcome: str
    staff: str | None


@dataclass(frozen=True)
class TaskView:
    due_on: date
    title: str
    assigned_to: str | None
    task_id: uuid.UUID | None = None
    """The task's row (closing and reassigning it from the 360)."""


@dataclass(frozen=True)
class ReferralView:
    created_at: datetime
    product: str
    stage: str
    expected_value: Decimal
    assigned_to: str | None


@dataclass(frozen=True)
class FeedbackView:
    """The branch's word on the customer's segment, and head office's answer (status open,
    accepted, rejected, or lifted: an accepted move head office has ended)."""

    segment: str
    verdict: str
    suggested: str | None
    comment: str
    created_at: datetime
    status: str
    reply: str
    answered_at: datetime | None


@dataclass(frozen=True)
class OfferView:
    product: str
    reason: str
    score: int
    status: str
    expires_on: date
    offer_id: uuid.UUID | None = None
    """The offer's row (recording the customer's response from the 360)."""


@dataclass(frozen=True)
class AppointmentView:
    starts_at: datetime
    ends_at: datetime
    purpose: str
    status: str
    channel: str
    rm: str | None


@dataclass(frozen=True)
class ExternalView:
    """A fact about the customer from outside the CRM (`import external`): a credit score
    from a bureau, an income band from a demographic source."""

    source: str
    attribute: str
    value: str
    as_of: date | None
    """The date the source says the value held (None when the record names none)."""
    imported_at: datetime


@dataclass(frozen=True)
class Customer360:
    """The whole relationship of one customer, as the local cache knew it at `data_as_of`."""

    customer_id: uuid.UUID
    customer_number: str
    kind: str
    name: str
    name_latin: str
    national_id: str | None
    birth_date: date | None
    lifecycle: str
    kyc_review_date: date | None
    preferred_language: str
    branch_code: str
    branch_name: str
    owning_rm: str | None
    segment: str | None
    contacts: tuple[ContactView, ...]
    consents: tuple[ConsentView, ...]
    accounts: tuple[AccountView, ...]
    profit: Profitability
    households: tuple[HouseholdView, ...]
    related: tuple[RelatedParty, ...]
    interactions: tuple[InteractionView, ...]
    """The latest 20, newest first."""
    open_tasks: tuple[TaskView, ...]
    open_referrals: tuple[ReferralView, ...]
    active_offers: tuple[OfferView, ...]
    next_appointment: AppointmentView | None
    data_as_of: datetime
    """The latest change among the rows this view was built from."""
    external: tuple[ExternalView, ...] = ()
    """External data by source and attribute, each attribute's newest date first."""
    segment_feedback: tuple[FeedbackView, ...] = ()
    """The branch's latest segment feedback on the customer and head office's answers."""
    home_branch_id: uuid.UUID | None = None
    """The customer's home branch: whether a role whose writes reach its own branch only
    may record anything about them (`client.counter.offered_on`)."""
