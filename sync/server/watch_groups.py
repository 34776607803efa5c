"""Watched groups of customers (e.g. prospects, low balances with a salary inflow) and what
changed for their members, from the change feed (`sync.server.feed`, table `change_log`).

A group is a rule (`sync.server.rules`, decided when its changes are read, so a customer who
stops matching drops out) or a list of customer numbers (`server_watch_group`,
`server_watch_member`: `sync.server.steer_tables`). `changes` lists its members' changes
after a feed version or since a time:
- "new customer": the customer row was added (a prospect captured at a counter);
- "new account": the customer became a holder of an account;
- "balance": an account the customer holds changed its balance (the import);
- "interaction": something was logged with the customer;
- "segment": the customer moved between segments.
Without a time, it lists those after the branch's last look (`server_watch_look`; "" when no
branch is given) and moves the look to the newest feed version: each look shows what is new.

The window's list (`sync.server.watch_api`) is per user instead: `unseen` lists every
group's changes after what the user has seen of it (`seen_versions`, `server_watch_seen`;
before a first look, since the group was added), and `mark_seen` moves what they have seen
forward to the version their list showed, never back.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.orm import Session, aliased

from client.errors import UsageError
from client.reasons import Reason
from client.schema.models import (
    Account,
    AccountHolder,
    Branch,
    Customer,
    Interaction,
    Segment,
    SegmentMembershipHistory,
    User,
)
from client.text_rules import clean_row
from sync.server.feed import latest_version
from sync.server.rules.compile import Context, compile_rule
from sync.server.rules.parse import parse_rule
from sync.server.steer_tables import watch_group, watch_look, watch_member, watch_seen
from sync.server.tables import change_log

BATCH = 5_000
KINDS = ("new customer", "new account", "balance", "interaction", "segment")


@dataclass(frozen=True)
class Group:
    id: uuid.UUID
    code: str
    name: str
    rule: str | None
    members: int | None
    """A list group's listed customers."""


@dataclass(frozen=True)
class Change:
    seq: int
    at: datetime
    customer_number: str
    name: str
    branch: str
    rm: str | None
    kind: str
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "customer_number": self.customer_number,
            "name": self.name,
            "branch": self.branch,
            "rm": self.rm,
            "kind": self.kind,
            "detail": self.detail,
        }


def add_group(
    session: Session,
    code: str,
    name: str,
    now: datetime,
    *,
    rule: str | None = None,
    members: Sequence[str] | None = None,
) -> uuid.UUID:
    """A new watch group, by a rule or a list (exactly one)."""
    code = code.strip()
    if not code or len(code) > 20:
        raise UsageError("a watch group needs a code of up to 20 characters", field="code")
    if (rule is None) == (members is None):
        raise UsageError("a watch group has a rule or a member list (one of them)")
    if rule is not None:
        parse_rule(rule)
    if session.scalar(select(watch_group.c.id).where(watch_group.c.code == code)):
        raise UsageError(f"the watch group code {code!r} is taken")
    ids = _customers_of(session, members) if members is not None else []
    group_id = uuid.uuid4()
    values = clean_row(watch_group, {"name": name or code})
    session.execute(
        insert(watch_group).values(
            id=group_id,
            code=code,
            rule=rule,
            created_at=now,
            created_seq=latest_version(session),
            **values,
        )
    )
    for start in range(0, len(ids), BATCH):
        session.execute(
            insert(watch_member),
            [{"group_id": group_id, "customer_id": c} for c in ids[start : start + BATCH]],
        )
    return group_id


def _customers_of(session: Session, numbers: Sequence[str]) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    found: dict[str, uuid.UUID] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        found.update(
            session.execute(
                select(Customer.customer_number, Customer.id).where(
                    Customer.customer_number.in_(chunk), Customer.deleted.is_(False)
                )
            ).all()
        )
    missing = [n for n in wanted if n not in found]
    if missing:
        raise UsageError(
            f"{len(missing)} customer number(s) of the list are not known: "
            + ", ".join(missing[:10]),
            code=Reason.NOT_FOUND,
        )
    return [found[n] for n in wanted]


def groups(session: Session) -> list[Group]:
    counts: dict[uuid.UUID, int] = {}
    for gid in session.scalars(select(watch_member.c.group_id)):
        counts[gid] = counts.get(gid, 0) + 1
    rows = session.execute(
        select(
            watch_group.c.id, watch_group.c.code, watch_group.c.name, watch_group.c.rule
        ).order_by(watch_group.c.code)
    )
    return [
        Group(gid, code, name, rule, None if rule is not None else counts.get(gid, 0))
        for gid, code, name, rule in rows
    ]


