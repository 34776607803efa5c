"""The RM's homes from the cache: the book's figures agree with the 360, a referral moves
through the pipeline (won and lost need the outcome; a closed one stays), an appointment
is confirmed, declined, completed or cancelled by the rules, each as an offline edit with
its outbox entry, and a role the permission table refuses cannot do either."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client import audit
from client.audit import NotAllowedError
from client.book import load_book, my_book
from client.customer360 import load_customer_360
from client.demo import generate_demo
from client.errors import UsageError
from client.outbox import insert_row
from client.pipeline import load_pipeline, move_referral, next_stage, previous_stage
from client.profile import Profile
from client.reasons import Reason
from client.rm_calendar import AppointmentAction, act_on, load_calendar, span, week_of
from client.schema.enums import AccountStatus, AppointmentStatus, Channel, ReferralStage, Role
from client.schema.local import cache_meta, outbox
from client.schema.models import Appointment, Customer, Interaction, Product, Referral, User
from client.store import LocalCache

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rm-home") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        generate_demo(Profile.open(folder, create=True), 120, seed=3)
    return folder


@pytest.fixture
def cache(bank: Path, tmp_path: Path) -> LocalCache:
    copy = tmp_path / "profile"
    shutil.copytree(bank, copy)
    opened = LocalCache.open(Profile.open(copy))
    yield opened  # type: ignore[misc]
    opened.close()


def busiest_rm(cache: LocalCache) -> uuid.UUID:
    with cache.read_session() as session:
        rm = session.execute(
            select(Customer.owning_rm_id)
            .group_by(Customer.owning_rm_id)
            .order_by(func.count().desc(), Customer.owning_rm_id)
            .limit(1)
        ).scalar_one()
        assert rm is not None
        return rm


def sign_in_as(cache: LocalCache, user_id: uuid.UUID, role: Role) -> None:
    """The cache as a sign-in leaves it: the signed-in user in the cache's meta."""
    with cache.session() as session:
        user = session.get(User, user_id)
        assert user is not None
        info = {
            "id": str(user.id),
            "username": user.username,
            "display_name": user.display_name,
            "role": role.value,
            "branch_id": str(user.branch_id),
            "branch_code": "",
        }
        session.execute(cache_meta.insert().values(key=audit.USER_KEY, value=json.dumps(info)))


def queued(cache: LocalCache, table: str, row_id: uuid.UUID) -> int:
    with cache.read_session() as session:
        return len(
            session.execute(
                select(outbox.c.seq).where(outbox.c.table_name == table, outbox.c.row_id == row_id)
            ).all()
        )


def new_referral(cache: LocalCache, rm_id: uuid.UUID) -> uuid.UUID:
    with cache.session() as session:
        customer = session.scalars(select(Customer).where(Customer.owning_rm_id == rm_id)).first()
        product = session.scalars(select(Product)).first()
        assert customer is not None and product is not None
        edit = insert_row(
            session,
            "referral",
            {
                "customer_id": customer.id,
                "product_id": product.id,
                "referred_by_id": rm_id,
                "assigned_to_id": rm_id,
                "stage": ReferralStage.NEW,
                "expected_value": Decimal("250000"),
                "notes": "wants a wealth plan",
                "created_at": NOW - timedelta(days=3),
            },
        )
        return edit.row_id


def test_the_book_holds_the_rms_customers_with_the_figures_of_their_360(
    cache: LocalCache,
) -> None:
    rm = busiest_rm(cache)
    with cache.read_session() as session:
        lines = my_book(session, rm, now=NOW)
        owned = session.scalars(
            select(Customer.customer_number).where(
                Customer.owning_rm_id == rm, Customer.deleted.is_(False)
            )
        ).all()
        assert sorted(owned) == [line.customer_number for line in lines]
        for line in lines[:10]:
            view = load_customer_360(session, customer_number=line.customer_number)
            cny = [
                a
                for a in view.accounts
                if a.currency == "CNY" and a.status != AccountStatus.CLOSED.value
            ]
            assert line.balance == sum((a.balance for a in cny), Decimal(0)).quantize(
                Decimal("0.01")
            )
            net = sum((a.profit_12m.net for a in cny), Decimal(0))
            assert abs(line.net_12m - net) <= Decimal("0.01") * max(1, len(cny))
            latest = session.scalar(
                select(func.max(Interaction.occurred_at)).where(
                    Interaction.customer_id == line.customer_id
                )
            )
            assert line.last_contact == latest
    assert load_book(cache, rm) != ()


def test_the_book_shows_the_next_live_appointment_only(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    with cache.session() as session:
        customer = session.scalars(
            select(Customer).where(Customer.owning_rm_id == rm).order_by(Customer.customer_number)
        ).first()
        assert customer is not None
        for hours, status in ((2, AppointmentStatus.CANCELLED), (5, AppointmentStatus.TENTATIVE)):
            starts = datetime(2099, 1, 5, 9, tzinfo=UTC) + timedelta(hours=hours)
            insert_row(
                session,
                "appointment",
                {
                    "rm_id": rm,
                    "customer_id": customer.id,
                    "booked_by_id": rm,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=30),
                    "purpose": "review",
                    "status": status,
                    "channel": Channel.COUNTER,
                },
            )
        number = customer.customer_number
    with cache.read_session() as session:
        line = next(
            line for line in my_book(session, rm, now=NOW) if line.customer_number == number
        )
        expected = session.scalar(
            select(func.min(Appointment.starts_at)).where(
                Appointment.customer_id == line.customer_id,
                Appointment.starts_at >= NOW,
                Appointment.status.in_((AppointmentStatus.TENTATIVE, AppointmentStatus.CONFIRMED)),
            )
        )
    assert line.next_appointment is not None and line.next_appointment == expected
    assert line.next_appointment != datetime(2099, 1, 5, 11, tzinfo=UTC)  # the cancelled one


