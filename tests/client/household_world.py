"""A cache at branch A: Alice, her joint holder and spouse Wang Fang of branch B (held as a
party row: her name only), their household, 30 months of account history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from client.profile import Profile
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Branch,
    Customer,
    Household,
    HouseholdMember,
    PartyRelationship,
    Product,
)
from client.schema.permissions import PARTY_VERSION
from client.store import LocalCache

ALICE, WANG, CHEN = "A0001", "B0001", "A0002"
NOW = datetime.now(UTC)
TODAY = NOW.astimezone().date()


def months_back(n: int) -> int:
    total = TODAY.year * 12 + TODAY.month - 1 - n
    return (total // 12) * 100 + total % 12 + 1


PERIODS = [months_back(n) for n in range(30, 0, -1)]
"""30 months ending with last month, oldest first."""


def figures(period: int, k: int, scale: int) -> MonthFigures:
    d = Decimal
    return MonthFigures(
        period, d(100 * k * scale), d(k * 3), d(scale), d("1.5"), d(k % 4), d("0.25") * scale
    )


@dataclass(frozen=True)
class World:
    folder: Path
    histories: dict[str, tuple[MonthFigures, ...]]
    """By account number: its months."""
    currencies: dict[str, str]
    alice_accounts: tuple[str, ...]
    household_accounts: tuple[str, ...]


def build(folder: Path) -> World:
    a = Branch(id=uuid.uuid4(), code="A01", name="Branch A", city="杭州")
    b = Branch(id=uuid.uuid4(), code="B01", name="Branch B", city="上海")
    product = Product(id=uuid.uuid4(), code="CUR", name="活期账户", category="current")
    alice = Customer(
        id=uuid.uuid4(),
        customer_number=ALICE,
        kind="individual",
        legal_name="李爱丽",
        home_branch_id=a.id,
    )
    chen = Customer(
        id=uuid.uuid4(),
        customer_number=CHEN,
        kind="individual",
        legal_name="陈明",
        home_branch_id=a.id,
    )
    wang = Customer(  # a party row, as the server sends it: version 0, the name only
        id=uuid.uuid4(),
        customer_number=WANG,
        kind="individual",
        legal_name="王芳",
        name_latin="Wang Fang",
        home_branch_id=b.id,
        version=PARTY_VERSION,
    )
    numbers = {"cny1": "CNY", "cny2": "CNY", "usd": "USD", "chen": "CNY"}
    accounts = {
        n: Account(
            id=uuid.uuid4(),
            account_number=n,
            product_id=product.id,
            branch_id=a.id,
            currency=c,
            status="open",
            opened_on=date(2020, 1, 2),
            balance=Decimal(1),
            balance_as_of=NOW,
        )
        for n, c in numbers.items()
    }
    histories = {
        "cny1": tuple(figures(p, k, 1) for k, p in enumerate(PERIODS, start=1)),
        "cny2": tuple(figures(p, k, 3) for k, p in enumerate(PERIODS[-20:], start=1)),
        "usd": tuple(figures(p, k, 2) for k, p in enumerate(PERIODS, start=1)),
        "chen": tuple(figures(p, 5, 7) for p in PERIODS),
    }
    household = Household(id=uuid.uuid4(), name="李王家")
    rows: list[object] = [
        a,
        b,
        product,
        alice,
        chen,
        wang,
        *accounts.values(),
        household,
        AccountHolder(account_id=accounts["cny1"].id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=accounts["cny1"].id, customer_id=wang.id, role="joint"),
        AccountHolder(account_id=accounts["cny2"].id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=accounts["usd"].id, customer_id=alice.id, role="primary"),
        AccountHolder(account_id=accounts["chen"].id, customer_id=chen.id, role="primary"),
        *(AccountHistory(account_id=accounts[n].id, months=m) for n, m in histories.items()),
        PartyRelationship(from_customer_id=alice.id, to_customer_id=wang.id, kind="spouse"),
        HouseholdMember(household_id=household.id, customer_id=alice.id, role="head"),
        HouseholdMember(household_id=household.id, customer_id=wang.id, role="member"),
        HouseholdMember(household_id=household.id, customer_id=chen.id, role="member"),
    ]
    with LocalCache.open(Profile.open(folder, create=True)) as cache, cache.session() as s:
        for row in rows:
            s.add(row)
            s.flush()
    return World(
        folder, histories, numbers, ("cny1", "cny2", "usd"), ("cny1", "cny2", "usd", "chen")
    )
