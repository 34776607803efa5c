"""Reason codes: stable values, one meaning each, and the exit codes the commands give."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from client import cli
from client.credentials import SignedOutError
from client.errors import (
    CacheError,
    DiskFullError,
    GuitaiError,
    KeyUnavailableError,
    NotFoundError,
    UsageError,
)
from client.profile import Profile
from client.reasons import FACTS, Reason, exit_code_of, reason_of
from client.settings import SettingsError
from client.store import LocalCache
from sync.engine.transport import OfflineError, RefusedError, ServerError, UpgradeNeededError
from sync.server.imports.common import ImportRejected
from sync.workstation import Problem, problem_of

SHIPPED = {
    "usage": 2,
    "required": 2,
    "too_long": 2,
    "no_digits": 2,
    "not_email": 2,
    "date_in_past": 2,
    "not_amount": 2,
    "negative_amount": 2,
    "suggest_segment": 2,
    "no_time_zone": 2,
    "slot_taken": 2,
    "bad_row": 2,
    "missing_fields": 2,
    "append_only": 2,
    "server_field": 2,
    "not_found": 3,
    "key_unavailable": 4,
    "cache_unusable": 5,
    "disk_full": 5,
    "bad_settings": 6,
    "signed_out": 6,
    "wrong_password": 6,
    "account_disabled": 6,
    "device_revoked": 6,
    "unreachable": 7,
    "certificate": 7,
    "server_problem": 7,
    "upgrade_needed": 7,
    "refused": 7,
    "not_on_server": 7,
    "failed": 1,
    "database_unavailable": 1,
    "import_rejected": 1,
    "conflict": None,
    "forbidden": None,
    "outside_scope": None,
    "missing_reference": None,
    "id_taken": None,
    "stale_base": None,
    "constraint": None,
    "invalid_request": None,
    "internal": None,
    "account_locked": 6,
    "insecure_server": 6,
    "bad_character": 2,
    "body_too_large": None,
    "field_forbidden": None,
    "import_only": None,
    "branch_mismatch": None,
    "in_future": None,
    "audit_chain": 1,
    "forged_author": None,
    "backdated": None,
    "cache_wiped": 9,
    "lease_expired": 6,
    "password_change_required": 6,
    "weak_password": 2,
    "chain_gap": None,
    "directory_unreachable": 7,
    "directory_no_role": 6,
    "directory_no_branch": 6,
    "needs_decision": 8,
    "bad_id_number": 2,
    "birth_date_mismatch": 2,
    "not_branch_user": 2,
    "task_closed": 2,
    "not_head_office": None,
    "feedback_answered": 2,
}
"""Every code ever shipped and its exit code: a code is never renamed, dropped or reused."""


def test_every_shipped_code_is_still_there_with_its_exit_code() -> None:
    assert {code.value: FACTS[code].exit_code for code in Reason} == SHIPPED


def test_every_code_has_one_line_of_meaning() -> None:
    assert set(FACTS) == set(Reason)
    for code, fact in FACTS.items():
        assert fact.meaning and "\n" not in fact.meaning, code
    assert all(code.value == code.value.lower().replace("-", "_") for code in Reason)


@pytest.mark.parametrize(
    ("error", "code", "exit_code"),
    [
        (GuitaiError, Reason.FAILED, 1),
        (UsageError, Reason.USAGE, 2),
        (NotFoundError, Reason.NOT_FOUND, 3),
        (KeyUnavailableError, Reason.KEY_UNAVAILABLE, 4),
        (CacheError, Reason.CACHE_UNUSABLE, 5),
        (DiskFullError, Reason.DISK_FULL, 5),
        (SettingsError, Reason.BAD_SETTINGS, 6),
        (SignedOutError, Reason.SIGNED_OUT, 6),
        (OfflineError, Reason.UNREACHABLE, 7),
        (ServerError, Reason.SERVER_PROBLEM, 7),
        (UpgradeNeededError, Reason.UPGRADE_NEEDED, 7),
        (RefusedError, Reason.REFUSED, 7),
    ],
)
def test_each_kind_of_error_keeps_its_exit_code(
    error: type[GuitaiError], code: Reason, exit_code: int
) -> None:
    assert error.default_code is code
    assert error.exit_code == exit_code == error("x").exit_code


def test_a_raise_may_name_its_own_code_and_the_exit_code_follows() -> None:
    refused = UsageError("the RM is already booked", code=Reason.SLOT_TAKEN)
    assert (refused.code, refused.exit_code) == (Reason.SLOT_TAKEN, 2)
    wrong = SignedOutError("wrong user name or password", code=Reason.WRONG_PASSWORD)
    assert (wrong.code, wrong.exit_code) == (Reason.WRONG_PASSWORD, 6)
    assert ImportRejected(Path("c.csv"), []).exit_code == 1
    assert exit_code_of(Reason.CONFLICT) == 1


def test_a_code_from_a_peer_is_read_with_a_default_for_unknown_ones() -> None:
    assert reason_of("slot_taken", Reason.REFUSED) is Reason.SLOT_TAKEN
    assert reason_of("from_a_newer_peer", Reason.REFUSED) is Reason.REFUSED
    assert reason_of("", Reason.SIGNED_OUT) is Reason.SIGNED_OUT
    assert reason_of(None, Reason.SIGNED_OUT) is Reason.SIGNED_OUT


COMMAND = """
import argparse
from client.credentials import SignedOutError
from client.errors import DiskFullError, UsageError
from client.reasons import Reason
from sync.engine.transport import OfflineError

ERRORS = {
    "slot": UsageError("the RM is already booked", code=Reason.SLOT_TAKEN),
    "full": DiskFullError("the disk of the cache is full"),
    "password": SignedOutError("wrong user name or password", code=Reason.WRONG_PASSWORD),
    "offline": OfflineError("the server cannot be reached"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what")


def run(args: argparse.Namespace) -> int:
    raise ERRORS[args.what]
"""


@pytest.mark.parametrize(
    ("what", "exit_code"), [("slot", 2), ("full", 5), ("password", 6), ("offline", 7)]
)
def test_the_command_line_exits_with_the_code_of_the_refusal(
    what: str,
    exit_code: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "refusing_command.py").write_text(COMMAND, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("GUITAI_LOG_DIR", str(tmp_path / "logs"))
    commands = {"refuse": ("refusing_command", "refuses")}
    assert cli.main(["refuse", what], commands) == exit_code
    assert capsys.readouterr().err.startswith("guitai refuse: ")
    sys.modules.pop("refusing_command", None)


def test_a_full_disk_under_the_cache_is_told_once_as_disk_full(profile_dir: Path) -> None:
    """SQLite's "database or disk is full" becomes `DiskFullError` where the cache is written:
    the interface and the exit code go by its code, never by SQLite's words."""
    profile = Profile.open(profile_dir, create=True)
    with (
        LocalCache.open(profile) as cache,
        pytest.raises(DiskFullError) as full,
        cache.session() as session,
    ):
        session.execute(text("PRAGMA max_page_count = 1"))
        session.execute(text("CREATE TABLE filler (x)"))
        session.execute(text("INSERT INTO filler VALUES (zeroblob(1000000))"))
    assert (full.value.code, full.value.exit_code) == (Reason.DISK_FULL, 5)
    assert problem_of(full.value) is Problem.DISK_FULL