def test_a_referral_moves_along_and_closes_with_its_outcome(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    sign_in_as(cache, rm, Role.RELATIONSHIP_MANAGER)
    referral = new_referral(cache, rm)
    assert next_stage(ReferralStage.NEW) is ReferralStage.CONTACTED
    assert previous_stage(ReferralStage.NEW) is None
    assert next_stage(ReferralStage.PROPOSAL) is ReferralStage.WON
    assert next_stage(ReferralStage.WON) is None

    with cache.session() as session:
        move_referral(session, referral, ReferralStage.CONTACTED, now=NOW)
    with cache.session() as session, pytest.raises(UsageError) as missing:
        move_referral(session, referral, ReferralStage.WON, outcome="  ", now=NOW)
    assert missing.value.code is Reason.REQUIRED and missing.value.field == "outcome"
    with cache.session() as session:
        edit = move_referral(
            session, referral, ReferralStage.WON, outcome="opened a wealth plan", now=NOW
        )
        assert edit.table == "referral" and edit.row_id == referral
    with cache.read_session() as session:
        row = session.get(Referral, referral)
        assert row is not None
        assert row.stage is ReferralStage.WON and row.closed_at == NOW
        assert row.notes.endswith("2026-12-07 won: opened a wealth plan")
        assert row.notes.startswith("wants a wealth plan")
    assert queued(cache, "referral", referral) >= 1
    with cache.session() as session, pytest.raises(UsageError):
        move_referral(session, referral, ReferralStage.PROPOSAL, now=NOW)
    line = next(line for line in load_pipeline(cache, rm) if line.referral_id == referral)
    assert line.stage is ReferralStage.WON and line.stage_since == NOW


def test_the_pipeline_counts_days_in_stage_and_lists_by_stage(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    referral = new_referral(cache, rm)
    lines = load_pipeline(cache, rm)
    order = [line.stage for line in lines]
    stages = list(ReferralStage)
    assert order == sorted(order, key=lambda s: [*stages].index(s))
    line = next(line for line in lines if line.referral_id == referral)
    assert line.days_in_stage(NOW) == 3 and line.value == Decimal("250000")


def test_a_role_without_the_grant_may_not_move_a_referral(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    referral = new_referral(cache, rm)
    sign_in_as(cache, rm, Role.CALL_CENTRE_AGENT)
    with cache.session() as session, pytest.raises(NotAllowedError):
        move_referral(session, referral, ReferralStage.CONTACTED)
    with cache.read_session() as session:
        row = session.get(Referral, referral)
        assert row is not None and row.stage is ReferralStage.NEW


def tentative(cache: LocalCache, rm: uuid.UUID, starts: datetime) -> uuid.UUID:
    with cache.session() as session:
        customer = session.scalars(select(Customer).where(Customer.owning_rm_id == rm)).first()
        assert customer is not None
        edit = insert_row(
            session,
            "appointment",
            {
                "rm_id": rm,
                "customer_id": customer.id,
                "booked_by_id": rm,
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=30),
                "purpose": "wealth review",
                "status": AppointmentStatus.TENTATIVE,
                "channel": Channel.CALL_CENTRE,
            },
        )
        return edit.row_id


def test_appointments_are_confirmed_declined_completed_and_cancelled_by_the_rules(
    cache: LocalCache,
) -> None:
    rm = busiest_rm(cache)
    sign_in_as(cache, rm, Role.RELATIONSHIP_MANAGER)
    day = date(2099, 3, 2)
    first = tentative(cache, rm, datetime(2099, 3, 2, 1, tzinfo=UTC))
    second = tentative(cache, rm, datetime(2099, 3, 2, 3, tzinfo=UTC))

    def status(row_id: uuid.UUID) -> AppointmentStatus:
        with cache.read_session() as session:
            row = session.get(Appointment, row_id)
            assert row is not None
            return AppointmentStatus(row.status)

    with cache.session() as session:
        act_on(session, first, AppointmentAction.CONFIRM)
    assert status(first) is AppointmentStatus.CONFIRMED
    with cache.session() as session, pytest.raises(UsageError):
        act_on(session, first, AppointmentAction.DECLINE)  # declining takes a tentative one
    with cache.session() as session:
        act_on(session, first, AppointmentAction.COMPLETE)
        act_on(session, second, AppointmentAction.DECLINE)
    assert (status(first), status(second)) == (AppointmentStatus.DONE, AppointmentStatus.CANCELLED)
    with cache.session() as session, pytest.raises(UsageError):
        act_on(session, second, AppointmentAction.CANCEL)
    assert queued(cache, "appointment", first) >= 1

    low, high = span(week_of(day), 7, UTC)
    entries = load_calendar(cache, rm, low, high)
    mine = [e for e in entries if e.row_id in (first, second)]
    assert [e.row_id for e in mine] == [first, second]
    assert [e.starts_at for e in entries] == sorted(e.starts_at for e in entries)


def test_a_role_without_the_grant_may_not_confirm(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    booking = tentative(cache, rm, datetime(2099, 3, 3, 1, tzinfo=UTC))
    sign_in_as(cache, rm, Role.AUDITOR)
    with cache.session() as session, pytest.raises(NotAllowedError):
        act_on(session, booking, AppointmentAction.CONFIRM)


def test_the_calendar_holds_the_rms_working_blocks(cache: LocalCache) -> None:
    rm = busiest_rm(cache)
    low = datetime.now(UTC) - timedelta(days=1)
    entries = load_calendar(cache, rm, low, low + timedelta(days=16))
    assert any(e.block is not None for e in entries)
    assert all(e.starts_at < low + timedelta(days=16) and e.ends_at > low for e in entries)
