"""The grouped queries behind the figures: each counts its parts per branch and period.

Every query runs inside the database (GROUP BY branch and period); what comes back is one
small row per branch, period and group (kind, week, device, ...), never a row per
interaction or customer. A period's bounds are compared with UTC timestamps
(`sync.server.evaluation.quarters`). The parts land in a `Tally`: per (branch id, period
index) a `Counter` of named parts, which the figures of `sync.server.evaluation.figures`
turn into values. Parts add up across branches, so the bank's figures are the same
functions over the summed counters.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
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
    Appointment,
    AuditEvent,
    Branch,
    Customer,
    Device,
    Interaction,
    Offer,
    Product,
    Referral,
    SegmentFeedback,
    SegmentMembershipHistory,
    User,
)
from sync.server.evaluation.quarters import Period
from sync.server.rules.tables import segment_rule
from sync.server.tables import (
    applied_entry,
    audit_chain,
    change_log,
    device_contact,
    evaluation_account_quarter,
    session_token,
)

Key = tuple[uuid.UUID, int]
Tally = defaultdict[Key, Counter[str]]

WORK_MEM = "64MB"
"""PostgreSQL's memory per sort or hash while the figures are counted (its default, 4MB,
makes the joins of a million-customer bank spill to disk)."""

RANDOM_PAGE_COST = 1.1
"""The planner's cost of reading a page out of order while chosen branches' figures are
counted: the bank's tables are read from memory or SSD, and PostgreSQL's default (4, a
spinning disk) makes it scan a million interactions rather than look up one branch's
customers' in their index. The whole bank keeps the default: its scans are the plan."""

OFFER_CHUNK = 5_000
"""Offers per query when one branch's offers are looked up in the change feed."""

EPOCH_DAY = date(1970, 1, 1)
EPOCH_JULIAN_DAY = 2440587.5
"""The Julian day of 1970-01-01 00:00 UTC (SQLite's `julianday`)."""


@dataclass(frozen=True)
class Scope:
    """What a report counts: contiguous `periods` (ascending), the branches (None: all),
    and `today` (days after it are not yet days of the current quarter)."""

    periods: Sequence[Period]
    branch_ids: frozenset[uuid.UUID] | None
    today: date
    dialect: str

    def __post_init__(self) -> None:
        for before, after in zip(self.periods, self.periods[1:], strict=False):
            if before.end != after.start:
                raise ValueError("the periods must follow each other")

    def bucket(self, column: Any, *, dates: bool = False) -> Any:
        """The index of the period `column` falls in (the range is in `within`)."""
        if len(self.periods) == 1:
            return literal(0)
        return case(
            *[
                (column < (p.end if dates else p.end_at), index)
                for index, p in enumerate(self.periods[:-1])
            ],
            else_=len(self.periods) - 1,
        )

    def within(self, column: Any, *, dates: bool = False) -> Any:
        first, last = self.periods[0], self.periods[-1]
        if dates:
            return and_(column >= first.start, column < last.end)
        return and_(column >= first.start_at, column < last.end_at)

    def branches(self, column: Any) -> Any:
        return literal(True) if self.branch_ids is None else column.in_(self.branch_ids)

    def day_number(self, column: Any) -> Any:
        """Whole days since 1970-01-01 UTC of a timestamp column."""
        if self.dialect == "postgresql":
            return cast(func.timezone("UTC", column), Date) - literal(EPOCH_DAY, Date)
        return cast(func.julianday(column) - EPOCH_JULIAN_DAY, Integer)

    def day_bucket(self, day: Any) -> Any:
        """`bucket` for a day number (`day_number`)."""
        if len(self.periods) == 1:
            return literal(0)
        return case(
            *[(day < (p.end - EPOCH_DAY).days, index) for index, p in enumerate(self.periods[:-1])],
            else_=len(self.periods) - 1,
        )

    def counted_days(self, index: int) -> int:
        """Days of a period up to `today`."""
        period = self.periods[index]
        last = min(period.end, self.today + timedelta(days=1))
        return max(0, (last - period.start).days)


def _add(tally: Tally, rows: Any, part: str | Callable[..., str]) -> None:
    for branch_id, index, *rest in rows:
        if branch_id is None:
            continue
        *groups, amount = rest
        name = part if isinstance(part, str) else part(*groups)
        tally[(branch_id, int(index))][name] += int(amount or 0)


