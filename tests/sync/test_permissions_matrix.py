"""Role x table x field x action, generated from the permission table, for push and pull.

One world per database (SQLite, PostgreSQL): in each branch two rows of every replicated
table with every field filled, plus reference rows. Then, for every role (a user of
BJ01), every table, every field and both branches, the server is asked to create, update
and delete (each cell in a savepoint rolled back after it), and what it pulls and what a
snapshot page holds are compared, row by row and field by field, with what
`client.schema.permissions` says. The cells run against the server's own push and pull
code in one transaction, so thousands take a few seconds; the HTTP path of the same rules
is `test_roles.py` and `test_permissions_scenarios.py`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from client.schema.base import GUID, Base, Money, UTCDateTime
from client.schema.enums import Role
from client.schema.history import MonthFigures
from client.schema.permissions import (
    LINKS,
    RECORDED_AT,
    SERVER_SET,
    STAMPED,
    Action,
    Reach,
    Stamp,
    fields_of,
    hidden_fields,
    is_import_only,
    made_by_server,
    problems,
    reach,
)
from client.schema.registry import REGISTRY, Owner, append_only
from client.schema.rows import table_codec
from sync.protocol import MAX_PAGE, OutboxEntry, PullRequest, SnapshotRequest
from sync.server import feed, pull, scope, snapshot
from sync.server.auth import Actor
from sync.server.push import Pusher
from tests.sync.conftest import Api

BRANCHES = ("BJ01", "SH01")
OWN_CODE = "BJ01"
NOW = datetime.now(UTC).replace(microsecond=0)
DAY = NOW + timedelta(days=3)
UNLINKED = {
    "customer_id": "customer",
    "user_id": "user_account",
    "device_id": "device",
    "product_id": "product",
    "campaign_id": "campaign",
    "segment_id": "segment",
    "previous_segment_id": "segment",
}
"""Columns naming a row without a foreign key, and the table they name."""


def test_the_permission_table_is_sound() -> None:
    assert problems() == []


def test_the_rules_the_issue_names_are_in_the_table() -> None:
    assert not any(
        reach(role, "account", a, f) is not Reach.NONE
        for role in Role
        for a in (Action.CREATE, Action.UPDATE)
        for f in ("balance", "balance_as_of")
    )
    assert not any(
        reach(role, "account_history", a) is not Reach.NONE
        for role in Role
        for a in (Action.CREATE, Action.UPDATE, Action.DELETE)
    )
    assert reach(Role.HEAD_OFFICE, "customer", Action.UPDATE, "segment_id") is Reach.ALL
    for name in ("national_id", "owning_rm_id", "segment_id"):
        assert reach(Role.TELLER, "customer", Action.UPDATE, name) is Reach.NONE
    assert "national_id" in hidden_fields(Role.CALL_CENTRE_AGENT, "customer")
    for role in Role:
        assert reach(role, "audit_event", Action.CREATE) is not Reach.NONE
        assert reach(role, "audit_event", Action.UPDATE) is Reach.NONE
        assert reach(role, "audit_event", Action.DELETE) is Reach.NONE


# --- the world ---------------------------------------------------------------------------


@dataclass
class World:
    rows: dict[tuple[str, str | None], list[Any]] = field(default_factory=dict)
    """(table, branch code or None for reference rows) -> its two rows."""
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    branches: dict[str, uuid.UUID] = field(default_factory=dict)

    def place_of(self, table: str) -> tuple[str | None, ...]:
        return (None,) if REGISTRY[table].owner is Owner.NONE else BRANCHES

    def target(self, table: str, place: str | None, n: int) -> uuid.UUID:
        """The row a foreign key of a row at `place` points to (its n-th: 1 or 2)."""
        if table == "branch":
            return self.branches[place or OWN_CODE]
        if table == "user_account":
            role = (Role.RELATIONSHIP_MANAGER, Role.TELLER)[n - 1]
            return self.users[f"{role.value}@{place or OWN_CODE}"]
        key = (table, None) if REGISTRY[table].owner is Owner.NONE else (table, place)
        if table == "device":
            key = (table, place or OWN_CODE)
        row_id: uuid.UUID = self.rows[key][n - 1].id
        return row_id


def _value(world: World, table: str, name: str, place: str | None, n: int) -> Any:
    """A valid value of a field for the n-th row of `table` at `place`."""
    column: Any = REGISTRY[table].model.__table__.c[name]
    kind = column.type
    hour = {1: (9, 0), 2: (11, 0)}[n]
    if table == "appointment" and name in ("starts_at", "ends_at"):
        start = DAY.replace(hour=hour[0], minute=0)
        return start if name == "starts_at" else start + timedelta(minutes=150 if n == 1 else 60)
    if table == "calendar_block" and name in ("starts_at", "ends_at"):
        start = DAY.replace(hour=8 + n)
        return start if name == "starts_at" else start + timedelta(hours=1)
    if table == "appointment" and name == "status":
        return ("confirmed", "cancelled")[n - 1]
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        return world.target(target, place, n)
    if name in UNLINKED:  # named without a foreign key (an audit event's, an offer's)
        return world.target(UNLINKED[name], place, n)
    if isinstance(kind, GUID):
        return uuid.uuid4()
    if isinstance(kind, SAEnum):
        members = list(kind.enums)
        return members[n % len(members)]
    if isinstance(kind, Boolean):
        return n == 1
    if isinstance(kind, Money):
        return Decimal(f"{n}.5000")
    if isinstance(kind, UTCDateTime):
        return NOW - timedelta(minutes=n)
    if isinstance(kind, Date):
        return date(2025, 1, n)
    if isinstance(kind, Integer):
        return 10 * n
    if isinstance(kind, JSON):
        return {"n": n}
    if kind.__class__.__name__ == "MonthSeries":
        return (MonthFigures(202500 + n, *[Decimal(n)] * 6),)
    if isinstance(kind, (String, Text)):
        length = getattr(kind, "length", None) or 40
        return f"v{n}{place or ''}{uuid.uuid4().hex}"[:length]
    raise AssertionError(f"no value for {table}.{name} ({kind!r})")


def _ordered_tables() -> list[str]:
    """Replicated tables, those they point to first; those naming rows without a foreign
    key (audit events, segment history, offers) last."""
    tables = [t.name for t in Base.metadata.sorted_tables if t.name in REGISTRY]

    def unlinked(table: str) -> bool:
        columns = REGISTRY[table].model.__table__.c
        return any(c.name in UNLINKED and not c.foreign_keys for c in columns)

    return sorted(tables, key=unlinked)


def build(api: Api) -> World:
    world = World(users=dict(api.seeded.users), branches=dict(api.seeded.branches))
    with api.db.writer() as session, session.begin():
        made: list[feed.PendingChange] = []
        for table in _ordered_tables():
            model: Any = REGISTRY[table].model
            for place in world.place_of(table):
                rows = []
                for n in (1, 2):
                    values = {f: _value(world, table, f, place, n) for f in fields_of(table)}
                    obj = model(id=uuid.uuid4(), version=0, deleted=False, **values)
                    session.add(obj)
                    rows.append(obj)
                    made.append(feed.PendingChange(obj, table, "insert"))
                world.rows[(table, place)] = rows
                session.flush()
        feed.record(session, made, None, NOW)
        for key, rows in world.rows.items():
            names = table_codec(key[0]).fields
            world.rows[key] = [SimpleNamespace(**{n: getattr(r, n) for n in names}) for r in rows]
    return world


# --- what the table says -----------------------------------------------------------------


def _branches(world: World, table: str, place: str | None) -> frozenset[uuid.UUID] | None:
    if REGISTRY[table].owner is Owner.NONE:
        return None
    return frozenset({world.branches[place or OWN_CODE]})


def _expected(
    world: World,
    role: Role,
    table: str,
    action: Action,
    fields: list[str | None],
    place: str | None,
) -> set[str | None]:
    """The codes the server may answer with (None: applied), by the permission table."""
    own = world.branches[OWN_CODE]
    branches = _branches(world, table, place)
    held = REGISTRY[table].held_by is not None and REGISTRY[table].branch_column is None
    if action is Action.CREATE and held:
        branches = frozenset()  # a new household: nobody's until a member joins it
    if is_import_only(table):
        return {"import_only"}
    if scope.reach(scope.WRITE, role, table) is Reach.NONE:
        return {"forbidden"}
    if action is Action.CREATE and made_by_server(table):
        return {"import_only"}
    if action is not Action.CREATE and table in append_only():
        return {"append_only"}
    checks = [None] if action is not Action.CREATE else []
    checks += fields
    codes: set[str | None] = set()
    for name in checks:
        if is_import_only(table, name):
            codes.add("import_only")
            continue
        if action is Action.UPDATE and name in SERVER_SET.get(table, {}):
            codes.add("field_forbidden")  # head office's answer: the server's alone
            continue
        rule = reach(role, table, action, name)
        if rule is Reach.NONE:
            codes.add("field_forbidden")
        elif not scope.allows(rule, own, branches, writing=True):
            codes.add("outside_scope")
        if codes and name is None:
            return codes
    return codes or {None}


# --- the cells ---------------------------------------------------------------------------


def _actor(world: World, role: Role) -> Actor:
    name = f"{role.value}@{OWN_CODE}"
    return Actor(world.users[name], name, role, world.branches[OWN_CODE], uuid.uuid4())


def _encode(table: str, values: dict[str, Any]) -> dict[str, Any]:
    codec = table_codec(table)
    return {n: codec.encode_value(n, v) for n, v in values.items()}


def _entry(table: str, row_id: uuid.UUID, op: str, base: int | None, values: dict[str, Any]) -> Any:
    return OutboxEntry.model_validate(
        {
            "entry_id": str(uuid.uuid4()),
            "table": table,
            "row_id": str(row_id),
            "op": op,
            "base_version": base,
            "changed": _encode(table, values),
        }
    )


def _push(session: Session, actor: Actor, item: Any) -> dict[str, Any]:
    savepoint = session.begin_nested()
    try:
        [result] = Pusher(session, actor, NOW + timedelta(seconds=1)).run([item])
    finally:
        savepoint.rollback()
    return result.model_dump(mode="json")


def _new_values(world: World, role: Role, table: str, place: str | None) -> dict[str, Any]:
    """A new row copied from the second at `place`: new unique values, honest stamps."""
    first, second = world.rows[(table, place)]
    values = {n: getattr(second, n) for n in fields_of(table)}
    model: Any = REGISTRY[table].model
    for constraint in model.__table__.constraints:
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) > 1:
            lead = next(iter(constraint.columns)).name
            values[lead] = getattr(first, lead)
    for name in fields_of(table):
        column: Any = model.__table__.c[name]
        if column.unique and isinstance(column.type, String):
            values[name] = _value(world, table, name, place, 2)
    for name, stamp in STAMPED.get(table, {}).items():
        actor = _actor(world, role)
        values[name] = actor.user_id if stamp is Stamp.USER else actor.branch_id
    if table in RECORDED_AT:
        values[RECORDED_AT[table]] = NOW
    values |= SERVER_SET.get(table, {})  # a new row comes unanswered
    return {n: v for n, v in values.items() if not is_import_only(table, n)}


def _cells(world: World, role: Role) -> Iterator[tuple[str, Any, set[str | None]]]:
    """(what, entry, codes the server may answer) for every cell of the role."""
    for table in _ordered_tables():
        codec = table_codec(table)
        required = {n for n in fields_of(table) if codec.fields[n].required}
        for place in world.place_of(table):
            first, second = world.rows[(table, place)]
            where = f"{role.value} {table}@{place}"
            creatable = table != "audit_event"  # its inserts are `sync.server.audit`'s
            # create: every field the role may create (and the required ones) at once ...
            values = _new_values(world, role, table, place)
            allowed = {n for n in values if reach(role, table, Action.CREATE, n) is not Reach.NONE}
            given = {n: values[n] for n in values if n in allowed | required}
            expected = _expected(world, role, table, Action.CREATE, list(given), place)
            if creatable:
                item = _entry(table, uuid.uuid4(), "insert", None, given)
                yield f"{where} create", item, expected
            # ... and each field it may not create, alone beside the required ones
            if creatable and scope.reach(scope.WRITE, role, table) is not Reach.NONE:
                for name in sorted(set(values) - allowed - required):
                    alone = {n: values[n] for n in required | {name}}
                    codes = _expected(world, role, table, Action.CREATE, list(alone), place)
                    item = _entry(table, uuid.uuid4(), "insert", None, alone)
                    yield f"{where} create {name}", item, codes
            # update: each field on its own (one will do where the role writes no field)
            writes = scope.reach(scope.WRITE, role, table) is not Reach.NONE
            for name in fields_of(table) if writes else fields_of(table)[:1]:
                new = getattr(second, name)
                column: Any = codec.model.__table__.c[name]
                if isinstance(column.type, (String, Text)) and not column.foreign_keys:
                    new = _value(world, table, name, place, 2)
                if new == getattr(first, name):
                    continue  # the same in both rows (their branch): no change to check
                codes = _expected(world, role, table, Action.UPDATE, [name], place)
                item = _entry(table, first.id, "update", first.version, {name: new})
                yield f"{where} update {name}", item, codes
            codes = _expected(world, role, table, Action.DELETE, [], place)
            yield f"{where} delete", _entry(table, first.id, "delete", first.version, {}), codes
        if table in LINKS and creatable:
            yield _across(world, role, table)


def _across(world: World, role: Role, table: str) -> tuple[str, Any, set[str | None]]:
    """A new link row of the own branch whose first end is a row of the other branch (the
    joint-holder escalation): allowed only where the reach is all branches."""
    values = _new_values(world, role, table, OWN_CODE)
    end = LINKS[table][0]
    values[end.column] = getattr(world.rows[(table, "SH01")][1], end.column)
    codes: set[str | None] = set()
    for name in values:
        rule = reach(role, table, Action.CREATE, name)
        if scope.reach(scope.WRITE, role, table) is Reach.NONE:
            codes.add("forbidden")
        elif rule is Reach.NONE:
            codes.add("field_forbidden")
        elif rule is Reach.OWN:
            codes.add("outside_scope")
    item = _entry(table, uuid.uuid4(), "insert", None, values)
    return f"{role.value} {table} linking BJ01 to SH01", item, codes or {None}


def _push_cells(world: World, role: Role, session: Session) -> tuple[int, list[str], set[str]]:
    """(cells checked, cells answered against the table, codes met) for one role."""
    actor = _actor(world, role)
    wrong: list[str] = []
    met: set[str] = set()
    alone: list[tuple[str, Any, set[str | None]]] = []
    together: list[tuple[str, Any, set[str | None]]] = []
    for cell in _cells(world, role):
        (alone if None in cell[2] else together).append(cell)
    answers = [(cell, _push(session, actor, cell[1])) for cell in alone]
    # cells the table refuses change nothing when refused: one push checks them all
    savepoint = session.begin_nested()
    results = Pusher(session, actor, NOW + timedelta(seconds=1)).run([c[1] for c in together])
    savepoint.rollback()
    answers += [(c, r.model_dump(mode="json")) for c, r in zip(together, results, strict=True)]
    for (what, _, codes), result in answers:
        code = None if result["status"] in ("applied", "merged") else result.get("code")
        met.add(str(code))
        if code not in codes:
            wrong.append(f"{what}: {code} ({result.get('reason')}), expected {codes}")
    return len(answers), wrong, met


def _pulled(session: Session, actor: Actor) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cursor = 0
    while True:
        page = pull.pull(session, actor, PullRequest(cursor=cursor, limit=MAX_PAGE))
        found |= {c.row["id"]: c.row for c in page.changes}
        cursor = page.next_cursor
        if not page.has_more:
            return found


def _snapshotted(session: Session, actor: Actor) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for table in _ordered_tables():
        page = json.loads(snapshot.page_json(session, actor, SnapshotRequest(table=table)))
        assert not page["has_more"]
        at = page["columns"].index("id")
        found |= {r[at]: dict(zip(page["columns"], r, strict=True)) for r in page["rows"]}
    return found


def _pull_cells(world: World, role: Role, session: Session) -> list[str]:
    """Rows and fields pulled or in a snapshot page against the table, for one role."""
    actor = _actor(world, role)
    own = world.branches[OWN_CODE]
    answers = {"pull": _pulled(session, actor), "snapshot": _snapshotted(session, actor)}
    wrong: list[str] = []
    for (table, place), rows in world.rows.items():
        readable = scope.allows(
            reach(role, table, Action.READ), own, _branches(world, table, place), writing=False
        )
        hidden = hidden_fields(role, table)
        for how, got in answers.items():
            for row in rows:
                seen = got.get(str(row.id))
                if (seen is not None) != readable:
                    wrong.append(f"{role} {how} {table}@{place}: seen {seen is not None}")
                    continue
                for name in fields_of(table) if seen is not None else ():
                    if (seen[name] is None) != (name in hidden):
                        wrong.append(f"{role} {how} {table}@{place}.{name} = {seen[name]!r}")
    return wrong


def test_every_cell_follows_the_table(api: Api) -> None:
    """One world; every role's push cells (each rolled back) and pull cells."""
    world = build(api)
    wrong: list[str] = []
    met: set[str] = set()
    cells = 0
    for role in Role:
        with api.db.writer() as session, session.begin():
            count, errors, codes = _push_cells(world, role, session)
            cells, wrong, met = cells + count, wrong + errors, met | codes
            session.rollback()
    with api.db.reader() as session, session.begin():
        for role in Role:
            wrong += _pull_cells(world, role, session)
    assert cells > 1000
    expected = {"None", "forbidden", "field_forbidden", "outside_scope", "import_only"}
    assert expected | {"append_only"} == met, "every cell answered for a permission reason"
    assert not wrong, "\n".join(wrong)


def test_link_rows_name_only_linked_tables() -> None:
    for table, ends in LINKS.items():
        for end in ends:
            column: Any = REGISTRY[table].model.__table__.c[end.column]
            assert next(iter(column.foreign_keys)).column.table.name == end.table
