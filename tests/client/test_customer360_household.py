"""The 360's household, 24-month balances and profitability lines add up to plain sums over
the same rows; parties of another branch (held as party rows) show by name."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from client.customer360 import Customer360, load_customer_360
from client.customer360.profit import period_of
from client.profile import Profile
from client.store import LocalCache
from tests.client.household_world import ALICE, NOW, TODAY, WANG, World, build


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        return build(tmp_path_factory.mktemp("household") / "profile")


@pytest.fixture
def view(world: World) -> Iterator[Customer360]:
    with LocalCache.open(Profile.open(world.folder)) as cache, cache.read_session() as s:
        yield load_customer_360(s, customer_number=ALICE, now=NOW)


def test_a_joint_holder_of_another_branch_shows_by_name(view: Customer360) -> None:
    (joint,) = [a for a in view.accounts if a.account_number == "cny1"]
    assert [(p.customer_number, p.name, p.elsewhere) for p in joint.other_holders] == [
        (WANG, "王芳", True)
    ]
    assert [(r.name, r.label, r.elsewhere) for r in view.related] == [("王芳", "spouse", True)]


def test_the_household_lists_its_members_and_its_twelve_month_net(
    world: World, view: Customer360
) -> None:
    (household,) = view.households
    assert household.name == "李王家" and household.role == "head"
    assert sorted((m.name, m.role, m.elsewhere) for m in household.members) == [
        ("王芳", "member", True),
        ("陈明", "member", False),
    ]
    window = set(view.profit.periods)
    assert len(window) == 12
    for total in household.profit_12m:
        plain = sum(
            (
                m.net
                for n in world.household_accounts
                if world.currencies[n] == total.currency
                for m in world.histories[n]
                if m.period in window
            ),
            Decimal(0),
        )
        assert total.net == plain
    assert [t.currency for t in household.profit_12m] == ["CNY", "USD"]


def test_the_balance_series_is_24_months_of_cny_balances_summed(
    world: World, view: Customer360
) -> None:
    balances = view.profit.balances
    assert len(balances) == 24
    periods = [b.period for b in balances]
    assert periods == sorted(periods) and periods[-1] < period_of(TODAY)
    for point in balances:
        plain = sum(
            (
                m.end_balance
                for n in world.alice_accounts
                if world.currencies[n] == "CNY"
                for m in world.histories[n]
                if m.period == point.period
            ),
            Decimal(0),
        )
        assert point.balance == plain
    assert balances[-1].balance != balances[0].balance  # the second account joined later


def test_profitability_lines_add_up_and_give_the_net(world: World, view: Customer360) -> None:
    window = set(view.profit.periods)
    assert [line.currency for line in view.profit.lines] == ["CNY", "USD"]
    for line in view.profit.lines:
        months = [
            m
            for n in world.alice_accounts
            if world.currencies[n] == line.currency
            for m in world.histories[n]
            if m.period in window
        ]
        for name in ("interest_income", "fee_income", "funding_cost", "operating_cost"):
            assert getattr(line, name) == sum((getattr(m, name) for m in months), Decimal(0))
        assert line.risk_cost == sum((m.risk_cost for m in months), Decimal(0))
        (total,) = [t for t in view.profit.totals if t.currency == line.currency]
        assert line.net == total.net == sum((m.net for m in months), Decimal(0))
