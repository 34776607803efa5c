"""Counter actions on a demo cache: saved with their outbox entry, bad input named."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client.calendar import free_slots
from client.demo import generate_demo
from client.errors import NotFoundError, UsageError
from client.profile import Profile
from client.schema.enums import (
    CalendarBlockKind,
    ContactKind,
    FeedbackVerdict,
    InteractionKind,
    Role,
)
from client.schema.local import outbox, sync_issue
from client.schema.models import (
    CalendarBlock,
    ContactPoint,
    Customer,
    Interaction,
    Product,
    Segment,
    User,
)
from client.store import LocalCache
from client.work import (
    EditState,
    Staff,
    book_appointment,
    create_task,
    edit_state,
    log_interaction,
    refer,
    segment_feedback,
    set_contact,
)


@pytest.fixture(scope="module")
def bank_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("work") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        generate_demo(Profile.open(folder, create=True), 60, seed=5)
    return folder


@pytest.fixture
def cache(bank_folder: Path, tmp_path: Path) -> Iterator[LocalCache]:
    import shutil

    copy = tmp_path / "profile"
    shutil.copytree(bank_folder, copy)
    with LocalCache.open(Profile.open(copy)) as opened:
        yield opened


def staff_of(cache: LocalCache, role: Role = Role.TELLER) -> Staff:
    with cache.read_session() as session:
        user = session.scalars(select(User).where(User.role == role)).first()
        assert user is not None
        return Staff(user.id, user.branch_id)


def a_customer(cache: LocalCache) -> uuid.UUID:
    with cache.read_session() as session:
        return session.scalars(select(Customer.id).order_by(Customer.customer_number)).first()  # type: ignore[return-value]


def outbox_tables(cache: LocalCache) -> list[str]:
    with cache.read_session() as session:
        return list(session.scalars(select(outbox.c.table_name).order_by(outbox.c.seq)))


def test_each_action_is_saved_with_its_outbox_entry(cache: LocalCache) -> None:
    staff, customer = staff_of(cache), a_customer(cache)
    rm = staff_of(cache, Role.RELATIONSHIP_MANAGER)
    with cache.session() as session:
        product = session.scalars(select(Product.id)).first()
        segment = session.scalars(select(Segment.id)).first()
        assert product and segment
        visit = log_interaction(session, staff, customer, InteractionKind.VISIT, "Asked about FX")
        create_task(
            session, staff, customer, "Call back", datetime.now(UTC).date() + timedelta(days=2)
        )
        refer(session, staff, customer, product, rm.user_id, expected_value="12,000.50")
        segment_feedback(session, staff, segment, FeedbackVerdict.AGREE, customer_id=customer)
        set_contact(session, customer, ContactKind.EMAIL, "li.na@example.cn")

    assert outbox_tables(cache) == [
        "interaction",
        "task",
        "referral",
        "segment_feedback",
        ContactPoint.__tablename__,
    ]
    with cache.read_session() as session:
        saved = session.get(Interaction, visit.row_id)
        assert saved is not None and saved.subject == "Asked about FX"
        assert edit_state(session, "interaction", visit.row_id) is EditState.SAVED_LOCALLY
        email = session.scalars(
            select(ContactPoint.value).where(
                ContactPoint.customer_id == customer, ContactPoint.kind == ContactKind.EMAIL
            )
        ).all()
        assert "li.na@example.cn" in email


def test_state_moves_from_saved_to_uploaded_or_conflict(cache: LocalCache) -> None:
    staff, customer = staff_of(cache), a_customer(cache)
    with cache.session() as session:
        edit = log_interaction(session, staff, customer, InteractionKind.CALL, "Balance query")
    with cache.session() as session:
        session.execute(outbox.delete())  # the server accepted it
        assert edit_state(session, "interaction", edit.row_id) is EditState.UPLOADED
        session.execute(
            sync_issue.insert().values(
                entry_id=edit.entry_id,
                kind="conflict",
                table_name="interaction",
                row_id=edit.row_id,
                op="insert",
                changed="{}",
                fields="[]",
                theirs="{}",
                base="{}",
                reason="test",
                edited_at=datetime.now(UTC),
                reported_at=datetime.now(UTC),
            )
        )
        assert edit_state(session, "interaction", edit.row_id) is EditState.IN_CONFLICT


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, st, c: log_interaction(s, st, c, InteractionKind.VISIT, "  "), "subject"),
        (lambda s, st, c: log_interaction(s, st, c, InteractionKind.VISIT, "x" * 201), "at most"),
        (lambda s, st, c: set_contact(s, c, ContactKind.PHONE, "call me"), "no digits"),
        (lambda s, st, c: set_contact(s, c, ContactKind.EMAIL, "nobody"), "not an e-mail"),
        (
            lambda s, st, c: create_task(s, st, c, "Late", datetime(2020, 1, 1).date()),
            "in the past",
        ),
        (
            lambda s, st, c: log_interaction(s, st, uuid.uuid4(), InteractionKind.CALL, "x"),
            "no customer",
        ),
    ],
)
def test_bad_input_is_named_and_nothing_is_saved(
    cache: LocalCache, action: object, message: str
) -> None:
    staff, customer = staff_of(cache), a_customer(cache)
    with pytest.raises((UsageError, NotFoundError), match=message), cache.session() as session:
        action(session, staff, customer)  # type: ignore[operator]
    assert outbox_tables(cache) == []


def test_booking_takes_a_free_slot_and_refuses_it_twice(cache: LocalCache) -> None:
    staff, customer = staff_of(cache), a_customer(cache)
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=30)
    with cache.session() as session:
        rm = session.scalars(select(User.id).where(User.role == Role.RELATIONSHIP_MANAGER)).first()
        assert rm is not None
        session.add(
            CalendarBlock(
                id=uuid.uuid4(),
                version=1,
                deleted=False,
                user_id=rm,
                kind=CalendarBlockKind.AVAILABLE,
                starts_at=start,
                ends_at=start + timedelta(hours=2),
            )
        )
    with cache.session() as session:
        before = free_slots(session, rm, start, start + timedelta(hours=2))
        book_appointment(session, staff, customer, rm, before[0].starts_at, "Mortgage advice")
        after = free_slots(session, rm, start, start + timedelta(hours=2))
    assert len(before) == 4 and len(after) == 3 and before[0] not in after
    with pytest.raises(UsageError, match="already booked"), cache.session() as session:
        book_appointment(session, staff, customer, rm, before[0].starts_at, "Again")
    with cache.read_session() as session:
        entries = session.execute(select(outbox.c.table_name, outbox.c.changed)).all()
        count = session.scalar(select(func.count()).select_from(outbox))
    assert count == 1 and json.loads(entries[0].changed)["status"] == "tentative"
