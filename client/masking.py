"""Masks for ID, account and phone numbers shown to staff who may not see them whole."""

from __future__ import annotations


def _mask(value: str, head: int, tail: int) -> str:
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


def mask_national_id(value: str) -> str:
    return _mask(value, 3, 4)


def mask_account(value: str) -> str:
    return _mask(value, 0, 4)


def mask_phone(value: str) -> str:
    return _mask(value, 3, 4)
