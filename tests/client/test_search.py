"""Customer search as a teller notices it: names in any script and spelling, numbers whole or
by their last digits, best matches first, own branch first, and nothing deleted."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from client.errors import UsageError
from client.profile import Profile
from client.schema.local import search_term
from client.schema.models import Account, AccountHolder, Branch, ContactPoint, Customer, Product
from client.search import mixed
from client.search.index import STAGED, rebuild_index, reindex_customers
from client.search.parse import Probe, Tier
from client.search.query import SearchHit, search_customers
from client.search.scan import Scope, scan_sql
from client.store import LocalCache


@dataclass(frozen=True)
class Person:
    number: str
    name: str
    branch: str
    latin: str = ""
    kind: str = "individual"
    lifecycle: str = "active"
    national_id: str | None = None
    phones: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    deleted: bool = False


BANK = (
    Person(
        "C000000001",
        "张伟",
        "0101",
        latin="ZHANG Wei",
        national_id="11010519491231002X",
        phones=("138-1234-5678",),
        accounts=("6222 0202 0011 2233 445",),
    ),
    Person(
        "C000000002",
        "張偉",
        "0201",
        lifecycle="dormant",
        national_id="31011519800101123x",
        phones=("+86 139 0000 1111",),
    ),
    Person("C000000003", "欧阳娜娜", "0101", latin="OUYANG Nana"),
    Person("C000000004", "张伟明", "0101", phones=("13912340000",)),
    Person("C000000005", "李伟", "0201", lifecycle="closed"),
    Person("C000000006", "Hans Müller", "0201"),
    Person("C000000007", "Anna MÜLLER", "0101"),
    Person("C000000008", "北京华夏科技有限公司", "0101", kind="business", latin="Huaxia Tech"),
    Person("C000000009", "张伟", "0101", deleted=True, phones=("13800005678",)),
    Person("C000000010", "王芳", "0201", accounts=("1381234567890",)),
    Person("C000000011", "赵敏", "0101", accounts=("9913812345678",)),
)
"""A small bank: two 张伟 (simplified and traditional), a 张伟明, a compound surname, Latin
names with umlauts, a company, a deleted 张伟, and numbers that share digits."""


def build_bank(profile_dir: Path, people: tuple[Person, ...] = BANK) -> Profile:
    """A profile whose cache holds `people`, indexed through `reindex_customers`."""
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache, cache.session() as session:
        branches = {
            code: Branch(code=code, name=f"分行{code}", city="北京") for code in ("0101", "0201")
        }
        product = Product(code="SAV", name="活期储蓄", category="savings")
        session.add_all([*branches.values(), product])
        session.flush()
        ids = [add_person(session, p, branches[p.branch], product) for p in people]
        reindex_customers(session, ids)
    return profile


def add_person(session: Any, person: Person, branch: Branch, product: Product) -> uuid.UUID:
    customer = Customer(
        customer_number=person.number,
        kind=person.kind,
        legal_name=person.name,
        name_latin=person.latin,
        national_id=person.national_id,
        home_branch_id=branch.id,
        lifecycle=person.lifecycle,
        deleted=person.deleted,
    )
    session.add(customer)
    session.flush()
    for phone in person.phones:
        session.add(ContactPoint(customer_id=customer.id, kind="phone", value=phone))
    for number in person.accounts:
        account = Account(
            account_number=number,
            product_id=product.id,
            branch_id=branch.id,
            currency="CNY",
            status="open",
            opened_on=date(2020, 1, 2),
            balance=Decimal("100.0000"),
            balance_as_of=datetime.now(UTC),
        )
        session.add(account)
        session.flush()
        session.add(AccountHolder(account_id=account.id, customer_id=customer.id, role="primary"))
    return customer.id


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCache]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        profile = build_bank(tmp_path_factory.mktemp("bank") / "profile")
        with LocalCache.open(profile) as cache:
            yield cache


@pytest.fixture
def fresh_bank(profile_dir: Path) -> Iterator[LocalCache]:
    with LocalCache.open(build_bank(profile_dir)) as cache:
        yield cache


def numbers(hits: list[SearchHit]) -> list[str]:
    return [h.customer_number for h in hits]


def found(cache: LocalCache, query: str, **options: Any) -> list[str]:
    return numbers(search_customers(cache, query, **options))


def only(cache: LocalCache, query: str, **options: Any) -> SearchHit:
    hits = search_customers(cache, query, **options)
    assert len(hits) == 1, f"{query!r} found {numbers(hits)}"
    return hits[0]


# --- Chinese names --------------------------------------------------------------------------


def test_simplified_finds_traditional_and_the_reverse(bank: LocalCache) -> None:
    for query in ("张伟", "張偉", "张偉"):
        hits = search_customers(bank, query)
        exact = [h for h in hits if h.tier == "exact"]
        assert sorted(numbers(exact)) == ["C000000001", "C000000002"], query
        assert {h.field for h in exact} == {"chinese_name"}


def test_a_two_character_name_is_found_whole_and_by_its_given_name(bank: LocalCache) -> None:
    assert sorted(found(bank, "张伟")[:2]) == ["C000000001", "C000000002"]
    by_given = search_customers(bank, "伟")
    assert set(numbers(by_given)) == {"C000000001", "C000000002", "C000000004", "C000000005"}
    assert {h.tier for h in by_given} == {"partial"}


def test_a_compound_surname_finds_the_person(bank: LocalCache) -> None:
    hit = only(bank, "欧阳")
    assert (hit.customer_number, hit.name, hit.tier) == ("C000000003", "欧阳娜娜", "prefix")
    assert only(bank, "娜娜").customer_number == "C000000003"
    assert only(bank, "oynn").tier == "exact"


def test_a_company_is_found_by_its_name_after_the_place(bank: LocalCache) -> None:
    assert found(bank, "华夏科技") == ["C000000008"]
    assert found(bank, "北京华夏") == ["C000000008"]


# --- pinyin and Latin names -----------------------------------------------------------------


def test_full_pinyin_and_initials(bank: LocalCache) -> None:
    for query in ("zhangwei", "Zhang Wei", "ZW", "zw"):
        hits = search_customers(bank, query)
        assert sorted(numbers(hits)[:2]) == ["C000000001", "C000000002"], query
        assert numbers(hits)[2] == "C000000004", query
        assert [h.tier for h in hits[:3]] == ["exact", "exact", "prefix"], query
    assert search_customers(bank, "zw")[0].field == "initials"
    assert search_customers(bank, "zhangwei")[0].field == "pinyin"


def test_given_name_first_order_is_a_partial_match(bank: LocalCache) -> None:
    hits = search_customers(bank, "wei zhang")
    assert sorted(numbers(hits)) == ["C000000001", "C000000002"]
    assert {h.tier for h in hits} == {"partial"}


def test_latin_names_ignore_case_and_accents(bank: LocalCache) -> None:
    for query in ("muller", "Müller", "MÜLLER", "mUlLeR"):
        assert sorted(found(bank, query)) == ["C000000006", "C000000007"], query
    hit = only(bank, "hans muller")
    assert (hit.name, hit.tier, hit.field) == ("Hans Müller", "exact", "latin_name")
    assert found(bank, "huaxia tech") == ["C000000008"]


# --- numbers --------------------------------------------------------------------------------


def test_the_last_digits_of_a_phone_in_any_format(bank: LocalCache) -> None:
    for query in ("5678", "1234-5678", "1234 5678", "(1234) 5678"):
        hits = search_customers(bank, query)
        assert "C000000001" in numbers(hits), query
        assert "C000000009" not in numbers(hits), query
    hit = next(h for h in search_customers(bank, "1234-5678") if h.customer_number == "C000000001")
    assert (hit.tier, hit.field) == ("partial", "phone")


def test_a_whole_phone_with_or_without_country_code(bank: LocalCache) -> None:
    for query in ("+86 139 0000 1111", "+8613900001111", "008613900001111", "139-0000-1111"):
        hit = search_customers(bank, query)[0]
        assert (hit.customer_number, hit.tier, hit.field) == ("C000000002", "exact", "phone")


def test_national_id_whole_and_tail_with_x_in_any_case(bank: LocalCache) -> None:
    for query in ("002X", "002x", "1231002x", "11010519491231002x"):
        hit = only(bank, query)
        assert (hit.customer_number, hit.field) == ("C000000001", "national_id"), query
    assert only(bank, "11010519491231002X").tier == "exact"
    assert only(bank, "123X").customer_number == "C000000002"


def test_account_number_whole_and_tail(bank: LocalCache) -> None:
    hit = only(bank, "6222020200112233445")
    assert (hit.customer_number, hit.tier, hit.field) == ("C000000001", "exact", "account")
    assert only(bank, "6222 0202 0011 2233 445").customer_number == "C000000001"
    tail = only(bank, "3445")
    assert (tail.customer_number, tail.tier, tail.field) == ("C000000001", "partial", "account")


def test_customer_number_in_any_case(bank: LocalCache) -> None:
    for query in ("C000000005", "c000000005", "c-000000005"):
        hit = only(bank, query)
        assert (hit.customer_number, hit.tier, hit.field) == (
            "C000000005",
            "exact",
            "customer_number",
        )


def test_words_and_a_number_find_that_person(bank: LocalCache) -> None:
    assert found(bank, "张伟 5678") == ["C000000001"]
    assert found(bank, "張偉 1111") == ["C000000002"]
    assert found(bank, "zhang wei 139-0000-1111") == ["C000000002"]
    assert found(bank, "李伟 5678") == []


@pytest.mark.parametrize(
    ("name_budget", "number_budget", "direct_max"),
    [(5000, 2000, 500), (5000, 1, 500), (5000, 1, 0), (1, 2000, 500)],
    ids=["number-scan", "named-numbers", "many-named", "name-too-common"],
)
def test_words_and_a_number_whichever_side_is_read_first(
    bank: LocalCache,
    monkeypatch: pytest.MonkeyPatch,
    name_budget: int,
    number_budget: int,
    direct_max: int,
) -> None:
    monkeypatch.setattr(mixed, "NAME_BUDGET", name_budget)
    monkeypatch.setattr(mixed, "NUMBER_BUDGET", number_budget)
    monkeypatch.setattr(mixed, "DIRECT_MAX", direct_max)
    assert found(bank, "张伟 5678") == ["C000000001"]
    assert found(bank, "zw 139-0000-1111") == ["C000000002"]
    assert found(bank, "zw 1111", branch="0101") == []
    assert found(bank, "zw 1111", lifecycles=["active"]) == []
    assert found(bank, "李伟 5678") == []
    hits = search_customers(bank, "zw c0000", own_branch="0201")
    assert [(h.customer_number, h.tier, h.field) for h in hits] == [
        ("C000000002", "prefix", "customer_number"),
        ("C000000001", "prefix", "customer_number"),
        ("C000000004", "prefix", "customer_number"),
    ]
    assert [h.field for h in search_customers(bank, "zhang wei 13812345678")] == ["phone"]


# --- ranking, filters, limit ----------------------------------------------------------------


def test_exact_before_prefix_before_partial(bank: LocalCache) -> None:
    hits = search_customers(bank, "13812345678")
    assert [(h.customer_number, h.tier) for h in hits] == [
        ("C000000001", "exact"),
        ("C000000010", "prefix"),
        ("C000000011", "partial"),
    ]


def test_tiers_win_over_the_own_branch(bank: LocalCache) -> None:
    hits = search_customers(bank, "13812345678", own_branch="0101")
    assert numbers(hits) == ["C000000001", "C000000010", "C000000011"]


def test_own_branch_first_within_a_tier(bank: LocalCache) -> None:
    assert found(bank, "张伟", own_branch="0201")[:2] == ["C000000002", "C000000001"]
    assert found(bank, "张伟", own_branch="0101")[:2] == ["C000000001", "C000000002"]
    assert sorted(found(bank, "伟", own_branch="0201")[:2]) == ["C000000002", "C000000005"]
    assert sorted(found(bank, "伟", own_branch="0101")[:2]) == ["C000000001", "C000000004"]


def test_a_branch_filter_keeps_only_that_branch(bank: LocalCache) -> None:
    assert sorted(found(bank, "伟", branch="0201")) == ["C000000002", "C000000005"]
    assert sorted(found(bank, "伟", branch="0201", own_branch="0101")) == [
        "C000000002",
        "C000000005",
    ]
    assert {h.branch for h in search_customers(bank, "zw", branch="0101")} == {"0101"}
    assert found(bank, "zw", branch="9999") == []


def test_a_lifecycle_filter_keeps_only_those(bank: LocalCache) -> None:
    assert found(bank, "伟", lifecycles=["dormant"]) == ["C000000002"]
    assert sorted(found(bank, "伟", lifecycles=["dormant", "closed"])) == [
        "C000000002",
        "C000000005",
    ]
    hits = search_customers(bank, "伟", lifecycles=["active"])
    assert {h.lifecycle for h in hits} == {"active"}
    assert len(hits) == 2


def test_the_limit_cuts_the_list_after_the_best(bank: LocalCache) -> None:
    assert found(bank, "zw", limit=1) in (["C000000001"], ["C000000002"])
    assert len(search_customers(bank, "伟", limit=3)) == 3
    assert len(search_customers(bank, "伟", limit=200)) == 4


def test_each_customer_appears_once_at_its_best_tier(bank: LocalCache) -> None:
    hits = search_customers(bank, "13912340000")
    assert numbers(hits) == ["C000000004"]
    assert hits[0].tier == "exact"
    assert len(set(numbers(search_customers(bank, "z", limit=200)))) == len(
        search_customers(bank, "z", limit=200)
    )


def test_a_hit_carries_what_the_teller_sees(bank: LocalCache) -> None:
    hit = search_customers(bank, "欧阳娜娜")[0]
    assert hit.name == "欧阳娜娜" and hit.name_latin == "OUYANG Nana"
    assert (hit.branch, hit.lifecycle, hit.kind) == ("0101", "active", "individual")
    assert isinstance(hit.customer_id, uuid.UUID)


def test_no_match_is_an_empty_list(bank: LocalCache) -> None:
    assert search_customers(bank, "xyzzy") == []
    assert search_customers(bank, "00000000") == []


# --- deleted customers and index maintenance ------------------------------------------------


def test_a_deleted_customer_is_never_shown(bank: LocalCache) -> None:
    assert "C000000009" not in found(bank, "张伟", limit=200)
    assert found(bank, "13800005678") == []
    with bank.engine.connect() as conn:
        deleted = conn.scalar(select(Customer.id).where(Customer.customer_number == "C000000009"))
        rows = conn.scalar(
            select(func.count())
            .select_from(search_term)
            .where(search_term.c.customer_id == deleted)
        )
    assert rows == 0


def test_stale_index_rows_of_a_deleted_customer_are_not_shown(fresh_bank: LocalCache) -> None:
    with fresh_bank.session() as session:
        customer = session.scalars(select(Customer).where(Customer.legal_name == "李伟")).one()
        customer.deleted = True
    assert found(fresh_bank, "李伟") == []
    assert sorted(found(fresh_bank, "伟", limit=3)) == ["C000000001", "C000000002", "C000000004"]


def test_reindex_after_a_name_change(fresh_bank: LocalCache) -> None:
    with fresh_bank.session() as session:
        customer = session.scalars(select(Customer).where(Customer.legal_name == "李伟")).one()
        customer.legal_name = "李娜"
        reindex_customers(session, [customer.id])
    assert found(fresh_bank, "李娜") == ["C000000005"]
    assert found(fresh_bank, "lina") == ["C000000005"]
    assert found(fresh_bank, "李伟") == []
    assert "C000000005" not in found(fresh_bank, "伟")


def test_reindex_after_a_tombstone_and_a_new_phone(fresh_bank: LocalCache) -> None:
    with fresh_bank.session() as session:
        zhao = session.scalars(select(Customer).where(Customer.legal_name == "赵敏")).one()
        session.add(ContactPoint(customer_id=zhao.id, kind="phone", value="137 0000 4242"))
        wang = session.scalars(select(Customer).where(Customer.legal_name == "王芳")).one()
        wang.deleted = True
        reindex_customers(session, [zhao.id, wang.id])
    assert found(fresh_bank, "4242") == ["C000000011"]
    assert found(fresh_bank, "王芳") == []


def index_rows(cache: LocalCache) -> list[tuple[Any, ...]]:
    with cache.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(search_term).order_by(*search_term.c))]


def test_rebuild_gives_the_same_index_and_drops_orphans(fresh_bank: LocalCache) -> None:
    before = index_rows(fresh_bank)
    with fresh_bank.engine.begin() as conn:
        conn.execute(search_term.delete().where(search_term.c.term < "n"))
        conn.execute(
            search_term.insert().values(
                term="nghost",
                customer_id=uuid.uuid4(),
                field="l",
                branch="0101",
                lifecycle="active",
            )
        )
    assert rebuild_index(fresh_bank, batch=3) == len(before)
    assert index_rows(fresh_bank) == before
    assert found(fresh_bank, "ghost") == []


def test_an_empty_index_is_built_whole_even_over_a_killed_build(fresh_bank: LocalCache) -> None:
    before = index_rows(fresh_bank)
    with fresh_bank.engine.begin() as conn:
        conn.execute(search_term.delete())
        conn.exec_driver_sql(f"CREATE TABLE {STAGED} (term TEXT, customer_id BLOB)")
        conn.exec_driver_sql(f"INSERT INTO {STAGED} VALUES ('nghost', x'00')")
    assert found(fresh_bank, "张伟") == []

    assert rebuild_index(fresh_bank, batch=3) == len(before)

    assert index_rows(fresh_bank) == before
    assert found(fresh_bank, "张伟") and found(fresh_bank, "ghost") == []
    with fresh_bank.engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert STAGED not in tables


# --- what cannot be searched ----------------------------------------------------------------


class Untouchable:
    """Stands in for a cache that must not be opened."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the cache was touched ({name})")


