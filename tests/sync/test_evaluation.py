"""The quarterly evaluation (issue 17): every figure of the report against a plain Python
count over the same rows, on SQLite and PostgreSQL; milestones; the XLSX and PDF files.

The bank is built for it: three branches (C01 opens in the middle of 2026Q4), staff,
customers, accounts with monthly histories, and random but seeded activity in the quarters
2025Q3 to 2026Q4 except 2026Q2, which has none. The expected figures are counted here from
the rows as they were generated, not read back from the database.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from client.schema.base import MONEY_SCALE
from client.schema.enums import (
    FAMILY_OF_CATEGORY,
    AccountStatus,
    AppointmentStatus,
    AuditAction,
    Channel,
    CustomerKind,
    FeedbackVerdict,
    InteractionKind,
    Lifecycle,
    OfferStatus,
    ProductCategory,
    ReferralStage,
    Role,
)
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    Appointment,
    AuditEvent,
    Customer,
    Device,
    Interaction,
    Offer,
    Product,
    Referral,
    Segment,
    SegmentFeedback,
    SegmentMembershipHistory,
)
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.evaluation import history, report
from sync.server.evaluation.figures import BY_NAME, FIGURES
from sync.server.evaluation.quarters import Period, parse_period, parse_quarter
from sync.server.rules.money import to_cny_units
from sync.server.rules.tables import segment_rule
from sync.server.tables import (
    applied_entry,
    audit_chain,
    change_log,
    device_contact,
    session_token,
)
from sync.server.users import add_branch, add_user
from tests.sync.conftest import HASHER, PASSWORD

QUARTER = parse_quarter("2026Q4")
TODAY = date(2027, 1, 10)
ACTIVE = [parse_quarter(q) for q in ("2025Q3", "2025Q4", "2026Q1", "2026Q3", "2026Q4")]
C_OPENED = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
OLD = datetime(2024, 1, 2, tzinfo=UTC)
PERIODS = [QUARTER.shifted(n) for n in range(-7, 1)]


@dataclass
class Truth:
    """What was generated, as plain records."""

    branch_of_user: dict[uuid.UUID, str] = field(default_factory=dict)
    staff: Counter[str] = field(default_factory=Counter)
    opened: dict[str, date] = field(default_factory=dict)
    home: dict[uuid.UUID, str] = field(default_factory=dict)
    branch_of_device: dict[uuid.UUID, str] = field(default_factory=dict)
    rows: defaultdict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))


def _when(rng: random.Random, start: datetime | None = None) -> datetime:
    quarter = rng.choice(ACTIVE)
    low = max(quarter.start_at, start) if start else quarter.start_at
    seconds = int((quarter.end_at - low).total_seconds())
    if seconds <= 0:
        return _when(rng, start)
    return low + timedelta(seconds=rng.randrange(seconds))


def _build(db: Database, seed: int = 17) -> Truth:
    rng = random.Random(seed)
    truth = Truth()
    seq = iter(range(10_000_000, 20_000_000))
    with db.writer() as session, session.begin():
        branches = {}
        for code, opened in (("A01", OLD), ("B01", OLD), ("C01", C_OPENED)):
            branches[code] = add_branch(session, code, f"Branch {code}", "Beijing", opened).id
            truth.opened[code] = opened.date()
        users: dict[str, list[uuid.UUID]] = defaultdict(list)
        for code, count in (("A01", 3), ("B01", 4), ("C01", 2)):
            for n in range(count):
                user = add_user(
                    session,
                    HASHER,
                    username=f"u{n}@{code}",
                    role=Role.RELATIONSHIP_MANAGER,
                    branch_code=code,
                    password=PASSWORD,
                    now=OLD,
                )
                users[code].append(user.id)
                truth.branch_of_user[user.id] = code
                truth.staff[code] += 1
        idle = add_user(
            session,
            HASHER,
            username="gone@A01",
            role=Role.TELLER,
            branch_code="A01",
            password=PASSWORD,
            now=OLD,
        )
        idle.active = False

        def user_at(at: datetime) -> uuid.UUID:
            codes = ["A01", "B01"] + (["C01"] if at >= C_OPENED else [])
            return rng.choice(users[rng.choice(codes)])

        products = {}
        for code, category in (
            ("SAV", ProductCategory.SAVINGS),
            ("CARD", ProductCategory.CARD),
            ("LOAN", ProductCategory.LOAN),
        ):
            product = Product(id=uuid.uuid4(), code=code, name=code, category=category)
            session.add(product)
            products[code] = product
        segments = []
        for n in range(3):
            segment = Segment(id=uuid.uuid4(), code=f"S{n}", name=f"S{n}")
            session.add(segment)
            segments.append(segment)
        session.flush()
        for segment, priority in zip(segments, (10, 20, None), strict=True):
            if priority is not None:
                session.execute(
                    insert(segment_rule).values(
                        segment_id=segment.id, rule="age > 1", priority=priority, changed_at=OLD
                    )
                )
        customers = []
        for n in range(60):
            created = _when(rng) if n % 4 else OLD
            code = rng.choice(["A01", "B01"] + (["C01"] if created >= C_OPENED else []))
            lifecycle = rng.choice(list(Lifecycle))
            customer = Customer(
                id=uuid.uuid4(),
                customer_number=f"C{n:05d}",
                kind=CustomerKind.INDIVIDUAL,
                legal_name=f"客户{n}",
                home_branch_id=branches[code],
                lifecycle=lifecycle,
            )
            session.add(customer)
            customers.append(customer)
            truth.home[customer.id] = code
            session.flush()
            _log(session, next(seq), "customer", customer.id, "insert", {}, created)
            truth.rows["customer_insert"].append({"id": customer.id, "at": created})
            if n % 3 == 0:
                changed = _when(rng, created)
                _log(
                    session,
                    next(seq),
                    "customer",
                    customer.id,
                    "update",
                    {"lifecycle": "prospect"},
                    changed,
                )
                truth.rows["lifecycle"].append({"id": customer.id, "at": changed, "now": lifecycle})
        for n in range(300):
            at = _when(rng)
            customer = rng.choice(customers)
            user = user_at(at) if n % 5 else None
            branch = truth.branch_of_user[user] if user else None
            session.add(
                Interaction(
                    customer_id=customer.id,
                    kind=rng.choice(list(InteractionKind)),
                    channel=rng.choice(list(Channel)),
                    occurred_at=at,
                    user_id=user,
                    branch_id=branches[branch] if branch else None,
                    subject="s",
                )
            )
            last = session.new
            row = next(o for o in last if isinstance(o, Interaction) and o.occurred_at == at)
            truth.rows["interaction"].append(
                {
                    "at": at,
                    "branch": branch or truth.home[customer.id],
                    "kind": row.kind.value,
                    "channel": row.channel.value,
                }
            )
        for _ in range(80):
            at = _when(rng)
            by = user_at(at)
            stage = rng.choice(list(ReferralStage))
            closed = _when(rng, at) if stage in (ReferralStage.WON, ReferralStage.LOST) else None
            value = Decimal(rng.randrange(1, 10**6)) / 100
            session.add(
                Referral(
                    customer_id=rng.choice(customers).id,
                    product_id=products["SAV"].id,
                    referred_by_id=by,
                    assigned_to_id=by,
                    stage=stage,
                    expected_value=value,
                    created_at=at,
                    closed_at=closed,
                )
            )
            truth.rows["referral"].append(
                {
                    "at": at,
                    "closed": closed,
                    "stage": stage,
                    "value": value,
                    "branch": truth.branch_of_user[by],
                }
            )
        for _ in range(60):
            at = _when(rng)
            rm = user_at(at)
            status = rng.choice(list(AppointmentStatus))
            session.add(
                Appointment(
                    rm_id=rm,
                    customer_id=rng.choice(customers).id,
                    booked_by_id=rm,
                    starts_at=at,
                    ends_at=at + timedelta(minutes=30),
                    purpose="p",
                    status=status,
                    channel=Channel.COUNTER,
                )
            )
            truth.rows["appointment"].append(
                {"at": at, "branch": truth.branch_of_user[rm], "done": status == "done"}
            )
        for _ in range(30):
            at = _when(rng)
            user = user_at(at)
            code = truth.branch_of_user[user]
            session.add(
                SegmentFeedback(
                    segment_id=segments[0].id,
                    branch_id=branches[code],
                    user_id=user,
                    verdict=FeedbackVerdict.AGREE,
                    created_at=at,
                )
            )
            truth.rows["feedback"].append({"at": at, "branch": code})
        for n in range(70):
            customer = rng.choice(customers)
            status = rng.choice(list(OfferStatus))
            offer = Offer(
                customer_id=customer.id,
                product_id=products["CARD"].id,
                reason="r",
                score=50,
                status=status,
                expires_on=date(2027, 6, 30),
            )
            session.add(offer)
            session.flush()
            if n % 4:
                at = _when(rng)
                _log(session, next(seq), "offer", offer.id, "update", {"status": "suggested"}, at)
                truth.rows["offer"].append(
                    {"at": at, "status": status, "branch": truth.home[customer.id]}
                )
            else:
                at = _when(rng)
                _log(session, next(seq), "offer", offer.id, "update", {"score": 40}, at)
        for n in range(90):
            at = _when(rng)
            customer = rng.choice(customers)
            code = truth.home[customer.id]
            family = rng.choice(["SAV", "CARD", "LOAN"])
            currency = "USD" if n % 9 == 0 else "CNY"
            account = Account(
                account_number=f"6222{n:08d}",
                product_id=products[family].id,
                branch_id=branches[code],
                currency=currency,
                status=AccountStatus.OPEN,
                opened_on=at.date(),
                balance=Decimal(0),
                balance_as_of=at,
            )
            session.add(account)
            session.flush()
            months = []
            for index in range(2024 * 12 + rng.randrange(12), 2026 * 12 + 12):
                if rng.random() < 0.15:
                    continue  # a gap
                amounts = [Decimal(rng.randrange(-(10**7), 10**9)) / 10_000 for _ in range(6)]
                months.append(MonthFigures(index // 12 * 100 + index % 12 + 1, *amounts))
            session.add(AccountHistory(account_id=account.id, months=tuple(months)))
            truth.rows["account"].append(
                {
                    "opened": at.date(),
                    "branch": code,
                    "family": str(FAMILY_OF_CATEGORY[products[family].category]),
                    "currency": currency,
                    "months": months,
                }
            )
        for _ in range(40):
            at = _when(rng)
            customer = rng.choice(customers)
            new = rng.choice([None, *segments])
            old = rng.choice([None, *segments])
            session.add(
                SegmentMembershipHistory(
                    customer_id=customer.id,
                    segment_id=new.id if new else None,
                    previous_segment_id=old.id if old else None,
                    changed_at=at,
                    source="rule",
                )
            )
            rank = {s.id: p for s, p in zip(segments, (10, 20, None), strict=True)}
            up = new is not None and (
                old is None
                or (
                    rank[new.id] is not None
                    and (rank[old.id] is None or rank[new.id] < rank[old.id])
                )
            )
            if up:
                truth.rows["moved_up"].append(
                    {"at": at, "branch": truth.home[customer.id], "id": customer.id}
                )
        # workstations and their contact with the server
        devices: list[uuid.UUID] = []
        for code, count in (("A01", 2), ("B01", 3), ("C01", 1)):
            for n in range(count):
                device = Device(name=f"ws{n}@{code}", branch_id=branches[code])
                session.add(device)
                session.flush()
                devices.append(device.id)
                truth.branch_of_device[device.id] = code
        device_seq: Counter[uuid.UUID] = Counter()
        user_of_device = {d: rng.choice(users[truth.branch_of_device[d]]) for d in devices}
        for n in range(400):
            device = rng.choice(devices)
            code = truth.branch_of_device[device]
            at = _when(rng, C_OPENED if code == "C01" else None)
            user = user_of_device[device] if n % 7 else rng.choice(users[code])
            action = rng.choice(
                [
                    AuditAction.LOGIN,
                    AuditAction.VIEW,
                    AuditAction.VIEW,
                    AuditAction.UPDATE,
                    AuditAction.RESOLVE_CONFLICT,
                ]
            )
            customer = rng.choice(customers).id if action is AuditAction.VIEW else None
            device_seq[device] += 1
            event = AuditEvent(
                occurred_at=at,
                user_id=user,
                device_id=device,
                action=action,
                entity="customer",
                customer_id=customer,
                device_seq=device_seq[device],
            )
            session.add(event)
            session.flush()
            truth.rows["audit"].append(
                {
                    "at": at,
                    "user": user,
                    "action": action,
                    "customer": customer,
                    "device": device,
                }
            )
            accepted = at + timedelta(seconds=rng.randrange(60))
            session.execute(
                insert(audit_chain).values(
                    seq=next(seq),
                    event_id=event.id,
                    device_id=device,
                    device_seq=device_seq[device],
                    event_hash="0" * 64,
                    chain_hash="0" * 64,
                    accepted_at=accepted,
                )
            )
            truth.rows["contact"].append({"at": accepted, "device": device})
        for _ in range(120):
            device = rng.choice(devices)
            at = _when(rng, C_OPENED if truth.branch_of_device[device] == "C01" else None)
            status = rng.choice(["applied", "applied", "merged", "conflict", "rejected"])
            session.execute(
                insert(applied_entry).values(
                    entry_id=uuid.uuid4(),
                    user_id=user_of_device[device],
                    device_id=device,
                    result={"entry_id": str(uuid.uuid4()), "status": status},
                    applied_at=at,
                )
            )
            truth.rows["contact"].append({"at": at, "device": device})
            truth.rows["applied"].append({"at": at, "device": device, "status": status})
        for n, device in enumerate(devices):
            at = _when(rng, C_OPENED if truth.branch_of_device[device] == "C01" else None)
            session.execute(
                insert(session_token).values(
                    token_hash=f"{n:064d}",
                    user_id=user_of_device[device],
                    device_id=device,
                    created_at=at,
                    expires_at=at + timedelta(days=1),
                )
            )
            truth.rows["contact"].append({"at": at, "device": device})
            last = _when(rng, at)
            version = rng.choice(["1.4.0", "1.5.0", None])
            session.execute(
                insert(device_contact).values(
                    device_id=device,
                    user_id=user_of_device[device],
                    last_contact_at=last,
                    app_version=version,
                )
            )
            truth.rows["contact"].append({"at": last, "device": device})
            truth.rows["version"].append({"at": last, "device": device, "version": version})
    return truth


def _log(
    session: Any, seq: int, table: str, row_id: uuid.UUID, op: str, before: Any, at: datetime
) -> None:
    session.execute(
        insert(change_log).values(
            seq=seq, table_name=table, row_id=row_id, op=op, before=before, committed_at=at
        )
    )


def _in(at: datetime | None, period: Period) -> bool:
    return at is not None and period.start_at <= at < period.end_at


def _quarter_end_balance(months: list[MonthFigures], period: Period) -> int:
    inside = [
        m
        for m in months
        if period.start.year * 100 + period.first_month <= m.period <= period.last_month
    ]
    return int(max(inside, key=lambda m: m.period).end_balance * MONEY_SCALE) if inside else 0


def _net_12m(months: list[MonthFigures], period: Period) -> int:
    last = period.last_month
    first_index = (last // 100) * 12 + last % 100 - 1 - 11
    first = (first_index // 12) * 100 + first_index % 12 + 1
    return sum(int(m.net * MONEY_SCALE) for m in months if first <= m.period <= last)


def _cny(units: int, currency: str) -> int:
    value = to_cny_units(units, currency)
    assert value is not None
    return value


def expected_parts(truth: Truth, code: str, period: Period, today: date) -> Counter[str]:
    """The parts of one branch's figures, counted by hand from the generated rows."""
    parts: Counter[str] = Counter()
    rows = truth.rows
    for r in rows["interaction"]:
        if r["branch"] == code and _in(r["at"], period):
            parts["interactions"] += 1
            parts[f"interactions.kind.{r['kind']}"] += 1
            parts[f"interactions.channel.{r['channel']}"] += 1
    for r in rows["referral"]:
        if r["branch"] != code:
            continue
        parts["referrals_made"] += _in(r["at"], period)
        if _in(r["closed"], period):
            if r["stage"] == ReferralStage.WON:
                parts["referrals_won"] += 1
                parts["referrals_won_value"] += int(r["value"] * MONEY_SCALE)
            else:
                parts["referrals_lost"] += 1
    for r in rows["appointment"]:
        if r["branch"] == code and _in(r["at"], period):
            parts["appointments_booked"] += 1
            parts["appointments_held"] += r["done"]
    parts["segment_feedback_given"] = sum(
        1 for r in rows["feedback"] if r["branch"] == code and _in(r["at"], period)
    )
    presented = {
        id(r): r["status"]
        for r in rows["offer"]
        if r["branch"] == code
        and _in(r["at"], period)
        and r["status"] in ("presented", "later", "accepted", "declined")
    }
    parts["offers_presented"] = len(presented)
    parts["offers_accepted"] = sum(1 for s in presented.values() if s == "accepted")
    events = [
        r for r in rows["audit"] if truth.branch_of_user[r["user"]] == code and _in(r["at"], period)
    ]
    parts["staff_signed_in"] = len({r["user"] for r in events if r["action"] == "login"})
    parts["active_staff"] = len({r["user"] for r in events})
    weekly = {(r["user"], r["at"].date() - timedelta(days=r["at"].weekday())) for r in events}
    parts["active_staff_weeks"] = len(weekly)
    first = max(period.start, truth.opened[code])
    days = [
        first + timedelta(days=n)
        for n in range((min(period.end, today + timedelta(days=1)) - first).days)
    ]
    weeks = {d - timedelta(days=d.weekday()) for d in days}
    parts["staff_weeks"] = truth.staff[code] * len(weeks)
    viewed = defaultdict(set)
    for r in events:
        if r["action"] == "view":
            viewed[r["user"]].add(r["customer"])
    parts["customers_viewed"] = sum(len(v) for v in viewed.values())
    parts["new_customers"] = sum(
        1 for r in rows["customer_insert"] if truth.home[r["id"]] == code and _in(r["at"], period)
    )
    parts["prospects_converted"] = len(
        {
            r["id"]
            for r in rows["lifecycle"]
            if truth.home[r["id"]] == code and _in(r["at"], period) and r["now"] == "active"
        }
    )
    last_quarter = period.quarters()[-1]
    for r in rows["account"]:
        if r["branch"] != code:
            continue
        if period.start <= r["opened"] < period.end:
            parts["new_accounts"] += 1
            parts[f"new_accounts.family.{r['family']}"] += 1
        end = _cny(_quarter_end_balance(r["months"], last_quarter), r["currency"])
        before = _cny(
            _quarter_end_balance(r["months"], period.quarters()[0].previous()), r["currency"]
        )
        net = _cny(_net_12m(r["months"], last_quarter), r["currency"])
        net_before = _cny(_net_12m(r["months"], last_quarter.year_earlier()), r["currency"])
        parts["balance_change"] += end - before
        parts["net_profit_12m"] += net
        parts["net_profit_12m_change"] += net - net_before
    parts["customers_moved_up_segment"] = len(
        {r["id"] for r in rows["moved_up"] if r["branch"] == code and _in(r["at"], period)}
    )
    mine = {d for d, c in truth.branch_of_device.items() if c == code}
    contact_days = defaultdict(set)
    for r in rows["contact"]:
        if r["device"] in mine and _in(r["at"], period):
            contact_days[r["device"]].add(r["at"].date())
    counted = max(0, (min(period.end, today + timedelta(days=1)) - period.start).days)
    parts["workstations_synced"] = len(contact_days)
    parts["offline_days"] = sum(counted - len(d) for d in contact_days.values())
    for r in rows["applied"]:
        if r["device"] in mine and _in(r["at"], period):
            parts["failed_syncs"] += r["status"] == "rejected"
            parts["conflicts_listed"] += r["status"] == "conflict"
    parts["conflicts_resolved"] = sum(
        1
        for r in rows["audit"]
        if r["device"] in mine and r["action"] == "resolve_conflict" and _in(r["at"], period)
    )
    for r in rows["version"]:
        if r["device"] in mine and _in(r["at"], period):
            parts[f"versions.version.{r['version'] or 'unknown'}"] += 1
    return parts


