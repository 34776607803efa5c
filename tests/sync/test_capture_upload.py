"""A teller's offline work reaches the server: a new prospect (duplicate-checked online
too), a closed and a reassigned task, an offer's response; the server's duplicate check
finds a customer of another branch the cache does not hold."""

from __future__ import annotations

import io
import json
import sys
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import zhconv
from sqlalchemy import select

from client.profile import Profile
from client.schema.enums import Lifecycle, OfferStatus, TaskStatus
from client.schema.models import Branch, Consent, ContactPoint, Customer, Offer, Task, User
from client.store import LocalCache
from client.work import create_task, signed_in
from sync.cli import main
from sync.demo import SERVER_FILE, DemoServer, start_demo_server
from sync.server.db import Database


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoServer, Database]]:
    folder = tmp_path_factory.mktemp("capture-server")
    running = start_demo_server(folder, customers=200)
    db = Database(f"sqlite:///{folder / SERVER_FILE}")
    yield running, db
    db.dispose()
    running.stop()


def guitai(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def profile(
    server: tuple[DemoServer, Database],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The demo teller's workstation, signed in and synced."""
    running, _ = server
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    folder = str(tmp_path / "counter")
    login = ("login", "--server", running.url, "--profile", folder)
    code, _, err = guitai(
        capsys, monkeypatch, *login, stdin=f"{running.teller}\n{running.password}\n"
    )
    assert code == 0, err
    code, _, err = guitai(capsys, monkeypatch, "sync", "--profile", folder)
    assert code == 0, err
    return folder


def sync(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: str) -> None:
    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", folder, "--json")
    assert code == 0, err
    code, out, err = guitai(capsys, monkeypatch, "status", "--profile", folder, "--json")
    assert json.loads(out)["pending"] == 0, out


def test_a_prospect_made_offline_is_uploaded_to_the_tellers_branch(
    server: tuple[DemoServer, Database],
    profile: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, db = server
    code, out, err = guitai(
        capsys,
        monkeypatch,
        "customer",
        "new",
        "--kind",
        "individual",
        "--name",
        "欧阳柜台",
        "--name-latin",
        "Ouyang Guitai",
        "--national-id",
        "11010519491231002X",
        "--phone",
        "13912345678",
        "--email",
        "ouyang@example.cn",
        "--marketing-consent",
        "no",
        "--lifecycle",
        "prospect",
        "--profile",
        profile,
        "--json",
    )
    assert code == 0, err
    made = json.loads(out)
    assert made["saved"] is True and made["server_checked"] is True
    number = made["customer_number"]
    code, out, _ = guitai(capsys, monkeypatch, "status", "--profile", profile, "--json")
    assert json.loads(out)["pending"] == made["edits"] == 1 + 2 + 3

    sync(capsys, monkeypatch, profile)
    with LocalCache.open(Profile.open(Path(profile))) as cache, cache.read_session() as session:
        who = signed_in(session)
        assert who is not None
    with db.reader() as session:
        customer = session.scalars(select(Customer).where(Customer.customer_number == number)).one()
        assert customer.home_branch_id == who.staff.branch_id
        assert customer.lifecycle is Lifecycle.PROSPECT
        assert customer.birth_date == date(1949, 12, 31)
        assert customer.national_id == "11010519491231002X"
        values = set(
            session.scalars(
                select(ContactPoint.value).where(ContactPoint.customer_id == customer.id)
            )
        )
        assert values == {"13912345678", "ouyang@example.cn"}
        consents = session.scalars(select(Consent).where(Consent.customer_id == customer.id))
        assert [c.granted for c in consents] == [False, False, False]

    # the same person again, by phone: the cache finds the prospect now
    code, out, _ = guitai(
        capsys,
        monkeypatch,
        "customer",
        "new",
        "--kind",
        "individual",
        "--name",
        "欧阳某",
        "--phone",
        "+86 139 1234 5678",
        "--profile",
        profile,
    )
    assert code == 8 and number in out and "same_phone" in out


def test_the_server_finds_a_customer_of_another_branch_by_traditional_name_and_birth_date(
    server: tuple[DemoServer, Database],
    profile: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, db = server
    with LocalCache.open(Profile.open(Path(profile))) as cache, cache.read_session() as session:
        who = signed_in(session)
        assert who is not None
        cached = set(session.scalars(select(Customer.id)))
    with db.reader() as session:
        elsewhere = session.scalars(
            select(Customer)
            .where(
                Customer.home_branch_id != who.staff.branch_id,
                Customer.birth_date.is_not(None),
                Customer.kind == "individual",
            )
            .order_by(Customer.customer_number)
        ).all()
        other = next(c for c in elsewhere if c.id not in cached and len(c.legal_name) >= 2)
        code_of = session.get(Branch, other.home_branch_id)
        assert code_of is not None
    traditional = zhconv.convert(other.legal_name, "zh-hant")
    assert other.birth_date is not None
    code, out, err = guitai(
        capsys,
        monkeypatch,
        "customer",
        "new",
        "--kind",
        "individual",
        "--name",
        traditional,
        "--birth-date",
        other.birth_date.isoformat(),
        "--profile",
        profile,
        "--json",
    )
    assert code == 8, err
    found = {d["customer_number"]: d for d in json.loads(out)["duplicates"]}
    assert found[other.customer_number]["source"] == "server"
    assert found[other.customer_number]["branch_code"] == code_of.code
    assert "same_name_and_birth_date" in found[other.customer_number]["reasons"]


def test_closing_and_reassigning_a_task_and_an_offer_response_reach_the_server(
    server: tuple[DemoServer, Database],
    profile: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, db = server
    with LocalCache.open(Profile.open(Path(profile))) as cache:
        with cache.session() as session:
            who = signed_in(session)
            assert who is not None
            customer = session.scalars(
                select(Customer)
                .where(Customer.home_branch_id == who.staff.branch_id)
                .order_by(Customer.customer_number)
            ).first()
            assert customer is not None
            due = date.today() + timedelta(days=1)
            first = create_task(session, who.staff, customer.id, "Call about the card", due)
            second = create_task(session, who.staff, customer.id, "Send the form", due)
            colleague = session.scalars(
                select(User)
                .where(User.branch_id == who.staff.branch_id, User.id != who.staff.user_id)
                .order_by(User.username)
            ).first()
            assert colleague is not None
        with cache.read_session() as session:
            offer = session.scalars(
                select(Offer)
                .where(Offer.status == OfferStatus.SUGGESTED, Offer.expires_on >= date.today())
                .order_by(Offer.id)
            ).first()
            assert offer is not None
            offer_customer = session.get(Customer, offer.customer_id)
            assert offer_customer is not None
            offer_number, offer_id = offer_customer.customer_number, offer.id
    sync(capsys, monkeypatch, profile)

    p = ("--profile", profile)
    code, out, err = guitai(
        capsys, monkeypatch, "task", "close", str(first.row_id), "--note", "card sent", *p
    )
    assert code == 0, err
    code, out, err = guitai(
        capsys, monkeypatch, "task", "reassign", str(second.row_id), colleague.username, *p
    )
    assert code == 0, err
    code, out, err = guitai(
        capsys, monkeypatch, "offer", "respond", offer_number, str(offer_id), "accepted", *p
    )
    assert code == 0, err
    sync(capsys, monkeypatch, profile)

    with db.reader() as session:
        closed = session.get(Task, first.row_id)
        given = session.get(Task, second.row_id)
        answered = session.get(Offer, offer_id)
        assert closed is not None and closed.status is TaskStatus.DONE
        assert closed.completed_at is not None
        assert given is not None and given.assigned_to_id == colleague.id
        assert given.status is TaskStatus.OPEN
        assert answered is not None and answered.status is OfferStatus.ACCEPTED
    code, out, _ = guitai(capsys, monkeypatch, "tasks", *p, "--json")
    listed = {t["id"] for t in json.loads(out)}
    assert str(first.row_id) not in listed and str(second.row_id) in listed
    assert uuid.UUID(str(second.row_id))
