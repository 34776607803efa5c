"""What text a field accepts: refused characters, NFC names, length limits, on edit."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from client.demo import generate_demo
from client.errors import UsageError
from client.outbox import insert_row, update_row
from client.profile import Profile
from client.reasons import Reason
from client.schema.enums import InteractionKind
from client.schema.models import Customer, User
from client.store import LocalCache
from client.text_rules import TEXT_LIMIT, clean_text, has_lone_surrogate
from client.work import Staff, log_interaction


@pytest.mark.parametrize(
    "char",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
)
def test_bidirectional_controls_are_refused_in_any_text(char: str) -> None:
    for field in ("legal_name", "notes"):
        with pytest.raises(UsageError) as refused:
            clean_text(field, f"abc{char}def")
        assert refused.value.code is Reason.BAD_CHARACTER and refused.value.field == field


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_zero_width_characters_are_refused_in_names(char: str) -> None:
    with pytest.raises(UsageError) as refused:
        clean_text("name_latin", f"Zhang{char}Wei")
    assert refused.value.code is Reason.BAD_CHARACTER
    assert f"U+{ord(char):04X}" in str(refused.value)


def test_lone_surrogates_and_control_characters_are_refused() -> None:
    for value in ("a\ud800b", "a\x00b", "a\x1bb"):
        with pytest.raises(UsageError) as refused:
            clean_text("notes", value)
        assert refused.value.code is Reason.BAD_CHARACTER
    assert clean_text("notes", "line one\nline two\tend") == "line one\nline two\tend"
    assert has_lone_surrogate({"a": ["x", "\udfff"]}) and not has_lone_surrogate({"a": "张伟"})


def test_names_are_nfc_normalised_and_other_text_is_kept_as_given() -> None:
    assert clean_text("legal_name", "Jose\u0301") == "Jos\u00e9"
    assert clean_text("notes", "Jose\u0301") == "Jose\u0301"


def test_a_text_over_its_limit_is_too_long() -> None:
    with pytest.raises(UsageError) as refused:
        clean_text("notes", "x" * (TEXT_LIMIT + 1), limit=TEXT_LIMIT)
    assert refused.value.code is Reason.TOO_LONG and refused.value.details["limit"] == TEXT_LIMIT


@pytest.fixture(scope="module")
def bank_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("text") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        generate_demo(Profile.open(folder, create=True), 5, seed=3)
    return folder


@pytest.fixture
def cache(bank_folder: Path, tmp_path: Path) -> LocalCache:
    copy = tmp_path / "profile"
    shutil.copytree(bank_folder, copy)
    return LocalCache.open(Profile.open(copy))


def _customer(cache: LocalCache) -> tuple[uuid.UUID, Staff]:
    with cache.read_session() as session:
        customer = session.scalars(select(Customer)).first()
        user = session.scalars(select(User)).first()
        assert customer is not None and user is not None
        return customer.id, Staff(user.id, customer.home_branch_id)


def test_an_edit_with_a_refused_name_is_not_saved_nor_queued(cache: LocalCache) -> None:
    with cache:
        customer, _ = _customer(cache)
        with pytest.raises(UsageError) as refused, cache.session() as session:
            update_row(session, "customer", customer, {"name_latin": "Zhang\u202eWei"})
        assert refused.value.code is Reason.BAD_CHARACTER
        with cache.session() as session:
            edit = update_row(session, "customer", customer, {"legal_name": "Jose\u0301"})
            assert edit is not None
            assert session.get_one(Customer, customer).legal_name == "Jos\u00e9"


def test_interaction_notes_have_a_limit_and_refuse_bidi_overrides(cache: LocalCache) -> None:
    with cache:
        customer, staff = _customer(cache)
        for notes, code in (
            ("n" * (TEXT_LIMIT + 1), Reason.TOO_LONG),
            ("\u202e", Reason.BAD_CHARACTER),
        ):
            with pytest.raises(UsageError) as refused, cache.session() as session:
                log_interaction(
                    session, staff, customer, InteractionKind.VISIT, "came by", notes=notes
                )
            assert refused.value.code is code and refused.value.field == "notes"


def test_an_insert_of_a_long_free_text_is_refused_before_it_is_queued(cache: LocalCache) -> None:
    with cache:
        _, _ = _customer(cache)
        with pytest.raises(UsageError) as refused, cache.session() as session:
            insert_row(
                session,
                "branch",
                {"code": "SH01", "name": "S" * 121, "city": "Shanghai"},
            )
        assert refused.value.code is Reason.TOO_LONG
