"""The teller's Today and the task list, from the cache: what is booked in, due, overdue;
closing and reassigning a task and answering an offer are offline edits with an audit."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from client.errors import UsageError
from client.outbox import insert_row, update_row
from client.profile import Profile
from client.reasons import Reason
from client.schema.enums import (
    AppointmentStatus,
    AuditAction,
    Channel,
    OfferStatus,
    Role,
    TaskStatus,
)
from client.schema.local import outbox
from client.schema.models import AuditEvent, Customer, Offer, Product, Task, User
from client.store import LocalCache
from client.tasks import open_tasks
from client.today import KYC_WINDOW_DAYS, local_zone, today_at
from client.work import (
    OfferResponse,
    Staff,
    close_task,
    reassign_task,
    respond_to_offer,
)
from sync.cli import main
from tests.client.capture_kit import copy_bank, make_bank, sign_in, teller

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bank(tmp_path_factory)


@pytest.fixture
def folder(bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_bank(bank, tmp_path, monkeypatch)


def guitai(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def branch_customer(cache: LocalCache, staff: Staff) -> uuid.UUID:
    with cache.read_session() as session:
        found = session.scalars(
            select(Customer.id)
            .where(Customer.home_branch_id == staff.branch_id)
            .order_by(Customer.customer_number)
        ).first()
        assert found is not None
        return found


def colleague(cache: LocalCache, staff: Staff, *, same_branch: bool = True) -> User:
    with cache.read_session() as session:
        branch = User.branch_id == staff.branch_id
        found = session.scalars(
            select(User)
            .where(User.id != staff.user_id, branch if same_branch else ~branch)
            .order_by(User.username)
        ).first()
        assert found is not None
        return found


def a_day_of_work(cache: LocalCache, staff: Staff, day: date) -> dict[str, uuid.UUID]:
    """A booked-in customer with an offer, tasks due, overdue and later, a KYC review due."""
    customer = branch_customer(cache, staff)
    rm = colleague(cache, staff)
    with cache.session() as session:
        product = session.scalars(select(Product.id)).first()
        ids = {"customer": customer}
        for name, due in (
            ("overdue", day - timedelta(days=3)),
            ("due", day),
            ("later", day + timedelta(days=5)),
        ):
            edit = insert_row(
                session,
                "task",
                {
                    "customer_id": customer,
                    "assigned_to_id": staff.user_id,
                    "title": f"task {name}",
                    "due_on": due,
                    "status": TaskStatus.OPEN,
                },
            )
            ids[f"task {name}"] = edit.row_id
        noon = datetime.combine(day, time(12), tzinfo=UTC)
        ids["appointment"] = insert_row(
            session,
            "appointment",
            {
                "rm_id": rm.id,
                "customer_id": customer,
                "booked_by_id": staff.user_id,
                "starts_at": noon,
                "ends_at": noon + timedelta(minutes=30),
                "purpose": "pension plan",
                "status": AppointmentStatus.CONFIRMED,
                "channel": Channel.COUNTER,
            },
        ).row_id
        ids["offer"] = insert_row(
            session,
            "offer",
            {
                "customer_id": customer,
                "product_id": product,
                "reason": "salary paid in",
                "score": 99,
                "status": OfferStatus.SUGGESTED,
                "expires_on": day + timedelta(days=30),
            },
        ).row_id
        update_row(session, "customer", customer, {"kyc_review_date": day - timedelta(days=1)})
    return ids


def test_today_lists_the_booked_in_their_offers_tasks_due_and_kyc(folder: Path) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _ = teller(cache)
        ids = a_day_of_work(cache, staff, DAY)
        with cache.read_session() as session:
            day = today_at(session, staff.branch_id, day=DAY, zone=UTC)
    assert [a.appointment_id for a in day.appointments] == [ids["appointment"]]
    titles = [t.title for t in day.tasks if t.customer_id == ids["customer"]]
    assert titles == ["task overdue", "task due"]
    assert all(t.due_on <= DAY for t in day.tasks)
    assert [t.overdue for t in day.tasks if t.customer_id == ids["customer"]] == [True, False]
    kyc = {k.customer_id: k for k in day.kyc}
    assert kyc[ids["customer"]].overdue
    assert all(k.review_date <= DAY + timedelta(days=KYC_WINDOW_DAYS) for k in day.kyc)
    offers = [o for o in day.offers if o.customer_id == ids["customer"]]
    assert ids["offer"] in {o.offer_id for o in offers}
    assert {o.customer_id for o in day.offers} == {ids["customer"]}
    # the next day the appointment is gone, and with it the offers to present
    with LocalCache.open(Profile.open(folder)) as cache, cache.read_session() as session:
        after = today_at(session, staff.branch_id, day=DAY + timedelta(days=1), zone=UTC)
    assert after.appointments == [] and after.offers == []


def test_closing_and_reassigning_tasks(folder: Path) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _ = teller(cache)
        sign_in(cache, staff)
        ids = a_day_of_work(cache, staff, date.today())
        other = colleague(cache, staff)
        stranger = colleague(cache, staff, same_branch=False)
        with cache.session() as session:
            close_task(session, ids["task due"], note="called back; card sent")
            with pytest.raises(UsageError) as again:
                close_task(session, ids["task due"])
            assert again.value.code is Reason.TASK_CLOSED
            reassign_task(session, staff, ids["task later"], other.id)
            with pytest.raises(UsageError) as outside:
                reassign_task(session, staff, ids["task overdue"], stranger.id)
            assert outside.value.code is Reason.NOT_BRANCH_USER
        with cache.read_session() as session:
            done = session.get(Task, ids["task due"])
            given = session.get(Task, ids["task later"])
            assert done is not None and done.status is TaskStatus.DONE and done.completed_at
            assert given is not None and given.assigned_to_id == other.id
            note = session.scalars(
                select(AuditEvent.detail).where(
                    AuditEvent.entity_id == ids["task due"], AuditEvent.detail != ""
                )
            ).one()
            assert note == "called back; card sent"
            mine = open_tasks(session, today=date.today(), assigned_to=staff.user_id)
            theirs = open_tasks(session, today=date.today(), assigned_to=other.id)
            queued = set(
                session.scalars(select(outbox.c.row_id).where(outbox.c.table_name == "task"))
            )
    assert ids["task due"] not in {t.task_id for t in mine}
    assert ids["task later"] in {t.task_id for t in theirs}
    assert {ids["task due"], ids["task later"]} <= queued


def test_an_offer_response_is_saved_and_audited(folder: Path) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _ = teller(cache)
        sign_in(cache, staff)
        ids = a_day_of_work(cache, staff, date.today())
        with cache.session() as session:
            later = respond_to_offer(session, ids["customer"], ids["offer"], OfferResponse.LATER)
            assert later is not None
            assert (
                respond_to_offer(session, ids["customer"], ids["offer"], OfferResponse.LATER)
                is None
            )
            respond_to_offer(session, ids["customer"], ids["offer"], OfferResponse.ACCEPTED)
        with cache.read_session() as session:
            offer = session.get(Offer, ids["offer"])
            assert offer is not None and offer.status is OfferStatus.ACCEPTED
            responses = session.scalars(
                select(AuditEvent.detail)
                .where(
                    AuditEvent.entity_id == ids["offer"], AuditEvent.action == AuditAction.UPDATE
                )
                .where(AuditEvent.detail.like("response:%"))
                .order_by(AuditEvent.device_seq)
            ).all()
    assert responses == ["response: later", "response: later", "response: accepted"]


def test_tasks_and_today_as_json_and_the_commands_that_change_them(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    today = datetime.now(local_zone()).date()
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _code = teller(cache)
        sign_in(cache, staff)
        ids = a_day_of_work(cache, staff, today)
        other = colleague(cache, staff)
        with cache.session() as session:  # the appointment at noon, the workstation's time
            noon = datetime.combine(today, time(12), tzinfo=local_zone())
            update_row(
                session,
                "appointment",
                ids["appointment"],
                {"starts_at": noon, "ends_at": noon + timedelta(minutes=30)},
            )
    profile = ("--profile", str(folder))
    status, out, err = guitai(capsys, "tasks", *profile, "--json", "--mine")
    assert status == 0, err
    listed = {t["id"]: t for t in json.loads(out)}
    assert {str(ids[f"task {n}"]) for n in ("overdue", "due", "later")} <= set(listed)
    overdue = listed[str(ids["task overdue"])]
    assert overdue["overdue"] is True and overdue["status"] == "open"
    assert overdue["assignee"] == "teller1" or overdue["assignee_id"] == str(staff.user_id)
    assert {t["assignee_id"] for t in listed.values()} == {str(staff.user_id)}

    status, out, err = guitai(capsys, "today", *profile, "--json")
    assert status == 0, err
    day = json.loads(out)
    assert day["day"] == today.isoformat()
    assert [a["id"] for a in day["appointments"]] == [str(ids["appointment"])]
    assert str(ids["offer"]) in {o["id"] for o in day["offers"]}
    assert str(ids["task later"]) not in {t["id"] for t in day["tasks"]}
    assert str(ids["customer"]) in {k["customer_id"] for k in day["kyc"]}

    status, out, err = guitai(
        capsys, "task", "close", str(ids["task due"]), "--note", "done", *profile
    )
    assert status == 0 and "saved locally" in out, err
    status, out, err = guitai(
        capsys, "task", "reassign", str(ids["task later"]), other.username, *profile
    )
    assert status == 0 and f"now {other.username}'s" in out, err
    status, _, err = guitai(capsys, "task", "close", str(ids["task due"]), *profile)
    assert status == 2 and "already done" in err
    status, out, _ = guitai(capsys, "tasks", *profile, "--json", "--mine")
    left = {t["id"] for t in json.loads(out)}
    assert str(ids["task due"]) not in left and str(ids["task later"]) not in left
    assert str(ids["task overdue"]) in left

    with LocalCache.open(Profile.open(folder)) as cache, cache.read_session() as session:
        number = session.get(Customer, ids["customer"]).customer_number  # type: ignore[union-attr]
    status, out, err = guitai(
        capsys, "offer", "respond", number, str(ids["offer"]), "declined", *profile
    )
    assert status == 0, err
    status, out, err = guitai(capsys, "show", number, *profile, "--json")
    assert status == 0, err
    shown = {o["id"]: o for o in json.loads(out)["offers"]}
    assert shown[str(ids["offer"])]["status"] == "declined"
    assert shown[str(ids["offer"])]["product"]
    assert "active_offers" in json.loads(out)


def test_an_auditor_may_not_close_a_task(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _ = teller(cache)
        ids = a_day_of_work(cache, staff, date.today())
        sign_in(cache, staff)
        with cache.session() as session:
            from client import audit
            from client.schema.local import cache_meta

            info = {
                "id": str(staff.user_id),
                "username": "a1",
                "role": Role.AUDITOR.value,
                "branch_id": str(staff.branch_id),
            }
            session.execute(
                cache_meta.update()
                .where(cache_meta.c.key == audit.USER_KEY)
                .values(value=json.dumps(info))
            )
    status, _, err = guitai(capsys, "task", "close", str(ids["task due"]), "--profile", str(folder))
    assert status == 1 and "not allowed for the role auditor" in err
