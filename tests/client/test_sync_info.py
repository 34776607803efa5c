"""A customer's sync facts: synced at, latest change per section, the state of local edits."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select

from client.cached import cached_customers
from client.customer360.sync_info import LAST_SYNC_KEY, SECTION_OF_TABLE, load_sync_info
from client.demo import generate_demo
from client.outbox import Edit
from client.profile import Profile
from client.schema.enums import InteractionKind, Role
from client.schema.local import cache_meta, outbox, sync_issue
from client.schema.models import Base, Customer, User
from client.store import LocalCache
from client.work import EditState, Staff, log_interaction
from sync.replica import state


@pytest.fixture(scope="module")
def bank_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sync-info") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        generate_demo(Profile.open(folder, create=True), 40, seed=3)
    return folder


@pytest.fixture
def cache(bank_folder: Path, tmp_path: Path) -> Iterator[LocalCache]:
    copy = tmp_path / "profile"
    shutil.copytree(bank_folder, copy)
    with LocalCache.open(Profile.open(copy)) as opened:
        yield opened


def first_customer(cache: LocalCache) -> uuid.UUID:
    with cache.read_session() as session:
        return session.scalars(select(Customer.id).order_by(Customer.customer_number)).first()


def log_one(cache: LocalCache, customer_id: uuid.UUID) -> Edit:
    with cache.session() as session:
        user = session.scalars(select(User).where(User.role == Role.TELLER)).first()
        assert user is not None
        return log_interaction(
            session, Staff(user.id, user.branch_id), customer_id, InteractionKind.VISIT, "Hello"
        )


def test_the_last_sync_key_is_the_engines() -> None:
    assert LAST_SYNC_KEY == state.LAST_SYNC
    assert set(SECTION_OF_TABLE) <= set(Base.metadata.tables)


def test_never_synced_then_synced_with_a_change_time_per_section(cache: LocalCache) -> None:
    customer = first_customer(cache)
    with cache.read_session() as session:
        info = load_sync_info(session, customer)
    assert info.last_sync is None and info.edits == ()
    assert {"customer", "contact", "accounts", "profitability"} <= set(info.changed_at)
    assert all(at.tzinfo is not None for at in info.changed_at.values())
    synced = datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    with cache.session() as session:
        session.execute(insert(cache_meta).values(key=LAST_SYNC_KEY, value=synced.isoformat()))
    with cache.read_session() as session:
        assert load_sync_info(session, customer).last_sync == synced


def test_an_edit_is_saved_locally_then_uploaded_or_in_conflict(cache: LocalCache) -> None:
    customer = first_customer(cache)
    edit = log_one(cache, customer)
    recent = [(edit.table, edit.row_id)]
    with cache.read_session() as session:
        info = load_sync_info(session, customer, recent)
    assert [(e.table, e.state) for e in info.edits] == [("interaction", EditState.SAVED_LOCALLY)]
    assert info.edits_of("interactions") == info.edits and info.edits_of("contact") == ()

    with cache.session() as session:  # the server accepted it
        session.execute(delete(outbox).where(outbox.c.entry_id == edit.entry_id))
    with cache.read_session() as session:
        assert load_sync_info(session, customer).edits == ()
        info = load_sync_info(session, customer, recent)
    assert [e.state for e in info.edits] == [EditState.UPLOADED]

    with cache.session() as session:  # ... or found it in conflict
        session.execute(
            insert(sync_issue).values(
                entry_id=edit.entry_id,
                kind="conflict",
                table_name="interaction",
                row_id=edit.row_id,
                op="insert",
                customer_id=customer,
                changed=json.dumps({}),
                fields=json.dumps([]),
                theirs=json.dumps({}),
                base=json.dumps({}),
                reason="test",
                edited_at=datetime.now(UTC),
                reported_at=datetime.now(UTC),
            )
        )
    with cache.read_session() as session:
        info = load_sync_info(session, customer)
    assert [e.state for e in info.edits] == [EditState.IN_CONFLICT]


def test_recent_edits_of_other_customers_are_left_out(cache: LocalCache) -> None:
    with cache.read_session() as session:
        one, other = session.scalars(select(Customer.id).order_by(Customer.id).limit(2)).all()
    edit = log_one(cache, other)
    with cache.read_session() as session:
        info = load_sync_info(session, one, [(edit.table, edit.row_id)])
    assert info.edits == ()


def test_cached_customers_tells_held_from_unknown(cache: LocalCache) -> None:
    customer = first_customer(cache)
    stranger = uuid.uuid4()
    with cache.read_session() as session:
        assert cached_customers(session, [customer, stranger, customer]) == {customer}
        assert cached_customers(session, []) == set()
