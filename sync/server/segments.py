"""Head office's customer segments on the server: set by hand, by a rule or by a member list.

A segment with a rule (`sync.server.rules`) or a member list is evaluated by the server over
the whole bank (`evaluate`), or for some customers only (`evaluate` with `customer_ids`,
`evaluate_changed` after an import). Every customer is in at most one segment,
`customer.segment_id`: the rule segment of the lowest priority number whose rule the
customer matches (ties: the lower code); a customer matching none leaves the rule segment
they were in (no segment), and one in a segment set by hand (without rule or list) keeps it.

A move changes `customer.segment_id` and adds a `segment_membership_history` row, both with
their change-feed entries as `sync.server.feed.record` keeps them (in bulk: an evaluation
may move a million customers), so workstations see them at their next pull. Nothing else
on the server sets a customer's segment; of the staff only head office may (the permission
table, `client.schema.permissions`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    Table,
    and_,
    case,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.base import GUID
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Branch,
    Consent,
    Customer,
    ExternalRecord,
    Interaction,
    Segment,
    SegmentMembershipHistory,
)
from client.schema.registry import spec
from client.text_rules import clean_row
from sync.server.feed import (
    NOTIFY_CHANNEL,
    PendingChange,
    record,
    take_versions,
    version_id_prefix,
    version_id_sql,
)
from sync.server.rules import profit
from sync.server.rules.compile import (
    PROFIT_FIELDS,
    Context,
    bank_facts,
    compile_rule,
    externals_used,
    fields_used,
    join_facts,
)
from sync.server.rules.parse import Node, parse_rule
from sync.server.rules.planner import prepare_postgres
from sync.server.rules.tables import segment_member, segment_rule
from sync.server.segment_overrides import override_segment
from sync.server.tables import change_log

DEFAULT_PRIORITY: Final = 100
BATCH: Final = 5_000
"""Rows per executemany when an evaluation writes its moves; ids per `IN` list."""
WHOLE_BANK_SHARE: Final = 4
"""Changed customers from a quarter of the bank on: evaluate the whole bank instead."""
HISTORY: Final = SegmentMembershipHistory.__tablename__
CUSTOMER: Final = Customer.__tablename__

RULE, LIST, UNMATCHED, HEAD_OFFICE = "rule", "list", "unmatched", "head_office"
"""`segment_membership_history.source`: who moved the customer."""


# --- adding and listing ---------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentInfo:
    segment: Segment
    rule: str | None
    priority: int | None
    """None: set by hand."""
    members: int | None = None
    """A list segment's listed customers."""

    @property
    def how(self) -> str:
        if self.priority is None:
            return "by hand"
        return "rule" if self.rule is not None else "list"


def add_segment(
    session: Session,
    code: str,
    name: str,
    description: str,
    now: datetime,
    *,
    rule: str | None = None,
    members: Sequence[str] | None = None,
    priority: int | None = None,
) -> Segment:
    """A new segment; refuses a code that is taken, a rule that does not parse (nothing is
    added: `RuleError` names where and what) and a member list naming unknown customers."""
    values = clean_row(Segment.__table__, {"code": code, "name": name, "description": description})
    if not code:
        raise UsageError("a segment needs a code", code=Reason.REQUIRED, field="code")
    if rule is not None and members is not None:
        raise UsageError("a segment has a rule or a member list, not both")
    if rule is not None:
        parse_rule(rule)
    customer_ids = _customers_of(session, members) if members is not None else []
    if session.scalars(select(Segment.id).where(Segment.code == code)).first():
        raise UsageError(f"the segment code {code!r} is taken")
    segment = Segment(id=uuid.uuid4(), version=0, deleted=False, **values)
    session.add(segment)
    session.flush()
    if rule is not None or members is not None:
        session.execute(
            insert(segment_rule).values(
                segment_id=segment.id,
                rule=rule,
                priority=DEFAULT_PRIORITY if priority is None else priority,
                changed_at=now,
            )
        )
        for chunk in _chunks(customer_ids):
            session.execute(
                insert(segment_member),
                [{"segment_id": segment.id, "customer_id": c} for c in chunk],
            )
    record(session, [PendingChange(segment, Segment.__tablename__, "insert")], None, now)
    return segment


