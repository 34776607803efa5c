"""The 360 as plain JSON-able data."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from client.customer360.views import Customer360


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def to_dict(view: Customer360) -> dict[str, Any]:
    """The 360 as dicts, lists, strings, numbers and booleans: amounts (exact), ids, dates and
    vocabulary values as strings, periods as YYYYMM integers."""
    data: dict[str, Any] = _plain(asdict(view))
    return data