def group_by_code(session: Session, code: str) -> Group:
    for group in groups(session):
        if group.code == code:
            return group
    raise UsageError(f"no watch group {code!r}", code=Reason.NOT_FOUND)


def members_among(
    session: Session, group: Group, candidates: Collection[uuid.UUID], today: date
) -> set[uuid.UUID]:
    """Which of `candidates` are in the group now."""
    out: set[uuid.UUID] = set()
    wanted = list(candidates)
    if group.rule is not None:
        condition = compile_rule(
            parse_rule(group.rule), Context(today, session.get_bind().dialect.name)
        )
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        if group.rule is None:
            stmt = select(watch_member.c.customer_id).where(
                watch_member.c.group_id == group.id, watch_member.c.customer_id.in_(chunk)
            )
        else:
            stmt = select(Customer.id).where(
                Customer.id.in_(chunk), Customer.deleted.is_(False), condition
            )
        out.update(session.scalars(stmt))
    return out


def _money(units: Any) -> str:
    return f"{units:,.2f}" if units is not None else "?"


def _raw(
    session: Session,
    after: int,
    since: datetime | None,
    *,
    upto: int | None = None,
) -> list[tuple[Any, ...]]:
    """(seq, at, customer id, kind, detail) of every watched kind of change in the window
    (up to version `upto`, when given)."""
    log = change_log.c
    window = [log.seq > after]
    if since is not None:
        window.append(log.committed_at >= since)
    if upto is not None:
        window.append(log.seq <= upto)

    def logged(table: Any, name: str) -> Any:
        return and_(log.row_id == table.id, log.table_name == name, *window)

    out: list[tuple[Any, ...]] = []
    c = Customer
    for seq, at, cid in session.execute(
        select(log.seq, log.committed_at, c.id)
        .join(change_log, logged(c, c.__tablename__))
        .where(log.op == "insert")
    ):
        out.append((seq, at, cid, "new customer", ""))
    h = AccountHolder
    for seq, at, cid, number, currency in session.execute(
        select(log.seq, log.committed_at, h.customer_id, Account.account_number, Account.currency)
        .join(change_log, logged(h, h.__tablename__))
        .join(Account, Account.id == h.account_id)
        .where(log.op == "insert")
    ):
        out.append((seq, at, cid, "new account", f"{number} ({currency})"))
    for seq, at, before, cid, number, currency, balance in session.execute(
        select(
            log.seq,
            log.committed_at,
            log.before,
            h.customer_id,
            Account.account_number,
            Account.currency,
            Account.balance,
        )
        .join(change_log, logged(Account, Account.__tablename__))
        .join(h, and_(h.account_id == Account.id, h.deleted.is_(False)))
        .where(log.op == "update")
    ):
        if "balance" not in (before or {}):
            continue
        old = before["balance"]
        was = _money(_units(old))
        out.append((seq, at, cid, "balance", f"{number}: {currency} {was} -> {_money(balance)}"))
    i = Interaction
    for seq, at, cid, kind, subject in session.execute(
        select(log.seq, log.committed_at, i.customer_id, i.kind, i.subject)
        .join(change_log, logged(i, i.__tablename__))
        .where(log.op == "insert")
    ):
        out.append((seq, at, cid, "interaction", f"{kind.value}: {subject}"))
    m = SegmentMembershipHistory
    new, old = aliased(Segment), aliased(Segment)
    for seq, at, cid, to, was in session.execute(
        select(log.seq, log.committed_at, m.customer_id, new.code, old.code)
        .join(change_log, logged(m, m.__tablename__))
        .outerjoin(new, new.id == m.segment_id)
        .outerjoin(old, old.id == m.previous_segment_id)
    ):
        out.append((seq, at, cid, "segment", f"{was or '(none)'} -> {to or '(none)'}"))
    return out


