"""Interactions CSV: what happened with customers elsewhere (call centre, internet and
mobile banking), one per line. Interactions are append-only: a re-run adds none twice.

Header (UTF-8, comma-separated; other columns are ignored):
    customer_number,occurred_at,kind,channel,subject,notes,staff,external_id
- customer_number (required): an existing customer;
- occurred_at (required): date and time, YYYY-MM-DD HH:MM[:SS], in the bank's time zone
  (Asia/Shanghai) unless it names its own (2025-11-03T14:30:00+08:00); not in the future;
- kind (required): visit|call|meeting|email|complaint|service_request;
- channel (required): counter|call_centre|internet|mobile;
- subject (required, up to 200 characters); notes (optional, up to 10,000);
- staff (optional): the username of who dealt with it; the interaction is then that
  person's branch's, else no branch's;
- external_id (optional, up to 100): its id in the system it came from. A line whose
  external_id is already imported is left alone; a line without one is left alone when an
  interaction of the customer without one has the same time, kind, channel and subject.
The columns notes, staff and external_id may be left out of the header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import Channel, InteractionKind
from client.schema.models import Customer, Interaction, User
from sync.server.imports.bulk import BulkLoad, RowId
from sync.server.imports.common import Batch, Problem, Summary, problems_of
from sync.server.imports.refs import customers_by_number
from sync.server.imports.values import Issues, choice, limit_of, moment, text
from sync.server.working_hours import DEFAULT_TIME_ZONE, time_zone

COLUMNS = ("customer_number", "occurred_at", "kind", "channel", "subject")
OPTIONAL = ("notes", "staff", "external_id")
FIELDS = (
    "customer_id",
    "kind",
    "channel",
    "occurred_at",
    "user_id",
    "branch_id",
    "subject",
    "notes",
    "external_id",
)
KINDS = tuple(k.value for k in InteractionKind)
CHANNELS = tuple(c.value for c in Channel)
LIMITS = {
    name: limit_of(Interaction.__table__.c[name]) for name in ("subject", "notes", "external_id")
}
NUMBER_LIMIT = limit_of(Customer.__table__.c.customer_number)
SKEW = timedelta(days=1)
"""How far in the future a time may be (another system's clock, a time zone mix-up)."""

NaturalKey = tuple[RowId, datetime, str, str, str]


@dataclass(slots=True)
class InteractionLine:
    line: int
    number: str
    values: list[Any]
    """In `FIELDS` order; customer_id is filled in once the customers are looked up."""

    def natural_key(self) -> NaturalKey:
        v = self.values
        return v[0], v[3], v[1], v[2], v[6]


class InteractionImport:
    kind = "interactions"
    columns = COLUMNS
    optional = OPTIONAL

    def __init__(self, session: Session, load: BulkLoad) -> None:
        self.load = load
        self.staff: dict[str, tuple[RowId, RowId]] = {
            name: (user_id, branch_id)
            for name, user_id, branch_id in session.execute(
                select(User.username, load.hex(User.id), load.hex(User.branch_id))
            ).all()
        }
        self.zone = time_zone(DEFAULT_TIME_ZONE)
        self.latest = load.now + SKEW
        self.fresh = load.is_empty(Interaction)
        self.first_line: dict[str, int] = {}
        self.same: dict[NaturalKey, int] = {}

    def check(self, batch: Batch) -> tuple[list[InteractionLine], list[Problem]]:
        """The good lines of a batch, and the problems of the others."""
        for line, interaction, issues in batch:
            external_id = interaction.values[-1]
            if external_id:
                if external_id in self.first_line:
                    issues.append(
                        f"external_id {external_id} already on line {self.first_line[external_id]}"
                    )
                else:
                    self.first_line[external_id] = line
        customers = customers_by_number(self.load, {i.number for _, i, _ in batch})
        for _, interaction, issues in batch:
            if interaction.number:
                customer_id = customers.get(interaction.number)
                if customer_id is None:
                    issues.append(f"unknown customer_number {interaction.number!r}")
                interaction.values[0] = customer_id
            if not issues and not interaction.values[-1]:
                key = interaction.natural_key()
                if key in self.same:
                    issues.append(
                        f"the same interaction as on line {self.same[key]} "
                        "(give each an external_id if both happened)"
                    )
                else:
                    self.same[key] = interaction.line
        return [i for _, i, issues in batch if not issues], problems_of(batch)

    def finish(self) -> tuple[list[InteractionLine], list[Problem]]:
        return [], []

    def parse(self, line: int, v: list[str], issues: Issues) -> InteractionLine:
        number, occurred, kind, channel, subject, notes, staff, external_id = v
        number = text(issues, "customer_number", number, NUMBER_LIMIT, required=True)
        occurred_at = moment(issues, "occurred_at", occurred, self.zone, latest=self.latest)
        kind_value = choice(issues, "kind", kind, KINDS)
        channel_value = choice(issues, "channel", channel, CHANNELS)
        subject = text(issues, "subject", subject, LIMITS["subject"], required=True)
        notes = text(issues, "notes", notes, LIMITS["notes"])
        user_id = branch_id = None
        if staff:
            found = self.staff.get(staff)
            if found is None:
                issues.append(f"unknown staff {staff!r} (a username)")
            else:
                user_id, branch_id = found
        external_id = text(issues, "external_id", external_id, LIMITS["external_id"])
        values = [
            None,
            kind_value,
            channel_value,
            occurred_at,
            user_id,
            branch_id,
            subject,
            notes,
            external_id or None,
        ]
        return InteractionLine(line, number, values)

    def plan(self, lines: list[InteractionLine], summary: Summary) -> None:
        interactions = self.load.table(Interaction.__tablename__, FIELDS)
        known_ids, known_keys = self._existing(lines)
        for line in lines:
            external_id = line.values[-1]
            if (external_id and external_id in known_ids) or (
                not external_id and line.natural_key() in known_keys
            ):
                summary.unchanged += 1
                continue
            interactions.insert(tuple(line.values))
            summary.created += 1

    def _existing(self, lines: list[InteractionLine]) -> tuple[set[str], set[NaturalKey]]:
        """The external ids among the lines' that are known, and the natural keys of the
        known interactions without one of the customers and times of lines without one."""
        load = self.load
        if not lines or self.fresh:
            return set(), set()
        i = Interaction
        ids = {line.values[-1] for line in lines if line.values[-1]}
        known_ids = {row[0] for row in load.fetch([i.external_id], i.external_id, ids)}
        anonymous = [line for line in lines if not line.values[-1]]
        known_keys: set[NaturalKey] = set()
        if anonymous:
            times = [line.values[3] for line in anonymous]
            columns = [load.hex(i.customer_id), i.occurred_at, i.kind, i.channel, i.subject]
            found = load.fetch(
                columns,
                i.customer_id,
                {line.values[0] for line in anonymous},
                i.external_id.is_(None),
                i.occurred_at.between(min(times), max(times)),
            )
            known_keys = {(c, at, k.value, ch.value, s) for c, at, k, ch, s in found}
        return known_ids, known_keys
