"""The 360 as plain JSON-able data; printing or exporting it is audited (`exported`)."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from client import audit
from client.customer360.views import Customer360
from client.schema.enums import AuditAction


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


def exported(
    session: Session, view: Customer360, what: str, *, printed: bool = False
) -> dict[str, Any]:
    """The 360 as `to_dict` makes it, with a "printed" or "exported" event in `session`'s
    transaction (`what`: the format or the printer, kept in the event)."""
    action = AuditAction.PRINT if printed else AuditAction.EXPORT
    audit.record(
        session,
        action,
        entity="customer",
        entity_id=view.customer_id,
        customer_id=view.customer_id,
        detail=what,
    )
    return to_dict(view)