@pytest.mark.parametrize("query", ["", "   ", "...", "-- / --", "，。、", "\u200b"])
def test_a_query_without_letters_or_digits_is_refused(query: str) -> None:
    with pytest.raises(UsageError, match="type at least one letter, character or digit"):
        search_customers(Untouchable(), query)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "reason"),
    [("张" * 101, "at most 100"), ("zhang\x00wei", "control character"), ("a\x1bb", "U\\+001B")],
)
def test_absurd_input_is_refused_with_its_reason(query: str, reason: str) -> None:
    with pytest.raises(UsageError, match=reason):
        search_customers(Untouchable(), query)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"lifecycles": ["asleep"]}, "unknown lifecycle asleep"),
        ({"branch": " "}, "branch code"),
    ],
)
def test_bad_filters_are_refused(options: dict[str, Any], reason: str) -> None:
    with pytest.raises(UsageError, match=reason):
        search_customers(Untouchable(), "zw", **options)  # type: ignore[arg-type]


def test_surrounding_whitespace_and_full_width_input_are_fine(bank: LocalCache) -> None:
    assert found(bank, "  zw\n") == found(bank, "zw")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in "C000000001")
    assert only(bank, full_width).customer_number == "C000000001"


# --- the search accepts what the UI holds ---------------------------------------------------