def _built(database_url: str) -> tuple[Database, Truth]:
    db = Database(database_url)
    truth = _build(db)
    with db.writer() as session, session.begin():
        history.refresh(session)
    return db, truth


def test_every_figure_equals_a_plain_count(database_url: str) -> None:
    db, truth = _built(database_url)
    try:
        with db.reader() as session:
            data = report.build(session, QUARTER, today=TODAY)
    finally:
        db.dispose()
    assert list(data["branches"]) == ["A01", "B01", "C01"]
    assert data["quarters"][-1] == "2026Q4" and data["year_earlier"] == "2025Q4"
    bank: list[Counter[str]] = [Counter() for _ in PERIODS]
    nonzero = 0
    for code, branch in data["branches"].items():
        expected = [expected_parts(truth, code, p, TODAY) for p in PERIODS]
        for index, parts in enumerate(expected):
            bank[index].update(parts)
        for figure in FIGURES:
            shown = branch[figure.part][figure.name]
            want = [figure.value(parts) for parts in expected]
            assert branch["trend"][figure.name] == want, (code, figure.name)
            assert shown["value"] == want[-1], (code, figure.name)
            assert shown["previous_quarter"] == want[-2], (code, figure.name)
            assert shown["year_earlier"] == want[-5], (code, figure.name)
            for key, prefix in figure.breakdowns:
                assert shown[key] == figure.breakdown(expected[-1], prefix), (code, key)
            nonzero += bool(want[-1])
            # 2026Q2 had no activity: every count is 0 (balances and profit still move)
            if figure.source not in ("balances", "use"):
                assert want[5] == 0 and branch["trend"][figure.name][5] == 0, figure.name
    assert nonzero > 50
    for figure in FIGURES:
        assert data["bank"]["trend"][figure.name] == [figure.value(b) for b in bank], figure.name
    # the branch that opened in mid-quarter has no activity before
    c01 = data["branches"]["C01"]
    assert c01["inputs"]["interactions"]["previous_quarter"] == 0
    assert c01["inputs"]["interactions"]["value"] > 0
    assert 0 < c01["use"]["active_staff_share"]["value"] <= 1


