"""Applying a workstation's outbox entries: idempotent, merging, never losing an edit.

Per entry, in one transaction for the whole push (each entry in its own savepoint):
- an entry id seen before gets its stored answer back (`retried: true`);
- an insert of an existing id with identical content is a duplicate, with other content a
  conflict (an append-only table refuses it);
- an update or delete whose base version is the row's version is applied; with an older
  base it is merged when the fields others changed since the base are not the entry's, and
  is a conflict (not applied; both values returned) when they are and the values differ;
- a delete sets the tombstone; rows of append-only tables are never updated or deleted;
- an appointment overlapping a live one of the same RM is rejected with free slots; one
  accepted while tentative (booked offline) is stored, and pulled back, as confirmed;
- unknown tables or fields, bad values, writes outside the user's scope are rejected.
The feed versions are assigned last (`sync.server.feed.record`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from client.reasons import Reason
from client.schema.enums import AppointmentStatus
from client.schema.models import User
from client.schema.registry import append_only
from client.schema.rows import RowError, TableCodec, UnknownTableError, table_codec
from sync.protocol import EntryResult, EntryStatus, Op, OutboxEntry, Slot
from sync.server import feed, scope, slots
from sync.server.auth import Actor
from sync.server.branches import MissingReferenceError, Resolver
from sync.server.restamp import restamped
from sync.server.tables import applied_entry


class Refused(Exception):
    """Ends an entry with a rejection: its words and its code."""

    def __init__(self, reason: str, code: Reason, free_slots: list[Slot] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.free_slots = free_slots or []


@dataclass
class Outcome:
    status: EntryStatus
    change: feed.PendingChange | None = None
    version: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Pusher:
    """Applies the entries of one push inside the caller's transaction."""

    def __init__(self, session: Session, actor: Actor, now: datetime) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self.resolver = Resolver(session)

    def run(self, entries: list[OutboxEntry]) -> list[EntryResult]:
        outcomes: dict[uuid.UUID, Outcome | EntryResult] = {}
        pending: list[feed.PendingChange] = []
        for entry in entries:
            if entry.entry_id in outcomes:
                continue
            stored = self.session.execute(
                select(applied_entry.c.result).where(applied_entry.c.entry_id == entry.entry_id)
            ).scalar_one_or_none()
            if stored is not None:
                outcomes[entry.entry_id] = EntryResult.model_validate({**stored, "retried": True})
                continue
            outcome = self._apply_in_savepoint(entry)
            if outcome.change is not None:
                pending.append(outcome.change)
            outcomes[entry.entry_id] = outcome
        pending += restamped(self.session, pending)
        feed.record(self.session, pending, self.actor.device_id, self.now)
        results: list[EntryResult] = []
        fresh: list[dict[str, Any]] = []
        for entry in entries:
            answer = outcomes[entry.entry_id]
            if isinstance(answer, Outcome):
                answer = self._result(entry, answer)
                outcomes[entry.entry_id] = answer
                fresh.append(
                    {
                        "entry_id": entry.entry_id,
                        "user_id": self.actor.user_id,
                        "device_id": self.actor.device_id,
                        "result": answer.model_dump(mode="json"),
                        "applied_at": self.now,
                    }
                )
            results.append(answer)
        if fresh:
            self.session.execute(insert(applied_entry), fresh)
        return results

    @staticmethod
    def _result(entry: OutboxEntry, outcome: Outcome) -> EntryResult:
        version = outcome.change.seq if outcome.change is not None else outcome.version
        return EntryResult(
            entry_id=entry.entry_id, status=outcome.status, new_version=version, **outcome.extra
        )

    def _apply_in_savepoint(self, entry: OutboxEntry) -> Outcome:
        for attempt in range(2):
            savepoint = self.session.begin_nested()
            try:
                outcome = self._apply(entry)
                self.session.flush()
            except Refused as refused:
                savepoint.rollback()
                return self._rejected(refused.reason, refused.code, refused.free_slots)
            except IntegrityError as exc:
                savepoint.rollback()
                if attempt == 0:
                    continue  # a concurrent insert of the same id: look again
                return self._rejected(
                    f"violates a database constraint: {_constraint(exc)}", Reason.CONSTRAINT
                )
            except DataError as exc:
                savepoint.rollback()
                return self._rejected(
                    f"a value the database refuses: {_constraint(exc)}", Reason.BAD_ROW
                )
            savepoint.commit()
            return outcome
        raise AssertionError("unreachable")

    @staticmethod
    def _rejected(reason: str, code: Reason, free: list[Slot] | None = None) -> Outcome:
        extra: dict[str, Any] = {"reason": reason, "code": code}
        if free:
            extra["nearest_free_slots"] = free
        return Outcome(EntryStatus.REJECTED, extra=extra)

    def _apply(self, entry: OutboxEntry) -> Outcome:
        try:
            codec = table_codec(entry.table)
            values = codec.decode_changes(entry.changed)
        except (UnknownTableError, RowError) as exc:
            raise Refused(str(exc), Reason.BAD_ROW) from None
        if scope.reach(scope.WRITE, self.actor.role, entry.table) is scope.Reach.NONE:
            raise Refused(
                f"a {self.actor.role.value} may not write {entry.table}", Reason.FORBIDDEN
            )
        obj = self.session.get(codec.model, entry.row_id, with_for_update=True)
        if entry.op is Op.INSERT:
            return self._insert(entry, codec, values, obj)
        if obj is None:
            raise Refused(f"no {entry.table} row {entry.row_id}", Reason.NOT_FOUND)
        if entry.table in append_only():
            raise Refused(
                f"{entry.table} is append-only: its rows are never changed", Reason.APPEND_ONLY
            )
        self._check_scope(entry.table, obj)
        if entry.op is Op.DELETE:
            return self._delete(entry, codec, obj)
        return self._update(entry, codec, values, obj)

    def _check_scope(self, table: str, row: Any) -> None:
        try:
            branches = self.resolver.branches(table, row)
        except MissingReferenceError as exc:
            raise Refused(str(exc), Reason.MISSING_REFERENCE) from None
        if not scope.can_write(self.actor.role, self.actor.branch_id, table, branches):
            raise Refused(
                f"outside your scope: this {table} row belongs to another branch",
                Reason.OUTSIDE_SCOPE,
            )

    def _insert(
        self, entry: OutboxEntry, codec: TableCodec, values: dict[str, Any], obj: Any
    ) -> Outcome:
        values = _confirmed(entry.table, values)
        if obj is not None:
            self._check_scope(entry.table, obj)
            differing = [n for n in values if getattr(obj, n) != values[n]]
            if not differing and not obj.deleted:
                return Outcome(EntryStatus.DUPLICATE, version=obj.version)
            if entry.table in append_only():
                raise Refused(
                    f"the id {entry.row_id} is already used by another {entry.table}",
                    Reason.ID_TAKEN,
                )
            return self._conflict(codec, obj, differing or ["deleted"], {})
        missing = codec.missing_on_insert(values)
        if missing:
            raise Refused(
                f"{entry.table}: missing required fields: {', '.join(missing)}",
                Reason.MISSING_FIELDS,
            )
        obj = codec.model(id=entry.row_id, version=0, deleted=False, **values)
        self._check_scope(entry.table, obj)
        self._check_appointment(entry.table, obj)
        self.session.add(obj)
        return Outcome(EntryStatus.APPLIED, feed.PendingChange(obj, entry.table, "insert"))

    def _base(self, entry: OutboxEntry, obj: Any) -> int:
        base = entry.base_version or 0
        if base > obj.version:
            raise Refused(
                f"base version {base} is newer than the server's version {obj.version} "
                f"of {entry.table} {entry.row_id}",
                Reason.STALE_BASE,
            )
        return base

    def _update(
        self, entry: OutboxEntry, codec: TableCodec, values: dict[str, Any], obj: Any
    ) -> Outcome:
        if not values:
            raise Refused("an update must change at least one field", Reason.BAD_ROW)
        base = self._base(entry, obj)
        if obj.deleted:
            return self._conflict(codec, obj, ["deleted"], {"deleted": False})
        values = _confirmed(entry.table, values)
        history = feed.history_since(
            self.session, entry.table, entry.row_id, base, self.actor.device_id
        )
        conflicting = [
            n for n in values if n in history.changed_by_others and getattr(obj, n) != values[n]
        ]
        if conflicting:
            return self._conflict(codec, obj, conflicting, history.at_base)
        before = {
            n: codec.encode_value(n, getattr(obj, n))
            for n in values
            if getattr(obj, n) != values[n]
        }
        after = SimpleNamespace(**{n: getattr(obj, n) for n in codec.fields} | values)
        self._check_scope(entry.table, after)
        self._check_appointment(entry.table, after)
        status = EntryStatus.MERGED if history.changed_by_others else EntryStatus.APPLIED
        if not before:
            return Outcome(status, version=obj.version)
        for name, value in values.items():
            setattr(obj, name, value)
        return Outcome(status, feed.PendingChange(obj, entry.table, "update", before))

    def _delete(self, entry: OutboxEntry, codec: TableCodec, obj: Any) -> Outcome:
        if obj.deleted:
            return Outcome(EntryStatus.DUPLICATE, version=obj.version)
        base = self._base(entry, obj)
        history = feed.history_since(
            self.session, entry.table, entry.row_id, base, self.actor.device_id
        )
        if history.changed_by_others:
            return self._conflict(codec, obj, sorted(history.changed_by_others), history.at_base)
        obj.deleted = True
        return Outcome(
            EntryStatus.APPLIED, feed.PendingChange(obj, entry.table, "delete", {"deleted": False})
        )

    @staticmethod
    def _conflict(
        codec: TableCodec, obj: Any, fields: list[str], at_base: dict[str, Any]
    ) -> Outcome:
        return Outcome(
            EntryStatus.CONFLICT,
            extra={
                "reason": f"changed by someone else since your version: {', '.join(fields)}",
                "code": Reason.CONFLICT,
                "conflicting_fields": fields,
                "server_row": {n: codec.encode_value(n, getattr(obj, n)) for n in fields},
                "base_row": {n: at_base[n] for n in fields if n in at_base},
                "server_version": obj.version,
            },
        )

    def _check_appointment(self, table: str, row: Any) -> None:
        if table != "appointment" or row.deleted or row.status == AppointmentStatus.CANCELLED:
            return
        if row.ends_at <= row.starts_at:
            raise Refused("an appointment must end after it starts", Reason.BAD_ROW)
        self.session.get(User, row.rm_id, with_for_update=True)  # one booking per RM at a time
        clash = slots.overlapping(self.session, row.rm_id, row.starts_at, row.ends_at, row.id)
        if clash is not None:
            free = slots.nearest_free_slots(self.session, row.rm_id, row.starts_at)
            raise Refused(
                f"the RM is already booked from {clash.starts_at:%Y-%m-%d %H:%M} "
                f"to {clash.ends_at:%H:%M} UTC",
                Reason.SLOT_TAKEN,
                free,
            )


def _confirmed(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """An appointment sent as tentative (booked offline) made confirmed: the server taking
    it is what confirms it; a refused one is rejected before it is stored."""
    if table != "appointment" or values.get("status") != AppointmentStatus.TENTATIVE:
        return values
    return {**values, "status": AppointmentStatus.CONFIRMED}


def _constraint(exc: IntegrityError | DataError) -> str:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return message[:300]
