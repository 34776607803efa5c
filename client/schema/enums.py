"""The closed vocabularies of the CRM schema, stored by value."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TELLER = "teller"
    RELATIONSHIP_MANAGER = "relationship_manager"
    CALL_CENTRE_AGENT = "call_centre_agent"
    BRANCH_MANAGER = "branch_manager"
    HEAD_OFFICE = "head_office"
    AUDITOR = "auditor"


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    BUSINESS = "business"


class Lifecycle(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"


class ConsentPurpose(StrEnum):
    MARKETING_SMS = "marketing_sms"
    MARKETING_EMAIL = "marketing_email"
    MARKETING_CALL = "marketing_call"
    DATA_SHARING = "data_sharing"
    CREDIT_CHECK = "credit_check"


class RelationshipKind(StrEnum):
    """How `from_customer` relates to `to_customer` (read: from IS kind OF to)."""

    HOUSEHOLD = "household"
    SPOUSE = "spouse"
    PARENT_OF = "parent_of"
    DIRECTOR_OF = "director_of"
    GUARANTOR_FOR = "guarantor_for"
    EMPLOYEE_OF = "employee_of"
    BENEFICIAL_OWNER_OF = "beneficial_owner_of"


class HouseholdRole(StrEnum):
    HEAD = "head"
    MEMBER = "member"


class ProductCategory(StrEnum):
    CURRENT = "current"
    SAVINGS = "savings"
    TIME_DEPOSIT = "time_deposit"
    CARD = "card"
    MORTGAGE = "mortgage"
    LOAN = "loan"
    WEALTH = "wealth"
    INSURANCE = "insurance"


class ProductFamily(StrEnum):
    """What a product is, as the bank's product catalogue groups it."""

    DEPOSIT = "deposit"
    LOAN = "loan"
    CARD = "card"
    WEALTH = "wealth"
    INSURANCE = "insurance"
    PAYMENT = "payment"


class ProductLine(StrEnum):
    """Whom a product is sold to: people (retail) or businesses (commercial)."""

    RETAIL = "retail"
    COMMERCIAL = "commercial"


FAMILY_OF_CATEGORY: dict[ProductCategory, ProductFamily] = {
    ProductCategory.CURRENT: ProductFamily.DEPOSIT,
    ProductCategory.SAVINGS: ProductFamily.DEPOSIT,
    ProductCategory.TIME_DEPOSIT: ProductFamily.DEPOSIT,
    ProductCategory.CARD: ProductFamily.CARD,
    ProductCategory.MORTGAGE: ProductFamily.LOAN,
    ProductCategory.LOAN: ProductFamily.LOAN,
    ProductCategory.WEALTH: ProductFamily.WEALTH,
    ProductCategory.INSURANCE: ProductFamily.INSURANCE,
}
"""The family each (older, finer) category belongs to."""

CATEGORY_OF_FAMILY: dict[ProductFamily, ProductCategory] = {
    ProductFamily.DEPOSIT: ProductCategory.SAVINGS,
    ProductFamily.LOAN: ProductCategory.LOAN,
    ProductFamily.CARD: ProductCategory.CARD,
    ProductFamily.WEALTH: ProductCategory.WEALTH,
    ProductFamily.INSURANCE: ProductCategory.INSURANCE,
    ProductFamily.PAYMENT: ProductCategory.CURRENT,
}
"""The category a product of a family gets when nothing finer is known (a payment
product is transactional, like a current account)."""


class AccountStatus(StrEnum):
    OPEN = "open"
    DORMANT = "dormant"
    BLOCKED = "blocked"
    CLOSED = "closed"


class HolderRole(StrEnum):
    PRIMARY = "primary"
    JOINT = "joint"
    AUTHORISED = "authorised"


class InteractionKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    COMPLAINT = "complaint"
    SERVICE_REQUEST = "service_request"


class Channel(StrEnum):
    COUNTER = "counter"
    CALL_CENTRE = "call_centre"
    INTERNET = "internet"
    MOBILE = "mobile"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FeedbackVerdict(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    SUGGEST_OTHER = "suggest_other"
    WATCH = "watch"
    """Right for now, but head office should keep an eye on it (the reason says why)."""


class OfferStatus(StrEnum):
    SUGGESTED = "suggested"
    PRESENTED = "presented"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    LATER = "later"
    """Presented, and the customer will think about it: shown again, counted as presented."""


class ReferralStage(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    MEETING = "meeting"
    PROPOSAL = "proposal"
    WON = "won"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        return self not in (ReferralStage.WON, ReferralStage.LOST)


class CalendarBlockKind(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    LEAVE = "leave"


class AppointmentStatus(StrEnum):
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DONE = "done"


class AuditAction(StrEnum):
    """What an audit event records (values stored and hashed: never change one)."""

    VIEW = "view"
    """A customer's 360 was opened."""
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNMASK = "unmask"
    """ID, account or phone numbers were shown whole (`detail`: the reason given)."""
    EXPORT = "export"
    PRINT = "print"
    LOGIN = "login"
    """Signed in, online or offline (`detail` says which)."""
    LOGIN_FAILED = "login_failed"
    LOCK = "lock"
    UNLOCK = "unlock"
    RESOLVE_CONFLICT = "resolve_conflict"
