"""The customer 360 and `guitai show`: totals add up, joint holders and relations show both
ways, deleted rows stay hidden, numbers are masked unless asked."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from client.cli import main
from client.customer360 import Customer360, load_customer_360, to_dict
from client.errors import NotFoundError
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

ALICE, BOB, ACME = "C000000001", "C000000002", "C000000003"
ALICE_ID = "110101199001011234"
ALICE_PHONE = "13812345678"
JOINT_ACCOUNT = "6222000011112222"
USD_ACCOUNT = "6222000033334444"
NOW = datetime.now(UTC)
PERIODS = [y * 100 + m for y in (2024, 2025) for m in range(1, 13)]


@dataclass(frozen=True)
class Bank:
    folder: Path
    joint_months: tuple[MonthFigures, ...]
    usd_months: tuple[MonthFigures, ...]
    next_appointment_at: datetime


def month(period: int, k: int) -> MonthFigures:
    d = Decimal
    return MonthFigures(period, d(1000 * k), d(k * 3), d("1.5"), d(k), d("0.25"), d("0.1"))


def customer(branch: Branch, number: str, name: str, **fields: object) -> Customer:
    return Customer(
        id=uuid.uuid4(),
        customer_number=number,
        kind=fields.pop("kind", "individual"),
        legal_name=name,
        home_branch_id=branch.id,
        **fields,
    )


def account(branch: Branch, product: Product, number: str, currency: str) -> Account:
    return Account(
        id=uuid.uuid4(),
        account_number=number,
        product_id=product.id,
        branch_id=branch.id,
        currency=currency,
        status="open",
        opened_on=date(2020, 1, 1),
        balance=Decimal("1234.5"),
        balance_as_of=NOW,
    )


def build(folder: Path) -> Bank:
    branch = Branch(id=uuid.uuid4(), code="B001", name="Main Street", city="Hangzhou")
    product = Product(id=uuid.uuid4(), code="CUR", name="Current account", category="current")
    rm = User(
        id=uuid.uuid4(),
        username="wang",
        display_name="Wang Fang",
        role="relationship_manager",
        branch_id=branch.id,
    )
    segment = Segment(id=uuid.uuid4(), code="AFF", name="Affluent")
    alice = customer(
        branch, ALICE, "Alice Li", national_id=ALICE_ID, owning_rm_id=rm.id, segment_id=segment.id
    )
    bob = customer(branch, BOB, "Bob Li", national_id="110101198801015678")
    acme = customer(branch, ACME, "Acme Ltd", kind="business")
    joint = account(branch, product, JOINT_ACCOUNT, "CNY")
    usd = account(branch, product, USD_ACCOUNT, "USD")
    joint_months = tuple(month(p, k) for k, p in enumerate(PERIODS, start=1))
    usd_months = tuple(month(p, 2) for p in PERIODS[-12:])
    household = Household(id=uuid.uuid4(), name="Li family")
    in_days = [NOW + timedelta(days=n) for n in (-3, 1, 2, 5)]
    rows: list[object] = [
        branch,
        product,
        rm,
        segment,
        alice,
        bob,
        acme,
        joint,
        usd,
        household,
        ContactPoint(customer_id=alice.id, kind="phone", label="mobile", value=ALICE_PHONE),
        ContactPoint(customer_id=alice.id, kind="email", value="old@example.com", deleted=True),
        Consent(
            customer_id=alice.id,
            purpose="marketing_sms",
            granted=True,
            recorded_at=NOW,
            channel="counter",
        ),
        AccountHolder(account_id=joint.id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=joint.id, customer_id=bob.id, role="joint"),
        AccountHolder(account_id=usd.id, customer_id=alice.id, role="primary"),
        AccountHistory(account_id=joint.id, months=joint_months),
        AccountHistory(account_id=usd.id, months=usd_months),
        PartyRelationship(from_customer_id=alice.id, to_customer_id=bob.id, kind="spouse"),
        PartyRelationship(from_customer_id=alice.id, to_customer_id=acme.id, kind="director_of"),
        HouseholdMember(household_id=household.id, customer_id=alice.id, role="head"),
        HouseholdMember(household_id=household.id, customer_id=bob.id, role="member"),
        *(
            Interaction(
                customer_id=alice.id,
                kind="visit",
                channel="counter",
                occurred_at=NOW - timedelta(days=n),
                subject=f"visit {n}",
            )
            for n in (3, 1, 2)
        ),
        Interaction(
            customer_id=alice.id,
            kind="call",
            channel="call_centre",
            occurred_at=NOW,
            subject="withdrawn call",
            deleted=True,
        ),
        Task(customer_id=alice.id, title="Renew ID copy", due_on=NOW.date()),
        Task(customer_id=alice.id, title="Old task", due_on=NOW.date(), status="done"),
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
            for stage in ("qualified", "won")
        ),
        *(
            Offer(
                customer_id=alice.id,
                product_id=product.id,
                reason=reason,
                score=80,
                status=status,
                expires_on=NOW.date() + timedelta(days=30),
            )
            for reason, status in (("salary inflow", "suggested"), ("said no", "declined"))
        ),
        *(
            Appointment(
                rm_id=rm.id,
                customer_id=alice.id,
                booked_by_id=rm.id,
                starts_at=starts,
                ends_at=starts + timedelta(hours=1),
                purpose=purpose,
                status=status,
                channel="counter",
            )
            for starts, purpose, status in (
                (in_days[0], "past review", "done"),
                (in_days[1], "cancelled review", "cancelled"),
                (in_days[3], "later review", "tentative"),
                (in_days[2], "mortgage review", "confirmed"),
            )
        ),
    ]
    with LocalCache.open(Profile.open(folder, create=True)) as cache, cache.session() as s:
        for row in rows:
            s.add(row)
            s.flush()
    return Bank(folder, joint_months, usd_months, in_days[2])


@pytest.fixture
def bank(profile_dir: Path) -> Bank:
    return build(profile_dir)


def load(bank: Bank, number: str) -> Customer360:
    with LocalCache.open(Profile.open(bank.folder)) as cache, cache.session() as s:
        return load_customer_360(s, customer_number=number)


def net(months: tuple[MonthFigures, ...]) -> Decimal:
    return sum((m.net for m in months), Decimal(0))


def test_profitability_is_the_sum_of_the_last_twelve_months(bank: Bank) -> None:
    view = load(bank, ALICE)
    last_year = bank.joint_months[-12:]
    assert view.net_12m_by_currency == {"CNY": net(last_year), "USD": net(bank.usd_months)}
    joint = next(a for a in view.accounts if a.account_number == JOINT_ACCOUNT)
    assert joint.net_12m == net(last_year) and joint.revenue_12m - joint.cost_12m == joint.net_12m
    cny = [m for m in view.months if m.currency == "CNY"]
    assert [m.period for m in cny] == PERIODS[-12:]
    assert [m.net for m in cny] == [m.net for m in last_year]
    assert view.household_net_12m_by_currency == view.net_12m_by_currency


def test_joint_holders_and_relations_show_from_both_sides(bank: Bank) -> None:
    alice, bob, acme = load(bank, ALICE), load(bank, BOB), load(bank, ACME)
    assert {(a.account_number, a.role, a.other_holders) for a in alice.accounts} == {
        (JOINT_ACCOUNT, "primary", ("Bob Li",)),
        (USD_ACCOUNT, "primary", ()),
    }
    assert [(a.role, a.other_holders) for a in bob.accounts] == [("joint", ("Alice Li",))]
    assert {(p.customer_number, p.label) for p in alice.related} == {
        (BOB, "spouse of"),
        (ACME, "director of"),
    }
    assert [(p.customer_number, p.label) for p in bob.related] == [(ALICE, "spouse of")]
    assert [(p.customer_number, p.label) for p in acme.related] == [(ALICE, "has director")]
    assert [p.customer_number for p in alice.household] == [BOB]
    assert [p.customer_number for p in bob.household] == [ALICE]
    assert bob.household_net_12m_by_currency == alice.household_net_12m_by_currency


def test_contact_data_and_open_items(bank: Bank) -> None:
    view = load(bank, " c000000001 ")
    assert (view.branch_code, view.owning_rm, view.segment) == ("B001", "Wang Fang", "Affluent")
    assert view.contacts == (("phone", "mobile", ALICE_PHONE),)
    assert [c.purpose for c in view.consents] == ["marketing_sms"]
    assert [i.text for i in view.interactions] == ["visit 1", "visit 2", "visit 3"]
    assert [t.text for t in view.open_tasks] == ["Renew ID copy"]
    assert [r.status for r in view.open_referrals] == ["qualified"]
    assert [o.status for o in view.offers] == ["suggested"]
    assert view.next_appointment is not None
    assert view.next_appointment.text == "mortgage review"
    assert view.next_appointment.when == bank.next_appointment_at.isoformat()
    assert view.data_as_of <= datetime.now(UTC)
    json.dumps(to_dict(view))


def test_masks_keep_only_the_ends() -> None:
    assert mask_national_id(ALICE_ID) == "110***********1234"
    assert mask_account(JOINT_ACCOUNT) == "************2222"
    assert mask_phone(ALICE_PHONE) == "138****5678"


def test_show_masks_numbers_unless_unmasked(bank: Bank, capsys: pytest.CaptureFixture[str]) -> None:
    profile = ["--profile", str(bank.folder)]
    assert main(["show", ALICE, *profile]) == 0
    out = capsys.readouterr().out
    assert "Alice Li" in out and ALICE_ID not in out and mask_national_id(ALICE_ID) in out
    assert JOINT_ACCOUNT not in out and ALICE_PHONE not in out
    assert main(["show", ALICE.lower(), *profile, "--json"]) == 0
    text = capsys.readouterr().out
    data = json.loads(text)
    assert data["customer_number"] == ALICE and ALICE_ID not in text
    assert main(["show", ALICE, *profile, "--unmask"]) == 0
    out = capsys.readouterr().out
    assert ALICE_ID in out and JOINT_ACCOUNT in out


def test_an_unknown_customer_is_a_clear_message(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "C999999999", "--profile", str(bank.folder)]) == NotFoundError.exit_code
    err = capsys.readouterr().err
    assert 'no customer with number "C999999999"' in err and "Traceback" not in err
