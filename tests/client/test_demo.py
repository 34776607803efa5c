"""The demo bank: deterministic, realistic in shape, readable through the ORM, never over an
existing cache without --replace."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client.cli import main
from client.demo import generate_demo
from client.demo.material import id_check_digit
from client.errors import UsageError
from client.profile import Profile
from client.schema import models
from client.store import LocalCache

AS_OF = date(2026, 11, 1)


def make(folder: Path, customers: int = 400, seed: int = 1) -> LocalCache:
    profile = Profile.open(folder, create=True)
    generate_demo(profile, customers, seed=seed, as_of=AS_OF)
    return LocalCache.open(profile)


def customers_of(cache: LocalCache) -> list[tuple[str, str, str | None]]:
    with cache.session() as session:
        rows = session.execute(
            select(
                models.Customer.customer_number,
                models.Customer.legal_name,
                models.Customer.national_id,
            ).order_by(models.Customer.customer_number)
        )
        return [tuple(r) for r in rows]


def test_the_same_seed_gives_the_same_bank_and_another_seed_another(tmp_path: Path) -> None:
    with make(tmp_path / "a") as a, make(tmp_path / "b") as b, make(tmp_path / "c", seed=2) as c:
        assert customers_of(a) == customers_of(b)
        assert customers_of(a) != customers_of(c)
        with a.session() as sa, b.session() as sb:
            ids_a = sa.scalars(
                select(models.Account.id).order_by(models.Account.account_number)
            ).all()
            ids_b = sb.scalars(
                select(models.Account.id).order_by(models.Account.account_number)
            ).all()
            assert ids_a == ids_b


def test_every_model_reads_back_through_the_orm(tmp_path: Path) -> None:
    with make(tmp_path / "p") as cache, cache.session() as session:
        for model in (
            models.Branch,
            models.User,
            models.Segment,
            models.Product,
            models.Campaign,
            models.Customer,
            models.ContactPoint,
            models.Consent,
            models.Account,
            models.AccountHolder,
            models.AccountHistory,
            models.Household,
            models.HouseholdMember,
            models.PartyRelationship,
            models.Interaction,
            models.Task,
            models.Offer,
            models.Referral,
            models.CalendarBlock,
            models.Appointment,
        ):
            rows = session.scalars(select(model).limit(20)).all()
            assert rows, f"no {model.__name__} generated"
            for row in rows:
                assert row.version == 1 and row.deleted is False
                assert row.updated_at.tzinfo is not None
        history = session.scalars(select(models.AccountHistory)).first()
        assert history is not None and 1 <= len(history.months) <= 24
        month = history.months[-1]
        assert month.period == 202610
        assert month.net == month.revenue - month.cost


def test_customers_hold_one_to_six_accounts_and_joint_accounts_exist(tmp_path: Path) -> None:
    with make(tmp_path / "p") as cache, cache.session() as session:
        held = session.execute(
            select(models.AccountHolder.customer_id, func.count()).group_by(
                models.AccountHolder.customer_id
            )
        ).all()
        customers = session.scalar(select(func.count()).select_from(models.Customer))
        assert len(held) == customers
        assert all(1 <= n <= 6 for _c, n in held)
        holders = Counter(session.scalars(select(models.AccountHolder.account_id)))
        assert max(holders.values()) == 2


def test_names_cover_the_scripts_a_branch_sees(tmp_path: Path) -> None:
    with make(tmp_path / "p", customers=1500) as cache:
        names = [name for _n, name, _i in customers_of(cache)]
    assert any(name.startswith(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")) for name in names)
    assert any(any(ch in name for ch in "張陳黃趙劉楊") for name in names), "no traditional names"
    assert any(any(ch in name for ch in "üéöøëïñ") for name in names), "no accented Latin names"
    assert any(name.endswith("有限公司") for name in names)


def test_both_holders_of_a_joint_account_are_found_by_its_number(tmp_path: Path) -> None:
    from client.search.query import search_customers

    with make(tmp_path / "p") as cache:
        with cache.session() as session:
            account_id = session.scalars(
                select(models.AccountHolder.account_id).where(models.AccountHolder.role == "joint")
            ).first()
            number = session.scalar(
                select(models.Account.account_number).where(models.Account.id == account_id)
            )
            holders = set(
                session.scalars(
                    select(models.AccountHolder.customer_id).where(
                        models.AccountHolder.account_id == account_id
                    )
                )
            )
        assert number is not None and len(holders) == 2
        hits = search_customers(cache, number)
    assert {hit.customer_id for hit in hits} == holders


def test_national_ids_carry_valid_check_digits(tmp_path: Path) -> None:
    with make(tmp_path / "p") as cache, cache.session() as session:
        rows = session.execute(
            select(models.Customer.national_id).where(models.Customer.kind == "individual")
        ).scalars()
        ids = list(rows)
    assert ids and all(i and len(i) == 18 and id_check_digit(i[:17]) == i[17] for i in ids)


def test_an_existing_cache_is_kept_unless_replace(tmp_path: Path) -> None:
    with make(tmp_path / "p", customers=50) as cache:
        before = customers_of(cache)
    profile = Profile.open(tmp_path / "p")
    with pytest.raises(UsageError, match="--replace"):
        generate_demo(profile, 60)
    with LocalCache.open(profile) as cache:
        assert customers_of(cache) == before


def test_demo_command_prints_counts_and_rejects_absurd_sizes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "cli")
    assert main(["demo", "--profile", folder, "--customers", "30"]) == 0
    assert "30 customers" in capsys.readouterr().out
    assert main(["demo", "--profile", folder, "--customers", "0", "--replace"]) == 2
    assert "--customers must be between" in capsys.readouterr().err
