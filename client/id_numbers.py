"""Check characters of the identity numbers a new customer brings: checked before saving.

- PRC resident identity card (GB 11643-1999): 18 characters, six of address, eight of birth
  date (YYYYMMDD), three of sequence, one check character by ISO 7064 MOD 11-2 (0-9 or X).
  The birth date inside must be a real date, not in the future, and agree with the birth
  date given, if any.
- Unified social credit code of an organisation (GB 32100-2015): 18 characters of the 31
  `USCC_ALPHABET` ("0-9A-Z" less I, O, Z, S, V), the last a check character: weights
  3^i mod 31, check = 31 - (sum mod 31), 31 written as 0.

Each `check_*` returns the number as stored (upper case, spaces and dashes dropped) or
raises `UsageError` with code `bad_id_number` (`birth_date_mismatch` for a date that
differs); the message says what is wrong, in words a teller can act on.
"""

from __future__ import annotations

import re
from datetime import date

from client.errors import UsageError
from client.reasons import Reason

PRC_ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
"""7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2: ISO 7064 MOD 11-2 weights of the first 17 digits."""
PRC_ID_CHECK = "10X98765432"
"""The check character for each remainder of the weighted sum mod 11."""
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(3**i % 31 for i in range(17))
"""1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28."""

_SPACING = re.compile(r"[\s\-]+")
_PRC_ID = re.compile(r"^[0-9]{17}[0-9X]$")


LENGTH, CHARACTERS, CHECK, DATE = "length", "characters", "check", "date"
"""What is wrong with a number (`details["problem"]` of the error), for screens that say
it in their own words; `details` also has "length", "strays" or "expected" (the check
character the first 17 give)."""


def _bad(field: str, message: str, problem: str, **details: object) -> UsageError:
    return UsageError(
        f"{field}: {message}",
        code=Reason.BAD_ID_NUMBER,
        field=field,
        details={"problem": problem, **details},
    )


def compact(text: str) -> str:
    """A number as typed, upper case, without spaces or dashes."""
    return _SPACING.sub("", text).upper()


def prc_id_check_char(first17: str) -> str:
    """The check character of the first 17 digits of a PRC identity card number."""
    total = sum(int(d) * w for d, w in zip(first17, PRC_ID_WEIGHTS, strict=True))
    return PRC_ID_CHECK[total % 11]


def uscc_check_char(first17: str) -> str:
    """The check character of the first 17 characters of a unified social credit code."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def birth_date_of(number: str) -> date | None:
    """The birth date written in an 18-character PRC ID (None: not a real date)."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def check_prc_id(
    text: str,
    *,
    birth_date: date | None = None,
    today: date | None = None,
    field: str = "national ID",
) -> str:
    """An 18-character PRC identity card number, checked (see the module docstring)."""
    number = compact(text)
    if len(number) != 18:
        raise _bad(
            field,
            f"{number!r} has {len(number)} characters; an ID card number has 18",
            LENGTH,
            length=len(number),
        )
    if not _PRC_ID.match(number):
        raise _bad(field, f"{number!r}: 17 digits, then a digit or X", CHARACTERS)
    expected = prc_id_check_char(number[:17])
    if number[17] != expected:
        raise _bad(
            field,
            f"{number!r}: the check character should be {expected}; mistyped?",
            CHECK,
            expected=expected,
        )
    born = birth_date_of(number)
    if born is None:
        raise _bad(field, f"{number!r}: {number[6:14]} is not a real birth date", DATE)
    if born > (today or date.today()) or born.year < 1900:
        raise _bad(field, f"{number!r}: born {born:%Y-%m-%d}? not a possible birth date", DATE)
    if birth_date is not None and birth_date != born:
        raise UsageError(
            f"birth date: {birth_date:%Y-%m-%d} given, the ID says {born:%Y-%m-%d}",
            code=Reason.BIRTH_DATE_MISMATCH,
            field="birth date",
            details={"id_birth_date": born.isoformat()},
        )
    return number


def check_uscc(text: str, *, field: str = "registration number") -> str:
    """An 18-character unified social credit code, checked (see the module docstring)."""
    number = compact(text)
    if len(number) != 18:
        raise _bad(
            field,
            f"{number!r} has {len(number)} characters; a credit code has 18",
            LENGTH,
            length=len(number),
        )
    strays = sorted({c for c in number if c not in USCC_ALPHABET})
    if strays:
        raise _bad(
            field,
            f"{number!r}: {''.join(strays)} cannot appear in a credit code",
            CHARACTERS,
            strays="".join(strays),
        )
    expected = uscc_check_char(number[:17])
    if number[17] != expected:
        raise _bad(
            field,
            f"{number!r}: the check character should be {expected}; mistyped?",
            CHECK,
            expected=expected,
        )
    return number
