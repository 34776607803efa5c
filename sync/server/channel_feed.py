"""Recording a channel's batch of interactions (`POST /v1/channel/interactions`).

Each item is checked alone and answered with its index: `created`, `duplicate` (its
external id is recorded already, by this channel: nothing new), or `rejected` with words
and a reason code — a malformed item, a field the server sets or the service may not
write (`client.schema.permissions.SERVICE_STAMPED`, `service_reach`), a refused character,
an unknown customer, a time in the future or too old, an external id another channel's
interaction holds. The rest of the batch goes on. What is recorded gets the service
account's channel, no author and the customer's home branch as its branch; it is logged in
the change feed (`sync.server.feed.record`, by the caller), so workstations pull it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.models import Customer, Interaction
from client.schema.permissions import SERVICE_STAMPED, Action, service_may
from client.text_rules import clean_text, column_limit
from sync.channel_protocol import (
    MAX_AGE_DAYS,
    ChannelInteraction,
    ChannelItemResult,
    InteractionBatchResult,
    ItemStatus,
)
from sync.server.feed import PendingChange
from sync.server.push import CLOCK_SKEW
from sync.server.service_accounts import ServiceAccount

TABLE = str(Interaction.__tablename__)
MAX_AGE = timedelta(days=MAX_AGE_DAYS)
TEXTS = ("external_id", "customer_number", "subject", "notes", "outcome")
REQUIRED = frozenset({"external_id", "customer_number", "subject"})
"""Texts that must hold more than spaces (kept without their outer spaces)."""
CUSTOMER_NUMBER_LIMIT = column_limit(Customer.__table__.c.customer_number)
WRITTEN = {"customer_number": "customer_id"}
"""An item's field and the interaction field it sets, where the names differ."""


class ItemRefused(Exception):
    """An item not recorded: why, in words and as a code."""

    def __init__(self, reason: str, code: Reason) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


_CODES = {
    "missing": Reason.MISSING_FIELDS,
    "string_too_long": Reason.TOO_LONG,
    "string_pattern_mismatch": Reason.BAD_CHARACTER,
    "timezone_aware": Reason.NO_TIME_ZONE,
}


def _invalid(exc: ValidationError) -> ItemRefused:
    """The first problem of a malformed item, in words and as a code."""
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "item"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    code = _CODES.get(first["type"], Reason.BAD_ROW)
    return ItemRefused(f"{where}: {first['msg']}{more}", code)


@dataclass
class _Item:
    index: int
    given: ChannelInteraction
    values: dict[str, Any] = field(default_factory=dict)
    """The interaction's fields the item gives (customer, channel, author, branch aside)."""
    number: str = ""
    """The customer's number."""


def _parse(index: int, raw: Any) -> _Item:
    if not isinstance(raw, dict):
        raise ItemRefused("an item must be an object", Reason.BAD_ROW)
    stamped = sorted(set(raw) & {*SERVICE_STAMPED.get(TABLE, {}), "id"})
    if stamped:
        what = "; ".join(
            f"{name}: {SERVICE_STAMPED[TABLE][name].value}" if name != "id" else "id: the server's"
            for name in stamped
        )
        raise ItemRefused(f"set by the server, not by a channel ({what})", Reason.SERVER_FIELD)
    try:
        given = ChannelInteraction.model_validate(raw)
    except ValidationError as exc:
        raise _invalid(exc) from None
    texts = {}
    for name in TEXTS:
        column = Interaction.__table__.c.get(name)
        limit = CUSTOMER_NUMBER_LIMIT if column is None else column_limit(column)
        try:
            texts[name] = clean_text(name, getattr(given, name), limit=limit)
        except UsageError as exc:
            raise ItemRefused(str(exc), exc.code) from None
        texts[name] = texts[name].strip() if name in REQUIRED else texts[name]
        if name in REQUIRED and not texts[name]:
            raise ItemRefused(f"{name}: must not be blank", Reason.REQUIRED)
    sent = {WRITTEN.get(name, name) for name in given.model_fields_set}
    forbidden = sorted(n for n in sent if not service_may(TABLE, Action.CREATE, n))
    if forbidden:
        raise ItemRefused(
            f"a service account may not set {', '.join(forbidden)} of an interaction",
            Reason.FIELD_FORBIDDEN,
        )
    item = _Item(index, given)
    item.values = {
        "kind": given.kind,
        "occurred_at": given.occurred_at,
        "subject": texts["subject"],
        "notes": texts["notes"],
        "outcome": texts["outcome"],
        "external_id": texts["external_id"],
    }
    item.number = texts["customer_number"]
    return item