def _live(*tables: Any) -> list[Any]:
    return [table.deleted.is_(False) for table in tables]


def interactions(session: Session, scope: Scope, tally: Tally) -> None:
    """Interactions by the branch that recorded them (else the customer's home branch)."""
    index = scope.bucket(Interaction.occurred_at)
    recorded = (
        select(Interaction.branch_id, index, Interaction.kind, Interaction.channel, func.count())
        .where(
            Interaction.branch_id.is_not(None),
            scope.within(Interaction.occurred_at),
            scope.branches(Interaction.branch_id),
            *_live(Interaction),
        )
        .group_by(Interaction.branch_id, index, Interaction.kind, Interaction.channel)
    )
    fed = (
        select(Customer.home_branch_id, index, Interaction.kind, Interaction.channel, func.count())
        .join(Customer, Customer.id == Interaction.customer_id)
        .where(
            Interaction.branch_id.is_(None),
            scope.within(Interaction.occurred_at),
            scope.branches(Customer.home_branch_id),
            *_live(Interaction),
        )
        .group_by(Customer.home_branch_id, index, Interaction.kind, Interaction.channel)
    )
    statements = [recorded, fed]
    if scope.branch_ids is None:
        # the whole bank: one pass over the interactions (the customer's home branch
        # looked up only for those no branch recorded)
        branch = func.coalesce(Interaction.branch_id, Customer.home_branch_id)
        statements = [
            select(branch, index, Interaction.kind, Interaction.channel, func.count())
            .outerjoin(
                Customer,
                and_(Customer.id == Interaction.customer_id, Interaction.branch_id.is_(None)),
            )
            .where(scope.within(Interaction.occurred_at), *_live(Interaction))
            .group_by(branch, index, Interaction.kind, Interaction.channel)
        ]
    for stmt in statements:
        for branch_id, bucket, kind, channel, count in session.execute(stmt):
            if branch_id is None:
                continue
            parts = tally[(branch_id, int(bucket))]
            parts["interactions"] += count
            parts[f"interactions.kind.{kind}"] += count
            parts[f"interactions.channel.{channel}"] += count


def referrals(session: Session, scope: Scope, tally: Tally) -> None:
    """Referrals by the branch of the member of staff who made them."""
    made = scope.bucket(Referral.created_at)
    _add(
        tally,
        session.execute(
            select(User.branch_id, made, func.count())
            .join(User, User.id == Referral.referred_by_id)
            .where(
                scope.within(Referral.created_at), scope.branches(User.branch_id), *_live(Referral)
            )
            .group_by(User.branch_id, made)
        ),
        "referrals_made",
    )
    closed = scope.bucket(Referral.closed_at)
    for branch_id, bucket, stage, count, value in session.execute(
        select(
            User.branch_id,
            closed,
            Referral.stage,
            func.count(),
            func.sum(type_coerce(Referral.__table__.c.expected_value, BigInteger)),
        )
        .join(User, User.id == Referral.referred_by_id)
        .where(
            scope.within(Referral.closed_at),
            Referral.stage.in_((ReferralStage.WON, ReferralStage.LOST)),
            scope.branches(User.branch_id),
            *_live(Referral),
        )
        .group_by(User.branch_id, closed, Referral.stage)
    ):
        parts = tally[(branch_id, int(bucket))]
        if stage == ReferralStage.WON:
            parts["referrals_won"] += count
            parts["referrals_won_value"] += int(value or 0)
        else:
            parts["referrals_lost"] += count


def appointments(session: Session, scope: Scope, tally: Tally) -> None:
    """Appointments starting in the period, by the RM's branch; held: those done."""
    index = scope.bucket(Appointment.starts_at)
    for branch_id, bucket, booked, held in session.execute(
        select(
            User.branch_id,
            index,
            func.count(),
            func.sum(case((Appointment.status == AppointmentStatus.DONE, 1), else_=0)),
        )
        .join(User, User.id == Appointment.rm_id)
        .where(
            scope.within(Appointment.starts_at),
            scope.branches(User.branch_id),
            *_live(Appointment),
        )
        .group_by(User.branch_id, index)
    ):
        parts = tally[(branch_id, int(bucket))]
        parts["appointments_booked"] += booked
        parts["appointments_held"] += int(held or 0)


