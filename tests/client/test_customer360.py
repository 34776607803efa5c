"""The customer 360: totals add up over the right 12 months, joint holders, households and
relations show from both sides, tombstoned rows stay hidden, and a few queries do it all."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from client.customer360 import Customer360, Party, load_customer_360, masked, to_dict
from client.customer360.profit import period_of, window
from client.errors import NotFoundError, UsageError
from client.masking import mask_account, mask_national_id, mask_phone
from client.profile import Profile
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Appointment,
    Branch,
    Consent,
    ContactPoint,
    Customer,
    Household,
    HouseholdMember,
    Interaction,
    Offer,
    PartyRelationship,
    Product,
    Referral,
    Segment,
    Task,
    User,
)
from client.store import LocalCache

ALICE, BOB, ACME, CAROL = "C000000001", "C000000002", "C000000003", "C000000004"
ALICE_ID = "11010119900101123X"
ALICE_PHONE = "13812345678"
JOINT, USD, BOB_OWN, CLOSED = "6222000011112222", "6222000033334444", "6222000055556666", "6222999"
NOW = datetime.now(UTC)
TODAY = NOW.astimezone().date()
LATEST_CHANGE = NOW + timedelta(hours=2)
"""Later than the rows the bank's build stamps with the real time (the build runs when the
first test asks for it, which in a long run may be many minutes after this import)."""


def months_back(n: int) -> int:
    """The period `n` months before this one (negative: after)."""
    total = TODAY.year * 12 + TODAY.month - 1 - n
    return (total // 12) * 100 + total % 12 + 1


PERIODS = [months_back(n) for n in range(24, 0, -1)]
"""24 months ending with last month, oldest first."""
FUTURE = months_back(-1)


@dataclass(frozen=True)
class Bank:
    folder: Path
    joint_months: tuple[MonthFigures, ...]
    usd_months: tuple[MonthFigures, ...]
    bob_months: tuple[MonthFigures, ...]
    next_appointment_at: datetime
    alice_id: uuid.UUID


def month(period: int, k: int) -> MonthFigures:
    d = Decimal
    return MonthFigures(period, d(1000 * k), d(k * 3), d("1.5"), d(k), d("0.25"), d("0.1"))


def customer(branch: Branch, number: str, name: str, **fields: object) -> Customer:
    kind = fields.pop("kind", "individual")
    return Customer(
        id=uuid.uuid4(),
        customer_number=number,
        kind=kind,
        legal_name=name,
        home_branch_id=branch.id,
        **fields,
    )


def account(branch: Branch, product: Product, number: str, currency: str, **f: object) -> Account:
    return Account(
        id=uuid.uuid4(),
        account_number=number,
        product_id=product.id,
        branch_id=branch.id,
        currency=currency,
        status="open",
        opened_on=date(2020, 1, len(number) % 28 + 1),
        balance=Decimal("1234.5"),
        balance_as_of=NOW,
        **f,
    )


def interactions(alice: Customer, teller: User) -> list[object]:
    rows: list[object] = [
        Interaction(
            customer_id=alice.id,
            kind="visit",
            channel="counter",
            occurred_at=NOW - timedelta(days=n),
            user_id=teller.id,
            subject=f"visit {n}",
        )
        for n in range(1, 23)
    ]
    rows.append(
        Interaction(
            customer_id=alice.id,
            kind="call",
            channel="call_centre",
            occurred_at=NOW,
            subject="withdrawn call",
            deleted=True,
        )
    )
    return rows


def pipeline(alice: Customer, product: Product, rm: User) -> list[object]:
    in_30_days = TODAY + timedelta(days=30)
    return [
        Task(customer_id=alice.id, title="Renew ID copy", due_on=TODAY, assigned_to_id=rm.id),
        Task(customer_id=alice.id, title="Old task", due_on=TODAY, status="done"),
        *(
            Referral(
                customer_id=alice.id,
                product_id=product.id,
                referred_by_id=rm.id,
                assigned_to_id=rm.id,
                stage=stage,
                expected_value=Decimal(100),
                created_at=NOW,
            )
            for stage in ("meeting", "won", "lost")
        ),
        *(
            Offer(
                customer_id=alice.id,
                product_id=product.id,
                reason=reason,
                score=score,
                status=status,
                expires_on=expires,
            )
            for reason, score, status, expires in (
                ("salary inflow", 80, "suggested", in_30_days),
                ("asked about it", 90, "presented", TODAY),
                ("said no", 95, "declined", in_30_days),
                ("too late", 99, "suggested", TODAY - timedelta(days=1)),
            )
        ),
    ]


def appointments(alice: Customer, rm: User) -> list[object]:
    starts = [NOW + timedelta(days=n) for n in (-3, 1, 2, 5)]
    return [
        Appointment(
            rm_id=rm.id,
            customer_id=alice.id,
            booked_by_id=rm.id,
            starts_at=at,
            ends_at=at + timedelta(hours=1),
            purpose=purpose,
            status=status,
            channel="counter",
        )
        for at, purpose, status in (
            (starts[0], "past review", "done"),
            (starts[1], "cancelled review", "cancelled"),
            (starts[3], "later review", "tentative"),
            (starts[2], "mortgage review", "confirmed"),
        )
    ]


def build_bank(folder: Path) -> Bank:
    """Alice (Chinese name, ID ending in X) holds a CNY account jointly with her spouse Bob
    and a USD account; she directs Acme; they form a household; plus tombstoned rows."""
    branch = Branch(id=uuid.uuid4(), code="0101", name="杭州西湖支行", city="杭州")
    current = Product(id=uuid.uuid4(), code="CUR", name="活期账户", category="current")
    wealth = Product(id=uuid.uuid4(), code="WLTH", name="理财产品", category="wealth")
    rm = User(
        id=uuid.uuid4(),
        username="wang",
        display_name="王芳",
        role="relationship_manager",
        branch_id=branch.id,
    )
    teller = User(
        id=uuid.uuid4(), username="li", display_name="李娜", role="teller", branch_id=branch.id
    )
    segment = Segment(id=uuid.uuid4(), code="AFF", name="财富客户")
    alice = customer(
        branch,
        ALICE,
        "李爱丽",
        name_latin="LI Aili",
        national_id=ALICE_ID,
        owning_rm_id=rm.id,
        segment_id=segment.id,
    )
    bob = customer(branch, BOB, "Bob Li", national_id="110101198801015678")
    acme = customer(branch, ACME, "Acme Ltd", kind="business")
    carol = customer(branch, CAROL, "Carol Gone", deleted=True)
    joint = account(branch, current, JOINT, "CNY")
    usd = account(branch, current, USD, "USD")
    bob_own = account(branch, wealth, BOB_OWN, "CNY")
    closed = account(branch, current, CLOSED, "CNY", deleted=True)
    joint_months = (*(month(p, k) for k, p in enumerate(PERIODS, start=1)), month(FUTURE, 500))
    usd_months = tuple(month(p, 2) for p in PERIODS[-12:])
    bob_months = tuple(month(p, 7) for p in PERIODS)
    household = Household(id=uuid.uuid4(), name="李家")
    rows: list[object] = [
        branch,
        current,
        wealth,
        rm,
        teller,
        segment,
        alice,
        bob,
        acme,
        carol,
        joint,
        usd,
        bob_own,
        closed,
        household,
        ContactPoint(customer_id=alice.id, kind="address", label="home", value="杭州市1号"),
        ContactPoint(
            customer_id=alice.id, kind="phone", label="mobile", value=ALICE_PHONE, is_primary=True
        ),
        ContactPoint(
            customer_id=alice.id,
            kind="email",
            value="old@example.com",
            deleted=True,
            updated_at=LATEST_CHANGE + timedelta(minutes=5),
        ),
        Consent(
            customer_id=alice.id,
            purpose="marketing_sms",
            granted=True,
            recorded_at=NOW,
            channel="counter",
            updated_at=LATEST_CHANGE,
        ),
        AccountHolder(account_id=joint.id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=joint.id, customer_id=bob.id, role="joint"),
        AccountHolder(account_id=joint.id, customer_id=carol.id, role="authorised"),
        AccountHolder(account_id=usd.id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=bob_own.id, customer_id=bob.id, role="primary"),
        AccountHolder(account_id=closed.id, customer_id=alice.id, role="primary"),
        AccountHistory(account_id=joint.id, months=joint_months),
        AccountHistory(account_id=usd.id, months=usd_months),
        AccountHistory(account_id=bob_own.id, months=bob_months),
        AccountHistory(account_id=closed.id, months=bob_months),
        PartyRelationship(from_customer_id=alice.id, to_customer_id=bob.id, kind="spouse"),
        PartyRelationship(from_customer_id=alice.id, to_customer_id=acme.id, kind="director_of"),
        PartyRelationship(from_customer_id=carol.id, to_customer_id=alice.id, kind="parent_of"),
        PartyRelationship(
            from_customer_id=acme.id, to_customer_id=alice.id, kind="employee_of", deleted=True
        ),
        HouseholdMember(household_id=household.id, customer_id=alice.id, role="head"),
        HouseholdMember(household_id=household.id, customer_id=bob.id, role="member"),
        HouseholdMember(
            household_id=household.id, customer_id=acme.id, role="member", deleted=True
        ),
        *interactions(alice, teller),
        *pipeline(alice, wealth, rm),
        *appointments(alice, rm),
    ]
    with LocalCache.open(Profile.open(folder, create=True)) as cache, cache.session() as s:
        for row in rows:
            s.add(row)
            s.flush()
    return Bank(folder, joint_months, usd_months, bob_months, NOW + timedelta(days=2), alice.id)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        return build_bank(tmp_path_factory.mktemp("c360") / "profile")


@pytest.fixture
def cache(bank: Bank) -> Iterator[LocalCache]:
    with LocalCache.open(Profile.open(bank.folder)) as opened:
        yield opened


def load(cache: LocalCache, number: str) -> Customer360:
    with cache.read_session() as s:
        return load_customer_360(s, customer_number=number, now=NOW)


def net(months: tuple[MonthFigures, ...]) -> Decimal:
    return sum((m.net for m in months), Decimal(0))


def test_profitability_is_the_sum_of_the_last_twelve_months(bank: Bank, cache: LocalCache) -> None:
    view = load(cache, ALICE)
    last_year = bank.joint_months[-13:-1]
    assert view.profit.periods == tuple(PERIODS[-12:])
    assert [(t.currency, t.net) for t in view.profit.totals] == [
        ("CNY", net(last_year)),
        ("USD", net(bank.usd_months)),
    ]
    joint = next(a for a in view.accounts if a.account_number == JOINT)
    assert joint.profit_12m.net == net(last_year)
    assert joint.profit_12m.revenue - joint.profit_12m.cost == joint.profit_12m.net
    cny = [m for m in view.profit.months if m.currency == "CNY"]
    assert [(m.period, m.net) for m in cny] == [(m.period, m.net) for m in last_year]
    assert len(view.profit.months) == 24


def test_the_household_total_counts_each_account_once_over_the_same_months(
    bank: Bank, cache: LocalCache
) -> None:
    alice, bob = load(cache, ALICE), load(cache, BOB)
    (household,) = alice.households
    assert (household.name, household.role) == ("李家", "head")
    assert [(p.customer_number, p.role) for p in household.members] == [(BOB, "member")]
    expected = net(bank.joint_months[-13:-1]) + net(bank.bob_months[-12:])
    assert [(t.currency, t.net) for t in household.profit_12m] == [
        ("CNY", expected),
        ("USD", net(bank.usd_months)),
    ]
    assert bob.households[0].profit_12m == household.profit_12m
    assert [p.customer_number for p in bob.households[0].members] == [ALICE]


def test_joint_holders_and_relations_show_from_both_sides(cache: LocalCache) -> None:
    alice, bob, acme = load(cache, ALICE), load(cache, BOB), load(cache, ACME)
    assert [(a.account_number, a.role, a.other_holders) for a in alice.accounts] == [
        (JOINT, "primary", (Party(BOB, "Bob Li", "joint"),)),
        (USD, "primary", ()),
    ]
    bob_joint = next(a for a in bob.accounts if a.account_number == JOINT)
    assert (bob_joint.role, bob_joint.other_holders) == (
        "joint",
        (Party(ALICE, "李爱丽", "primary"),),
    )
    assert [(p.customer_number, p.label) for p in alice.related] == [
        (ACME, "director of"),
        (BOB, "spouse"),
    ]
    assert [(p.customer_number, p.label) for p in bob.related] == [(ALICE, "spouse")]
    assert [(p.customer_number, p.label) for p in acme.related] == [(ALICE, "has director")]
    assert acme.households == () and acme.accounts == ()


def test_contact_data_and_open_items(bank: Bank, cache: LocalCache) -> None:
    view = load(cache, ALICE)
    assert (view.name, view.branch_code, view.owning_rm, view.segment) == (
        "李爱丽",
        "0101",
        "王芳",
        "财富客户",
    )
    assert [(c.kind, c.value, c.is_primary) for c in view.contacts] == [
        ("phone", ALICE_PHONE, True),
        ("address", "杭州市1号", False),
    ]
    assert [c.purpose for c in view.consents] == ["marketing_sms"]
    assert [(t.title, t.assigned_to) for t in view.open_tasks] == [("Renew ID copy", "王芳")]
    assert [r.stage for r in view.open_referrals] == ["meeting"]
    assert [(o.reason, o.status) for o in view.active_offers] == [
        ("asked about it", "presented"),
        ("salary inflow", "suggested"),
    ]
    assert view.next_appointment is not None
    assert view.next_appointment.purpose == "mortgage review"
    assert view.next_appointment.starts_at == bank.next_appointment_at
    assert view.data_as_of == LATEST_CHANGE


def test_the_latest_twenty_interactions_come_newest_first(cache: LocalCache) -> None:
    view = load(cache, ALICE)
    assert [i.subject for i in view.interactions] == [f"visit {n}" for n in range(1, 21)]
    assert {i.staff for i in view.interactions} == {"李娜"}


def test_customers_are_found_by_number_as_typed_or_by_id(bank: Bank, cache: LocalCache) -> None:
    for typed in (" c000000001 ", "C 0000 00001", "Ｃ００００００００１"):
        assert load(cache, typed).customer_number == ALICE
    with cache.read_session() as s:
        assert load_customer_360(s, customer_id=bank.alice_id).customer_number == ALICE
        with pytest.raises(NotFoundError, match='no customer with id "'):
            load_customer_360(s, customer_id=uuid.uuid4())
    with pytest.raises(NotFoundError, match='no customer with number "C999" in this cache'):
        load(cache, "C999")
    with pytest.raises(NotFoundError):
        load(cache, CAROL)
    with pytest.raises(UsageError):
        load(cache, "   ")


def test_a_few_queries_load_a_360_whatever_it_holds(cache: LocalCache) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(cache.engine, "before_cursor_execute", count)
    try:
        load(cache, ALICE)
        alice_count = len(statements)
        statements.clear()
        load(cache, BOB)
    finally:
        event.remove(cache.engine, "before_cursor_execute", count)
    assert (
        alice_count == len(statements) <= 16
    )  # one per section (External data the 15th, segment feedback the 16th), not one per row


def test_json_data_keeps_amounts_exact(cache: LocalCache) -> None:
    data = json.loads(json.dumps(to_dict(load(cache, ALICE))))
    assert data["customer_number"] == ALICE
    total = data["profit"]["totals"][0]
    assert total["currency"] == "CNY" and Decimal(total["net"]) > 0
    assert isinstance(total["net"], str)
    assert data["accounts"][0]["other_holders"][0]["customer_number"] == BOB
    assert type(data["accounts"][0]["role"]) is str
    assert data["next_appointment"]["purpose"] == "mortgage review"


def test_masks_keep_only_the_ends() -> None:
    assert mask_national_id(ALICE_ID) == "110***********123X"
    assert mask_account(JOINT) == "************2222"
    assert mask_phone(ALICE_PHONE) == "138****5678"
    assert mask_phone("0571-87654321") == "057*-****4321"
    assert mask_phone("1234") == "****"


def test_a_masked_view_hides_the_numbers_the_raw_view_keeps(cache: LocalCache) -> None:
    raw = load(cache, ALICE)
    shown = masked(raw)
    assert raw.national_id == ALICE_ID and shown.national_id == mask_national_id(ALICE_ID)
    assert [a.account_number for a in shown.accounts] == [mask_account(JOINT), mask_account(USD)]
    assert shown.contacts[0].value == mask_phone(ALICE_PHONE)
    text = json.dumps(to_dict(shown), ensure_ascii=False)
    assert not any(secret in text for secret in (ALICE_ID, ALICE_PHONE, JOINT, USD))


def test_the_window_is_the_latest_twelve_periods_up_to_this_month() -> None:
    months = [month(p, 1) for p in (202301, 202305, *range(202401, 202413), 202501)]
    assert window([months], current=202412) == tuple(range(202401, 202413))
    assert window([months[:3]], current=202412) == (202301, 202305, 202401)
    assert period_of(date(2024, 3, 31)) == 202403