def _check_time(at: datetime, now: datetime) -> None:
    if at > now + CLOCK_SKEW:
        raise ItemRefused(
            f"occurred_at {at:%Y-%m-%d %H:%M %z} is later than the server's clock "
            f"({now:%Y-%m-%d %H:%M} UTC)",
            Reason.IN_FUTURE,
        )
    if at < now - MAX_AGE:
        raise ItemRefused(
            f"occurred_at {at:%Y-%m-%d} is more than {MAX_AGE_DAYS} days ago: older history "
            "goes in with `guitai-server import interactions`",
            Reason.BACKDATED,
        )


@dataclass
class Recorded:
    """A batch's answer, and the rows to log in the change feed."""

    answer: InteractionBatchResult
    changes: list[PendingChange]


class Batch:
    """One batch of one service account, inside the caller's transaction."""

    def __init__(self, session: Session, account: ServiceAccount, now: datetime) -> None:
        self.session = session
        self.account = account
        self.now = now
        self.results: dict[int, ChannelItemResult] = {}
        self.changes: list[PendingChange] = []

    def run(self, raw_items: list[Any]) -> Recorded:
        items = [item for index, raw in enumerate(raw_items) if (item := self._parsed(index, raw))]
        customers = self._customers({item.number for item in items})
        known = self._known({item.values["external_id"] for item in items})
        fresh: list[tuple[_Item, Interaction]] = []
        first: dict[str, _Item] = {}
        repeats: list[tuple[_Item, _Item]] = []
        for item in items:
            external_id = item.values["external_id"]
            if external_id in first:
                repeats.append((item, first[external_id]))
                continue
            try:
                if external_id in known:
                    self._duplicate(item, *known[external_id])
                    continue
                _check_time(item.given.occurred_at, self.now)
                customer = customers.get(item.number) or customers.get(item.number.upper())
                if customer is None:
                    raise ItemRefused(f"no customer {item.number}", Reason.NOT_FOUND)
            except ItemRefused as refused:
                self._rejected(item, refused)
                continue
            first[external_id] = item
            fresh.append((item, self._row(item, *customer)))
        self._insert(fresh)
        for item, earlier in repeats:
            self._same_as(item, earlier)
        results = [self.results[i] for i in range(len(raw_items))]
        counts = dict.fromkeys(ItemStatus, 0)
        for result in results:
            counts[result.status] += 1
        answer = InteractionBatchResult(
            created=counts[ItemStatus.CREATED],
            duplicates=counts[ItemStatus.DUPLICATE],
            rejected=counts[ItemStatus.REJECTED],
            results=results,
        )
        return Recorded(answer, self.changes)

    def _parsed(self, index: int, raw: Any) -> _Item | None:
        try:
            return _parse(index, raw)
        except ItemRefused as refused:
            external_id = raw.get("external_id") if isinstance(raw, dict) else None
            self.results[index] = ChannelItemResult(
                index=index,
                status=ItemStatus.REJECTED,
                external_id=external_id if isinstance(external_id, str) else None,
                reason=refused.reason,
                code=refused.code,
            )
            return None

    def _customers(self, numbers: set[str]) -> dict[str, tuple[uuid.UUID, uuid.UUID]]:
        """Id and home branch of the live customers by number (as sent, or upper-case)."""
        asked = {n for n in numbers if n} | {n.upper() for n in numbers if n}
        if not asked:
            return {}
        rows = self.session.execute(
            select(Customer.customer_number, Customer.id, Customer.home_branch_id).where(
                Customer.customer_number.in_(asked), Customer.deleted.is_(False)
            )
        ).all()
        return {number: (customer_id, branch_id) for number, customer_id, branch_id in rows}

    def _known(self, external_ids: set[str]) -> dict[str, tuple[uuid.UUID, str]]:
        """The interactions already recorded with these external ids: id and channel."""
        if not external_ids:
            return {}
        rows = self.session.execute(
            select(Interaction.external_id, Interaction.id, Interaction.channel).where(
                Interaction.external_id.in_(external_ids)
            )
        ).all()
        return {str(e): (i, str(c)) for e, i, c in rows}

    def _duplicate(self, item: _Item, interaction_id: uuid.UUID, channel: str) -> None:
        external_id = item.values["external_id"]
        if channel != self.account.channel.value:
            raise ItemRefused(
                f"external_id {external_id} is already used by an interaction of the "
                f"{channel} channel",
                Reason.ID_TAKEN,
            )
        self.results[item.index] = ChannelItemResult(
            index=item.index,
            status=ItemStatus.DUPLICATE,
            external_id=external_id,
            interaction_id=interaction_id,
        )

    def _same_as(self, item: _Item, earlier: _Item) -> None:
        """An external id sent twice in one batch: the later item repeats the earlier one
        (rejected as it was, if it was)."""
        done = self.results[earlier.index]
        self.results[item.index] = done.model_copy(
            update={
                "index": item.index,
                "status": (
                    ItemStatus.REJECTED
                    if done.status is ItemStatus.REJECTED
                    else ItemStatus.DUPLICATE
                ),
                "reason": done.reason or f"the same external_id as item {earlier.index}",
            }
        )

    def _rejected(self, item: _Item, refused: ItemRefused) -> None:
        self.results[item.index] = ChannelItemResult(
            index=item.index,
            status=ItemStatus.REJECTED,
            external_id=item.values["external_id"],
            reason=refused.reason,
            code=refused.code,
        )

    def _row(self, item: _Item, customer_id: uuid.UUID, home_branch: uuid.UUID) -> Interaction:
        return Interaction(
            id=uuid.uuid4(),
            version=0,
            deleted=False,
            customer_id=customer_id,
            channel=self.account.channel,
            user_id=None,
            branch_id=home_branch,
            **item.values,
        )

    def _insert(self, fresh: list[tuple[_Item, Interaction]]) -> None:
        """All at once; should another request record one of the external ids meanwhile
        (a unique violation), one at a time, each in a savepoint."""
        if not fresh:
            return
        savepoint = self.session.begin_nested()
        try:
            self.session.add_all(row for _, row in fresh)
            self.session.flush()
        except IntegrityError:
            savepoint.rollback()
            for item, row in fresh:
                self._insert_one(item, row)
        else:
            savepoint.commit()
            for item, row in fresh:
                self._created(item, row)

    def _insert_one(self, item: _Item, row: Interaction) -> None:
        savepoint = self.session.begin_nested()
        try:
            self.session.add(row)
            self.session.flush()
        except IntegrityError:
            savepoint.rollback()
            known = self._known({item.values["external_id"]})
            try:
                if not known:
                    raise ItemRefused(
                        "the database refused the interaction (a constraint)", Reason.CONSTRAINT
                    ) from None
                self._duplicate(item, *known[item.values["external_id"]])
            except ItemRefused as refused:
                self._rejected(item, refused)
            return
        savepoint.commit()
        self._created(item, row)

    def _created(self, item: _Item, row: Interaction) -> None:
        self.results[item.index] = ChannelItemResult(
            index=item.index,
            status=ItemStatus.CREATED,
            external_id=row.external_id,
            interaction_id=row.id,
        )
        self.changes.append(PendingChange(row, TABLE, "insert"))