def feedback(session: Session, scope: Scope, tally: Tally) -> None:
    index = scope.bucket(SegmentFeedback.created_at)
    _add(
        tally,
        session.execute(
            select(SegmentFeedback.branch_id, index, func.count())
            .where(
                scope.within(SegmentFeedback.created_at),
                scope.branches(SegmentFeedback.branch_id),
                *_live(SegmentFeedback),
            )
            .group_by(SegmentFeedback.branch_id, index)
        ),
        "segment_feedback_given",
    )


def offers(session: Session, scope: Scope, tally: Tally) -> None:
    """Offers whose status left "suggested" in the period (the change feed's `before`) and
    which are now presented, accepted or declined, by the customer's home branch.

    For chosen branches, their customers' offers are listed first and the feed is read for
    those offers only (by `ix_server_change_log_row`), a few thousand at a time: the
    planner cannot tell how few of the feed's offer entries are theirs."""
    index = scope.bucket(change_log.c.committed_at)
    shown = [
        Offer.status.not_in((OfferStatus.SUGGESTED, OfferStatus.EXPIRED)),  # shown, later too
        scope.branches(Customer.home_branch_id),
        *_live(Offer),
    ]
    stmt = (
        select(
            Customer.home_branch_id,
            index,
            func.count(distinct(Offer.id)),
            func.count(distinct(case((Offer.status == OfferStatus.ACCEPTED, Offer.id)))),
        )
        .select_from(change_log)
        .join(Offer, Offer.id == change_log.c.row_id)
        .join(Customer, Customer.id == Offer.customer_id)
        .where(
            change_log.c.table_name == Offer.__tablename__,
            scope.within(change_log.c.committed_at),
            change_log.c.before["status"].as_string() == OfferStatus.SUGGESTED.value,
            *shown,
        )
        .group_by(Customer.home_branch_id, index)
    )
    if scope.branch_ids is None:
        statements = [stmt]
    else:
        ids = list(
            session.scalars(
                select(Offer.id).join(Customer, Customer.id == Offer.customer_id).where(*shown)
            )
        )
        # an offer is in one chunk only: the chunks' distinct counts add up
        statements = [
            stmt.where(change_log.c.row_id.in_(ids[n : n + OFFER_CHUNK]))
            for n in range(0, len(ids), OFFER_CHUNK)
        ]
    for statement in statements:
        for branch_id, bucket, presented, accepted in session.execute(statement):
            parts = tally[(branch_id, int(bucket))]
            parts["offers_presented"] += presented
            parts["offers_accepted"] += accepted


def use(session: Session, scope: Scope, tally: Tally, opened: dict[uuid.UUID, date]) -> None:
    """Sign-ins, active staff per week and customers viewed, from the audit trail, by the
    user's branch; and the staff-weeks the branch had (`staff_weeks`).

    Two aggregates of the audit trail: one groups it by user and UTC day (whether the user
    signed in that day), then by user, period and week; one counts the customers each
    user viewed. For chosen branches each reads their staff's events from the audit
    trail's (user, time) index alone."""
    base = [scope.within(AuditEvent.occurred_at), *_live(AuditEvent)]
    if scope.branch_ids is not None:
        base.append(AuditEvent.user_id.in_(select(User.id).where(scope.branches(User.branch_id))))
    events = select(
        AuditEvent.user_id.label("user_id"),
        AuditEvent.occurred_at.label("at"),
        AuditEvent.action.label("action"),
        AuditEvent.customer_id.label("customer_id"),
    ).where(*base)
    statements = [
        _activity(scope, events.subquery("events")),
        _viewed(scope, events.subquery("events")),
    ]
    for statement in statements:
        for kind, branch_id, bucket, first, second, third in session.execute(statement):
            if branch_id is None:
                continue
            parts = tally[(branch_id, int(bucket))]
            if kind == "activity":
                parts["staff_signed_in"] += int(first or 0)
                parts["active_staff"] += int(second or 0)
                parts["active_staff_weeks"] += int(third or 0)
            else:
                parts["customers_viewed"] += int(first or 0)
    staff = session.execute(
        select(User.branch_id, func.count())
        .where(User.active.is_(True), scope.branches(User.branch_id), *_live(User))
        .group_by(User.branch_id)
    ).all()
    for branch_id, count in staff:
        for bucket in range(len(scope.periods)):
            weeks = weeks_open(scope, bucket, opened.get(branch_id))
            tally[(branch_id, bucket)]["staff_weeks"] += count * weeks


