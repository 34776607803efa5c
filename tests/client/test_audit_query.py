"""Reading the audit trail on the workstation: the History an auditor's cache holds offline
(numbers masked, the newest kept), the words of a "since" date, and a search recorded as an
audit event of its own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from client.audit_query import (
    Filters,
    masked_change,
    parse_since,
    read_cached_history,
    record_search,
)
from client.errors import UsageError
from client.profile import Profile
from client.reads import customer_360
from client.schema.enums import AuditAction, ContactKind, Role
from client.schema.models import ContactPoint, Customer
from client.store import LocalCache
from client.work import set_contact
from tests.client.test_audit import events, sign
from tests.client.test_customer360 import ALICE, ALICE_ID, ALICE_PHONE, build_bank


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_bank(tmp_path / "profile").folder


def test_an_auditors_cache_gives_the_history_masked_and_newest_kept(folder: Path) -> None:
    sign(folder, Role.AUDITOR)
    with LocalCache.open(Profile.open(folder)) as cache:
        view = customer_360(cache, ALICE)
        with cache.session() as session:
            set_contact(session, view.customer_id, ContactKind.PHONE, "13912345678")
        found = read_cached_history(cache, ALICE.lower())
    assert not found.online and not found.truncated
    assert [line.action for line in found.lines] == ["view", "update"]
    change = found.lines[-1]
    assert change.entity == ContactPoint.__tablename__
    assert change.values_text() == f"value: 138****{ALICE_PHONE[-4:]} → 139****5678"
    assert ALICE_PHONE not in str(change.change)


def test_masked_change_masks_only_the_masked_fields() -> None:
    change = {
        "fields": ["national_id", "legal_name"],
        "old": {"national_id": ALICE_ID, "legal_name": "李爱丽"},
        "new": {"national_id": "110101199001011234", "legal_name": "李爱莉"},
    }
    shown = masked_change("customer", change)
    assert shown["old"] == {"national_id": "110***********123X", "legal_name": "李爱丽"}
    assert shown["new"]["legal_name"] == "李爱莉"
    assert masked_change("interaction", change) is change


def test_since_takes_a_day_or_a_moment_and_refuses_other_words() -> None:
    assert parse_since("2026-01-31") == datetime(2026, 1, 31, tzinfo=UTC)
    assert parse_since("2026-01-31T08:00:00+08:00") == datetime(2026, 1, 31, 0, 0, tzinfo=UTC)
    assert parse_since("  ") is None
    with pytest.raises(UsageError) as refused:
        parse_since("last week")
    assert refused.value.field == "since"


def test_a_search_is_recorded_with_its_filters_and_the_customer(folder: Path) -> None:
    sign(folder, Role.AUDITOR)
    filters = Filters(
        customer_number=ALICE.lower(),
        username="li",
        action=AuditAction.UPDATE,
        since=datetime(2026, 1, 1, tzinfo=UTC),
    )
    with LocalCache.open(Profile.open(folder)) as cache:
        record_search(cache, filters, 7)
        record_search(cache, Filters(), 0)
        with cache.read_session() as session:
            alice = session.scalars(select(Customer.id).where(Customer.customer_number == ALICE))
            alice_id = alice.one()
    first, second = events(folder)
    assert (first.action, first.entity) == (AuditAction.VIEW, "audit_event")
    assert first.customer_id == alice_id
    assert first.detail == (
        f"searched the audit trail: customer {ALICE}, user li, action update, "
        "since 2026-01-01 00:00 UTC; 7 event(s) shown"
    )
    assert second.customer_id is None and "everything; 0 event(s)" in second.detail
