"""Reading the audit trail: who did what, when, from which workstation (both ends' schema).

`guitai history` reads a cache's replicated events with it, `guitai-server audit list` the
server's, and so does the server's online search (`POST /v1/audit/search`, for a
customer's History in the 360 and the auditor's home): the same models, so the same query.

Who may search it online is the permission table's `search` action on `audit_event`
(`history_reach`): at OWN a customer's History for customers of the user's branch, at ALL
the whole trail. Only roles that READ `audit_event` have the events in their cache (every
workstation's, as far as the last pull brought them); the others see History online only.
Old and new values of fields the 360 masks (`permissions.MASKED`) are shown masked
(`EventLine.masked`), as the 360 shows them; a search made in the window is itself
audited (`searched`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from client import audit
from client.errors import UsageError
from client.masking import mask_account, mask_national_id, mask_phone
from client.reasons import Reason
from client.schema import permissions
from client.schema.enums import AuditAction, Role
from client.schema.models import AuditEvent, Customer, Device, User

if TYPE_CHECKING:
    from client.store import LocalCache

DEFAULT_LIMIT = 1000
AUDIT_TABLE = str(AuditEvent.__tablename__)


def history_reach(role: Role | str | None) -> permissions.Reach:
    """How far `role` searches the server's audit trail (the `search` action)."""
    if role is None or str(role) not in {r.value for r in Role}:
        return permissions.Reach.NONE
    return permissions.reach(role, AUDIT_TABLE, permissions.Action.SEARCH)


def may_see_history(role: Role | str | None) -> bool:
    """Whether the 360 shows `role` a customer's History (its own branch's at least)."""
    return history_reach(role) is not permissions.Reach.NONE


def may_search_trail(role: Role | str | None) -> bool:
    """Whether `role` searches the whole trail, every customer, user and action (the
    auditor's home)."""
    return history_reach(role) is permissions.Reach.ALL


@dataclass(frozen=True)
class Filters:
    customer_number: str | None = None
    username: str | None = None
    action: AuditAction | None = None
    since: datetime | None = None
    limit: int = DEFAULT_LIMIT
    branch_id: uuid.UUID | None = None
    """Only events about customers of this home branch (a reach of OWN)."""

    def described(self) -> str:
        """The filters in words, for the audit event of a search ("everything": none)."""
        parts = []
        if self.customer_number:
            parts.append(f"customer {self.customer_number.upper()}")
        if self.username:
            parts.append(f"user {self.username}")
        if self.action is not None:
            parts.append(f"action {self.action.value}")
        if self.since is not None:
            parts.append(f"since {self.since.astimezone(UTC):%Y-%m-%d %H:%M} UTC")
        return ", ".join(parts) or "everything"


def parse_since(text: str | None) -> datetime | None:
    """A "since" given as YYYY-MM-DD (its midnight, UTC) or an ISO timestamp (UTC unless it
    names its zone); None for nothing given."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"since {text!r}: give a date as YYYY-MM-DD", code=Reason.USAGE, field="since"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


MASKS = {"national_id": mask_national_id, "account_number": mask_account}
"""How a masked field's value is masked in a change (others, a contact's value: as a phone)."""


def masked_change(entity: str, change: dict[str, Any]) -> dict[str, Any]:
    """A change record with the old and new values of the entity's masked fields masked."""
    hidden = permissions.MASKED.get(entity, frozenset())
    if not hidden:
        return change
    out = dict(change)
    for side in ("old", "new"):
        values = change.get(side)
        if isinstance(values, dict):
            out[side] = {
                name: MASKS.get(name, mask_phone)(value)
                if name in hidden and isinstance(value, str)
                else value
                for name, value in values.items()
            }
    return out


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

    def masked(self) -> EventLine:
        """The line with the values of masked fields masked (`masked_change`)."""
        return replace(self, change=masked_change(self.entity, self.change))

    def values_text(self, most: int = 3, width: int = 40) -> str:
        """An update's old and new values, "field: old → new; …" (at most `most` fields,
        each value cut to `width` characters); "" for other events."""
        old, new = self.change.get("old"), self.change.get("new")
        if self.action != AuditAction.UPDATE.value or not isinstance(new, dict):
            return ""
        old = old if isinstance(old, dict) else {}
        parts = [
            f"{name}: {_short(old.get(name), width)} → {_short(value, width)}"
            for name, value in sorted(new.items())
        ]
        more = len(parts) - most
        return "; ".join(parts[:most]) + (f"; +{more}" if more > 0 else "")

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
    if filters.branch_id is not None:
        query = query.where(customer.home_branch_id == filters.branch_id)
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


def _short(value: Any, width: int) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True)
class Found:
    """The answer to a search: its events (oldest first), whether older ones were left
    out, and where it was read."""

    lines: tuple[EventLine, ...]
    truncated: bool = False
    online: bool = True
    """From the server's trail (every workstation); False: from this cache's copy."""


def cached_history(session: Session, customer_number: str, limit: int = DEFAULT_LIMIT) -> Found:
    """A customer's events as this cache holds them (roles that READ `audit_event`: every
    workstation's, up to the last pull), masked; empty for a cache without them."""
    lines = events(session, Filters(customer_number=customer_number, limit=limit + 1))
    return Found(tuple(line.masked() for line in lines[-limit:]), len(lines) > limit, False)


def searched(session: Session, filters: Filters, found: int) -> uuid.UUID | None:
    """Records, in `session`'s transaction, that the signed-in user searched the audit trail
    (action view, entity `audit_event`, the customer searched for when this cache holds it;
    the filters and the number of events seen in the detail)."""
    customer_id = None
    if filters.customer_number:
        customer_id = session.execute(
            select(Customer.id).where(
                Customer.customer_number == filters.customer_number.upper(),
                Customer.deleted.is_(False),
            )
        ).scalar_one_or_none()
    return audit.record(
        session,
        AuditAction.VIEW,
        entity=AUDIT_TABLE,
        customer_id=customer_id,
        detail=f"searched the audit trail: {filters.described()}; {found} event(s) shown",
    )


def record_search(cache: LocalCache, filters: Filters, found: int) -> uuid.UUID | None:
    """`searched` in a transaction of its own on `cache` (the window's search, once answered)."""
    with cache.session() as session:
        return searched(session, filters, found)


def read_cached_history(cache: LocalCache, customer_number: str) -> Found:
    """`cached_history` in a read session of its own on `cache`."""
    with cache.read_session() as session:
        return cached_history(session, customer_number)