def _activity(scope: Scope, events: Any) -> Any:
    """Per branch and period: staff who signed in, staff with any event, staff-weeks with
    any event (per user and day first, then per user, period and week)."""
    day = scope.day_number(events.c.at)
    login = case((events.c.action == AuditAction.LOGIN, 1), else_=0)
    daily = (
        select(events.c.user_id.label("user_id"), day.label("day"), func.max(login).label("login"))
        .group_by(events.c.user_id, day)
        .subquery("daily")
    )
    bucket = scope.day_bucket(daily.c.day)
    week = (daily.c.day + 3) // 7
    weekly = (
        select(
            daily.c.user_id.label("user_id"),
            bucket.label("bucket"),
            func.max(daily.c.login).label("login"),
        )
        .group_by(daily.c.user_id, bucket, week)
        .subquery("weekly")
    )
    signed = case((weekly.c.login == 1, weekly.c.user_id))
    return (
        select(
            literal("activity").label("kind"),
            User.branch_id.label("branch_id"),
            weekly.c.bucket.label("bucket"),
            func.count(distinct(signed)).label("first"),
            func.count(distinct(weekly.c.user_id)).label("second"),
            func.count().label("third"),
        )
        .join(User, User.id == weekly.c.user_id)
        .where(scope.branches(User.branch_id))
        .group_by(User.branch_id, weekly.c.bucket)
    )


def _viewed(scope: Scope, events: Any) -> Any:
    """Per branch and period: the distinct customers each user viewed, summed."""
    bucket = scope.bucket(events.c.at)
    viewed = (
        select(
            events.c.user_id.label("user_id"),
            bucket.label("bucket"),
            func.count(distinct(events.c.customer_id)).label("customers"),
        )
        .where(events.c.action == AuditAction.VIEW, events.c.customer_id.is_not(None))
        .group_by(events.c.user_id, bucket)
        .subquery("viewed")
    )
    return (
        select(
            literal("viewed").label("kind"),
            User.branch_id.label("branch_id"),
            viewed.c.bucket.label("bucket"),
            cast(func.sum(viewed.c.customers), BigInteger).label("first"),
            cast(literal(0), BigInteger).label("second"),
            cast(literal(0), BigInteger).label("third"),
        )
        .join(User, User.id == viewed.c.user_id)
        .where(scope.branches(User.branch_id))
        .group_by(User.branch_id, viewed.c.bucket)
    )


def weeks_open(scope: Scope, index: int, opened: date | None) -> int:
    """The Monday-to-Sunday weeks that meet the period's days up to `today`, from the week
    the branch opened."""
    period = scope.periods[index]
    first = period.start if opened is None else max(period.start, opened)
    last = min(period.end, scope.today + timedelta(days=1)) - timedelta(days=1)
    if last < first:
        return 0
    monday = first - timedelta(days=first.weekday())
    return (last - monday).days // 7 + 1


def customers(session: Session, scope: Scope, tally: Tally) -> None:
    """New customers (the feed's insert) and prospects made active (an update whose
    `before` had lifecycle "prospect", of a customer now active), by home branch."""
    index = scope.bucket(change_log.c.committed_at)
    logged = [
        change_log.c.table_name == Customer.__tablename__,
        scope.within(change_log.c.committed_at),
        scope.branches(Customer.home_branch_id),
        *_live(Customer),
    ]
    _add(
        tally,
        session.execute(
            select(Customer.home_branch_id, index, func.count(distinct(Customer.id)))
            .select_from(change_log)
            .join(Customer, Customer.id == change_log.c.row_id)
            .where(change_log.c.op == "insert", *logged)
            .group_by(Customer.home_branch_id, index)
        ),
        "new_customers",
    )
    _add(
        tally,
        session.execute(
            select(Customer.home_branch_id, index, func.count(distinct(Customer.id)))
            .select_from(change_log)
            .join(Customer, Customer.id == change_log.c.row_id)
            .where(
                change_log.c.op == "update",
                change_log.c.before["lifecycle"].as_string() == Lifecycle.PROSPECT.value,
                Customer.lifecycle == Lifecycle.ACTIVE,
                *logged,
            )
            .group_by(Customer.home_branch_id, index)
        ),
        "prospects_converted",
    )


