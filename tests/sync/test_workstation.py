"""Sign-in and sync failures sorted into the kinds the GUI words for the user."""

from __future__ import annotations

import sqlite3
import ssl

import pytest

from client.credentials import SignedOutError
from client.errors import UsageError
from sync.engine.transport import OfflineError
from sync.workstation import Problem, problem_of, server_address


def raised_from(exc: Exception, cause: BaseException) -> Exception:
    try:
        raise exc from cause
    except Exception as caught:
        return caught


def test_failures_are_sorted_by_kind() -> None:
    untrusted = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed")
    assert problem_of(raised_from(OfflineError("cannot be reached"), untrusted)) is (
        Problem.UNTRUSTED
    )
    assert problem_of(OfflineError("the server cannot be reached")) is Problem.UNREACHABLE
    wrong = SignedOutError("sign in again: wrong username or password")
    assert problem_of(wrong) is Problem.WRONG_PASSWORD
    assert problem_of(SignedOutError("wrong user name or password")) is Problem.WRONG_PASSWORD
    assert problem_of(SignedOutError("sign in again: token expired")) is Problem.SIGNED_OUT
    assert problem_of(OSError(28, "No space left on device")) is Problem.DISK_FULL
    full = sqlite3.OperationalError("database or disk is full")
    assert problem_of(full) is Problem.DISK_FULL
    assert problem_of(ValueError("a bug")) is Problem.OTHER


def test_server_address_is_checked() -> None:
    assert server_address(" https://crm.bank.example/ ") == "https://crm.bank.example"
    with pytest.raises(UsageError, match="must start with"):
        server_address("crm.bank.example")
