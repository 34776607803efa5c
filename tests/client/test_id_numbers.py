"""Check characters of PRC ID card numbers (ISO 7064 MOD 11-2) and unified social credit
codes (GB 32100-2015): valid numbers pass, one wrong character is caught."""

from __future__ import annotations

from datetime import date

import pytest

from client.errors import UsageError
from client.id_numbers import (
    birth_date_of,
    check_prc_id,
    check_uscc,
    prc_id_check_char,
    uscc_check_char,
)
from client.reasons import Reason

VALID_IDS = ["11010519491231002X", "110101199003071233", "440304198511204567"]
"""The first is the standard's own example; the others' check characters computed by hand
with the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2."""
VALID_CODES = ["91350100M000100Y43", "91110000600037341L", "91110108MA01ABCDEN"]


@pytest.mark.parametrize("number", VALID_IDS)
def test_a_valid_id_card_number_passes(number: str) -> None:
    assert check_prc_id(number.lower()) == number
    assert prc_id_check_char(number[:17]) == number[17]


def test_the_standards_example_by_hand() -> None:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip("11010519491231002", weights, strict=True))
    assert total % 11 == 2 and "10X98765432"[2] == "X"
    assert check_prc_id("110105 1949 1231 002x") == "11010519491231002X"
    assert birth_date_of("11010519491231002X") == date(1949, 12, 31)


@pytest.mark.parametrize(
    "number",
    [
        "110105194912310021",  # wrong check character
        "11010519491231003X",  # one digit changed
        "11010519491231002",  # 17 characters
        "1101051949123100XX",  # X before the end
        "110105194902300025",  # 30 February, check character right
    ],
)
def test_a_wrong_id_card_number_is_refused(number: str) -> None:
    if number == "110105194902300025":
        number = number[:17] + prc_id_check_char(number[:17])
    with pytest.raises(UsageError) as refused:
        check_prc_id(number)
    assert refused.value.code is Reason.BAD_ID_NUMBER
    assert refused.value.field == "national ID"


def test_a_birth_date_in_the_future_is_refused() -> None:
    first = "11010520300101002"
    with pytest.raises(UsageError) as refused:
        check_prc_id(first + prc_id_check_char(first), today=date(2026, 12, 6))
    assert refused.value.code is Reason.BAD_ID_NUMBER


def test_the_birth_date_given_must_agree_with_the_id() -> None:
    assert check_prc_id("11010519491231002X", birth_date=date(1949, 12, 31))
    with pytest.raises(UsageError) as refused:
        check_prc_id("11010519491231002X", birth_date=date(1949, 12, 30))
    assert refused.value.code is Reason.BIRTH_DATE_MISMATCH
    assert "1949-12-31" in str(refused.value)


@pytest.mark.parametrize("code", VALID_CODES)
def test_a_valid_credit_code_passes(code: str) -> None:
    assert check_uscc(code.lower()) == code
    assert uscc_check_char(code[:17]) == code[17]


@pytest.mark.parametrize(
    "code",
    ["91350100M000100Y44", "91350100M000100Y4", "91350100M000I00Y43", "91350100M000100Y4O"],
)
def test_a_wrong_credit_code_is_refused(code: str) -> None:
    with pytest.raises(UsageError) as refused:
        check_uscc(code)
    assert refused.value.code is Reason.BAD_ID_NUMBER
