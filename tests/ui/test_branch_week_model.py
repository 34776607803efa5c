"""The branch manager's week without a widget: its models keep Qt's model contract and
every number the page shows equals a plain count over the same rows of the cache; the call
centre's caller lookup in the cache finds a customer by the last digits of a phone."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from client.branch_week import branch_week, monday_of
from client.callers import find_callers, local_callers, tail_of
from client.errors import UsageError
from client.profile import Profile
from client.schema.enums import AppointmentStatus, ContactKind, ReferralStage, TaskStatus
from client.schema.models import (
    Appointment,
    Branch,
    ContactPoint,
    Customer,
    Referral,
    SegmentFeedback,
    Task,
    User,
)
from client.search.normalize import phone_digits
from client.store import LocalCache
from client.today import day_bounds, local_zone
from ui.models.branch_week import BranchWeekModels
from ui.models.callers import CallersModel

DAY = date.today()
"""The demo bank's appointments are around the day it was made."""


@pytest.fixture
def cache(demo_profile: Profile) -> LocalCache:
    opened = LocalCache.open(demo_profile)
    yield opened
    opened.close()


def _busiest_branch(cache: LocalCache) -> uuid.UUID:
    with cache.read_session() as session:
        return session.execute(
            select(Customer.home_branch_id)
            .group_by(Customer.home_branch_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()


def test_the_weeks_numbers_are_plain_counts_of_the_same_rows(
    app: QApplication, cache: LocalCache
) -> None:
    branch = _busiest_branch(cache)
    zone = local_zone()
    with cache.read_session() as session:
        week = branch_week(session, branch, DAY, zone)
        start, _ = day_bounds(monday_of(DAY), zone)
        _, end = day_bounds(monday_of(DAY) + timedelta(days=6), zone)
        rm = User.__table__.alias("rm")
        appointments = session.execute(
            select(func.count())
            .select_from(Appointment)
            .join(Customer, Customer.id == Appointment.customer_id)
            .outerjoin(rm, rm.c.id == Appointment.rm_id)
            .where(
                Appointment.deleted.is_(False),
                Customer.deleted.is_(False),
                Appointment.status != AppointmentStatus.CANCELLED,
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
                (Customer.home_branch_id == branch) | (rm.c.branch_id == branch),
            )
        ).scalar_one()
        mine = select(Customer.id).where(
            Customer.home_branch_id == branch, Customer.deleted.is_(False)
        )
        overdue = session.execute(
            select(func.count()).where(
                Task.customer_id.in_(mine),
                Task.deleted.is_(False),
                Task.status == TaskStatus.OPEN,
                Task.due_on < DAY,
            )
        ).scalar_one()
        kyc = session.execute(
            select(func.count()).where(
                Customer.id.in_(mine),
                Customer.lifecycle != "closed",
                Customer.kyc_review_date < DAY,
            )
        ).scalar_one()
        by_stage = dict(
            session.execute(
                select(Referral.stage, func.count())
                .where(Referral.customer_id.in_(mine), Referral.deleted.is_(False))
                .group_by(Referral.stage)
            ).all()
        )
        values = [
            Decimal(v)
            for v in session.scalars(
                select(Referral.expected_value).where(
                    Referral.customer_id.in_(mine),
                    Referral.deleted.is_(False),
                    Referral.stage.in_([s for s in ReferralStage if s.is_open]),
                )
            )
        ]
        feedback = session.execute(
            select(func.count()).where(
                SegmentFeedback.branch_id == branch, SegmentFeedback.deleted.is_(False)
            )
        ).scalar_one()
        code = session.get(Branch, branch).code  # type: ignore[union-attr]

    models = BranchWeekModels()
    for model in models.lists.values():
        ModelTester(None).check(model)  # type: ignore[arg-type]
    models.set_week(week)
    numbers = models.figures()
    assert numbers is not None and week.branch_code == code
    assert numbers.appointments == appointments == sum(numbers.per_day)
    assert numbers.tasks_overdue == overdue
    assert numbers.kyc_overdue == kyc > 0  # the demo bank has reviews past their date
    assert numbers.stage_counts == tuple(by_stage.get(s, 0) for s in ReferralStage)
    assert numbers.open_referrals == len(values)
    assert numbers.open_value == sum(values, Decimal(0)).quantize(Decimal("0.01"))
    assert numbers.feedback == feedback
    assert models.kyc.rowCount() == kyc
    for model in models.lists.values():
        ModelTester(None).check(model)  # type: ignore[arg-type]
    assert all(line.days_overdue > 0 for line in week.kyc_overdue)


def test_a_caller_is_found_in_the_cache_by_the_last_four_digits(
    app: QApplication, cache: LocalCache
) -> None:
    with cache.read_session() as session:
        number, phone = session.execute(
            select(Customer.customer_number, ContactPoint.value)
            .join(ContactPoint, ContactPoint.customer_id == Customer.id)
            .where(ContactPoint.kind == ContactKind.PHONE, ContactPoint.deleted.is_(False))
            .order_by(Customer.customer_number)
            .limit(1)
        ).one()
        tail = phone_digits(phone)[-4:]
        expected = {
            n
            for n, v in session.execute(
                select(Customer.customer_number, ContactPoint.value)
                .join(ContactPoint, ContactPoint.customer_id == Customer.id)
                .where(ContactPoint.kind == ContactKind.PHONE, ContactPoint.deleted.is_(False))
            )
            if phone_digits(v).endswith(tail)
        }
        assert {c.customer_number for c in find_callers(session, tail, limit=1000).callers} == (
            expected
        )
    found = local_callers(cache, f"…{tail}")
    assert number in {c.customer_number for c in found.callers}
    assert all(tail in c.phone_masked for c in found.callers)  # the ends show, the middle not
    assert all("*" in c.phone_masked for c in found.callers)
    model = CallersModel()
    model.set_rows(found.callers)
    ModelTester(None).check(model)  # type: ignore[arg-type]
    whole = local_callers(cache, f"+86 {phone}")
    assert number in {c.customer_number for c in whole.callers}
    with pytest.raises(UsageError):
        tail_of("12 3")