def _customers_of(session: Session, numbers: Sequence[str]) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    found: dict[str, uuid.UUID] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(
            select(Customer.customer_number, Customer.id).where(
                Customer.customer_number.in_(chunk), Customer.deleted.is_(False)
            )
        )
        found.update({number: cid for number, cid in rows})
    missing = [n for n in wanted if n not in found]
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise UsageError(
            f"{len(missing)} customer number(s) of the list are not known: {shown}",
            code=Reason.NOT_FOUND,
        )
    return [found[n] for n in wanted]


def list_segments(session: Session) -> list[Segment]:
    return list(
        session.scalars(select(Segment).where(Segment.deleted.is_(False)).order_by(Segment.code))
    )


def segment_infos(session: Session) -> list[SegmentInfo]:
    """Every segment with its rule or list and priority, in evaluation order (rule and list
    segments by priority, then those set by hand)."""
    counts: dict[uuid.UUID, int] = dict(
        session.execute(
            select(segment_member.c.segment_id, func.count()).group_by(segment_member.c.segment_id)
        ).all()
    )
    rows = session.execute(
        select(Segment, segment_rule.c.rule, segment_rule.c.priority)
        .outerjoin(segment_rule, segment_rule.c.segment_id == Segment.id)
        .where(Segment.deleted.is_(False))
    ).all()
    infos = [
        SegmentInfo(
            segment,
            rule,
            priority,
            None if priority is None or rule is not None else int(counts.get(segment.id, 0)),
        )
        for segment, rule, priority in rows
    ]
    return sorted(infos, key=lambda i: (i.priority is None, i.priority or 0, i.segment.code))


def segment_by_code(session: Session, code: str) -> Segment:
    segment = session.scalars(
        select(Segment).where(Segment.code == code, Segment.deleted.is_(False))
    ).first()
    if segment is None:
        raise UsageError(f"no segment {code!r}", code=Reason.NOT_FOUND)
    return segment


# --- evaluating ---------------------------------------------------------------------------


@dataclass
class Evaluation:
    """What an evaluation did."""

    checked: int | None = None
    """Customers looked at (None: the whole bank)."""
    moved: int = 0
    into: dict[str, int] = field(default_factory=dict)
    """Moves per segment code ("" for no segment)."""
    last_version: int | None = None


def _rules(infos: Sequence[SegmentInfo]) -> tuple[dict[uuid.UUID, Node], set[str]]:
    """The parsed rule of each rule segment, and every field they name."""
    nodes = {i.segment.id: parse_rule(i.rule) for i in infos if i.rule is not None}
    fields: set[str] = set()
    for node in nodes.values():
        fields |= fields_used(node)
    return nodes, fields


def _conditions(
    infos: Sequence[SegmentInfo], nodes: dict[uuid.UUID, Node], context: Context
) -> list[tuple[ColumnElement[bool], uuid.UUID]]:
    """(condition, segment id) per rule or list segment, in priority order."""
    out: list[tuple[ColumnElement[bool], uuid.UUID]] = []
    for info in infos:
        sid = info.segment.id
        if sid in nodes:
            out.append((compile_rule(nodes[sid], context), sid))
        else:
            listed = exists().where(
                segment_member.c.segment_id == sid, segment_member.c.customer_id == Customer.id
            )
            out.append((listed, sid))
    return out


