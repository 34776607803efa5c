"""Reason codes: THE place where every refusal's meaning is written down.

Each refusal — a `GuitaiError` raised in the core, a rejected push entry, an error answer of
the server, a refused sign-in — carries one of these stable snake-case codes beside its
message. The interface and the command lines switch on the code, never on the English words;
the message is for the log and for people reading a terminal. A code, once shipped, is never
renamed or reused for another meaning (tests/client/test_reasons.py lists them).

`FACTS[code]` tells what the code means and, for refusals the command line reports, its exit
code. The exit codes are those `guitai` and `guitai-server` have always used:
1 failed, 2 usage or a refused value, 3 not found, 4 key unavailable, 5 cache unusable,
6 settings or sign-in, 7 the server could not be dealt with, 8 a decision is needed first
(likely duplicates of a new customer), 9 this workstation's cache was wiped (revoked,
account disabled, retention passed), 70 internal error, 130 interrupted. (Before issue 15 a
wiped cache was exit 8.)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Reason(StrEnum):
    """Why something was refused (the values go on the wire: never change them)."""

    # the command line or a field of a form (exit 2)
    USAGE = "usage"
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NO_DIGITS = "no_digits"
    NOT_EMAIL = "not_email"
    DATE_IN_PAST = "date_in_past"
    NOT_AMOUNT = "not_amount"
    NEGATIVE_AMOUNT = "negative_amount"
    SUGGEST_SEGMENT = "suggest_segment"
    NO_TIME_ZONE = "no_time_zone"
    SLOT_TAKEN = "slot_taken"
    BAD_ROW = "bad_row"
    MISSING_FIELDS = "missing_fields"
    APPEND_ONLY = "append_only"
    SERVER_FIELD = "server_field"
    # things that are not there (exit 3)
    NOT_FOUND = "not_found"
    # the workstation itself (exit 4, 5)
    KEY_UNAVAILABLE = "key_unavailable"
    CACHE_UNUSABLE = "cache_unusable"
    DISK_FULL = "disk_full"
    # settings and sign-in (exit 6)
    BAD_SETTINGS = "bad_settings"
    SIGNED_OUT = "signed_out"
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a name or reason code, not a password
    ACCOUNT_DISABLED = "account_disabled"
    DEVICE_REVOKED = "device_revoked"
    # dealing with the server (exit 7)
    UNREACHABLE = "unreachable"
    CERTIFICATE = "certificate"
    SERVER_PROBLEM = "server_problem"
    UPGRADE_NEEDED = "upgrade_needed"
    REFUSED = "refused"
    NOT_ON_SERVER = "not_on_server"
    # the server's administration (exit 1)
    FAILED = "failed"
    DATABASE_UNAVAILABLE = "database_unavailable"
    IMPORT_REJECTED = "import_rejected"
    # on the wire only: push entries and error answers of the server
    CONFLICT = "conflict"
    FORBIDDEN = "forbidden"
    OUTSIDE_SCOPE = "outside_scope"
    MISSING_REFERENCE = "missing_reference"
    ID_TAKEN = "id_taken"
    STALE_BASE = "stale_base"
    CONSTRAINT = "constraint"
    INVALID_REQUEST = "invalid_request"
    INTERNAL = "internal"
    # sign-in hardening and bad luck (issue 13)
    ACCOUNT_LOCKED = "account_locked"
    INSECURE_SERVER = "insecure_server"
    BAD_CHARACTER = "bad_character"
    BODY_TOO_LARGE = "body_too_large"
    # the permission table (issue 13)
    FIELD_FORBIDDEN = "field_forbidden"
    IMPORT_ONLY = "import_only"
    BRANCH_MISMATCH = "branch_mismatch"
    IN_FUTURE = "in_future"
    # the audit trail (issue 13)
    AUDIT_CHAIN = "audit_chain"
    FORGED_AUTHOR = "forged_author"
    BACKDATED = "backdated"
    # deprovisioning and leases (issue 13)
    CACHE_WIPED = "cache_wiped"
    LEASE_EXPIRED = "lease_expired"
    # master data and first sign-in (issue 14)
    PASSWORD_CHANGE_REQUIRED = "password_change_required"  # noqa: S105 - a reason code
    WEAK_PASSWORD = "weak_password"  # noqa: S105 - a reason code, not a password
    # the audit trail after a refused event (issue 13)
    CHAIN_GAP = "chain_gap"
    # directory sign-in (issue 14)
    DIRECTORY_UNREACHABLE = "directory_unreachable"
    DIRECTORY_NO_ROLE = "directory_no_role"
    DIRECTORY_NO_BRANCH = "directory_no_branch"
    # every role's workspace (issue 15)
    NEEDS_DECISION = "needs_decision"
    BAD_ID_NUMBER = "bad_id_number"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"
    NOT_BRANCH_USER = "not_branch_user"
    TASK_CLOSED = "task_closed"
    # head office steers (issue 16)
    NOT_HEAD_OFFICE = "not_head_office"
    FEEDBACK_ANSWERED = "feedback_answered"


@dataclass(frozen=True)
class Fact:
    """What a code means, and the exit code of a command refused with it (None: wire only)."""

    exit_code: int | None
    meaning: str


FACTS: Final[dict[Reason, Fact]] = {
    Reason.USAGE: Fact(2, "the command line or a value given was wrong"),
    Reason.REQUIRED: Fact(2, "a field that must be filled in is empty"),
    Reason.TOO_LONG: Fact(2, "a text is longer than its field allows (detail: limit)"),
    Reason.NO_DIGITS: Fact(2, "a phone number without a single digit"),
    Reason.NOT_EMAIL: Fact(2, "a value that is not an e-mail address"),
    Reason.DATE_IN_PAST: Fact(2, "a due date before today"),
    Reason.NOT_AMOUNT: Fact(2, "a value that is not an amount of money"),
    Reason.NEGATIVE_AMOUNT: Fact(2, "an amount below zero where only zero or more makes sense"),
    Reason.SUGGEST_SEGMENT: Fact(2, "feedback suggesting another segment names none"),
    Reason.NO_TIME_ZONE: Fact(2, "a time given without its time zone"),
    Reason.SLOT_TAKEN: Fact(2, "the RM is already booked at that time"),
    Reason.BAD_ROW: Fact(2, "a row the schema refuses: unknown table or field, or a bad value"),
    Reason.MISSING_FIELDS: Fact(2, "a new row lacks fields it must have"),
    Reason.APPEND_ONLY: Fact(2, "records of an append-only table are never changed or deleted"),
    Reason.SERVER_FIELD: Fact(2, "a field only the server sets (id, version, ...)"),
    Reason.NOT_FOUND: Fact(3, "the thing asked for is not in this cache (or this database)"),
    Reason.KEY_UNAVAILABLE: Fact(4, "the cache's key or a token cannot be had from the keyring"),
    Reason.CACHE_UNUSABLE: Fact(5, "the local cache is damaged, locked by another key or newer"),
    Reason.DISK_FULL: Fact(5, "the disk (or the cache's database) ran out of space"),
    Reason.BAD_SETTINGS: Fact(6, "a settings file or value is wrong"),
    Reason.SIGNED_OUT: Fact(6, "no valid sign-in: the user must sign in online (again)"),
    Reason.WRONG_PASSWORD: Fact(6, "the user name or the password is wrong"),
    Reason.ACCOUNT_DISABLED: Fact(6, "the user's account is disabled"),
    Reason.DEVICE_REVOKED: Fact(6, "this workstation was revoked; its cache must be wiped"),
    Reason.UNREACHABLE: Fact(7, "the server cannot be reached or did not answer in time"),
    Reason.CERTIFICATE: Fact(7, "the server's certificate is not trusted on this workstation"),
    Reason.SERVER_PROBLEM: Fact(7, "the server had a problem of its own: try again later"),
    Reason.UPGRADE_NEEDED: Fact(7, "the server no longer speaks this client's protocol"),
    Reason.REFUSED: Fact(7, "the server refused the request (see its code in server_code)"),
    Reason.NOT_ON_SERVER: Fact(7, "the server has no such thing (or no such endpoint)"),
    Reason.FAILED: Fact(1, "the command could not be done"),
    Reason.DATABASE_UNAVAILABLE: Fact(1, "the server's database cannot be reached"),
    Reason.IMPORT_REJECTED: Fact(1, "a file with bad rows, imported not at all"),
    Reason.CONFLICT: Fact(None, "a field of the edit was changed by someone else since its base"),
    Reason.FORBIDDEN: Fact(None, "the user's role may not do this to this table"),
    Reason.OUTSIDE_SCOPE: Fact(None, "the row belongs to a branch outside the user's scope"),
    Reason.MISSING_REFERENCE: Fact(None, "the row refers to a row the server does not have"),
    Reason.ID_TAKEN: Fact(None, "the id of a new append-only record is used by another one"),
    Reason.STALE_BASE: Fact(None, "the edit's base version is newer than the server's row"),
    Reason.CONSTRAINT: Fact(None, "the server's database refused the row (a constraint)"),
    Reason.INVALID_REQUEST: Fact(None, "the request is malformed"),
    Reason.INTERNAL: Fact(None, "a bug on the server; its log has the details"),
    Reason.ACCOUNT_LOCKED: Fact(6, "too many wrong passwords: sign-in refused until a set time"),
    Reason.INSECURE_SERVER: Fact(6, "a plain http:// server address that is not this computer"),
    Reason.BAD_CHARACTER: Fact(2, "a text holds a character refused (control, bidi, zero-width)"),
    Reason.BODY_TOO_LARGE: Fact(None, "the request's body is larger than the server accepts"),
    Reason.FIELD_FORBIDDEN: Fact(None, "the user's role may not set or change this field"),
    Reason.IMPORT_ONLY: Fact(None, "balances and their history are set by the import only"),
    Reason.BRANCH_MISMATCH: Fact(None, "a record names a branch other than the user's"),
    Reason.IN_FUTURE: Fact(None, "a record's time is later than the server's clock allows"),
    Reason.AUDIT_CHAIN: Fact(1, "an audit event that does not follow its workstation's chain"),
    Reason.FORGED_AUTHOR: Fact(None, "a record in the name of another user or workstation"),
    Reason.BACKDATED: Fact(None, "a record dated outside the times the server accepts"),
    Reason.CACHE_WIPED: Fact(9, "the cache was wiped: device revoked, user disabled or too old"),
    Reason.LEASE_EXPIRED: Fact(6, "no contact with the server for too long: sign in online"),
    Reason.PASSWORD_CHANGE_REQUIRED: Fact(
        6, "a one-time password: the user must choose a new password before anything else"
    ),
    Reason.WEAK_PASSWORD: Fact(2, "a new password too short, or the same as the old one"),
    Reason.CHAIN_GAP: Fact(
        None, "audit events the server refused; the workstation re-chained the later ones"
    ),
    Reason.DIRECTORY_UNREACHABLE: Fact(
        7, "the bank's directory that checks passwords cannot be reached: sign in offline"
    ),
    Reason.DIRECTORY_NO_ROLE: Fact(6, "the directory puts the user in no group mapped to a role"),
    Reason.DIRECTORY_NO_BRANCH: Fact(6, "a directory user whose branch Guitai cannot tell"),
    Reason.NEEDS_DECISION: Fact(
        8, "likely duplicates of a new customer: save anyway only with a reason (--not-duplicate)"
    ),
    Reason.BAD_ID_NUMBER: Fact(
        2, "an ID or registration number of the wrong form, or whose check character is wrong"
    ),
    Reason.BIRTH_DATE_MISMATCH: Fact(2, "the birth date given differs from the one in the ID"),
    Reason.NOT_BRANCH_USER: Fact(
        2, "a task given to someone who is not active staff of the branch"
    ),
    Reason.TASK_CLOSED: Fact(2, "a task already done or cancelled is not closed or given again"),
    Reason.NOT_HEAD_OFFICE: Fact(
        None, "only head office reads and answers the branches' segment feedback"
    ),
    Reason.FEEDBACK_ANSWERED: Fact(2, "the segment feedback was answered already"),
}

DEFAULT_EXIT_CODE: Final = 1


def exit_code_of(code: Reason) -> int:
    """The exit code of a command refused with `code`."""
    found = FACTS[code].exit_code
    return DEFAULT_EXIT_CODE if found is None else found


def reason_of(value: object, default: Reason) -> Reason:
    """The code a peer sent (a string on the wire), `default` for none or an unknown one."""
    try:
        return Reason(str(value)) if value else default
    except ValueError:
        return default
