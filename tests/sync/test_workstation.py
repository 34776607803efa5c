"""Sign-in and sync failures sorted into the kinds the GUI words for the user."""

from __future__ import annotations

import sqlite3
import ssl
import uuid

import httpx
import pytest

from client.credentials import SignedOutError
from client.errors import DiskFullError, UsageError
from client.reasons import Reason
from sync.engine.transport import OfflineError, Transport
from sync.protocol import LoginRequest
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
    assert problem_of(OfflineError("x", code=Reason.CERTIFICATE)) is Problem.UNTRUSTED
    assert problem_of(OfflineError("the server cannot be reached")) is Problem.UNREACHABLE
    wrong = SignedOutError("sign in again: the words do not matter", code=Reason.WRONG_PASSWORD)
    assert problem_of(wrong) is Problem.WRONG_PASSWORD
    assert problem_of(SignedOutError("wrong user name or password")) is Problem.SIGNED_OUT
    assert problem_of(SignedOutError("sign in again: token expired")) is Problem.SIGNED_OUT
    revoked = SignedOutError("sign in again", code=Reason.DEVICE_REVOKED)
    assert problem_of(revoked) is Problem.SIGNED_OUT
    assert problem_of(OSError(28, "No space left on device")) is Problem.DISK_FULL
    assert problem_of(DiskFullError("full")) is Problem.DISK_FULL
    assert problem_of(OSError(5, "disk is full, says the text")) is Problem.OTHER
    assert problem_of(ValueError("a bug")) is Problem.OTHER


def test_a_full_database_is_told_by_its_code_not_its_words() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    assert problem_of(full.value) is Problem.DISK_FULL
    assert problem_of(sqlite3.OperationalError("database or disk is full")) is Problem.OTHER


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("wrong_password", Problem.WRONG_PASSWORD),
        ("device_revoked", Problem.SIGNED_OUT),
        ("signed_out", Problem.SIGNED_OUT),
        ("a_code_from_a_newer_server", Problem.SIGNED_OUT),
        (None, Problem.SIGNED_OUT),
    ],
)
def test_a_refused_sign_in_is_told_by_the_code_the_server_sent(
    code: str | None, problem: Problem
) -> None:
    body: dict[str, str] = {"error": "wrong username or password"}
    if code is not None:
        body["code"] = code
    mock = httpx.MockTransport(lambda request: httpx.Response(401, json=body))
    url = "https://crm.bank.example"
    transport = Transport(url, client=httpx.Client(base_url=url, transport=mock))
    with pytest.raises(SignedOutError) as refused:
        transport.login(
            LoginRequest(
                username="li", password="x", device_id=uuid.uuid4(), device_name="counter 1"
            )
        )
    assert problem_of(refused.value) is problem
    assert refused.value.exit_code == 6


def test_server_address_is_checked() -> None:
    assert server_address(" https://crm.bank.example/ ") == "https://crm.bank.example"
    with pytest.raises(UsageError, match="must start with"):
        server_address("crm.bank.example")
