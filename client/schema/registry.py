"""The table registry: what every replicated table is, in one place.

Each replicated model has one `TableSpec` here: whose row it is (a customer's, a branch's,
a member of staff's, or nobody's), which columns say so, whether it feeds the customer
search index, whether it is append-only, the scope group the server's rules name it by,
and its label in words. The outbox, the pull's apply step, the server's scope rules,
branch resolution, relationship closure, snapshot SQL and the conflicts inbox read these
facts from here. Adding a replicated table = its model, its entry below, a migration.

Labels are English; the interface translates them in the context "TableLabel" (the
no-op marker below lets Qt's lupdate collect them without this module importing Qt).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from client.schema.base import Base, Replicated
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    AuditEvent,
    Branch,
    CalendarBlock,
    Campaign,
    Consent,
    ContactPoint,
    Customer,
    Device,
    ExternalRecord,
    Household,
    HouseholdMember,
    Interaction,
    Offer,
    PartyRelationship,
    Product,
    Referral,
    Segment,
    SegmentFeedback,
    SegmentMembershipHistory,
    Task,
    User,
)
from client.schema.rows import UnknownTableError

LABEL_CONTEXT = "TableLabel"
"""The translation context of the labels."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; the interface translates it when shown."""
    return text


class Owner(StrEnum):
    """Whose row it is; a row belongs to its owners' branches."""

    CUSTOMER = "customer"
    """About one or more customers: their home branches."""
    BRANCH = "branch"
    """Of the branch its owner column names."""
    USER = "user"
    """Of a member of staff: the branch they work at."""
    NONE = "none"
    """Reference data: every branch's."""


class ScopeGroup(StrEnum):
    """The groups the server's read and write rules name tables by (`sync.server.scope`)."""

    REFERENCE = "reference"
    CUSTOMER_DATA = "customer data"


@dataclass(frozen=True)
class Link:
    """Rows of `table` whose `column` names this row; their owners are this row's owners
    (`held_by`). As `shares`: the row of `table` this row's `column` names."""

    table: str
    column: str


@dataclass(frozen=True)
class TableSpec:
    """The facts of one replicated table (see the module docstring)."""

    model: type[Base]
    label: str
    owner: Owner = Owner.NONE
    owner_columns: tuple[str, ...] = ()
    """Columns naming the owner(s), the first the one a row is "about"; ("id",): the row
    is the owner."""
    via: str | None = None
    """The table `owner_columns[0]` points into when the row shares that row's owners
    (an account's history belongs to whoever the account belongs to)."""
    held_by: Link | None = None
    """The link rows that name this row and its owners (an account's holders)."""
    shares: Link | None = None
    """For a link row: the row its `shares.column` names in `shares.table` (a held row:
    an account, a household), whose branches the link row belongs to besides its own
    owners' (who holds an account is known at every branch of the account: a joint holder
    of another branch shows by name, as a party row, `client.schema.permissions`)."""
    branch_column: str | None = None
    """A branch of the row's own that counts besides its owners' (an account's branch, a
    customer's home branch)."""
    also: tuple[tuple[Owner, str], ...] = ()
    """Owners of another kind besides (an appointment is also its RM's)."""
    otherwise: tuple[Owner, str] | None = None
    """The owner when every owner column is empty (feedback on a whole segment is its branch's)."""
    indexed: bool = False
    """Its rows feed the customer search index."""
    append_only: bool = False
    """Its rows are only ever inserted: never edited or deleted, never in conflict."""
    group: ScopeGroup | None = None
    """None: the rules name the table itself."""

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def owns_itself(self) -> bool:
        """The row is the owner (a customer): its branch is `branch_column`."""
        return self.owner_columns == ("id",)

    @property
    def customer_columns(self) -> tuple[str, ...]:
        """Columns naming a customer the row is about, the first the main one."""
        if self.owner is not Owner.CUSTOMER or self.via is not None:
            return ()
        return self.owner_columns


_REF, _DATA = ScopeGroup.REFERENCE, ScopeGroup.CUSTOMER_DATA
_CUSTOMER = (Owner.CUSTOMER, ("customer_id",))

