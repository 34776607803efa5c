"""The customer 360 and `guitai show`: totals add up, joint holders and relations show both
ways, deleted rows stay hidden, numbers are masked unless asked."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from client.cli import main
from client.customer360 import load_customer_360
from client.demo import generate_demo
from client.errors import NotFoundError
from client.profile import Profile
from client.schema.models import (
    AccountHolder,
    Customer,
    Interaction,
    PartyRelationship,
)
from client.store import LocalCache


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bank")
    import os

    os.environ["GUITAI_ALLOW_DEV_KEY_FILE"] = "1"
    generate_demo(Profile.open(folder, create=True), 300, as_of=date(2026, 11, 1))
    return folder


def cache(folder: Path) -> LocalCache:
    return LocalCache.open(Profile.open(folder))


def test_profitability_is_the_sum_of_the_last_twelve_months(bank: Path) -> None:
    with cache(bank) as c, c.session() as s:
        view = load_customer_360(s, customer_number="C000000007")
    assert len(view.months) == 12 and view.months[-1].period == 202610
    assert sum((m.net for m in view.months), Decimal(0)) == view.net_12m_by_currency["CNY"]
    assert sum((a.net_12m for a in view.accounts), Decimal(0)) == view.net_12m_by_currency["CNY"]


def test_joint_holders_and_spouses_show_from_both_sides(bank: Path) -> None:
    with cache(bank) as c, c.session() as s:
        joint = s.execute(
            select(AccountHolder.customer_id).where(AccountHolder.role == "joint")
        ).scalar()
        assert joint is not None
        number = s.scalar(select(Customer.customer_number).where(Customer.id == joint))
        view = load_customer_360(s, customer_number=number)
        assert any(a.other_holders for a in view.accounts)
        spouse = s.scalars(
            select(PartyRelationship).where(PartyRelationship.kind == "spouse")
        ).first()
        assert spouse is not None
        a = s.get(Customer, spouse.from_customer_id)
        b = s.get(Customer, spouse.to_customer_id)
        assert a is not None and b is not None
        from_a = load_customer_360(s, customer_number=a.customer_number)
        from_b = load_customer_360(s, customer_number=b.customer_number)
    assert any(p.customer_number == b.customer_number for p in from_a.related)
    assert any(p.customer_number == a.customer_number for p in from_b.related)
    assert from_a.household and from_b.household


def test_deleted_interactions_are_hidden(bank: Path) -> None:
    with cache(bank) as c:
        with c.session() as s:
            row = s.scalars(select(Interaction)).first()
            assert row is not None
            number = s.scalar(
                select(Customer.customer_number).where(Customer.id == row.customer_id)
            )
            before = len(load_customer_360(s, customer_number=number).interactions)
            row.deleted = True
        with c.session() as s:
            after = len(load_customer_360(s, customer_number=number).interactions)
            s.get(Interaction, row.id).deleted = False  # type: ignore[union-attr]
    assert after == before - 1


def test_show_masks_numbers_unless_unmasked(bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with cache(bank) as c, c.session() as s:
        customer = s.scalars(select(Customer).where(Customer.kind == "individual")).first()
        assert customer is not None and customer.national_id
        number, full_id, name = customer.customer_number, customer.national_id, customer.legal_name
    assert main(["show", number, "--profile", str(bank)]) == 0
    out = capsys.readouterr().out
    assert name in out and full_id not in out and full_id[-4:] in out
    assert main(["show", number.lower(), "--profile", str(bank), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["customer_number"] == number and full_id not in json.dumps(data)
    assert main(["show", number, "--profile", str(bank), "--unmask"]) == 0
    assert full_id in capsys.readouterr().out


def test_an_unknown_customer_is_a_clear_message(
    bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "C999999999", "--profile", str(bank)]) == NotFoundError.exit_code
    err = capsys.readouterr().err
    assert 'no customer with number "C999999999"' in err and "Traceback" not in err