def test_a_connection_or_a_session_can_search(bank: LocalCache) -> None:
    with bank.engine.connect() as conn:
        assert sorted(numbers(search_customers(conn, "zw"))[:2]) == ["C000000001", "C000000002"]
        assert numbers(search_customers(conn, "欧阳")) == ["C000000003"]
    with bank.read_session() as session:
        assert numbers(search_customers(session, "欧阳")) == ["C000000003"]


def test_every_scan_is_an_index_range_even_with_statistics(fresh_bank: LocalCache) -> None:
    expected = {
        "=": "INDEX ix_search_term_branch (branch=? AND term",
        "<>": "PRIMARY KEY (term",
        "": "PRIMARY KEY (term",
    }
    with fresh_bank.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    with fresh_bank.engine.connect() as conn:
        for tier in Tier:
            for op, index in expected.items():
                sql, params = scan_sql(Probe(tier, "nzhang"), Scope(op, "0101"), ("active",))
                for after, more in (("", ()), (" AND (term, customer_id) > (?, ?)", ("n", b"x"))):
                    plan = conn.exec_driver_sql(
                        "EXPLAIN QUERY PLAN " + sql.format(after=after), (*params, *more, 10)
                    ).fetchall()
                    detail = " ".join(str(row[-1]) for row in plan)
                    assert index in detail and "TEMP B-TREE" not in detail, (tier, op, detail)