def test_one_branch_and_the_command_line(database_url: str, tmp_path: Path, capsys: Any) -> None:
    db, truth = _built(database_url)
    db.dispose()
    assert (
        server_main(
            [
                "milestone",
                "set",
                "--branch",
                "A01",
                "--period",
                "2026H2",
                "--figure",
                "interactions",
                "--target",
                "40",
                "--database",
                database_url,
            ]
        )
        == 0
    )
    assert (
        server_main(
            [
                "milestone",
                "set",
                "--branch",
                "A01",
                "--period",
                "2026H2",
                "--figure",
                "sales",
                "--target",
                "4",
                "--database",
                database_url,
            ]
        )
        == 2
    )
    assert "unknown figure 'sales'" in capsys.readouterr().err
    assert server_main(["milestone", "list", "--json", "--database", database_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {
            "branch": "A01",
            "period": "2026H2",
            "figure": "interactions",
            "target": 40.0,
            "set_at": listed[0]["set_at"],
        }
    ]
    code = server_main(
        [
            "report",
            "evaluation",
            "--quarter",
            "2026Q4",
            "--branch",
            "A01",
            "--json",
            "--database",
            database_url,
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["branches"]) == ["A01"] and "bank" not in data
    half = parse_period("2026H2")
    actual = BY_NAME["interactions"].value(expected_parts(truth, "A01", half, date.today()))
    assert data["branches"]["A01"]["milestones"]["interactions"] == {
        "period": "2026H2",
        "target": 40,
        "actual": actual,
        "share": round(actual / 40, 4),
    }
    for bad in (
        ["--quarter", "2026Q5"],
        ["--quarter", "2026H1"],
        ["--quarter", "2026Q4", "--branch", "ZZ9"],
    ):
        assert server_main(["report", "evaluation", *bad, "--database", database_url]) == 2
        assert capsys.readouterr().err.startswith("guitai-server report: ")
    csv_path = tmp_path / "e.csv"
    assert (
        server_main(
            [
                "report",
                "evaluation",
                "--quarter",
                "2026Q4",
                "--csv",
                str(csv_path),
                "--database",
                database_url,
            ]
        )
        == 0
    )
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 3 * len(FIGURES)


def test_xlsx_holds_the_numbers_and_the_pdf_shows_charts(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert server_main(["init", "--database", url]) == 0
    db = Database(url)
    _build(db)
    db.dispose()
    assert (
        server_main(
            [
                "milestone",
                "set",
                "--branch",
                "B01",
                "--period",
                "2026H2",
                "--figure",
                "new_accounts",
                "--target",
                "12",
                "--database",
                url,
            ]
        )
        == 0
    )
    xlsx, pdf, js = tmp_path / "e.xlsx", tmp_path / "e.pdf", tmp_path / "e.json"
    for option, path in (("--xlsx", xlsx), ("--pdf", pdf)):
        assert (
            server_main(
                [
                    "report",
                    "evaluation",
                    "--quarter",
                    "2026Q4",
                    option,
                    str(path),
                    "--database",
                    url,
                ]
            )
            == 0
        )
    db = Database(url)
    with db.reader() as session:
        data = report.build(session, QUARTER, today=date.today())
    db.dispose()
    js.write_text(json.dumps(data))
    book = load_workbook(xlsx)
    assert book.sheetnames == ["inputs", "use", "outputs", "it", "milestones"]
    for figure in FIGURES:
        sheet = book[figure.part]
        found = [
            row for row in sheet.iter_rows(min_row=2, values_only=True) if row[1] == figure.name
        ]
        assert len(found) == 3
        for row in found:
            shown = data["branches"][row[0]][figure.part][figure.name]
            assert isinstance(row[3], int | float)
            assert list(row[3:6]) == [
                shown["value"],
                shown["previous_quarter"],
                shown["year_earlier"],
            ]
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the PDF is not rendered")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    pages = list(tmp_path.glob("page*.png"))
    assert pages and pages[0].stat().st_size > 10_000


def test_the_readme_lists_every_figure_as_the_table_defines_it() -> None:
    from sync.server.evaluation.figures import markdown_list

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown_list() in readme
