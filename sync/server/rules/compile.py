"""A checked rule to one SQLAlchemy condition over the customer table.

The condition is true or false for every customer, never NULL (so `not` means what it says):
- `age`: whole years on the evaluation day from `birth_date` (incorporation for a business);
  a customer without one is neither younger nor older than anything (every comparison false);
- `months_since_contact`: whole months from the day of the newest interaction to the
  evaluation day; a customer never contacted counts as contacted infinitely long ago;
- `total_balance`: the balances of the open (not closed) non-lending accounts the customer
  holds as primary or joint holder (a joint account counts whole for each), in CNY at the
  rates of `sync.server.rules.money`;
- `account_count`: accounts held the same way, of any product, not closed;
- `net_profit_12m`: net profit (revenue less cost) of the accounts held the same way, closed
  ones too, over the 12 calendar months up to the evaluation day's, in CNY;
- `branch`, `segment`: codes of the home branch and of the current segment (a customer with
  no segment is `!=` every code);
- `external(source, attribute)`: the value of the newest record (by its as-of date) of that
  attribute from that source; compared with a number it must read as one (`-?digits[.digits]`);
  a customer without one matches no comparison (a whole-bank pass joins the newest value of
  each pair the rules name once, `Facts.externals`; otherwise one correlated subquery per
  comparison);
- `consent(purpose)`: consent granted for it (`"marketing"`: for any marketing purpose);
- `holds(code)`, `holds_family(family)`: holds an account of that product or family, not closed.
Every value reaches the database as a bound parameter, never as SQL text. Sums over a
customer's accounts are correlated subqueries (cheap for a few customers), or with
`Context.facts` columns of grouped subqueries joined once (`join_facts`: a whole-bank pass).
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Numeric,
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    not_,
    or_,
    select,
    true,
    type_coerce,
)

from client.schema.base import MONEY_SCALE
from client.schema.enums import AccountStatus, ConsentPurpose, HolderRole
from client.schema.models import (
    Account,
    AccountHolder,
    Branch,
    Consent,
    Customer,
    ExternalRecord,
    Interaction,
    Product,
    Segment,
)
from sync.server.rules.money import RATE_SCALE, RATES_TO_CNY
from sync.server.rules.parse import (
    MARKETING,
    And,
    Compare,
    Field,
    In,
    Literal,
    Node,
    Not,
    Or,
    Test,
    Type,
    number_of,
)
from sync.server.rules.tables import account_profit

Condition = ColumnElement[bool]
OWNING_ROLES: Final = (HolderRole.PRIMARY.value, HolderRole.JOINT.value)
"""Holders whose accounts count as theirs (not those only authorised to sign)."""
PROFIT_MONTHS: Final = 12


@dataclass(frozen=True)
class Facts:
    """Per-customer sums for a pass over the whole bank: one grouped query each, joined to
    the customers once (`join_facts`), instead of one correlated query per customer and rule."""

    holdings: Any
    """customer_id, total_balance, account_count"""
    profits: Any
    """customer_id, net_profit"""
    externals: dict[tuple[str, str], Any] = field(default_factory=dict)
    """(source, attribute) -> customer_id, value: the newest record's value per customer"""


@dataclass(frozen=True)
class Context:
    """What a rule is evaluated against: the day, the database's dialect and, for a pass
    over the whole bank, the `Facts` joined to the customer table."""

    today: date
    dialect: str = "sqlite"
    facts: Facts | None = None

    @property
    def postgres(self) -> bool:
        return self.dialect == "postgresql"


def profit_period(today: date) -> int:
    """The last month (YYYYMM) of the `net_profit_12m` window."""
    return today.year * 100 + today.month


