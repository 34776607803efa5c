"""`guitai show`: a readable page, JSON for scripts, numbers masked unless asked, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client import cli
from client.cli import main
from client.customer360.text import table, width
from client.errors import NotFoundError
from client.masking import mask_account, mask_national_id, mask_phone
from client.schema.enums import Role
from tests.client.test_audit import sign
from tests.client.test_customer360 import (
    ALICE,
    ALICE_ID,
    ALICE_PHONE,
    BOB,
    JOINT,
    USD,
    Bank,
    build_bank,
)

SECRETS = (ALICE_ID, ALICE_PHONE, JOINT, USD)


@pytest.fixture(autouse=True)
def _only_show(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI with just this command, so other commands' imports do not matter here."""
    monkeypatch.setattr(cli, "COMMANDS", {"show": cli.COMMANDS["show"]})


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        bank: Bank = build_bank(tmp_path_factory.mktemp("show") / "profile")
        return str(bank.folder)


def show(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["show", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_page_has_every_section_and_masks_numbers(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = show(capsys, ALICE, "--profile", profile)
    assert code == 0, err
    assert out.startswith("李爱丽  LI Aili   C000000001")
    for section in (
        "Contact",
        "Accounts (2)",
        "Profitability, last 12 months",
        "Household and relationships",
        "Recent interactions (20)",
        "Open tasks (1)",
        "Open referrals (1)",
        "Suggested products (2)",
        "Next appointment: ",
    ):
        assert f"\n{section}" in out, section
    assert mask_national_id(ALICE_ID) in out and mask_phone(ALICE_PHONE) in out
    assert mask_account(JOINT) in out
    assert not any(secret in out for secret in SECRETS)
    assert "with Bob Li (joint)" in out
    assert "spouse" in out and "director of" in out and "household 李家 (head)" in out


def test_json_is_the_whole_view_masked(profile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = show(capsys, ALICE.lower(), "--profile", profile, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["customer_number"] == ALICE
    assert data["national_id"] == mask_national_id(ALICE_ID)
    assert isinstance(data["profit"]["totals"][0]["net"], str)
    assert data["households"][0]["members"][0]["customer_number"] == BOB
    assert not any(secret in out for secret in SECRETS)


def test_unmask_shows_the_numbers_whole_to_a_role_that_may(
    profile: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = show(capsys, ALICE, "--profile", profile, "--unmask", "--reason", "a check")
    assert code == 1 and not any(secret in out for secret in SECRETS)  # nobody signed in
    folder = build_bank(tmp_path / "auditor").folder
    sign(folder, Role.AUDITOR)
    code, out, _ = show(capsys, ALICE, "--profile", str(folder), "--unmask", "--reason", "a check")
    assert code == 0
    assert all(secret in out for secret in SECRETS)
    args = ("--profile", str(folder), "--unmask", "--reason", "a check", "--json")
    code, out, _ = show(capsys, ALICE, *args)
    assert json.loads(out)["national_id"] == ALICE_ID


def test_an_unknown_customer_is_a_clear_message(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = show(capsys, "C999999999", "--profile", profile)
    assert code == NotFoundError.exit_code == 3
    assert err.strip() == 'guitai show: no customer with number "C999999999" in this cache'
    assert out == ""


def test_a_missing_profile_or_cache_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = show(capsys, ALICE, "--profile", str(tmp_path / "nowhere"))
    assert code != 0 and "there is no Guitai profile in" in err and "Traceback" not in err
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "profile.json").write_text('{"profile_id": "7d3f469a-a408-4ac3-8e8e-29076d508cd1"}')
    code, _, err = show(capsys, ALICE, "--profile", str(empty))
    assert code != 0 and "has no cache yet" in err and "Traceback" not in err


def test_columns_line_up_with_chinese_text() -> None:
    lines = table([["活期账户", "CNY", "1.00"], ["Savings", "USD", "1,000.00"]], right=[2])
    columns = [
        width(line[: line.index(code)]) for line, code in zip(lines, ("CNY", "USD"), strict=True)
    ]
    assert columns == [12, 12]
    assert width(lines[0]) == width(lines[1])
