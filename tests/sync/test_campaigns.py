"""Campaigns: the offers equal a plain Python reading of the same rows, with every exclusion
(holds the product, no marketing consent, closed, declined in the last 90 days, accepted
already), the cap of 3 by priority and score, and reasons in the customer's terms."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from client.customer360 import load_customer_360
from client.schema.enums import (
    AccountStatus,
    ConsentPurpose,
    HolderRole,
    Lifecycle,
    OfferStatus,
    ProductFamily,
)
from client.schema.models import (
    Account,
    AccountHolder,
    Branch,
    Campaign,
    Consent,
    Customer,
    Offer,
    Product,
    Referral,
)
from client.work import OfferResponse, respond_to_offer
from sync.server import campaigns
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.rules.money import to_cny_units
from sync.server.rules.parse import RuleError, parse_rule
from tests.sync.conftest import Api, seed_org
from tests.sync.engine_kit import gold_campaign, seed_customers, workstation
from tests.sync.imports_kit import CUSTOMERS_HEADER, add_reference_data, run, write
from tests.sync.rules_kit import NOW, TODAY, build_bank, decide, read_people

REASON = "holds {deposits} in deposits, {total_balance} in all, and no {product_name}"
CAMPAIGNS = (
    # code, product, rule, priority, from, to
    ("WEALTH", "WLTH", "total_balance >= 100000", 10, TODAY, TODAY + timedelta(days=30)),
    ("TERM", "TD", 'kind = "individual"', 20, TODAY - timedelta(days=5), TODAY),
    ("CARDS", "CARD", "age >= 30", 20, TODAY, TODAY),
    ("HOMES", "MORT", "account_count >= 1", 30, TODAY, TODAY + timedelta(days=9)),
    ("OLD", "SAV", "account_count >= 0", 1, date(2025, 1, 1), TODAY - timedelta(days=1)),
)


def _add(db: Database) -> None:
    with db.writer() as session, session.begin():
        for code, product, rule, priority, start, end in CAMPAIGNS:
            campaigns.add_campaign(
                session,
                code,
                name=code.title(),
                product=product,
                rule=rule,
                priority=priority,
                starts_on=start,
                ends_on=end,
                reason=REASON,
                now=NOW,
            )


def _answers(db: Database, numbers: list[str]) -> set[tuple[str, str]]:
    """Earlier answers: declined TD recently (excluded), declined TD long ago (not), accepted
    WEALTH (excluded). Returns the (number, campaign) pairs excluded so."""
    with db.writer() as session, session.begin():
        ids = dict(session.execute(select(Customer.customer_number, Customer.id)).all())
        products = dict(session.execute(select(Product.code, Product.id)).all())
        wealth = session.scalars(select(Campaign.id).where(Campaign.code == "WEALTH")).one()
        rows = [
            (numbers[0], "TD", None, OfferStatus.DECLINED, 10),
            (numbers[1], "TD", None, OfferStatus.DECLINED, 100),
            (numbers[2], "WLTH", wealth, OfferStatus.ACCEPTED, 200),
        ]
        for number, product, campaign, status, days in rows:
            session.add(
                Offer(
                    id=uuid.uuid4(),
                    version=1,
                    customer_id=ids[number],
                    product_id=products[product],
                    campaign_id=campaign,
                    reason="earlier",
                    score=50,
                    status=status,
                    expires_on=TODAY,
                    updated_at=NOW - timedelta(days=days),
                )
            )
    return {(numbers[0], "TERM"), (numbers[2], "WEALTH")}


def _deposits(db: Database) -> dict[str, int]:
    """Each customer's open deposit balances in 1/10,000 CNY, from the rows."""
    out: dict[str, int] = defaultdict(int)
    with db.reader() as session:
        numbers = dict(session.execute(select(Customer.id, Customer.customer_number)).all())
        for holder, account, product in session.execute(
            select(AccountHolder, Account, Product)
            .join(Account, Account.id == AccountHolder.account_id)
            .join(Product, Product.id == Account.product_id)
        ):
            if holder.role is HolderRole.AUTHORISED or account.status is AccountStatus.CLOSED:
                continue
            if product.family is ProductFamily.DEPOSIT:
                units = to_cny_units(int(account.balance * 10_000), account.currency)
                out[numbers[holder.customer_id]] += units or 0
    return out


