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
from datetime import datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import AppointmentStatus
from client.schema.models import User
from client.schema.permissions import (
    LINKS,
    RECORDED_AT,
    SERVER_SET,
    STAMPED,
    TIME_CHECKED,
    Action,
    Stamp,
    is_import_only,
    made_by_server,
)
from client.schema.registry import append_only
from client.schema.rows import RowError, TableCodec, UnknownTableError, table_codec
from client.text_rules import clean_row, has_lone_surrogate
from sync.protocol import EntryResult, EntryStatus, Op, OutboxEntry, Slot
from sync.server import audit, feed, scope, slots
from sync.server.auth import Actor
from sync.server.branches import MissingReferenceError, Resolver
from sync.server.campaigns import referrals_for_accepted
from sync.server.restamp import restamped
from sync.server.tables import applied_entry

CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of the server's clock a workstation's recorded time may be."""
BACKDATE_LIMIT = timedelta(days=7)
"""How far back a recorded time may lie unless told (the default offline grace)."""
BRANCH_SHAPING = frozenset(
    {"customer", "account", "account_holder", "household_member", "user_account"}
)
"""Tables whose changes move rows between branches: the resolver forgets after one."""


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

    def __init__(
        self,
        session: Session,
        actor: Actor,
        now: datetime,
        *,
        backdate_limit: timedelta = BACKDATE_LIMIT,
    ) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self.backdate_limit = backdate_limit
        """How far back a recorded time may lie (the offline grace of a workstation)."""
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
            if outcome.status is EntryStatus.REJECTED and entry.table == audit.AUDIT_TABLE:
                # the workstation re-chains its later events after this (`client.audit`)
                outcome.extra["server_row"] = audit.last_link(self.session, self.actor.device_id)
            if outcome.change is not None:
                pending.append(outcome.change)
            if entry.table in BRANCH_SHAPING:
                self.resolver.forget()
            outcomes[entry.entry_id] = outcome
        pending += restamped(self.session, pending)
        pending += referrals_for_accepted(self.session, pending, self.actor.user_id, self.now)
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
        if has_lone_surrogate(entry.table) or has_lone_surrogate(entry.changed):
            raise Refused("a text holds a lone surrogate (unstorable)", Reason.BAD_CHARACTER)
        try:
            codec = table_codec(entry.table)
            values = codec.decode_changes(clean_row(codec.model.__table__, entry.changed))
        except (UnknownTableError, RowError) as exc:
            raise Refused(str(exc), Reason.BAD_ROW) from None
        except UsageError as exc:  # a refused character or a text too long (text_rules)
            raise Refused(str(exc), exc.code) from None
        if entry.table == audit.AUDIT_TABLE and entry.op is Op.INSERT:
            return self._audit(entry, values)
        if is_import_only(entry.table):
            raise Refused(
                f"{entry.table} is set by the import only, never by an edit", Reason.IMPORT_ONLY
            )
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
        if entry.op is Op.DELETE:
            self._check_write(entry.table, Action.DELETE, [None], obj)
            return self._delete(entry, codec, obj)
        self._check_write(entry.table, Action.UPDATE, [None], obj)
        return self._update(entry, codec, values, obj)

    def _audit(self, entry: OutboxEntry, values: dict[str, Any]) -> Outcome:
        """Every role records its own audit events: checked against the token and the
        workstation's chain instead of the scope (`sync.server.audit`)."""
        try:
            event = audit.accept(self.session, self.actor, entry.row_id, values, self.now)
        except audit.Refusal as refusal:
            raise Refused(refusal.reason, refusal.code) from None
        if event is None:
            return Outcome(EntryStatus.DUPLICATE)
        return Outcome(EntryStatus.APPLIED, feed.PendingChange(event, entry.table, "insert"))

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

    def _check_write(
        self, table: str, action: Action, fields: list[str] | list[None], row: Any
    ) -> None:
        """Refuses `action` on these fields of `row` unless the permission table allows it
        at the row's branches and, for a link row, at every row it links."""
        try:
            branches = self.resolver.branches(table, row)
            ends = [
                (end.table, self.resolver.end_branches(end.table, getattr(row, end.column)))
                for end in LINKS.get(table, ())
                if getattr(row, end.column) is not None
            ]
        except MissingReferenceError as exc:
            raise Refused(str(exc), Reason.MISSING_REFERENCE) from None
        problem = scope.write_refusal(
            self.actor.role, self.actor.branch_id, table, action, fields, branches, ends
        )
        if problem is not None:
            raise Refused(problem[1], problem[0])

    def _stamped(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """`values` with its author and branch fields set from the token: one left out is
        filled in, one naming someone else is refused (never silently re-labelled)."""
        out = dict(values)
        for name, stamp in STAMPED.get(table, {}).items():
            mine = self.actor.user_id if stamp is Stamp.USER else self.actor.branch_id
            given = out.get(name)
            if given is None:
                out[name] = mine
            elif given != mine:
                who = "another user" if stamp is Stamp.USER else "another branch"
                raise Refused(
                    f"{table}.{name} names {who}: a record is made in your own name and branch",
                    Reason.FORGED_AUTHOR if stamp is Stamp.USER else Reason.BRANCH_MISMATCH,
                )
        for name, start in SERVER_SET.get(table, {}).items():
            if out.get(name, start) != start:
                raise Refused(
                    f"{table}.{name} is set by the server (head office's answer), never by an edit",
                    Reason.FIELD_FORBIDDEN,
                )
            out[name] = start
        if table == "account":  # import-only balances: a new account starts at zero
            out.setdefault("balance", Decimal(0))
            out.setdefault("balance_as_of", self.now)
        return out

    def _check_recorded(self, table: str, values: dict[str, Any]) -> None:
        """Refuses a recorded time (`RECORDED_AT`, `TIME_CHECKED`) in the future beyond the
        clock skew, or older than an offline workstation could honestly have kept it."""
        for name in (RECORDED_AT.get(table), TIME_CHECKED.get(table)):
            at = values.get(name) if name is not None else None
            if name is not None and at is not None:
                self._check_time(table, name, at)

    def _check_time(self, table: str, name: str, at: datetime) -> None:
        if at > self.now + CLOCK_SKEW:
            raise Refused(
                f"{table}.{name} {at:%Y-%m-%d %H:%M} UTC is later than the server's clock "
                f"({self.now:%Y-%m-%d %H:%M} UTC)",
                Reason.IN_FUTURE,
            )
        if at < self.now - self.backdate_limit:
            raise Refused(
                f"{table}.{name} {at:%Y-%m-%d %H:%M} UTC is older than a workstation may keep "
                f"a record offline ({self.backdate_limit.days} days)",
                Reason.BACKDATED,
            )

    def _insert(
        self, entry: OutboxEntry, codec: TableCodec, values: dict[str, Any], obj: Any
    ) -> Outcome:
        values = _confirmed(entry.table, values, obj, self.actor.user_id)
        if obj is not None:
            self._check_write(entry.table, Action.CREATE, [None], obj)
            differing = [n for n in values if getattr(obj, n) != values[n]]
            if not differing and not obj.deleted:
                return Outcome(EntryStatus.DUPLICATE, version=obj.version)
            if entry.table in append_only():
                raise Refused(
                    f"the id {entry.row_id} is already used by another {entry.table}",
                    Reason.ID_TAKEN,
                )
            return self._conflict(codec, obj, differing or ["deleted"], {})
        if made_by_server(entry.table):
            raise Refused(f"{entry.table} rows are made by the server only", Reason.IMPORT_ONLY)
        given = [n for n, v in values.items() if v is not None]
        values = self._stamped(entry.table, values)
        missing = codec.missing_on_insert(values)
        if missing:
            raise Refused(
                f"{entry.table}: missing required fields: {', '.join(missing)}",
                Reason.MISSING_FIELDS,
            )
        obj = codec.model(id=entry.row_id, version=0, deleted=False, **values)
        self._check_write(entry.table, Action.CREATE, given or [None], obj)
        self._check_recorded(entry.table, values)
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
        values = _confirmed(entry.table, values, obj, self.actor.user_id)
        after = SimpleNamespace(**{n: getattr(obj, n) for n in codec.fields} | values)
        changing = [n for n in values if getattr(obj, n) != values[n]]
        server_set = [n for n in changing if n in SERVER_SET.get(entry.table, {})]
        if server_set:
            raise Refused(
                f"{entry.table}.{server_set[0]} is set by the server (head office's answer), "
                "never by an edit",
                Reason.FIELD_FORBIDDEN,
            )
        if changing:
            self._check_write(entry.table, Action.UPDATE, changing, after)
            self._check_recorded(entry.table, {n: values[n] for n in changing})
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


def _confirmed(table: str, values: dict[str, Any], obj: Any, writer: uuid.UUID) -> dict[str, Any]:
    """An appointment the RM booked in their own calendar (tentative while offline) made
    confirmed: the server taking it is what confirms it. One booked by someone else (a
    teller, the call centre) holds the slot as it is, tentative, until the RM confirms
    or declines it. A refused one is rejected before it is stored."""
    if table != "appointment" or values.get("status") != AppointmentStatus.TENTATIVE:
        return values
    rm = values.get("rm_id", getattr(obj, "rm_id", None))
    if rm != writer:
        return values
    return {**values, "status": AppointmentStatus.CONFIRMED}


def _constraint(exc: IntegrityError | DataError) -> str:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return message[:300]