def accounts(session: Session, scope: Scope, tally: Tally) -> None:
    """Accounts opened in the period, by the account's branch and product family."""
    index = scope.bucket(Account.opened_on, dates=True)
    for branch_id, bucket, family, count in session.execute(
        select(Account.branch_id, index, Product.family, func.count())
        .join(Product, Product.id == Account.product_id)
        .where(
            scope.within(Account.opened_on, dates=True),
            scope.branches(Account.branch_id),
            *_live(Account),
        )
        .group_by(Account.branch_id, index, Product.family)
    ):
        parts = tally[(branch_id, int(bucket))]
        parts["new_accounts"] += count
        parts[f"new_accounts.family.{family}"] += count


def balances(session: Session, scope: Scope, tally: Tally) -> None:
    """Balance change and 12-month net profit per branch from the account quarters
    (`sync.server.evaluation.history`): the change is the quarter-end balances at the
    period's end less those at the end of the quarter before it."""
    wanted: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for bucket, period in enumerate(scope.periods):
        last = period.quarters()[-1]
        before = period.quarters()[0].previous()
        wanted[last.key()].append((bucket, "balance", 1))
        wanted[before.key()].append((bucket, "balance", -1))
        wanted[last.key()].append((bucket, "net", 1))
        wanted[last.key()].append((bucket, "net_change", 1))
        wanted[last.year_earlier().key()].append((bucket, "net_change", -1))
    quarters = evaluation_account_quarter
    for branch_id, key, balance, net in session.execute(
        select(
            Account.branch_id,
            quarters.c.quarter,
            func.sum(quarters.c.end_balance),
            func.sum(quarters.c.net_12m),
        )
        .join(Account, Account.id == quarters.c.account_id)
        .where(
            quarters.c.quarter.in_(sorted(wanted)),
            scope.branches(Account.branch_id),
            *_live(Account),
        )
        .group_by(Account.branch_id, quarters.c.quarter)
    ):
        for bucket, what, sign in wanted[key]:
            parts = tally[(branch_id, bucket)]
            if what == "balance":
                parts["balance_change"] += sign * int(balance or 0)
            elif what == "net":
                parts["net_profit_12m"] += int(net or 0)
            else:
                parts["net_profit_12m_change"] += sign * int(net or 0)


def segments(session: Session, scope: Scope, tally: Tally) -> None:
    """Customers moved up a segment: into a segment from none, or into a rule segment of a
    lower priority number (checked first) than the one left, or from a hand-set segment
    (no rule) into a rule segment; by home branch."""
    history = SegmentMembershipHistory
    new_rule, old_rule = aliased(segment_rule), aliased(segment_rule)
    up = and_(
        history.segment_id.is_not(None),
        or_(
            history.previous_segment_id.is_(None),
            and_(
                new_rule.c.priority.is_not(None),
                or_(old_rule.c.priority.is_(None), new_rule.c.priority < old_rule.c.priority),
            ),
        ),
    )
    index = scope.bucket(history.changed_at)
    _add(
        tally,
        session.execute(
            select(Customer.home_branch_id, index, func.count(distinct(history.customer_id)))
            .select_from(history)
            .join(Customer, Customer.id == history.customer_id)
            .outerjoin(new_rule, new_rule.c.segment_id == history.segment_id)
            .outerjoin(old_rule, old_rule.c.segment_id == history.previous_segment_id)
            .where(
                scope.within(history.changed_at),
                up,
                scope.branches(Customer.home_branch_id),
                *_live(history),
            )
            .group_by(Customer.home_branch_id, index)
        ),
        "customers_moved_up_segment",
    )