def _expected(db: Database, excluded: set[tuple[str, str]]) -> set[tuple[str, str, str, int]]:
    """(number, campaign, reason, score) of every offer, worked out in Python."""
    with db.reader() as session:
        people = read_people(session)
    deposits = _deposits(db)
    names = {"WLTH": "WLTH", "TD": "TD", "CARD": "CARD", "MORT": "MORT", "SAV": "SAV"}
    out: set[tuple[str, str, str, int]] = set()
    for p in people.values():
        if p.lifecycle == "closed" or not any(c.startswith("marketing") for c in p.consents):
            continue
        score = max(1, min(99, 10 + p.balance_units // 200_000_000))
        fits = [
            (priority, code, product)
            for code, product, rule, priority, start, end in CAMPAIGNS
            if start <= TODAY <= end
            and product not in p.products
            and (p.number, code) not in excluded
            and decide(parse_rule(rule), p)
        ]
        for _, code, product in sorted(fits)[:3]:
            reason = (
                f"holds CNY {(deposits[p.number] + 5_000) // 10_000:,} in deposits, "
                f"CNY {(p.balance_units + 5_000) // 10_000:,} in all, and no {names[product]}"
            )
            out.add((p.number, code, reason, score))
    return out


def _offers(db: Database) -> set[tuple[str, str, str, int]]:
    with db.reader() as session:
        rows = session.execute(
            select(Customer.customer_number, Campaign.code, Offer.reason, Offer.score)
            .join(Customer, Customer.id == Offer.customer_id)
            .join(Campaign, Campaign.id == Offer.campaign_id)
            .where(Offer.status.in_([OfferStatus.SUGGESTED, OfferStatus.PRESENTED]))
        )
        return {tuple(r) for r in rows}  # type: ignore[misc]


def test_the_offers_are_those_the_rules_and_exclusions_name(database_url: str) -> None:
    db = Database(database_url)
    bank = build_bank(db, customers=120)
    _add(db)
    excluded = _answers(db, bank.customers)
    with db.writer() as session, session.begin():
        result = campaigns.evaluate(session, NOW, today=TODAY)
    expected = _expected(db, excluded)
    assert _offers(db) == expected
    assert {c for _, c, _, _ in expected} == {"WEALTH", "TERM", "CARDS", "HOMES"}
    assert "OLD" not in result.eligible  # ended yesterday
    assert result.created == len(expected)
    per_customer: dict[str, int] = defaultdict(int)
    for number, *_ in expected:
        per_customer[number] += 1
    assert max(per_customer.values()) == 3  # the cap bites
    # the same rows again: nothing changes
    with db.writer() as session, session.begin():
        again = campaigns.evaluate(session, NOW, today=TODAY)
    assert (again.created, again.renewed, again.expired) == (0, 0, 0)
    # a customer withdraws marketing consent: their open offers expire
    number = next(iter(per_customer))
    with db.writer() as session, session.begin():
        cid = session.scalars(select(Customer.id).where(Customer.customer_number == number)).one()
        for consent in session.scalars(select(Consent).where(Consent.customer_id == cid)):
            consent.granted = False
        session.flush()
        later = campaigns.evaluate(session, NOW, today=TODAY)
    assert later.expired == per_customer[number]
    assert {o for o in _offers(db) if o[0] == number} == set()
    db.dispose()


def test_a_reason_keeps_the_characters_of_the_customer_s_name(database_url: str) -> None:
    """The offers go to PostgreSQL in COPY's text format: a backslash or a tab in a name is
    written as such, not read as an escape."""
    db = Database(database_url)
    build_bank(db, customers=12)
    odd = "Back\\slash\tand \\N Co."
    with db.writer() as session, session.begin():
        customer = session.scalars(
            select(Customer)
            .join(Consent, Consent.customer_id == Customer.id)
            .where(Consent.granted.is_(True), Customer.lifecycle != Lifecycle.CLOSED)
            .where(Consent.purpose.in_([p for p in ConsentPurpose if p.value.startswith("mark")]))
            .order_by(Customer.customer_number)
        ).first()
        assert customer is not None
        customer.legal_name = odd
        number = customer.customer_number
        campaigns.add_campaign(
            session,
            "NAMES",
            name="Names",
            product="SAV",
            rule="account_count >= 0",
            priority=1,
            starts_on=TODAY,
            ends_on=TODAY,
            reason="for {customer_name}: {product_name}",
            now=NOW,
        )
    with db.writer() as session, session.begin():
        campaigns.evaluate(session, NOW, today=TODAY)
    with db.reader() as session:
        reasons = session.scalars(
            select(Offer.reason)
            .join(Customer, Customer.id == Offer.customer_id)
            .where(Customer.customer_number == number)
        ).all()
    db.dispose()
    assert reasons and all(r.startswith(f"for {odd}: ") for r in reasons)


def test_results_per_branch(database_url: str) -> None:
    db = Database(database_url)
    build_bank(db, customers=40)
    _add(db)
    with db.writer() as session, session.begin():
        campaigns.evaluate(session, NOW, today=TODAY)
        offers = session.scalars(
            select(Offer)
            .join(Campaign, Campaign.id == Offer.campaign_id)
            .where(Campaign.code == "CARDS")
            .order_by(Offer.id)
        ).all()
        assert len(offers) >= 3
        offers[0].status = OfferStatus.ACCEPTED
        offers[1].status = OfferStatus.PRESENTED
        offers[2].status = OfferStatus.DECLINED
        branch_of = dict(
            session.execute(
                select(Customer.id, Branch.code).join(Branch, Branch.id == Customer.home_branch_id)
            ).all()
        )
        expected: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for i, offer in enumerate(offers):
            counts = expected[branch_of[offer.customer_id]]
            counts[0] += 1
            counts[1] += i < 3
            counts[2] += i == 0
    with db.reader() as session:
        got = {
            r.branch: [r.eligible, r.presented, r.accepted]
            for r in campaigns.results(session, "CARDS")
        }
    assert got == dict(expected)
    db.dispose()


def test_the_commands(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(database_url)
    build_bank(db, customers=20)
    db.dispose()
    base = ["--database", database_url]
    add = ["campaign", "add", "GOLD", "--product", "WLTH", "--rule", "total_balance >= 1"]
    dates = ["--priority", "5", "--from", "2020-01-01", "--to", "2099-12-31"]
    assert (
        server_main([*add, *dates, "--reason", "{total_balance} and no {product_name}", *base]) == 0
    )
    assert "total balance" in capsys.readouterr().out
    assert server_main([*add[:2], "BAD", *add[3:], *dates, "--reason", "{nope}", *base]) != 0
    assert "unknown placeholder(s) {nope}" in capsys.readouterr().err
    bad = ["campaign", "add", "BAD", "--product", "WLTH", "--rule", '"x"; drop table customer']
    assert server_main([*bad, *dates, "--reason", "x", *base]) != 0
    assert "column" in capsys.readouterr().err
    assert server_main(["campaign", "list", "--json", *base]) == 0
    assert [c["code"] for c in json.loads(capsys.readouterr().out)] == ["GOLD"]
    assert server_main(["campaign", "evaluate", "--json", *base]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["created"] == counts["offered"]["GOLD"] > 0
    assert server_main(["campaign", "results", "GOLD", "--json", *base]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sum(r["eligible"] for r in rows) == counts["created"]
    assert all(r["conversion"] is None for r in rows)


def test_a_bad_rule_adds_no_campaign(database_url: str) -> None:
    db = Database(database_url)
    build_bank(db, customers=2)
    with db.writer() as session, session.begin(), pytest.raises(RuleError):
        campaigns.add_campaign(
            session,
            "X",
            name="",
            product="WLTH",
            rule="age >= (",
            priority=1,
            starts_on=TODAY,
            ends_on=TODAY,
            reason="",
            now=NOW,
        )
    with db.reader() as session:
        assert session.scalars(select(Campaign)).all() == []
    db.dispose()


def test_an_accepted_offer_becomes_a_referral_to_the_rm(api: Api, tmp_path: Path) -> None:
    """Offline at the counter, the customer accepts; the push gives the RM a referral."""
    (cid,) = seed_customers(api, "BJ01", 1)
    rm = api.seeded.users["relationship_manager@BJ01"]
    with api.db.writer() as session, session.begin():
        session.get(Customer, cid).owning_rm_id = rm  # type: ignore[union-attr]
    assert gold_campaign(api, cid) == 1
    station = workstation(api, tmp_path / "bj", "teller@BJ01")
    try:
        station.engine.sync()
        with station.cache.session() as session:
            view = load_customer_360(session, customer_id=cid)
            (offer,) = view.active_offers
            assert (offer.product, offer.reason) == ("Wealth", "no Wealth yet")
            assert offer.offer_id is not None
            respond_to_offer(session, cid, offer.offer_id, OfferResponse.ACCEPTED)
        station.engine.sync()
        with api.db.reader() as session:
            (referral,) = session.scalars(select(Referral)).all()
            assert (referral.customer_id, referral.assigned_to_id) == (cid, rm)
            assert referral.referred_by_id == api.seeded.users["teller@BJ01"]
            assert referral.notes == "accepted offer of campaign GOLD"
            assert [(r.accepted, r.presented) for r in campaigns.results(session, "GOLD")] == [
                (1, 1)
            ]
        station.engine.sync()
        with station.cache.session() as session:  # the branch sees the referral too
            assert session.get(Referral, referral.id) is not None
    finally:
        station.close()


def test_marketing_consent_comes_with_the_customers_import(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(database_url)
    seed_org(db)
    add_reference_data(db)
    header = CUSTOMERS_HEADER + ",marketing_consent"
    given = (
        f"{header}\n"
        "C001,individual,张伟,Zhang Wei,,,,BJ01,,,yes\n"
        "C002,individual,李娜,Li Na,,,,BJ01,,,\n"
    )
    assert run(db, "import", "customers", write(tmp_path, "a.csv", given)) == 0

    def consents() -> dict[tuple[str, str], bool]:
        with db.reader() as session:
            rows = session.execute(
                select(Customer.customer_number, Consent.purpose, Consent.granted).join(
                    Customer, Customer.id == Consent.customer_id
                )
            )
            return {(n, p.value): g for n, p, g in rows}

    marketing = ("marketing_sms", "marketing_email", "marketing_call")
    assert consents() == {("C001", p): True for p in marketing}
    changed = given.replace(",,,yes", ",,,no").replace(",,,\n", ",,,yes\n")
    assert run(db, "import", "customers", write(tmp_path, "b.csv", changed)) == 0
    assert "0 created, 2 updated" in capsys.readouterr().out
    assert consents() == {
        **{("C001", p): False for p in marketing},
        **{("C002", p): True for p in marketing},
    }
    wrong = f"{header}\nC001,individual,张伟,Zhang Wei,,,,BJ01,,,maybe\n"
    assert run(db, "import", "customers", write(tmp_path, "c.csv", wrong)) == 1
    assert "line 2: marketing_consent 'maybe' is not one of yes, no" in capsys.readouterr().err
    db.dispose()