def _units(value: Any) -> Any:
    """A balance as the feed's `before` keeps it (a string or number of CNY)."""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def changes(
    session: Session,
    code: str,
    now: datetime,
    *,
    since: date | None = None,
    branch: str | None = None,
    rm: str | None = None,
) -> list[Change]:
    """The members' changes (see the module docstring), oldest first. Without `since` it
    reads from the last look of `branch` and records a new look: call it in a writing
    transaction then."""
    group = group_by_code(session, code)
    key = branch or ""
    after = 0
    when: datetime | None = None
    if since is not None:
        when = datetime.combine(since, time(0), tzinfo=now.tzinfo)
    else:
        looked = session.scalar(
            select(watch_look.c.seq).where(
                watch_look.c.group_id == group.id, watch_look.c.branch == key
            )
        )
        after = int(looked) if looked is not None else int(_created_seq(session, group.id))
    newest = latest_version(session)
    raw = _raw(session, after, when)
    candidates = {r[2] for r in raw}
    people = _people(session, candidates)
    if branch is not None:
        candidates = {c for c in candidates if people.get(c, ("", "", "", None))[2] == branch}
    if rm is not None:
        candidates = {c for c in candidates if people.get(c, ("", "", "", None))[3] == rm}
    inside = members_among(session, group, candidates, now.date())
    out = [
        Change(seq, at, *people[cid][:3], people[cid][3], kind, detail)
        for seq, at, cid, kind, detail in raw
        if cid in inside
    ]
    if since is None:
        session.execute(
            delete(watch_look).where(watch_look.c.group_id == group.id, watch_look.c.branch == key)
        )
        session.execute(
            insert(watch_look).values(group_id=group.id, branch=key, seq=newest, looked_at=now)
        )
    return sorted(out, key=lambda c: (c.seq, c.kind))


def _created_seq(session: Session, group_id: uuid.UUID) -> int:
    return int(
        session.scalar(select(watch_group.c.created_seq).where(watch_group.c.id == group_id)) or 0
    )


def _people(
    session: Session, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str, str, str | None, uuid.UUID]]:
    """Per customer: number, name, branch code, RM username, branch id."""
    wanted = list(ids)
    out: dict[uuid.UUID, tuple[str, str, str, str | None, uuid.UUID]] = {}
    for start in range(0, len(wanted), BATCH):
        rows = session.execute(
            select(
                Customer.id,
                Customer.customer_number,
                Customer.legal_name,
                Branch.code,
                User.username,
                Customer.home_branch_id,
            )
            .join(Branch, Branch.id == Customer.home_branch_id)
            .outerjoin(User, User.id == Customer.owning_rm_id)
            .where(Customer.id.in_(wanted[start : start + BATCH]))
        )
        out.update({cid: (n, name, b, u, bid) for cid, n, name, b, u, bid in rows})
    return out


def seen_versions(
    session: Session, user_id: uuid.UUID, among: Sequence[Group]
) -> dict[uuid.UUID, int]:
    """The feed version up to which the user has seen each group's changes (a group they
    never looked at: the version it was added at)."""
    seen: dict[uuid.UUID, int] = {
        gid: int(seq)
        for gid, seq in session.execute(
            select(watch_seen.c.group_id, watch_seen.c.seq).where(watch_seen.c.user_id == user_id)
        )
    }
    created: dict[uuid.UUID, int] = {
        gid: int(seq)
        for gid, seq in session.execute(select(watch_group.c.id, watch_group.c.created_seq))
    }
    return {g.id: seen.get(g.id, created.get(g.id, 0)) for g in among}


def unseen(
    session: Session,
    after: Mapping[Group, int],
    today: date,
    *,
    upto: int,
    branch_id: uuid.UUID | None = None,
) -> list[tuple[Group, Change]]:
    """Each group's members' changes after its version in `after` up to version `upto`
    (only of the customers of `branch_id`, when given), oldest first. One pass over the
    feed for all the groups."""
    if not after:
        return []
    raw = _raw(session, min(after.values()), None, upto=upto)
    people = _people(session, {r[2] for r in raw})
    if branch_id is not None:  # in Python: a filter in the joins misleads the planners
        raw = [r for r in raw if r[2] in people and people[r[2]][4] == branch_id]
    out: list[tuple[Group, Change]] = []
    for group, seq_seen in after.items():
        newer = [r for r in raw if r[0] > seq_seen and r[2] in people]
        inside = members_among(session, group, {r[2] for r in newer}, today)
        out.extend(
            (group, Change(seq, at, *people[cid][:3], people[cid][3], kind, detail))
            for seq, at, cid, kind, detail in newer
            if cid in inside
        )
    return sorted(out, key=lambda gc: (gc[1].seq, gc[0].code, gc[1].kind))


def mark_seen(
    session: Session, user_id: uuid.UUID, among: Sequence[Group], seq: int, now: datetime
) -> int:
    """The user has seen the groups' changes up to feed version `seq` (at most the newest;
    a version they had seen past already stays). Returns the groups moved forward."""
    seq = min(seq, latest_version(session))
    before = seen_versions(session, user_id, among)
    moved = [g.id for g in among if before[g.id] < seq]
    if moved:
        session.execute(
            delete(watch_seen).where(
                watch_seen.c.user_id == user_id, watch_seen.c.group_id.in_(moved)
            )
        )
        session.execute(
            insert(watch_seen),
            [{"group_id": g, "user_id": user_id, "seq": seq, "seen_at": now} for g in moved],
        )
    return len(moved)
