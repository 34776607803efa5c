"""Reading the audit trail: who did what, when, from which workstation (both ends' schema).

`guitai history` reads a cache's replicated events with it, `guitai-server audit list` the
server's: the same models, so the same query.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from client.schema.enums import AuditAction
from client.schema.models import AuditEvent, Customer, Device, User

DEFAULT_LIMIT = 1000


@dataclass(frozen=True)
class Filters:
    customer_number: str | None = None
    username: str | None = None
    action: AuditAction | None = None
    since: datetime | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class EventLine:
    """One audit event as people read it."""

    event_id: uuid.UUID
    occurred_at: datetime
    action: str
    username: str | None
    user_id: uuid.UUID | None
    workstation: str | None
    device_id: uuid.UUID | None
    customer_number: str | None
    entity: str
    entity_id: uuid.UUID | None
    detail: str
    change: dict[str, Any]

    @property
    def who(self) -> str:
        if self.username:
            return self.username
        return str(self.user_id) if self.user_id else "(unknown user)"

    @property
    def where(self) -> str:
        if self.workstation:
            return self.workstation
        return str(self.device_id) if self.device_id else "(unknown workstation)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": str(self.event_id),
            "occurred_at": self.occurred_at.isoformat(),
            "action": self.action,
            "user": self.username,
            "user_id": str(self.user_id) if self.user_id else None,
            "workstation": self.workstation,
            "device_id": str(self.device_id) if self.device_id else None,
            "customer_number": self.customer_number,
            "entity": self.entity,
            "entity_id": str(self.entity_id) if self.entity_id else None,
            "detail": self.detail,
            "change": self.change,
        }

    def summary(self) -> str:
        """What happened in a few words: the action, the table and fields of a change."""
        what = self.action
        fields = self.change.get("fields")
        if fields:
            what += f" {self.entity}: {', '.join(fields)}"
        elif self.entity not in ("customer", "session", "user_account"):
            what += f" {self.entity}"
        if self.detail:
            what += f" ({self.detail})"
        return what


def events(session: Session, filters: Filters) -> list[EventLine]:
    """The events that pass `filters`, oldest first (at most `filters.limit`, the newest)."""
    user, device, customer = aliased(User), aliased(Device), aliased(Customer)
    query = (
        select(
            AuditEvent.id,
            AuditEvent.occurred_at,
            AuditEvent.action,
            user.username,
            AuditEvent.user_id,
            device.name,
            AuditEvent.device_id,
            customer.customer_number,
            AuditEvent.entity,
            AuditEvent.entity_id,
            AuditEvent.detail,
            AuditEvent.change,
        )
        .outerjoin(user, user.id == AuditEvent.user_id)
        .outerjoin(device, device.id == AuditEvent.device_id)
        .outerjoin(customer, customer.id == AuditEvent.customer_id)
        .where(AuditEvent.deleted.is_(False))
    )
    if filters.customer_number is not None:
        query = query.where(customer.customer_number == filters.customer_number.upper())
    if filters.username is not None:
        query = query.where(user.username == filters.username)
    if filters.action is not None:
        query = query.where(AuditEvent.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEvent.occurred_at >= filters.since)
    query = query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.device_seq.desc())
    rows = session.execute(query.limit(filters.limit)).all()
    lines = [
        EventLine(
            event_id=row[0],
            occurred_at=row[1],
            action=str(row[2]),
            username=row[3],
            user_id=row[4],
            workstation=row[5],
            device_id=row[6],
            customer_number=row[7],
            entity=row[8],
            entity_id=row[9],
            detail=row[10] or "",
            change=json.loads(row[11]) if row[11] else {},
        )
        for row in rows
    ]
    lines.reverse()
    return lines


def render(lines: list[EventLine]) -> str:
    """The events as a table a terminal shows: when, who, workstation, customer, what."""
    if not lines:
        return "no audit events"
    out = []
    for line in lines:
        out.append(
            f"{line.occurred_at:%Y-%m-%d %H:%M:%S}  {line.who:<24} {line.where:<20} "
            f"{line.customer_number or '-':<12} {line.summary()}"
        )
    return "\n".join(out)