def evaluate(
    session: Session,
    now: datetime,
    *,
    today: date | None = None,
    code: str | None = None,
    customer_ids: Collection[uuid.UUID] | None = None,
) -> Evaluation:
    """Moves customers into the segment their rules give them (see the module docstring):
    every customer, or those of `customer_ids`, or (with `code`) those that match that
    segment or are in it now. Call it in a writing transaction."""
    day = today or now.date()
    infos = [i for i in segment_infos(session) if i.priority is not None]
    result = Evaluation(None if customer_ids is None else len(customer_ids))
    if not infos or (customer_ids is not None and not customer_ids):
        return result
    nodes, fields = _rules(infos)
    if fields & PROFIT_FIELDS:
        profit.refresh(session, day)
    dialect = session.get_bind().dialect.name
    # a pass over many customers sums holdings and profits once, grouped; a few customers
    # are cheaper each on their own (correlated subqueries on the indexes)
    pairs = set().union(*(externals_used(n) for n in nodes.values()))
    facts = bank_facts(day, pairs) if customer_ids is None else None
    if dialect == "postgresql":
        prepare_postgres(session, whole_bank=facts is not None)
    context = Context(day, dialect, facts)
    conditions = _conditions(infos, nodes, context)
    source_table = Customer.__table__ if facts is None else join_facts(facts, fields)
    rule_ids = [sid for _, sid in conditions]
    by_list = {i.segment.id for i in infos if i.rule is None}
    kept = case(
        (Customer.segment_id.in_(rule_ids), literal(None, GUID())),
        else_=Customer.segment_id,
    )
    # head office's accepted "should be X" beats every rule (`sync.server.segment_overrides`)
    override = override_segment()
    target = case(
        (override.is_not(None), override),
        *((c, literal(s, GUID())) for c, s in conditions),
        else_=kept,
    )
    scope: list[ColumnElement[bool]] = [Customer.deleted.is_(False)]
    if code is not None:
        chosen = segment_by_code(session, code)
        own = [c for c, s in conditions if s == chosen.id]
        scope.append(or_(Customer.segment_id == chosen.id, *own))
    statements = []
    for where in _scopes(customer_ids):
        # OFFSET 0 keeps the subquery whole, so PostgreSQL computes each customer's target
        # once (flattened, the filter and the column would each compute it)
        inner = (
            select(Customer.id, Customer.segment_id, target.label("target"))
            .select_from(source_table)
            .where(*scope, *where)
            .offset(0)
            .subquery()
        )
        statements.append(
            select(inner.c.id, inner.c.segment_id, inner.c.target).where(
                inner.c.target.is_distinct_from(inner.c.segment_id)
            )
        )
    codes = {i.segment.id: i.segment.code for i in infos}
    if dialect == "postgresql":
        # the moves never leave the database: found, numbered and written there
        return _evaluate_in_database(session, statements, codes, by_list, now, result)
    moves: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None]] = []
    for stmt in statements:
        moves += [(cid, old, new) for cid, old, new in session.execute(stmt)]
    if not moves:
        return result
    for _, _, new in moves:
        key = codes.get(new, "") if new is not None else ""
        result.into[key] = result.into.get(key, 0) + 1
    result.moved = len(moves)

    def source(new: uuid.UUID | None) -> str:
        if new is None:
            return UNMATCHED
        return LIST if new in by_list else RULE

    result.last_version = write_moves(session, [(c, o, n, source(n)) for c, o, n in moves], now)
    return result


