"""Finding the customer a 360 is about: by customer number as typed, or by id."""

from __future__ import annotations

import unicodedata
import uuid
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from client.customer360.queries import CUSTOMER_BY_ID, CUSTOMER_BY_NUMBER
from client.errors import NotFoundError, UsageError


def clean_number(number: str) -> str:
    """The number without any spaces, full-width characters (from a Chinese IME) made plain."""
    return "".join(unicodedata.normalize("NFKC", number).split())


def spellings(number: str) -> list[str]:
    """The stored spellings a typed number may match: upper case (the usual), as typed, lower."""
    return list(dict.fromkeys((number.upper(), number, number.lower())))


def find_customer(session: Session, number: str | None, customer_id: uuid.UUID | None) -> Row[Any]:
    """The live customer's row; NotFoundError when there is none."""
    if customer_id is not None:
        row = session.execute(CUSTOMER_BY_ID, {"cid": customer_id}).first()
        if row is None:
            raise NotFoundError(f'no customer with id "{customer_id}" in this cache')
        return row
    cleaned = clean_number(number or "")
    if not cleaned:
        raise UsageError("a customer number is needed")
    row = session.execute(CUSTOMER_BY_NUMBER, {"numbers": spellings(cleaned)}).first()
    if row is None:
        raise NotFoundError(f'no customer with number "{cleaned}" in this cache')
    return row