_SPECS = (
    TableSpec(Branch, QT_TRANSLATE_NOOP("TableLabel", "Branch"), group=_REF),
    TableSpec(User, QT_TRANSLATE_NOOP("TableLabel", "Member of staff"), group=_REF),
    TableSpec(Device, QT_TRANSLATE_NOOP("TableLabel", "Workstation"), Owner.BRANCH, ("branch_id",)),
    TableSpec(Segment, QT_TRANSLATE_NOOP("TableLabel", "Segment"), group=_REF),
    TableSpec(Product, QT_TRANSLATE_NOOP("TableLabel", "Product"), group=_REF),
    TableSpec(Campaign, QT_TRANSLATE_NOOP("TableLabel", "Campaign"), group=_REF),
    TableSpec(
        Customer,
        QT_TRANSLATE_NOOP("TableLabel", "Customer"),
        Owner.CUSTOMER,
        ("id",),
        branch_column="home_branch_id",
        indexed=True,
        group=_DATA,
    ),
    TableSpec(
        ContactPoint,
        QT_TRANSLATE_NOOP("TableLabel", "Contact"),
        *_CUSTOMER,
        indexed=True,
        group=_DATA,
    ),
    TableSpec(Consent, QT_TRANSLATE_NOOP("TableLabel", "Consent"), *_CUSTOMER, group=_DATA),
    TableSpec(
        Interaction,
        QT_TRANSLATE_NOOP("TableLabel", "Interaction"),
        *_CUSTOMER,
        append_only=True,
        group=_DATA,
    ),
    TableSpec(Task, QT_TRANSLATE_NOOP("TableLabel", "Task"), *_CUSTOMER, group=_DATA),
    TableSpec(
        Account,
        QT_TRANSLATE_NOOP("TableLabel", "Account"),
        Owner.CUSTOMER,
        held_by=Link(AccountHolder.__tablename__, "account_id"),
        branch_column="branch_id",
        group=_DATA,
    ),
    TableSpec(
        AccountHolder,
        QT_TRANSLATE_NOOP("TableLabel", "Account holder"),
        *_CUSTOMER,
        shares=Link(Account.__tablename__, "account_id"),
        indexed=True,
        group=_DATA,
    ),
    TableSpec(
        AccountHistory,
        QT_TRANSLATE_NOOP("TableLabel", "Account history"),
        Owner.CUSTOMER,
        ("account_id",),
        via=Account.__tablename__,
        group=_DATA,
    ),
    TableSpec(
        PartyRelationship,
        QT_TRANSLATE_NOOP("TableLabel", "Relationship"),
        Owner.CUSTOMER,
        ("from_customer_id", "to_customer_id"),
        group=_DATA,
    ),
    TableSpec(
        Household,
        QT_TRANSLATE_NOOP("TableLabel", "Household"),
        Owner.CUSTOMER,
        held_by=Link(HouseholdMember.__tablename__, "household_id"),
        group=_DATA,
    ),
    TableSpec(
        HouseholdMember,
        QT_TRANSLATE_NOOP("TableLabel", "Household member"),
        *_CUSTOMER,
        shares=Link(Household.__tablename__, "household_id"),
        group=_DATA,
    ),
    TableSpec(
        SegmentFeedback,
        QT_TRANSLATE_NOOP("TableLabel", "Segment feedback"),
        *_CUSTOMER,
        otherwise=(Owner.BRANCH, "branch_id"),
        group=_DATA,
    ),
    TableSpec(
        SegmentMembershipHistory,
        QT_TRANSLATE_NOOP("TableLabel", "Segment history"),
        *_CUSTOMER,
        append_only=True,
        group=_DATA,
    ),
    TableSpec(Offer, QT_TRANSLATE_NOOP("TableLabel", "Offer"), *_CUSTOMER, group=_DATA),
    TableSpec(Referral, QT_TRANSLATE_NOOP("TableLabel", "Referral"), *_CUSTOMER, group=_DATA),
    TableSpec(
        CalendarBlock,
        QT_TRANSLATE_NOOP("TableLabel", "Calendar"),
        Owner.USER,
        ("user_id",),
    ),
    TableSpec(
        Appointment,
        QT_TRANSLATE_NOOP("TableLabel", "Appointment"),
        *_CUSTOMER,
        also=((Owner.USER, "rm_id"),),
        group=_DATA,
    ),
    TableSpec(
        ExternalRecord,
        QT_TRANSLATE_NOOP("TableLabel", "External record"),
        *_CUSTOMER,
        group=_DATA,
    ),
    TableSpec(
        AuditEvent,
        QT_TRANSLATE_NOOP("TableLabel", "Audit event"),
        *_CUSTOMER,
        otherwise=(Owner.USER, "user_id"),
        append_only=True,
    ),
)

REGISTRY: Mapping[str, TableSpec] = MappingProxyType({s.table: s for s in _SPECS})
"""Every replicated table's spec, by table name."""


def spec(table: str) -> TableSpec:
    """The spec of `table`; raises `UnknownTableError` for a table that is not replicated."""
    try:
        return REGISTRY[table]
    except KeyError:
        raise UnknownTableError(table) from None


def _tables(*, group: ScopeGroup | None = None, **facts: object) -> frozenset[str]:
    return frozenset(
        s.table
        for s in _SPECS
        if (group is None or s.group is group)
        and all(getattr(s, name) == value for name, value in facts.items())
    )


@cache
def customer_tables() -> frozenset[str]:
    """Tables whose rows are about customers (their branches are the customers')."""
    return _tables(owner=Owner.CUSTOMER)


@cache
def indexed_tables() -> frozenset[str]:
    """Tables whose rows feed the customer search index."""
    return _tables(indexed=True)


@cache
def append_only() -> frozenset[str]:
    """Tables whose rows are only ever inserted: their changes never conflict."""
    return _tables(append_only=True)


@cache
def group_tables(group: ScopeGroup) -> frozenset[str]:
    """The tables of a scope group."""
    return _tables(group=group)


def replicated_models() -> list[type[Base]]:
    """Every mapped model that carries the replicated columns."""
    classes: list[type[Base]] = [m.class_ for m in Base.registry.mappers]
    return [c for c in classes if issubclass(c, Replicated)]