def _evaluate_in_database(
    session: Session,
    statements: Sequence[Any],
    codes: dict[uuid.UUID, str],
    by_list: set[uuid.UUID],
    now: datetime,
    result: Evaluation,
) -> Evaluation:
    """PostgreSQL: the moves the statements find (customer id, segment now, target) go
    into a temporary table, are numbered there (versions from one `take_versions`, as
    `write_moves` numbers them) and written with one statement each."""
    found = Table(
        f"segment_found_{uuid.uuid4().hex[:8]}",
        MetaData(),
        Column("customer_id", GUID()),
        Column("old_segment", GUID()),
        Column("new_segment", GUID()),
        prefixes=["TEMPORARY"],
        postgresql_on_commit="DROP",
    )
    found.create(session.connection())
    for stmt in statements:
        session.execute(
            insert(found).from_select(["customer_id", "old_segment", "new_segment"], stmt)
        )
    counts = session.execute(
        select(found.c.new_segment, func.count()).group_by(found.c.new_segment)
    ).all()
    total = sum(int(n) for _, n in counts)
    if not total:
        return result
    for new, n in counts:
        key = codes.get(new, "") if new is not None else ""
        result.into[key] = result.into.get(key, 0) + int(n)
    result.moved = total
    first = take_versions(session, 2 * total)
    temp = f"segment_moves_{uuid.uuid4().hex[:8]}"
    # table names made here or from the models, every value a parameter
    session.execute(
        text(
            f'CREATE TEMPORARY TABLE "{temp}" ON COMMIT DROP AS '  # noqa: S608
            "SELECT customer_id, old_segment, new_segment, "
            f"{version_id_sql(':prefix', 'seq')} AS history_id, seq, source "
            "FROM (SELECT customer_id, old_segment, new_segment, "
            "CAST(:first AS bigint) + 2 * (row_number() OVER (ORDER BY customer_id) - 1) "
            "AS seq, CASE WHEN new_segment IS NULL THEN :unmatched "
            "WHEN new_segment = ANY(:lists) THEN :list ELSE :rule END AS source "
            f'FROM "{found.name}") AS numbered'
        ),
        {
            "prefix": version_id_prefix(now),
            "first": first,
            "unmatched": UNMATCHED,
            "lists": list(by_list),
            "list": LIST,
            "rule": RULE,
        },
    )
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        _apply_moves(cursor, temp, now)
    result.last_version = first + 2 * total - 1
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": NOTIFY_CHANNEL, "payload": str(result.last_version)},
    )
    return result


def _scopes(customer_ids: Collection[uuid.UUID] | None) -> Iterator[list[ColumnElement[bool]]]:
    if customer_ids is None:
        yield []
        return
    for chunk in _chunks(list(customer_ids)):
        yield [Customer.id.in_(chunk)]


Move = tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None, str]
"""(customer id, segment before, segment after, source)"""


def write_moves(session: Session, moves: Sequence[Move], now: datetime) -> int | None:
    """Sets the customers' segments and adds their history rows, with the feed entries
    `sync.server.feed.record` would write (versions taken under the counter's lock, held to
    the commit; `updated_at` = `now`; the changed field's value before), in batches.

    The values go to the driver as it stores them (an evaluation may move a million
    customers, and SQLAlchemy's processing of each parameter would cost more than the
    database's work), as `sync.server.imports.bulk` does for imports."""
    if not moves:
        return None
    dialect = session.get_bind().dialect
    postgres = dialect.name == "postgresql"
    mark = "?" if dialect.paramstyle == "qmark" else "%s"

    def guid(value: uuid.UUID | None) -> Any:
        return value if postgres or value is None else value.bytes

    stamp_of = change_log.c.committed_at.type.dialect_impl(dialect).bind_processor(dialect)
    stamp = now if postgres or stamp_of is None else stamp_of(now)
    no = False if postgres else 0
    as_json = f"CAST({mark} AS JSON)" if postgres else mark
    # table and column names from the models, every value a driver parameter
    set_segment = (
        f"UPDATE {CUSTOMER} SET segment_id = {mark}, version = {mark}, updated_at = {mark} "  # noqa: S608
        f"WHERE id = {mark}"
    )
    history_columns = (
        "id, version, updated_at, deleted, customer_id, segment_id, previous_segment_id, "
        "changed_at, source"
    )
    add_history = f"INSERT INTO {HISTORY} ({history_columns}) VALUES ({', '.join([mark] * 9)})"  # noqa: S608
    log_columns = "seq, table_name, row_id, op, before, device_id, committed_at"
    add_log = (
        f"INSERT INTO {change_log.name} ({log_columns}) "  # noqa: S608
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {as_json}, {mark}, {mark})"
    )
    first = take_versions(session, 2 * len(moves))
    if postgres:
        return _copy_moves(session, moves, first, now)
    seq = first
    connection = session.connection()
    for start in range(0, len(moves), BATCH):
        chunk = moves[start : start + BATCH]
        updates, inserts, entries = [], [], []
        for customer_id, old, new, source in chunk:
            history_id = uuid.uuid4()
            cid = guid(customer_id)
            before = json.dumps({"segment_id": None if old is None else str(old)})
            updates.append((guid(new), seq, stamp, cid))
            entries.append((seq, CUSTOMER, cid, "update", before, None, stamp))
            hid = guid(history_id)
            inserts.append((hid, seq + 1, stamp, no, cid, guid(new), guid(old), stamp, source))
            entries.append((seq + 1, HISTORY, hid, "insert", "{}", None, stamp))
            seq += 2
        connection.exec_driver_sql(set_segment, updates)
        connection.exec_driver_sql(add_history, inserts)
        connection.exec_driver_sql(add_log, entries)
    last = seq - 1
    if postgres:
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": str(last)},
        )
    return last


