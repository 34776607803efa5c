"""What is behind a figure of the evaluation: its customers, or its staff, for one branch
and quarter (`POST /v1/evaluation/drill`, `sync.server.evaluation_api`).

Each drill-down counts the same rows as the figure's query in
`sync.server.evaluation.sources` (the same table, branch and time), grouped by customer
(or by member of staff) instead of by branch: the customers of a customer figure are
exactly those it counted, each with how many of the counted things are theirs (a
customer's interactions, the accounts they hold). A figure made of amounts or of
workstations (balances, net profit, the IT part) has no drill-down (`DRILLS` leaves it
out). At most `MAX_ROWS` lines come back, those with the most first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Select, distinct, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from client.schema.enums import (
    AppointmentStatus,
    AuditAction,
    Lifecycle,
    OfferStatus,
    ReferralStage,
)
from client.schema.models import (
    Account,
    AccountHolder,
    Appointment,
    AuditEvent,
    Customer,
    Interaction,
    Offer,
    Referral,
    SegmentFeedback,
    SegmentMembershipHistory,
    User,
)
from sync.server.evaluation.quarters import Period
from sync.server.rules.tables import segment_rule
from sync.server.tables import change_log

MAX_ROWS: Final = 500

Query = Callable[[uuid.UUID, Period], Select[Any, Any]]
"""(branch id, quarter) -> rows of (customer or user id, count)."""


@dataclass(frozen=True)
class Drill:
    kind: str
    """"customers" or "staff"."""
    query: Query


def _in(column: Any, quarter: Period) -> Any:
    return (column >= quarter.start_at) & (column < quarter.end_at)


def _new_customers(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    return _logged_customers(branch_id, quarter).where(change_log.c.op == "insert")


def _prospects_converted(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    return _logged_customers(branch_id, quarter).where(
        change_log.c.op == "update",
        change_log.c.before["lifecycle"].as_string() == Lifecycle.PROSPECT.value,
        Customer.lifecycle == Lifecycle.ACTIVE,
    )


def _logged_customers(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    return (
        select(Customer.id, literal(1))
        .select_from(change_log)
        .join(Customer, Customer.id == change_log.c.row_id)
        .where(
            change_log.c.table_name == Customer.__tablename__,
            _in(change_log.c.committed_at, quarter),
            Customer.home_branch_id == branch_id,
            Customer.deleted.is_(False),
        )
        .distinct()
    )


def _new_accounts(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    return (
        select(AccountHolder.customer_id, func.count(distinct(Account.id)))
        .join(Account, Account.id == AccountHolder.account_id)
        .where(
            Account.opened_on >= quarter.start,
            Account.opened_on < quarter.end,
            Account.branch_id == branch_id,
            Account.deleted.is_(False),
            AccountHolder.deleted.is_(False),
        )
        .group_by(AccountHolder.customer_id)
    )


def _interactions(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    home = select(Customer.home_branch_id).where(Customer.id == Interaction.customer_id)
    by_branch = or_(
        Interaction.branch_id == branch_id,
        Interaction.branch_id.is_(None) & (home.scalar_subquery() == branch_id),
    )
    return (
        select(Interaction.customer_id, func.count())
        .where(by_branch, _in(Interaction.occurred_at, quarter), Interaction.deleted.is_(False))
        .group_by(Interaction.customer_id)
    )


def _referrals(closed: tuple[ReferralStage, ...] | None) -> Query:
    def query(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
        when = Referral.created_at if closed is None else Referral.closed_at
        stmt = (
            select(Referral.customer_id, func.count())
            .join(User, User.id == Referral.referred_by_id)
            .where(User.branch_id == branch_id, _in(when, quarter), Referral.deleted.is_(False))
            .group_by(Referral.customer_id)
        )
        return stmt if closed is None else stmt.where(Referral.stage.in_(closed))

    return query


def _appointments(held: bool) -> Query:
    def query(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
        stmt = (
            select(Appointment.customer_id, func.count())
            .join(User, User.id == Appointment.rm_id)
            .where(
                User.branch_id == branch_id,
                _in(Appointment.starts_at, quarter),
                Appointment.deleted.is_(False),
            )
            .group_by(Appointment.customer_id)
        )
        return stmt.where(Appointment.status == AppointmentStatus.DONE) if held else stmt

    return query


def _offers(accepted: bool) -> Query:
    def query(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
        shown = Offer.status.not_in((OfferStatus.SUGGESTED, OfferStatus.EXPIRED))  # later too
        wanted = Offer.status == OfferStatus.ACCEPTED if accepted else shown
        return (
            select(Offer.customer_id, func.count(distinct(Offer.id)))
            .select_from(change_log)
            .join(Offer, Offer.id == change_log.c.row_id)
            .join(Customer, Customer.id == Offer.customer_id)
            .where(
                change_log.c.table_name == Offer.__tablename__,
                _in(change_log.c.committed_at, quarter),
                change_log.c.before["status"].as_string() == OfferStatus.SUGGESTED.value,
                wanted,
                Customer.home_branch_id == branch_id,
                Offer.deleted.is_(False),
            )
            .group_by(Offer.customer_id)
        )

    return query


def _moved_up(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    history = SegmentMembershipHistory
    new_rule, old_rule = aliased(segment_rule), aliased(segment_rule)
    up = history.segment_id.is_not(None) & or_(
        history.previous_segment_id.is_(None),
        new_rule.c.priority.is_not(None)
        & or_(old_rule.c.priority.is_(None), new_rule.c.priority < old_rule.c.priority),
    )
    return (
        select(history.customer_id, func.count())
        .join(Customer, Customer.id == history.customer_id)
        .outerjoin(new_rule, new_rule.c.segment_id == history.segment_id)
        .outerjoin(old_rule, old_rule.c.segment_id == history.previous_segment_id)
        .where(
            _in(history.changed_at, quarter),
            up,
            Customer.home_branch_id == branch_id,
            history.deleted.is_(False),
        )
        .group_by(history.customer_id)
    )


def _audited(action: AuditAction | None, distinct_customers: bool = False) -> Query:
    def query(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
        counted = (
            func.count(distinct(AuditEvent.customer_id)) if distinct_customers else func.count()
        )
        stmt = (
            select(AuditEvent.user_id, counted)
            .join(User, User.id == AuditEvent.user_id)
            .where(
                User.branch_id == branch_id,
                _in(AuditEvent.occurred_at, quarter),
                AuditEvent.deleted.is_(False),
            )
            .group_by(AuditEvent.user_id)
        )
        if action is not None:
            stmt = stmt.where(AuditEvent.action == action)
        if distinct_customers:
            stmt = stmt.where(AuditEvent.customer_id.is_not(None))
        return stmt

    return query


def _feedback(branch_id: uuid.UUID, quarter: Period) -> Select[Any, Any]:
    return (
        select(SegmentFeedback.user_id, func.count())
        .where(
            SegmentFeedback.branch_id == branch_id,
            _in(SegmentFeedback.created_at, quarter),
            SegmentFeedback.deleted.is_(False),
        )
        .group_by(SegmentFeedback.user_id)
    )


_WON, _CLOSED = (ReferralStage.WON,), (ReferralStage.WON, ReferralStage.LOST)
CUSTOMERS, STAFF = "customers", "staff"

DRILLS: Final[dict[str, Drill]] = {
    "interactions": Drill(CUSTOMERS, _interactions),
    "referrals_made": Drill(CUSTOMERS, _referrals(None)),
    "appointments_booked": Drill(CUSTOMERS, _appointments(held=False)),
    "appointments_held": Drill(CUSTOMERS, _appointments(held=True)),
    "offers_presented": Drill(CUSTOMERS, _offers(accepted=False)),
    "segment_feedback_given": Drill(STAFF, _feedback),
    "staff_signed_in": Drill(STAFF, _audited(AuditAction.LOGIN)),
    "active_staff_share": Drill(STAFF, _audited(None)),
    "customers_viewed_per_active_staff": Drill(
        STAFF, _audited(AuditAction.VIEW, distinct_customers=True)
    ),
    "new_customers": Drill(CUSTOMERS, _new_customers),
    "prospects_converted": Drill(CUSTOMERS, _prospects_converted),
    "new_accounts": Drill(CUSTOMERS, _new_accounts),
    "referrals_won": Drill(CUSTOMERS, _referrals(_WON)),
    "referrals_won_value": Drill(CUSTOMERS, _referrals(_WON)),
    "referral_conversion": Drill(CUSTOMERS, _referrals(_CLOSED)),
    "offer_acceptance_rate": Drill(CUSTOMERS, _offers(accepted=True)),
    "customers_moved_up_segment": Drill(CUSTOMERS, _moved_up),
}
"""The figures with a drill-down and what it lists; the others have none."""


def drill_kind(figure: str) -> str:
    """ "customers", "staff" or "none" for the figure called `figure`."""
    found = DRILLS.get(figure)
    return "none" if found is None else found.kind


@dataclass(frozen=True)
class CustomerLine:
    customer_number: str
    legal_name: str
    name_latin: str
    count: int
    removed: bool = False
    """Deleted since (a tombstone): still behind the figure, no longer to be opened."""


@dataclass(frozen=True)
class StaffLine:
    username: str
    display_name: str
    count: int


@dataclass(frozen=True)
class Behind:
    """What a drill-down found: the lines (most first), how many there were within reach,
    and how many customers were left out as beyond it."""

    kind: str
    customers: tuple[CustomerLine, ...] = ()
    staff: tuple[StaffLine, ...] = ()
    total: int = 0
    outside_scope: int = 0

    @property
    def truncated(self) -> bool:
        return self.total > len(self.customers) + len(self.staff)


def behind(
    session: Session,
    figure: str,
    branch_id: uuid.UUID,
    quarter: Period,
    *,
    home_branch: uuid.UUID | None,
    limit: int = MAX_ROWS,
) -> Behind:
    """The customers (or staff) behind `figure` of the branch in `quarter`; customers whose
    home branch is not `home_branch` (when given: the role reads its own branch's only) are
    counted in `outside_scope` and not named."""
    found = DRILLS.get(figure)
    if found is None:
        return Behind("none")
    counted = found.query(branch_id, quarter).subquery("behind")
    who, count = list(counted.c)[:2]
    if found.kind == STAFF:
        rows = session.execute(
            select(User.username, User.display_name, count)
            .join(counted, who == User.id)
            .order_by(count.desc(), User.username)
            .limit(limit)
        ).all()
        total = session.execute(
            select(func.count()).select_from(counted).join(User, who == User.id)
        ).scalar_one()
        lines = tuple(StaffLine(u, d, int(n)) for u, d, n in rows)
        return Behind(STAFF, staff=lines, total=int(total))
    within = literal(True) if home_branch is None else Customer.home_branch_id == home_branch
    rows = session.execute(
        select(
            Customer.customer_number,
            Customer.legal_name,
            Customer.name_latin,
            count,
            Customer.deleted,
        )
        .join(counted, who == Customer.id)
        .where(within)
        .order_by(count.desc(), Customer.customer_number)
        .limit(limit)
    ).all()
    inside, everyone = session.execute(
        select(func.count().filter(within), func.count())
        .select_from(counted)
        .join(Customer, who == Customer.id)
    ).one()
    named = tuple(
        CustomerLine(n, name, latin or "", int(c), bool(gone)) for n, name, latin, c, gone in rows
    )
    return Behind(
        CUSTOMERS,
        customers=named,
        total=int(inside or 0),
        outside_scope=int(everyone or 0) - int(inside or 0),
    )
