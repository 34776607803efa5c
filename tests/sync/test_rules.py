"""The rule language: parsing with positions, refusing bad rules, the same members as a plain
Python reading of the rows (SQLite and PostgreSQL), and the words in three languages."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from client.errors import UsageError
from client.schema.models import Customer
from sync.server.db import Database
from sync.server.rules import profit
from sync.server.rules.compile import (
    Context,
    bank_facts,
    compile_rule,
    fields_used,
    join_facts,
)
from sync.server.rules.describe import LANGUAGES, WORDS, describe
from sync.server.rules.parse import RuleError, parse_rule
from tests.sync.rules_kit import RULES, TODAY, build_bank, expected_numbers, read_people


@pytest.fixture
def bank_db(database_url: str) -> Database:
    db = Database(database_url)
    build_bank(db)
    with db.writer() as session, session.begin():
        profit.refresh(session, TODAY)
    return db


def members_of(db: Database, rule: str, *, whole_bank: bool = False) -> set[str]:
    """The rule's members: with correlated subqueries per customer (as for a few customers),
    or with `whole_bank`, the sums grouped once and joined (as for the whole bank)."""
    node = parse_rule(rule)
    with db.reader() as session:
        if not whole_bank:
            condition = compile_rule(node, Context(TODAY, db.dialect))
            return set(session.scalars(select(Customer.customer_number).where(condition)))
        facts = bank_facts(TODAY)
        condition = compile_rule(node, Context(TODAY, db.dialect, facts))
        stmt = (
            select(Customer.customer_number)
            .select_from(join_facts(facts, fields_used(node)))
            .where(condition)
        )
        return set(session.scalars(stmt))


def test_every_rule_names_exactly_the_customers_the_rows_say(bank_db: Database) -> None:
    with bank_db.reader() as session:
        people = read_people(session)
    total = len(people)
    seen_both = 0
    for rule in RULES:
        expected = expected_numbers(parse_rule(rule), people)
        assert members_of(bank_db, rule) == expected, rule
        assert members_of(bank_db, rule, whole_bank=True) == expected, rule
        negated = expected_numbers(parse_rule(f"not ({rule})"), people)
        assert members_of(bank_db, f"not ({rule})") == negated, rule
        assert expected | negated == {p.number for p in people.values()}
        seen_both += bool(expected) and bool(negated)
    # the bank is varied enough that most rules split it (the test would not see much else)
    assert seen_both >= len(RULES) - 3, seen_both
    assert total == 80
    bank_db.dispose()


def test_the_example_rule_converts_currencies_and_skips_lending(bank_db: Database) -> None:
    rule = 'kind = "individual" and total_balance >= 500000 and not holds_family("wealth")'
    with bank_db.reader() as session:
        people = read_people(session)
    expected = expected_numbers(parse_rule(rule), people)
    assert expected, "the bank has customers the example names"
    assert members_of(bank_db, rule) == expected
    bank_db.dispose()


def test_the_profit_table_follows_a_changed_history(bank_db: Database) -> None:
    with bank_db.writer() as session, session.begin():
        assert profit.refresh(session, TODAY) == 0  # nothing changed since the fixture's
        session.execute(text("UPDATE account_history SET version = version + 1"))
        count = session.scalar(select(func.count()).select_from(profit.account_profit))
        assert profit.refresh(session, TODAY) == count
    bank_db.dispose()


@pytest.mark.parametrize(
    ("rule", "line", "column", "words"),
    [
        ("agee >= 3", 1, 1, "unknown field 'agee'"),
        ('age = "x"', 1, 7, "age is a number"),
        ("kind = 3", 1, 8, "kind is text"),
        ('kind < "business"', 1, 6, "text cannot be compared"),
        ('kind = "person"', 1, 8, "kind is never 'person'"),
        ("(age > 3 and age < 9", 1, 21, "a parenthesis is not closed"),
        ('"x"; drop table customer', 1, 1, "unexpected '\"x\"'"),
        ('kind = "x"; drop table customer', 1, 11, "unexpected ';'"),
        ("age > 3;\n  delete from customer", 1, 8, "unexpected ';'"),
        ("age > 3\n and nope = 1", 2, 6, "unknown field 'nope'"),
        ("age >", 1, 6, "ends too early"),
        ('holds("X") = 1', 1, 1, "takes no comparison"),
        ('consent("spam")', 1, 9, "consent('spam') is not known"),
        ('holds_family("gold")', 1, 14, "is not known"),
        ('external("pboc") = 1', 1, 1, "takes 2 quoted strings"),
        ('eval("1")', 1, 1, "unknown function 'eval'"),
        ('kind = "individual', 1, 8, "not closed"),
        ("", 1, 1, "empty"),
    ],
)
def test_a_bad_rule_is_refused_with_its_position(
    rule: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule(rule)
    error = caught.value
    assert (error.line, error.column) == (line, column), str(error)
    assert words in str(error)
    assert f"line {line}, column {column}" in str(error)
    assert isinstance(error, UsageError)  # the command line prints it, no traceback
    assert error.details["offset"] == error.offset


def test_what_was_expected_is_named() -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule('kind = "x"; drop table customer')
    assert 'expected "and", "or" or the end of the rule' in str(caught.value)
    with pytest.raises(RuleError) as caught:
        parse_rule("(age > 3")
    assert 'expected ")"' in str(caught.value)
    with pytest.raises(RuleError) as caught:
        parse_rule("age >")
    assert "a number" in caught.value.expected


def test_a_refused_rule_runs_nothing(database_url: str) -> None:
    db = Database(database_url)
    build_bank(db, customers=3)
    for rule in ('"x"; drop table customer', "age > 1; drop table customer --"):
        with pytest.raises(RuleError):
            members_of(db, rule)
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 3
    db.dispose()


def test_keywords_take_any_case_and_strings_either_quote() -> None:
    with pytest.raises(RuleError, match="unknown field 'AGE'"):
        parse_rule("AGE >= 1")
    assert parse_rule("age >= 1 AND NOT holds('X')") == parse_rule('age >= 1 and not holds("X")')


def test_every_rule_is_said_in_three_languages() -> None:
    rule = 'kind = "individual" and total_balance >= 500000 and not holds_family("wealth")'
    assert describe(rule, "en") == (
        "customer type is individual and total balance (CNY) is at least 500,000 "
        "and holds no wealth product"
    )
    assert (
        describe(rule, "zh_CN")
        == "客户类型为个人，且总余额（人民币）不低于500,000，且未持有理财类产品"
    )
    assert (
        describe(rule, "zh_TW")
        == "客戶類型為個人，且總餘額（人民幣）不低於500,000，且未持有理財類產品"
    )
    for each in RULES:
        words = {language: describe(each, language) for language in LANGUAGES}
        assert all(words.values()), each
        assert len(set(words.values())) == 3, words
    nested = describe('not (age < 18 or branch in ("BJ01", "SH01"))', "zh_TW")
    assert nested == "並非（年齡小於18，或歸屬網點屬於「BJ01」、「SH01」）"


def test_the_words_table_has_every_language_for_every_word() -> None:
    assert all(len(row) == len(LANGUAGES) and all(row) for row in WORDS.values())
    with pytest.raises(ValueError, match="no words"):
        describe("age > 1", "fr")