def _copy_moves(session: Session, moves: Sequence[Move], first: int, now: datetime) -> int:
    """PostgreSQL: the moves go by COPY into a temporary table, then into the customers,
    the history and the feed with one statement each (versions from `first`, as
    `write_moves` numbers them)."""
    temp = f"segment_moves_{uuid.uuid4().hex[:8]}"
    driver = session.connection().connection.driver_connection
    # table and column names from the models, every value a parameter or COPY data
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(
            f'CREATE TEMPORARY TABLE "{temp}" (customer_id uuid, old_segment uuid, '
            "new_segment uuid, history_id uuid, seq bigint, source text) ON COMMIT DROP"
        )
        with cursor.copy(
            f'COPY "{temp}" (customer_id, old_segment, new_segment, history_id, seq, source) '
            "FROM STDIN"
        ) as copy:
            seq = first
            for customer_id, old, new, source in moves:
                copy.write_row((customer_id, old, new, uuid.uuid4(), seq, source))
                seq += 2
        _apply_moves(cursor, temp, now)
    last = first + 2 * len(moves) - 1
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": NOTIFY_CHANNEL, "payload": str(last)},
    )
    return last


def _apply_moves(cursor: Any, temp: str, now: datetime) -> None:
    """PostgreSQL: the moves of the temporary table `temp` (customer_id, old_segment,
    new_segment, history_id, seq, source) into the customers, the history and the feed,
    one statement each; the table is dropped."""
    cursor.execute(
        f'UPDATE "{CUSTOMER}" AS c SET segment_id = m.new_segment, version = m.seq, '  # noqa: S608
        f'updated_at = %(now)s FROM "{temp}" AS m WHERE c.id = m.customer_id',
        {"now": now},
    )
    cursor.execute(
        f'INSERT INTO "{HISTORY}" (id, version, updated_at, deleted, customer_id, '  # noqa: S608
        "segment_id, previous_segment_id, changed_at, source) "
        "SELECT history_id, seq + 1, %(now)s, false, customer_id, new_segment, old_segment, "
        f'%(now)s, source FROM "{temp}"',
        {"now": now},
    )
    cursor.execute(
        f'INSERT INTO "{change_log.name}" (seq, table_name, row_id, op, before, device_id, '  # noqa: S608
        "committed_at) "
        "SELECT seq, %(customer)s, customer_id, 'update', "
        "json_build_object('segment_id', old_segment::text), NULL::uuid, %(now)s "
        f'FROM "{temp}" UNION ALL '
        "SELECT seq + 1, %(history)s, history_id, 'insert', '{}'::json, NULL::uuid, %(now)s "
        # in the order of the feed's (table, row) index: its pages are walked once, in turn
        f'FROM "{temp}" ORDER BY 2, 3',
        {"now": now, "customer": CUSTOMER, "history": HISTORY},
    )
    cursor.execute(f'DROP TABLE "{temp}"')