def profit_periods(period_to: int) -> tuple[int, int]:
    """The first and last month of the 12-month window ending with `period_to`."""
    year, month = divmod(period_to, 100)
    index = year * 12 + month - 1 - (PROFIT_MONTHS - 1)
    return (index // 12) * 100 + index % 12 + 1, period_to


def fields_used(node: Node) -> set[str]:
    """The fields a rule names."""
    match node:
        case Compare(subject, _, _) | In(subject, _, _):
            return {subject.name}
        case Not(operand):
            return fields_used(operand)
        case Test():
            return set()
        case And(operands) | Or(operands):
            return set().union(*(fields_used(o) for o in operands))
    raise TypeError(node)  # pragma: no cover


def externals_used(node: Node) -> set[tuple[str, str]]:
    """The (source, attribute) pairs of the `external(...)` fields a rule names."""
    match node:
        case Compare(subject, _, _) | In(subject, _, _):
            if subject.name == "external":
                source, attribute = subject.args
                return {(source, attribute)}
            return set()
        case Not(operand):
            return externals_used(operand)
        case Test():
            return set()
        case And(operands) | Or(operands):
            return set().union(*(externals_used(o) for o in operands))
    raise TypeError(node)  # pragma: no cover


HOLDING_FIELDS: Final = frozenset({"total_balance", "account_count"})
PROFIT_FIELDS: Final = frozenset({"net_profit_12m"})


def _held(*, open_only: bool) -> list[Condition]:
    conditions: list[Condition] = [
        AccountHolder.role.in_(OWNING_ROLES),
        AccountHolder.deleted.is_(False),
        Account.deleted.is_(False),
    ]
    if open_only:
        conditions.append(Account.status != AccountStatus.CLOSED)
    return conditions


def _to_cny(units: Any) -> Any:
    """An amount of 1/10,000 of the account's currency as 1/10,000 CNY (NULL: no rate)."""
    rate = case(
        {c: int(r * RATE_SCALE) for c, r in RATES_TO_CNY.items()},
        value=Account.currency,
        else_=None,
    )
    return (units * rate) // _int_literal(RATE_SCALE)  # integers: truncated on both databases


def _balance_units() -> Any:
    return _to_cny(type_coerce(Account.balance, BigInteger))


def _external_order() -> list[Any]:
    """Newest first: the as-of date, then the import, then the id (a fixed tie-break)."""
    return [
        ExternalRecord.payload["as_of"].as_string().desc(),
        ExternalRecord.imported_at.desc(),
        ExternalRecord.id.desc(),
    ]


def _external_where(source: str, attribute: str) -> list[Condition]:
    return [
        ExternalRecord.source == source,
        ExternalRecord.kind == attribute,
        ExternalRecord.deleted.is_(False),
    ]


def _latest_external(source: str, attribute: str, name: str) -> Any:
    """customer_id, value: the newest record's value of the pair, per customer."""
    ranked = (
        select(
            ExternalRecord.customer_id.label("customer_id"),
            ExternalRecord.payload["value"].as_string().label("value"),
            func.row_number()
            .over(partition_by=ExternalRecord.customer_id, order_by=_external_order())
            .label("n"),
        )
        .where(*_external_where(source, attribute))
        .subquery(f"{name}_ranked")
    )
    return select(ranked.c.customer_id, ranked.c.value).where(ranked.c.n == 1).subquery(name)


def bank_facts(
    today: date, externals: Iterable[tuple[str, str]] = (), holding_columns: Sequence[Any] = ()
) -> Facts:
    """The `Facts` of every customer on `today` (with the newest value of each external
    pair of `externals`). `holding_columns` are more labelled aggregates of the customer's
    holdings (account holder, account, product; closed accounts too), summed in the same
    pass: a caller's own sums cost no second pass over the bank's holdings."""
    is_open = Account.status != AccountStatus.CLOSED
    counted = and_(is_open, Product.is_liability.is_(False))
    holdings = (
        select(
            AccountHolder.customer_id.label("customer_id"),
            func.sum(case((counted, _balance_units()), else_=None)).label("total_balance"),
            func.count(case((is_open, 1), else_=None)).label("account_count"),
            *holding_columns,
        )
        .select_from(AccountHolder)
        .join(Account, Account.id == AccountHolder.account_id)
        .join(Product, Product.id == Account.product_id)
        .where(*_held(open_only=False))
        .group_by(AccountHolder.customer_id)
        .subquery("rule_holdings")
    )
    profits = (
        select(
            AccountHolder.customer_id.label("customer_id"),
            func.sum(_to_cny(account_profit.c.net_units)).label("net_profit"),
        )
        .select_from(AccountHolder)
        .join(Account, Account.id == AccountHolder.account_id)
        .join(account_profit, account_profit.c.account_id == Account.id)
        .where(*_held(open_only=False), account_profit.c.period_to == profit_period(today))
        .group_by(AccountHolder.customer_id)
        .subquery("rule_profits")
    )
    latest = {
        pair: _latest_external(*pair, f"rule_external_{n}")
        for n, pair in enumerate(sorted(set(externals)))
    }
    return Facts(holdings, profits, latest)


def join_facts(facts: Facts, fields: set[str]) -> Any:
    """The customer table joined to the facts `fields` need (a FROM clause)."""
    joined: Any = Customer.__table__
    if fields & HOLDING_FIELDS:
        joined = joined.outerjoin(facts.holdings, facts.holdings.c.customer_id == Customer.id)
    if fields & PROFIT_FIELDS:
        joined = joined.outerjoin(facts.profits, facts.profits.c.customer_id == Customer.id)
    for latest in facts.externals.values():
        joined = joined.outerjoin(latest, latest.c.customer_id == Customer.id)
    return joined


def compile_rule(node: Node, context: Context) -> Condition:
    """The customer-table condition of a checked rule (see the module docstring)."""
    return _Compiler(context).node(node)


def shift_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day kept or clamped to the month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (29 February becomes the 28th)."""
    year = day.year - years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _units(value: Decimal) -> int:
    """A CNY amount as 1/10,000 CNY."""
    return int((value * MONEY_SCALE).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _int_literal(value: int) -> Any:
    return literal(value, BigInteger)


def _compare(left: Any, op: str, right: Any) -> Condition:
    match op:
        case "=":
            return left == right
        case "!=":
            return left != right
        case "<":
            return left < right
        case "<=":
            return left <= right
        case ">":
            return left > right
        case ">=":
            return left >= right
    raise ValueError(op)  # pragma: no cover - the grammar has no other


def _whole(
    at_least: Callable[[int], Condition], known: Condition, op: str, value: Decimal
) -> Condition:
    """A comparison of a whole-number field, from "the field is at least k" and "the field
    has a value": `age > 30.5` is `age >= 31`, `age = 30.5` matches nobody."""

    def ge(v: Decimal) -> Condition:
        return at_least(math.ceil(v))

    def gt(v: Decimal) -> Condition:
        return at_least(math.floor(v) + 1)

    match op:
        case ">=":
            return and_(known, ge(value))
        case ">":
            return and_(known, gt(value))
        case "<":
            return and_(known, not_(ge(value)))
        case "<=":
            return and_(known, not_(gt(value)))
        case "=":
            if value != value.to_integral_value():
                return false()
            return and_(known, ge(value), not_(gt(value)))
        case "!=":
            return and_(known, not_(_whole(at_least, known, "=", value)))
    raise ValueError(op)  # pragma: no cover


class _Compiler:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.today = context.today

    def node(self, node: Node) -> Condition:
        match node:
            case And(operands):
                return and_(*(self.node(o) for o in operands))
            case Or(operands):
                return or_(*(self.node(o) for o in operands))
            case Not(operand):
                return not_(self.node(operand))
            case Test():
                return self.test(node)
            case Compare(subject, op, value):
                return self.compare(subject, op, value)
            case In(subject, values, negated):
                if subject.name == "external":
                    found = self.external_in(subject, values)
                else:
                    found = or_(*(self.compare(subject, "=", v) for v in values))
                if not negated:
                    return found
                return and_(self.known(subject), not_(found))
        raise TypeError(node)  # pragma: no cover

    # --- fields ----------------------------------------------------------------------------

    def known(self, field: Field) -> Condition:
        """Whether the customer has a value of the field at all."""
        match field.name:
            case "age":
                return Customer.birth_date.is_not(None)
            case "external":
                return self.external_value(field).is_not(None)
        return true()

    def compare(self, field: Field, op: str, value: Literal) -> Condition:
        name = field.name
        if name == "external":
            return self.external_compare(field, op, value)
        if name in ("kind", "lifecycle"):
            column = Customer.kind if name == "kind" else Customer.lifecycle
            return _compare(column, op, value.value)
        found: Condition
        if name == "branch":
            found = Customer.home_branch_id.in_(select(Branch.id).where(Branch.code == value.value))
            return found if op == "=" else not_(found)
        if name == "segment":
            found = and_(
                Customer.segment_id.is_not(None),
                Customer.segment_id.in_(select(Segment.id).where(Segment.code == value.value)),
            )
            return found if op == "=" else not_(found)
        number = number_of(value.value)
        if name == "age":
            return _whole(self.age_at_least, Customer.birth_date.is_not(None), op, number)
        if name == "months_since_contact":
            return _whole(self.months_at_least, true(), op, number)
        if name == "account_count":
            count = self.account_count()
            return _whole(lambda k: count >= _int_literal(k), true(), op, number)
        if name == "total_balance":
            return _compare(self.total_balance(), op, _int_literal(_units(number)))
        if name == "net_profit_12m":
            return _compare(self.net_profit(), op, _int_literal(_units(number)))
        raise ValueError(name)  # pragma: no cover - the parser knows no other

    def age_at_least(self, years: int) -> Condition:
        if years <= 0:
            return true()
        if years >= self.today.year:
            return false()
        return Customer.birth_date <= years_before(self.today, years)

    def months_at_least(self, months: int) -> Condition:
        """No interaction after the day `months` months before the evaluation day."""
        if months <= -1200:
            return true()
        if months >= self.today.year * 12:
            return false()
        since = shift_months(self.today, -months) + timedelta(days=1)
        start = datetime.combine(since, time(0), tzinfo=UTC)
        recent = self.any_row(
            select(Interaction.id).where(
                Interaction.customer_id == Customer.id,
                Interaction.occurred_at >= start,
                Interaction.deleted.is_(False),
            )
        )
        return not_(recent)

    def any_row(self, query: Any) -> Condition:
        """Whether the correlated `query` finds a row for the customer.

        A whole-bank pass: EXISTS, which PostgreSQL may run once for the bank (a hash of
        the customers it finds). A few customers: a scalar subquery (LIMIT 1), which it runs
        for each of them on the indexes; as EXISTS it could choose the hash there too, on
        a guess of the rows, and read a whole table for a thousand customers."""
        if self.context.facts is not None:
            return exists(query.correlate(Customer))
        one = query.with_only_columns(literal(1)).limit(1).correlate(Customer)
        return one.scalar_subquery().is_not(None)

    def _held(self, *, open_only: bool) -> list[Condition]:
        return [AccountHolder.customer_id == Customer.id, *_held(open_only=open_only)]

    def total_balance(self) -> Any:
        if self.context.facts is not None:
            return func.coalesce(self.context.facts.holdings.c.total_balance, 0)
        total = (
            select(func.coalesce(func.sum(_balance_units()), 0))
            .select_from(AccountHolder)
            .join(Account, Account.id == AccountHolder.account_id)
            .join(Product, Product.id == Account.product_id)
            .where(*self._held(open_only=True), Product.is_liability.is_(False))
            .correlate(Customer)
            .scalar_subquery()
        )
        return type_coerce(total, BigInteger)

    def account_count(self) -> Any:
        if self.context.facts is not None:
            return func.coalesce(self.context.facts.holdings.c.account_count, 0)
        count = (
            select(func.count())
            .select_from(AccountHolder)
            .join(Account, Account.id == AccountHolder.account_id)
            .where(*self._held(open_only=True))
            .correlate(Customer)
            .scalar_subquery()
        )
        return type_coerce(count, BigInteger)

    def net_profit(self) -> Any:
        if self.context.facts is not None:
            return func.coalesce(self.context.facts.profits.c.net_profit, 0)
        total = (
            select(func.coalesce(func.sum(_to_cny(account_profit.c.net_units)), 0))
            .select_from(AccountHolder)
            .join(Account, Account.id == AccountHolder.account_id)
            .join(account_profit, account_profit.c.account_id == Account.id)
            .where(
                *self._held(open_only=False),
                account_profit.c.period_to == profit_period(self.today),
            )
            .correlate(Customer)
            .scalar_subquery()
        )
        return type_coerce(total, BigInteger)

    # --- external data ---------------------------------------------------------------------

    def _joined_external(self, field: Field) -> Any:
        """The joined newest value of a whole-bank pass (`Facts.externals`), or None."""
        facts = self.context.facts
        latest = None if facts is None else facts.externals.get((field.args[0], field.args[1]))
        return None if latest is None else type_coerce(latest.c.value, String)

    def _newest(self, field: Field, what: Callable[[Any], Any]) -> Any:
        """A correlated subquery: `what` of the customer's newest value of the pair."""
        source, attribute = field.args
        value = type_coerce(ExternalRecord.payload["value"].as_string(), String)
        return (
            select(what(value))
            .where(ExternalRecord.customer_id == Customer.id, *_external_where(source, attribute))
            .order_by(*_external_order())
            .limit(1)
            .correlate(Customer)
            .scalar_subquery()
        )

    def external_value(self, field: Field) -> Any:
        joined = self._joined_external(field)
        if joined is not None:
            return joined
        return type_coerce(self._newest(field, lambda v: v), String)

    def _numeric(self, value: Any) -> tuple[Condition, Any]:
        """Whether an external value reads as a number, and the number."""
        if self.context.postgres:
            ok = value.regexp_match(r"^-?[0-9]+(\.[0-9]+)?$")
            return ok, case((ok, cast(value, Numeric)), else_=None)
        bare = case((func.substr(value, 1, 1) == "-", func.substr(value, 2)), else_=value)
        ok = and_(
            bare.op("GLOB", is_comparison=True)("[0-9]*"),
            not_(bare.op("GLOB", is_comparison=True)("*[^0-9.]*")),
            not_(bare.op("GLOB", is_comparison=True)("*.*.*")),
            not_(bare.op("GLOB", is_comparison=True)("*.")),
        )
        return ok, case((ok, cast(value, Numeric)), else_=None)

    def _number_literal(self, value: Decimal) -> Any:
        if self.context.postgres:
            return literal(value, Numeric)
        return literal(float(value))

    def _external_test(self, found: Any, op: str, value: Literal) -> Condition:
        """The comparison of an external value (not NULL) with a literal."""
        if value.type is Type.TEXT:
            return _compare(found, op, value.value)
        ok, number = self._numeric(found)
        return and_(ok, _compare(number, op, self._number_literal(number_of(value.value))))

    def external_compare(self, field: Field, op: str, value: Literal) -> Condition:
        found = self._joined_external(field)
        if found is not None:
            return and_(found.is_not(None), self._external_test(found, op, value))
        # one subquery per comparison: 1 when the newest value passes, 0 when it does not,
        # NULL when there is none
        passed = self._newest(
            field, lambda v: case((self._external_test(v, op, value), 1), else_=0)
        )
        return func.coalesce(passed, 0) == 1

    def external_in(self, field: Field, values: tuple[Literal, ...]) -> Condition:
        return or_(*(self.external_compare(field, "=", v) for v in values))

    # --- tests -----------------------------------------------------------------------------

    def test(self, node: Test) -> Condition:
        if node.name == "consent":
            if node.arg == MARKETING:
                purposes = [p.value for p in ConsentPurpose if p.value.startswith(MARKETING)]
            else:
                purposes = [node.arg]
            return self.any_row(
                select(Consent.id).where(
                    Consent.customer_id == Customer.id,
                    Consent.purpose.in_(purposes),
                    Consent.granted.is_(True),
                    Consent.deleted.is_(False),
                )
            )
        product = Product.code == node.arg if node.name == "holds" else Product.family == node.arg
        return self.any_row(
            select(AccountHolder.id)
            .join(Account, Account.id == AccountHolder.account_id)
            .join(Product, Product.id == Account.product_id)
            .where(*self._held(open_only=True), product)
        )