def it(session: Session, scope: Scope, tally: Tally) -> None:
    """Workstations' contact with the server, by the workstation's branch."""
    contacts = union_all(
        *[
            select(column.table.c.device_id.label("device_id"), column.label("at")).where(
                scope.within(column)
            )
            for column in (
                audit_chain.c.accepted_at,
                applied_entry.c.applied_at,
                session_token.c.created_at,
                device_contact.c.last_contact_at,
            )
        ]
    ).subquery()
    index = scope.bucket(contacts.c.at)
    day = scope.day_number(contacts.c.at)
    for branch_id, bucket, days in session.execute(
        select(Device.branch_id, index, func.count(distinct(day)))
        .join(Device, Device.id == contacts.c.device_id)
        .where(scope.branches(Device.branch_id))
        .group_by(Device.branch_id, index, contacts.c.device_id)
    ):
        parts = tally[(branch_id, int(bucket))]
        parts["workstations_synced"] += 1
        parts["offline_days"] += max(0, scope.counted_days(int(bucket)) - days)
    status = applied_entry.c.result["status"].as_string()
    index = scope.bucket(applied_entry.c.applied_at)
    for branch_id, bucket, failed, conflicts in session.execute(
        select(
            Device.branch_id,
            index,
            func.sum(case((status == "rejected", 1), else_=0)),
            func.sum(case((status == "conflict", 1), else_=0)),
        )
        .select_from(applied_entry)
        .join(Device, Device.id == applied_entry.c.device_id)
        .where(scope.within(applied_entry.c.applied_at), scope.branches(Device.branch_id))
        .group_by(Device.branch_id, index)
    ):
        parts = tally[(branch_id, int(bucket))]
        parts["failed_syncs"] += int(failed or 0)
        parts["conflicts_listed"] += int(conflicts or 0)
    index = scope.bucket(AuditEvent.occurred_at)
    _add(
        tally,
        session.execute(
            select(Device.branch_id, index, func.count())
            .join(Device, Device.id == AuditEvent.device_id)
            .where(
                AuditEvent.action == AuditAction.RESOLVE_CONFLICT,
                scope.within(AuditEvent.occurred_at),
                scope.branches(Device.branch_id),
                *_live(AuditEvent),
            )
            .group_by(Device.branch_id, index)
        ),
        "conflicts_resolved",
    )
    index = scope.bucket(device_contact.c.last_contact_at)
    version = func.coalesce(device_contact.c.app_version, "unknown")
    _add(
        tally,
        session.execute(
            select(Device.branch_id, index, version, func.count())
            .select_from(device_contact)
            .join(Device, Device.id == device_contact.c.device_id)
            .where(scope.within(device_contact.c.last_contact_at), scope.branches(Device.branch_id))
            .group_by(Device.branch_id, index, version)
        ),
        lambda name: f"versions.version.{name}",
    )


def branch_opened(session: Session) -> dict[uuid.UUID, date]:
    """The day each branch's row first reached the server (the change feed's insert)."""
    return {
        branch_id: first.date()
        for branch_id, first in session.execute(
            select(change_log.c.row_id, func.min(change_log.c.committed_at))
            .where(change_log.c.table_name == Branch.__tablename__)
            .group_by(change_log.c.row_id)
        )
        if first is not None
    }


def tally(session: Session, scope: Scope, parts: frozenset[str] | None = None) -> Tally:
    """Every source's parts for `scope` (only those named in `parts` when given)."""
    result: Tally = defaultdict(Counter)
    if scope.dialect == "postgresql":
        # a few large scans and aggregates: compiling them (JIT) costs more than it saves,
        # and the hash of a million accounts or customers should not spill to disk
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
        if scope.branch_ids is not None:
            session.execute(text(f"SET LOCAL random_page_cost = {RANDOM_PAGE_COST}"))
    opened = branch_opened(session)
    sources: dict[str, Callable[[], None]] = {
        "interactions": lambda: interactions(session, scope, result),
        "referrals": lambda: referrals(session, scope, result),
        "appointments": lambda: appointments(session, scope, result),
        "feedback": lambda: feedback(session, scope, result),
        "offers": lambda: offers(session, scope, result),
        "use": lambda: use(session, scope, result, opened),
        "customers": lambda: customers(session, scope, result),
        "accounts": lambda: accounts(session, scope, result),
        "balances": lambda: balances(session, scope, result),
        "segments": lambda: segments(session, scope, result),
        "it": lambda: it(session, scope, result),
    }
    for name, run in sources.items():
        if parts is None or name in parts:
            run()
    return result
