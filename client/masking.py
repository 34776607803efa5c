"""Masks for national ID, account and phone numbers, for staff who may not see them whole.

Only letters and digits count and are hidden; separators (spaces, dashes, "+") stay, so a
masked number keeps its familiar shape. A value too short to show its ends is hidden whole.
"""

from __future__ import annotations

MASK = "*"


def mask_middle(value: str, head: int, tail: int) -> str:
    """`value` with all but its first `head` and last `tail` letters or digits masked."""
    places = [i for i, ch in enumerate(value) if ch.isalnum()]
    hidden = set(places if len(places) <= head + tail else places[head : len(places) - tail])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(value))


def mask_national_id(value: str) -> str:
    """First 3 and last 4 shown: 110***********123X."""
    return mask_middle(value, 3, 4)


def mask_account(value: str) -> str:
    """Last 4 shown: ************2222."""
    return mask_middle(value, 0, 4)


def mask_phone(value: str) -> str:
    """First 3 and last 4 shown: 138****5678, 057*-****5678."""
    return mask_middle(value, 3, 4)
