"""A new customer or prospect at the counter: likely duplicates found in any script, by
phone and by ID; refused without a reason (exit 8, the duplicates printed), saved with the
reason kept; the customer, its contacts and consent queued in one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from client.capture import (
    DUPLICATE_ENTITY,
    NeedsDecisionError,
    NewCustomer,
    Why,
    checked,
    customer_number_for,
    local_duplicates,
    not_duplicate_reason,
    save,
)
from client.errors import UsageError
from client.profile import Profile
from client.reasons import FACTS, Reason
from client.schema.enums import ConsentPurpose, CustomerKind, Lifecycle
from client.schema.local import outbox
from client.schema.models import AuditEvent, Consent, ContactPoint, Customer
from client.store import LocalCache
from sync.cli import main
from tests.client.capture_kit import copy_bank, make_bank, sign_in, teller

BORN = date(1980, 3, 7)
ZHANG_ID = "110101198003071239"
"""A valid ID card number of someone born on BORN (check character 9)."""


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bank(tmp_path_factory)


@pytest.fixture
def folder(bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_bank(bank, tmp_path, monkeypatch)


@pytest.fixture
def cache(folder: Path) -> Iterator[LocalCache]:
    with LocalCache.open(Profile.open(folder)) as opened:
        yield opened


def zhang(**changes: object) -> NewCustomer:
    base = NewCustomer(
        kind=CustomerKind.INDIVIDUAL,
        legal_name="张伟明",
        name_latin="Zhang Weiming",
        national_id=None,
        birth_date=BORN,
        phones=("13800138000",),
    )
    return checked(NewCustomer(**{**base.__dict__, **changes}))  # type: ignore[arg-type]


def saved_zhang(cache: LocalCache, **changes: object) -> str:
    staff, _ = teller(cache)
    with cache.session() as session:
        return save(session, staff, zhang(**changes)).customer_number


def reasons_for(cache: LocalCache, new: NewCustomer) -> dict[str, tuple[str, ...]]:
    with cache.read_session() as session:
        return {d.customer_number: d.reasons for d in local_duplicates(session, new)}


def test_traditional_characters_and_the_birth_date_find_the_simplified_name(
    cache: LocalCache,
) -> None:
    number = saved_zhang(cache)
    found = reasons_for(cache, zhang(legal_name="張偉明", name_latin="", phones=()))
    assert found == {number: (Why.SAME_NAME_AND_BIRTH_DATE,)}
    # the same name born another day is someone else
    assert (
        reasons_for(cache, zhang(legal_name="張偉明", birth_date=date(1981, 3, 7), phones=())) == {}
    )


def test_pinyin_alone_matches_the_chinese_name(cache: LocalCache) -> None:
    number = saved_zhang(cache, name_latin="")
    latin = zhang(legal_name="Zhang Weiming", name_latin="", phones=())
    assert reasons_for(cache, latin) == {number: (Why.SAME_NAME_AND_BIRTH_DATE,)}


def test_a_phone_matches_with_or_without_the_country_code(cache: LocalCache) -> None:
    number = saved_zhang(cache)
    other = zhang(legal_name="李娜", name_latin="", birth_date=None, phones=("+86 138 0013 8000",))
    assert reasons_for(cache, other) == {number: (Why.SAME_PHONE,)}


def test_the_same_id_number_is_a_duplicate_whatever_the_name(cache: LocalCache) -> None:
    number = saved_zhang(cache, national_id=ZHANG_ID, phones=())
    other = zhang(legal_name="王芳", name_latin="", national_id=ZHANG_ID.lower(), phones=())
    assert reasons_for(cache, other) == {number: (Why.SAME_ID,)}
    every = reasons_for(cache, zhang(national_id=ZHANG_ID))
    assert set(every[number]) == {Why.SAME_ID, Why.SAME_NAME_AND_BIRTH_DATE}


def test_the_id_is_checked_and_gives_the_birth_date() -> None:
    assert zhang(national_id=ZHANG_ID, birth_date=None).birth_date == BORN
    with pytest.raises(UsageError) as wrong:
        zhang(national_id=ZHANG_ID[:-1] + "1")
    assert wrong.value.code is Reason.BAD_ID_NUMBER
    with pytest.raises(UsageError) as differs:
        zhang(national_id=ZHANG_ID, birth_date=date(1980, 3, 8))
    assert differs.value.code is Reason.BIRTH_DATE_MISMATCH
    with pytest.raises(UsageError):
        checked(NewCustomer(CustomerKind.BUSINESS, "深圳某某科技有限公司", national_id=ZHANG_ID))


def test_saving_a_duplicate_needs_a_reason_which_is_kept(cache: LocalCache) -> None:
    staff, _ = teller(cache)
    sign_in(cache, staff)
    saved_zhang(cache)
    again = zhang(legal_name="張偉明", phones=())
    with cache.session() as session:
        found = local_duplicates(session, again)
        with pytest.raises(NeedsDecisionError) as refused:
            save(session, staff, again, duplicates=found)
    assert refused.value.code is Reason.NEEDS_DECISION and refused.value.exit_code == 8
    assert FACTS[Reason.NEEDS_DECISION].exit_code == 8
    reason = "a different person: the ID card shows another address"
    with cache.session() as session:
        kept = save(session, staff, again, duplicates=found, not_duplicate=reason)
    with cache.read_session() as session:
        assert not_duplicate_reason(session, kept.customer_id) == reason
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == DUPLICATE_ENTITY)
        ).one()
        listed = json.loads(event.change)["duplicates"]
        assert listed == [
            {"customer_number": found[0].customer_number, "reasons": ["same_name_and_birth_date"]}
        ]


def test_one_transaction_holds_the_customer_its_contacts_and_consent(cache: LocalCache) -> None:
    staff, _ = teller(cache)
    new = zhang(
        email="zhang@example.cn",
        address="北京市东城区1号",
        marketing_consent=False,
        lifecycle=Lifecycle.PROSPECT,
        phones=("13800138000", "010-12345678"),
    )
    with cache.session() as session:
        saved = save(session, staff, new)
    assert saved.customer_number == customer_number_for(saved.customer_id)
    assert saved.customer_number.startswith("N") and len(saved.customer_number) == 15
    with cache.read_session() as session:
        queued = list(session.execute(select(outbox.c.table_name, outbox.c.row_id)))
        customer = session.get(Customer, saved.customer_id)
        assert customer is not None
        assert customer.home_branch_id == staff.branch_id
        assert customer.lifecycle is Lifecycle.PROSPECT
        contacts = session.scalars(
            select(ContactPoint).where(ContactPoint.customer_id == saved.customer_id)
        ).all()
        consents = session.scalars(
            select(Consent).where(Consent.customer_id == saved.customer_id)
        ).all()
    assert [t for t, _ in queued].count("customer") == 1
    assert len(contacts) == 4 and sum(c.is_primary for c in contacts) == 3
    assert {c.purpose for c in consents} == {
        ConsentPurpose.MARKETING_SMS,
        ConsentPurpose.MARKETING_EMAIL,
        ConsentPurpose.MARKETING_CALL,
    }
    assert not any(c.granted for c in consents)
    assert len(queued) == 1 + 4 + 3


def test_numbers_made_offline_differ() -> None:
    numbers = {customer_number_for(uuid.uuid4()) for _ in range(5_000)}
    assert len(numbers) == 5_000


# --- the command line -----------------------------------------------------------------


def guitai(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_exits_8_and_prints_the_duplicates_unless_told_why(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        staff, _code = teller(cache)
        sign_in(cache, staff)
        first = saved_zhang(cache)
    new = ("customer", "new", "--kind", "individual", "--profile", str(folder))
    person = ("--name", "張偉明", "--birth-date", BORN.isoformat())
    status, out, err = guitai(capsys, *new, *person)
    assert status == 8, err
    assert first in out and "same_name_and_birth_date" in out
    assert "--not-duplicate" in err
    status, out, _ = guitai(capsys, *new, *person, "--json")
    assert status == 8
    shown = json.loads(out)
    assert shown["saved"] is False and shown["code"] == "needs_decision"
    assert [d["customer_number"] for d in shown["duplicates"]] == [first]

    why = "twin brother, same name given by mistake"
    status, out, err = guitai(capsys, *new, *person, "--not-duplicate", why, "--json")
    assert status == 0, err
    done = json.loads(out)
    assert done["saved"] is True and done["not_duplicate"] == why
    assert done["server_checked"] is False
    with LocalCache.open(Profile.open(folder)) as cache, cache.read_session() as session:
        assert not_duplicate_reason(session, uuid.UUID(done["customer_id"])) == why


def test_the_command_refuses_a_bad_id_with_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = guitai(
        capsys,
        "customer",
        "new",
        "--kind",
        "individual",
        "--name",
        "王芳",
        "--national-id",
        "110101198003071230",
        "--profile",
        str(folder),
    )
    assert status == 2 and "check character should be 9" in err


def test_a_prospect_from_the_command_line_on_a_demo_profile(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        _, code = teller(cache)
    status, out, err = guitai(
        capsys,
        "customer",
        "new",
        "--kind",
        "business",
        "--name",
        "深圳前海柜台科技有限公司",
        "--national-id",
        "91350100M000100Y43",
        "--lifecycle",
        "prospect",
        "--marketing-consent",
        "yes",
        "--branch",
        code,
        "--profile",
        str(folder),
    )
    assert status == 0, err
    assert "new prospect 深圳前海柜台科技有限公司 saved locally" in out
    number = out.split(":")[0]
    status, out, _ = guitai(capsys, "search", "前海柜台", "--profile", str(folder), "--json")
    assert [h["customer_number"] for h in json.loads(out)] == [number]
