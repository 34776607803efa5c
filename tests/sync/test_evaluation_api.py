"""The evaluation in the window's reach (`POST /v1/evaluation`, `/v1/evaluation/drill`): a
branch manager reads their own branch beside the bank and nothing of another branch; head
office reads every branch; the other roles are refused; a drill-down names exactly the
customers a figure counted, within the role's reach, and is logged."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

import pytest

from client.schema.enums import Role
from client.schema.permissions import EVALUATES, Reach, evaluation_reach
from sync.server.evaluation.quarters import quarter_of
from tests.sync.conftest import Api, customer_fields, entry, iso

EVALUATION, DRILL = "/v1/evaluation", "/v1/evaluation/drill"


def _customers(api: Api, code: str, count: int, start: int) -> list[str]:
    """`count` new customers of branch `code`, pushed by its branch manager; their numbers."""
    auth = api.login(f"branch_manager@{code}")
    numbers = [f"C{start + n:08d}" for n in range(count)]
    entries = [
        entry(
            "customer",
            uuid.uuid4(),
            **customer_fields(api.seeded.branches[code], number, legal_name=f"客户{number}"),
        )
        for number in numbers
    ]
    assert {r["status"] for r in api.push(auth, *entries)} == {"applied"}
    return numbers


def _interaction(api: Api, code: str, customer_id: uuid.UUID, role: str = "teller") -> None:
    auth = api.login(f"{role}@{code}")
    item = entry(
        "interaction",
        uuid.uuid4(),
        customer_id=str(customer_id),
        kind="visit",
        channel="counter",
        occurred_at=iso(datetime.now(UTC)),
        subject="asked about savings",
    )
    assert api.push(auth, item)[0]["status"] == "applied"


@pytest.fixture
def bank(api: Api) -> dict[str, list[str]]:
    """Three new customers at BJ01 (one of them visited twice), two at SH01 (one of them
    called Beijing's call centre)."""
    made = {"BJ01": _customers(api, "BJ01", 3, 1), "SH01": _customers(api, "SH01", 2, 100)}
    with api.db.reader() as session:
        from sqlalchemy import select

        from client.schema.models import Customer

        first, shanghai = (
            session.scalars(select(Customer.id).where(Customer.customer_number == number)).one()
            for number in (made["BJ01"][0], made["SH01"][0])
        )
    _interaction(api, "BJ01", first)
    _interaction(api, "BJ01", first)
    # a Shanghai customer's call, taken by Beijing's call centre: recorded at BJ01
    _interaction(api, "BJ01", shanghai, role="call_centre_agent")
    return made


def test_the_permission_table_names_who_reads_the_evaluation() -> None:
    assert {r for r in Role if evaluation_reach(r) is not Reach.NONE} == EVALUATES
    assert evaluation_reach(Role.BRANCH_MANAGER) is Reach.OWN
    assert evaluation_reach(Role.HEAD_OFFICE) is Reach.ALL


def test_a_branch_manager_reads_their_own_branch_beside_the_bank(
    api: Api, bank: dict[str, list[str]]
) -> None:
    auth = api.login("branch_manager@BJ01")
    answer = api.client.post(EVALUATION, headers=auth, json={})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["quarter"] == quarter_of(datetime.now(UTC).date()).label
    assert body["reach"] == "own branch"
    assert [b["code"] for b in body["branches"]] == ["BJ01"]
    (own,) = body["branches"]
    assert own["figures"]["new_customers"]["value"] == 3
    assert own["figures"]["interactions"]["value"] == 3
    assert len(own["trend"]["new_customers"]) == len(body["quarters"]) == 8
    assert body["bank"]["figures"]["new_customers"]["value"] == 5
    assert body["bank_branches"] == 2
    drills = {f["name"]: f["drill"] for f in body["figures"]}
    assert drills["new_customers"] == "customers" and drills["balance_change"] == "none"
    assert drills["staff_signed_in"] == "staff"
    other = api.client.post(EVALUATION, headers=auth, json={"branch": "SH01"})
    assert other.status_code == 403 and other.json()["code"] == "outside_scope", other.text


def test_head_office_reads_every_branch(api: Api, bank: dict[str, list[str]]) -> None:
    auth = api.login("head_office@BJ01")
    body = api.client.post(EVALUATION, headers=auth, json={}).json()
    assert body["reach"] == "all branches"
    by_code = {b["code"]: b for b in body["branches"]}
    assert set(by_code) == {"BJ01", "SH01"}
    assert by_code["SH01"]["figures"]["new_customers"]["value"] == 2
    one = api.client.post(EVALUATION, headers=auth, json={"branch": "sh01"}).json()
    assert [b["code"] for b in one["branches"]] == ["SH01"]
    assert one["bank"]["figures"]["new_customers"]["value"] == 5


@pytest.mark.parametrize(
    "role", [r for r in Role if evaluation_reach(r) is Reach.NONE], ids=lambda r: r.value
)
def test_the_other_roles_are_refused(api: Api, role: Role) -> None:
    auth = api.login(f"{role.value}@BJ01")
    answer = api.client.post(EVALUATION, headers=auth, json={})
    assert answer.status_code == 403 and answer.json()["code"] == "forbidden", answer.text
    drill = api.client.post(
        DRILL, headers=auth, json={"figure": "new_customers", "branch": "BJ01", "quarter": "2026Q4"}
    )
    assert drill.status_code == 403 and drill.json()["code"] == "forbidden", drill.text


def test_a_drill_down_names_exactly_the_customers_behind_a_figure_and_is_logged(
    api: Api, bank: dict[str, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    auth = api.login("branch_manager@BJ01")
    quarter = quarter_of(datetime.now(UTC).date()).label
    ask = {"figure": "new_customers", "branch": "BJ01", "quarter": quarter}
    with caplog.at_level(logging.INFO, logger="sync.server.evaluation_api"):
        answer = api.client.post(DRILL, headers=auth, json=ask)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["kind"] == "customers" and body["total"] == 3 and not body["truncated"]
    assert sorted(c["customer_number"] for c in body["customers"]) == bank["BJ01"]
    assert {c["legal_name"] for c in body["customers"]} == {f"客户{n}" for n in bank["BJ01"]}
    logged = [r.getMessage() for r in caplog.records if "drill-down" in r.getMessage()]
    assert logged == [
        f"evaluation drill-down by branch_manager@BJ01 (branch_manager): new_customers of "
        f"BJ01 in {quarter}, 3 customers named, 0 outside scope"
    ]
    visits = api.client.post(DRILL, headers=auth, json={**ask, "figure": "interactions"}).json()
    assert [(c["customer_number"], c["count"]) for c in visits["customers"]] == [
        (bank["BJ01"][0], 2)
    ]
    assert visits["total"] == 1 and visits["outside_scope"] == 1  # Shanghai's: not named
    amounts = api.client.post(DRILL, headers=auth, json={**ask, "figure": "balance_change"})
    assert amounts.json()["kind"] == "none" and amounts.json()["customers"] == []
    staff = api.client.post(DRILL, headers=auth, json={**ask, "figure": "staff_signed_in"})
    assert staff.status_code == 200 and staff.json()["kind"] == "staff", staff.text
    other = api.client.post(DRILL, headers=auth, json={**ask, "branch": "SH01"})
    assert other.status_code == 403 and other.json()["code"] == "outside_scope"
    unknown = api.client.post(DRILL, headers=auth, json={**ask, "figure": "happiness"})
    assert unknown.status_code == 422 and unknown.json()["code"] == "invalid_request"


def test_head_office_drills_into_any_branch(api: Api, bank: dict[str, list[str]]) -> None:
    auth = api.login("head_office@BJ01")
    quarter = quarter_of(datetime.now(UTC).date()).label
    body = api.client.post(
        DRILL, headers=auth, json={"figure": "new_customers", "branch": "SH01", "quarter": quarter}
    ).json()
    assert sorted(c["customer_number"] for c in body["customers"]) == bank["SH01"]
    visits = api.client.post(
        DRILL, headers=auth, json={"figure": "interactions", "branch": "BJ01", "quarter": quarter}
    ).json()
    assert {c["customer_number"] for c in visits["customers"]} == {
        bank["BJ01"][0],
        bank["SH01"][0],
    }
    assert visits["outside_scope"] == 0
    earlier = api.client.post(
        DRILL, headers=auth, json={"figure": "new_customers", "branch": "SH01", "quarter": "2020Q1"}
    ).json()
    assert earlier["customers"] == [] and earlier["total"] == 0


SAME_CUSTOMERS = ("new_customers", "prospects_converted", "customers_moved_up_segment")
"""Figures that count customers: as many customers are behind them."""
SAME_THINGS = (
    "interactions",
    "referrals_made",
    "appointments_booked",
    "appointments_held",
    "offers_presented",
    "referrals_won",
    "segment_feedback_given",
)
"""Figures that count things (interactions ...): the lines' counts add up to them."""


def test_every_drill_down_adds_up_to_its_figure_on_the_evaluation_bank(database_url: str) -> None:
    """On the bank built for the evaluation (tests/sync/test_evaluation.py), for every
    branch and quarter of the trend: the customers behind a customer figure are as many as
    it counts, the lines behind a figure of things add up to it, and the staff behind
    "staff who signed in" are as many as it counts."""
    from sync.server.evaluation import report
    from sync.server.evaluation.figures import BY_NAME
    from sync.server.evaluation.quarters import parse_quarter
    from sync.server.evaluation_drill import behind
    from tests.sync.test_evaluation import QUARTER, TODAY, _built

    db, _truth = _built(database_url)
    checked = 0
    try:
        with db.reader() as session:
            data = report.build(session, QUARTER, today=TODAY)
            for code, branch in data["branches"].items():
                from sqlalchemy import select

                from client.schema.models import Branch

                branch_id = session.scalars(select(Branch.id).where(Branch.code == code)).one()
                for index, label in enumerate(data["quarters"]):
                    quarter = parse_quarter(label)
                    for name in (*SAME_CUSTOMERS, *SAME_THINGS, "staff_signed_in"):
                        want = branch["trend"][name][index]
                        found = behind(
                            session, name, branch_id, quarter, home_branch=None, limit=10**6
                        )
                        lines = found.customers or found.staff
                        if name in SAME_THINGS:
                            got = sum(line.count for line in lines)
                        else:
                            got = found.total
                            assert len(lines) == found.total
                        assert got == want, (code, label, name)
                        checked += bool(want)
                    assert BY_NAME  # the figures' table is the report's
    finally:
        db.dispose()
    assert checked > 40


def test_the_window_sees_the_histories_imported_since_the_last_report(
    api: Api, bank: dict[str, list[str]]
) -> None:
    """The report the window asks for reads the account histories written since the last
    one (no `report evaluation` run in between)."""
    from decimal import Decimal

    from sqlalchemy import select

    from client.schema.enums import AccountStatus, HolderRole, ProductCategory
    from client.schema.history import MonthFigures
    from client.schema.models import Account, AccountHistory, AccountHolder, Customer, Product

    auth = api.login("branch_manager@BJ01")
    before = api.client.post(EVALUATION, headers=auth, json={}).json()
    assert before["branches"][0]["figures"]["net_profit_12m"]["value"] == 0
    today = datetime.now(UTC).date()
    month = today.year * 100 + today.month
    with api.db.writer() as session, session.begin():
        customer = session.scalars(
            select(Customer.id).where(Customer.customer_number == bank["BJ01"][0])
        ).one()
        product = Product(code="SAV1", name="Savings", category=ProductCategory.SAVINGS)
        session.add(product)
        session.flush()
        account = Account(
            account_number="622200000001",
            product_id=product.id,
            branch_id=api.seeded.branches["BJ01"],
            currency="CNY",
            status=AccountStatus.OPEN,
            opened_on=today,
            balance=Decimal(5000),
            balance_as_of=datetime.now(UTC),
        )
        session.add(account)
        session.flush()
        session.add(
            AccountHolder(account_id=account.id, customer_id=customer, role=HolderRole.PRIMARY)
        )
        figures = [Decimal(n) for n in ("5000", "80", "20", "10", "15", "5")]
        session.add(AccountHistory(account_id=account.id, months=(MonthFigures(month, *figures),)))
    after = api.client.post(EVALUATION, headers=auth, json={}).json()
    assert after["branches"][0]["figures"]["net_profit_12m"]["value"] == 70  # 80+20-10-15-5