# --- after an import: the customers whose rows changed ----------------------------------------

CUSTOMER_COLUMNS: Final = {
    Customer.__tablename__: "id",
    AccountHolder.__tablename__: "customer_id",
    Consent.__tablename__: "customer_id",
    Interaction.__tablename__: "customer_id",
    ExternalRecord.__tablename__: "customer_id",
}
"""Tables whose rows a rule reads, and their column naming the customer."""


def changed_customers(session: Session, after: int) -> set[uuid.UUID]:
    """Customers whose rows a rule reads changed after feed version `after`: the customer
    itself, its holdings, consents, interactions and external data, and the accounts and
    account histories it holds."""
    found: set[uuid.UUID] = set()
    log = change_log.c
    for table, column in CUSTOMER_COLUMNS.items():
        model = spec(table).model.__table__
        rows = session.execute(
            select(model.c[column])
            .join(change_log, and_(log.row_id == model.c.id, log.table_name == table))
            .where(log.seq > after)
        )
        found.update(cid for (cid,) in rows)
    for table, key in (
        (Account.__tablename__, Account.__table__.c.id),
        (AccountHistory.__tablename__, AccountHistory.__table__.c.id),
    ):
        account = (
            Account.__table__.c.id
            if table == Account.__tablename__
            else AccountHistory.__table__.c.account_id
        )
        rows = session.execute(
            select(AccountHolder.customer_id)
            .select_from(key.table)
            .join(change_log, and_(log.row_id == key, log.table_name == table))
            .join(AccountHolder, AccountHolder.account_id == account)
            .where(log.seq > after)
        )
        found.update(cid for (cid,) in rows)
    found.discard(None)  # type: ignore[arg-type,unused-ignore]
    return found


def evaluate_changed(session: Session, after: int, now: datetime) -> Evaluation:
    """`evaluate` for the customers whose rows changed after feed version `after`."""
    if not session.execute(select(exists().select_from(segment_rule))).scalar():
        return Evaluation(0)
    changed = changed_customers(session, after)
    if not changed:
        return Evaluation(0)
    everyone = session.scalar(select(func.count()).select_from(Customer)) or 0
    if len(changed) * WHOLE_BANK_SHARE >= everyone:
        # a large part of the bank: one pass over all of it costs less than the id lists
        result = evaluate(session, now)
        result.checked = len(changed)
        return result
    return evaluate(session, now, customer_ids=changed)


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    customer_number: str
    legal_name: str
    branch_code: str


def members(session: Session, code: str) -> list[Member]:
    """The customers in the segment now, by customer number."""
    segment = segment_by_code(session, code)
    rows = session.execute(
        select(Customer.customer_number, Customer.legal_name, Branch.code)
        .join(Branch, Branch.id == Customer.home_branch_id)
        .where(Customer.segment_id == segment.id, Customer.deleted.is_(False))
        .order_by(Customer.customer_number)
    )
    return [Member(*row) for row in rows]


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    segment: str | None
    previous: str | None
    source: str


def history(session: Session, customer_number: str) -> list[HistoryEntry]:
    """A customer's moves between segments, oldest first."""
    cid = session.scalars(
        select(Customer.id).where(Customer.customer_number == customer_number)
    ).first()
    if cid is None:
        raise UsageError(f"no customer {customer_number!r}", code=Reason.NOT_FOUND)
    codes = dict(session.execute(select(Segment.id, Segment.code)).all())
    h = SegmentMembershipHistory
    rows = session.execute(
        select(h.changed_at, h.segment_id, h.previous_segment_id, h.source)
        .where(h.customer_id == cid, h.deleted.is_(False))
        .order_by(h.changed_at, h.version)
    )
    return [
        HistoryEntry(at, codes.get(new) if new else None, codes.get(old) if old else None, src)
        for at, new, old, src in rows
    ]


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]
