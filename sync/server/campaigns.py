"""Head office's campaigns and the offers they make, per customer.

A campaign (`campaign`, replicated: code, name, product, dates) has a rule
(`sync.server.rules`), a priority (lower first) and a reason template (`server_campaign_rule`,
`sync.server.steer_tables`). `evaluate` computes, for the campaigns running on the day, the
offers of every customer:
- eligible: the rule matches, and the customer does not already hold the campaign's product
  (open account, primary or joint holder), has consented to marketing (`consent("marketing")`),
  is not closed (lifecycle), has not declined an offer of that product in the last
  `DECLINE_DAYS` days and has not accepted this campaign's offer already;
- at most `MAX_OFFERS` per customer, by priority, then score, then campaign code; the score
  (1-99) is a plain wealth propensity: 10 plus one per CNY 20,000 of `total_balance`;
- the reason is the template filled in the customer's terms (`PLACEHOLDERS`; amounts as
  "CNY 820,000").
An offer the customer should have and has not gets a new row (status suggested), or the old
row of the same campaign back (it had expired or been declined long ago); one still open
(suggested or presented) that the customer should not have any more expires. Every change
goes through `sync.server.feed.record`: offers replicate to the workstations like any row.
Offers without a campaign (the demo generator's) are left as they are and do not count.

The customer's answer is recorded offline (`guitai offer respond`, the 360) and pushed; when
a push sets an offer to accepted, `referrals_for_accepted` (called by `sync.server.push`)
adds a referral of the product to the customer's RM (the user who recorded it when the
customer has no RM), in the same transaction: one place, on the server, whichever
workstation or channel recorded the answer.
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final, cast

from sqlalchemy import (
    BigInteger,
    LargeBinary,
    Table,
    and_,
    bindparam,
    case,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import (
    AccountStatus,
    ConsentPurpose,
    Lifecycle,
    OfferStatus,
    ProductFamily,
    ReferralStage,
)
from client.schema.models import (
    Account,
    Branch,
    Campaign,
    Consent,
    Customer,
    Offer,
    Product,
    Referral,
)
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
from sync.server.rules.money import RATE_SCALE, RATES_TO_CNY
from sync.server.rules.parse import MARKETING, parse_rule
from sync.server.rules.planner import prepare_postgres
from sync.server.steer_tables import campaign_rule
from sync.server.tables import change_log

MAX_OFFERS: Final = 3
DECLINE_DAYS: Final = 90
OPEN_OFFER: Final = (OfferStatus.SUGGESTED, OfferStatus.PRESENTED, OfferStatus.LATER)
SHOWN: Final = (
    OfferStatus.PRESENTED,
    OfferStatus.LATER,
    OfferStatus.ACCEPTED,
    OfferStatus.DECLINED,
)
"""Statuses of an offer that was put to the customer ("later": presented, shown again)."""
PLACEHOLDERS: Final = {
    "customer_name": "the customer's legal name",
    "product_name": "the campaign's product",
    "product_code": "the product's code",
    "campaign_name": "the campaign's name",
    "total_balance": "balances of open non-lending accounts, in CNY",
    "deposits": "balances of open deposit accounts, in CNY",
    "account_count": "open accounts",
}
"""What a reason template may name, in braces."""
TABLE: Final = Offer.__tablename__
BATCH: Final = 5_000
PAGE: Final = 10_000
"""Rows fetched from the driver at a time."""


def cny(units: int) -> str:
    """1/10,000 CNY as "CNY 820,000" (whole yuan, half up)."""
    return f"CNY {(units + 5_000) // 10_000:,}"


def placeholders_of(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise UsageError(f"reason: {exc}", field="reason") from None


# --- adding and listing ---------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignInfo:
    campaign: Campaign
    product_code: str
    product_name: str
    rule: str | None
    priority: int | None
    reason: str | None

    def running(self, day: date) -> bool:
        return self.rule is not None and self.campaign.starts_on <= day <= self.campaign.ends_on


def add_campaign(
    session: Session,
    code: str,
    *,
    name: str,
    product: str,
    rule: str,
    priority: int,
    starts_on: date,
    ends_on: date,
    reason: str,
    now: datetime,
) -> Campaign:
    """A new campaign; refuses a taken code, an unknown product, a rule that does not parse
    (`RuleError` names where), a reason naming an unknown placeholder, dates the wrong way."""
    values = clean_row(Campaign.__table__, {"code": code, "name": name or code})
    if not values["code"]:
        raise UsageError("a campaign needs a code", code=Reason.REQUIRED, field="code")
    parse_rule(rule)
    unknown = placeholders_of(reason) - set(PLACEHOLDERS)
    if unknown:
        raise UsageError(
            f"reason: unknown placeholder(s) {', '.join('{' + u + '}' for u in sorted(unknown))};"
            f" known: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}",
            field="reason",
        )
    if ends_on < starts_on:
        raise UsageError("--to is before --from", field="to")
    product_id = session.scalar(
        select(Product.id).where(Product.code == product, Product.deleted.is_(False))
    )
    if product_id is None:
        raise UsageError(f"no product {product!r}", code=Reason.NOT_FOUND, field="product")
    if session.scalar(select(Campaign.id).where(Campaign.code == values["code"])):
        raise UsageError(f"the campaign code {values['code']!r} is taken")
    campaign = Campaign(
        id=uuid.uuid4(),
        version=0,
        deleted=False,
        product_id=product_id,
        segment_id=None,
        starts_on=starts_on,
        ends_on=ends_on,
        **values,
    )
    session.add(campaign)
    session.flush()
    session.execute(
        insert(campaign_rule).values(
            campaign_id=campaign.id, rule=rule, priority=priority, reason=reason, changed_at=now
        )
    )
    record(session, [PendingChange(campaign, Campaign.__tablename__, "insert")], None, now)
    return campaign


def campaign_infos(session: Session) -> list[CampaignInfo]:
    """Every campaign with its product, rule, priority and reason, by priority then code."""
    rows = session.execute(
        select(
            Campaign,
            Product.code,
            Product.name,
            campaign_rule.c.rule,
            campaign_rule.c.priority,
            campaign_rule.c.reason,
        )
        .join(Product, Product.id == Campaign.product_id)
        .outerjoin(campaign_rule, campaign_rule.c.campaign_id == Campaign.id)
        .where(Campaign.deleted.is_(False))
    ).all()
    infos = [CampaignInfo(*row) for row in rows]
    return sorted(infos, key=lambda i: (i.priority is None, i.priority or 0, i.campaign.code))


def campaign_by_code(session: Session, code: str) -> CampaignInfo:
    for info in campaign_infos(session):
        if info.campaign.code == code:
            return info
    raise UsageError(f"no campaign {code!r}", code=Reason.NOT_FOUND)


# --- evaluating -----------------------------------------------------------------------------


@dataclass
class CampaignEvaluation:
    eligible: dict[str, int] = field(default_factory=dict)
    """Customers each running campaign's rule and exclusions leave (before the cap)."""
    offered: dict[str, int] = field(default_factory=dict)
    """Customers with the campaign among their offers after the cap."""
    created: int = 0
    renewed: int = 0
    """Open offers whose reason or score changed, and old rows offered again."""
    expired: int = 0


@dataclass
class _Excluded:
    """The offers' answers that exclude a customer, read once per evaluation as id sets
    (few rows). Consent and holdings are tested in the offer query itself."""

    declined: set[tuple[uuid.UUID, uuid.UUID]]
    """(customer, product) declined in the last `DECLINE_DAYS` days"""
    accepted: set[tuple[uuid.UUID, uuid.UUID]]
    """(customer, campaign) accepted"""

    def allows(self, cid: uuid.UUID, info: CampaignInfo) -> bool:
        return (cid, info.campaign.product_id) not in self.declined and (
            cid,
            info.campaign.id,
        ) not in self.accepted


def _consenting() -> Any:
    """The customer (of the outer query) has consented to marketing."""
    c = Consent
    return exists().where(
        c.customer_id == Customer.id,
        c.purpose.in_([p for p in ConsentPurpose if p.value.startswith(MARKETING)]),
        c.granted.is_(True),
        c.deleted.is_(False),
    )


def _excluded(session: Session, running: Sequence[CampaignInfo], now: datetime) -> _Excluded:
    products = list({i.campaign.product_id for i in running})
    declined = {
        (cid, product)
        for cid, product in session.execute(
            select(Offer.customer_id, Offer.product_id).where(
                Offer.product_id.in_(products),
                Offer.status == OfferStatus.DECLINED,
                Offer.updated_at >= now - timedelta(days=DECLINE_DAYS),
                Offer.deleted.is_(False),
            )
        )
    }
    accepted: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for cid, campaign in session.execute(
        select(Offer.customer_id, Offer.campaign_id).where(
            Offer.campaign_id.in_([i.campaign.id for i in running]),
            Offer.status == OfferStatus.ACCEPTED,
            Offer.deleted.is_(False),
        )
    ):
        if campaign is not None:
            accepted.add((cid, campaign))
    return _Excluded(declined, accepted)


def _holding_columns(products: Sequence[uuid.UUID]) -> list[Any]:
    """`deposits` (the open deposit accounts' balances in 1/10,000 CNY) and `held_<n>` (1:
    holds `products[n]`, an open account as primary or joint holder): aggregates for the
    rules' pass over the bank's holdings (`bank_facts`)."""
    rate = case(
        {c: int(r * RATE_SCALE) for c, r in RATES_TO_CNY.items()},
        value=Account.currency,
        else_=None,
    )
    units = type_coerce(Account.balance, BigInteger) * rate / literal(RATE_SCALE, BigInteger)
    is_open = Account.status != AccountStatus.CLOSED
    deposit = and_(is_open, Product.family == ProductFamily.DEPOSIT)
    return [
        func.sum(case((deposit, units), else_=None)).label("deposits"),
        *(
            func.max(case((and_(is_open, Account.product_id == product), 1), else_=0)).label(
                f"held_{n}"
            )
            for n, product in enumerate(products)
        ),
    ]


@dataclass
class _Facts:
    name: str = ""
    total: int = 0
    deposits: int = 0
    accounts: int = 0


def score_of(total_units: int) -> int:
    return max(1, min(99, 10 + total_units // 200_000_000))


REASON_LENGTH: Final = getattr(Offer.__table__.c.reason.type, "length", None) or 300


def _campaign_values(info: CampaignInfo) -> dict[str, str]:
    return {
        "product_name": info.product_name,
        "product_code": info.product_code,
        "campaign_name": info.campaign.name,
    }


def _customer_values(facts: _Facts) -> dict[str, str]:
    return {
        "customer_name": facts.name,
        "total_balance": cny(facts.total),
        "deposits": cny(facts.deposits),
        "account_count": str(facts.accounts),
    }


def reason_of(template: str, info: CampaignInfo, facts: _Facts) -> str:
    values = {**_campaign_values(info), **_customer_values(facts)}
    return template.format_map(values)[:REASON_LENGTH]


Wanted = dict[tuple[uuid.UUID, uuid.UUID], tuple[CampaignInfo, int, str]]
"""(customer, campaign) -> (campaign, score, reason) of every offer there should be."""


def evaluate(session: Session, now: datetime, *, today: date | None = None) -> CampaignEvaluation:
    """Computes the offers of the campaigns running on `today` (default: `now`'s day) for the
    whole bank and writes what changed (see the module docstring). Call it in a writing
    transaction.

    One query over the bank decides every campaign's rule for every customer (a column
    each, with the consent and "holds the product" exclusions; customers fitting none are
    not returned) and brings the figures the reasons name; declined and accepted offers
    are id sets read once (`_excluded`). On PostgreSQL the offers there should be are
    compared with those there are inside the database (`_write_postgres`); elsewhere the
    changes are written in batches."""
    day = today or now.date()
    result = CampaignEvaluation()
    running = [i for i in campaign_infos(session) if i.running(day)]
    wanted = _wanted(session, running, now, day, result) if running else {}
    _write(session, running, wanted, result, now)
    return result


def _offer_query(session: Session, running: Sequence[CampaignInfo], day: date) -> Any:
    """Per customer not closed who consented to marketing and fits a campaign: id, name,
    total balance, open accounts, deposits and a 1/0 column per campaign (its rule, and
    the customer does not hold its product). Each column is computed once per customer
    (the inner query is kept whole, OFFSET 0: a `WHERE` naming them again would compute
    them twice); rows of zeros are skipped."""
    nodes = [parse_rule(i.rule or "") for i in running]
    fields: set[str] = {"total_balance"}
    for node in nodes:
        fields |= fields_used(node)
    if fields & PROFIT_FIELDS:
        profit.refresh(session, day)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        prepare_postgres(session, whole_bank=True)
    products = list(dict.fromkeys(i.campaign.product_id for i in running))
    facts = bank_facts(
        day, set().union(*(externals_used(n) for n in nodes)), _holding_columns(products)
    )
    context = Context(day, dialect, facts)
    held = facts.holdings
    fits = [
        and_(
            compile_rule(n, context),
            func.coalesce(held.c[f"held_{products.index(i.campaign.product_id)}"], 0) == 0,
        )
        for n, i in zip(nodes, running, strict=True)
    ]
    source = join_facts(facts, fields)
    inner = (
        select(
            Customer.id.label("id"),
            Customer.legal_name.label("name"),
            func.coalesce(facts.holdings.c.total_balance, 0).label("total"),
            func.coalesce(facts.holdings.c.account_count, 0).label("accounts"),
            func.coalesce(held.c.deposits, 0).label("deposits"),
            *(case((f, 1), else_=0).label(f"fits_{n}") for n, f in enumerate(fits)),
        )
        .select_from(source)
        .where(
            Customer.deleted.is_(False),
            Customer.lifecycle != Lifecycle.CLOSED,
            _consenting(),
        )
        .offset(0)
        .subquery("offer_facts")
    )
    flags = [inner.c[f"fits_{n}"] for n in range(len(fits))]
    return select(*inner.c).where(or_(*(f == 1 for f in flags)))


def _wanted(
    session: Session,
    running: Sequence[CampaignInfo],
    now: datetime,
    day: date,
    result: CampaignEvaluation,
) -> Wanted:
    stmt = _offer_query(session, running, day)
    excluded = _excluded(session, running, now)
    check = bool(excluded.declined or excluded.accepted)
    wanted: Wanted = {}
    # a customer's offers all have the same score, so their rank is the campaigns' own:
    # priority, then code (the order of `running`, `campaign_infos`)
    order = sorted(
        range(len(running)),
        key=lambda n: (running[n].priority or 0, running[n].campaign.code),
    )
    plans = [
        (
            n,
            running[n],
            running[n].campaign.id,
            running[n].reason or "",
            _campaign_values(running[n]),
        )
        for n in order
    ]
    eligible = [0] * len(running)
    offered = [0] * len(running)
    for row in (r for part in session.connection().execute(stmt).partitions(PAGE) for r in part):
        cid, name, total, accounts, deposit = row[:5]
        flags = row[5:]
        chosen = [
            plan
            for plan in plans
            if flags[plan[0]] and (not check or excluded.allows(cid, plan[1]))
        ]
        if not chosen:
            continue
        f = _Facts(name, int(total), int(deposit), int(accounts))
        score = score_of(f.total)
        for plan in chosen:
            eligible[plan[0]] += 1
        values = _customer_values(f)
        for n, info, campaign_id, template, fixed in chosen[:MAX_OFFERS]:
            reason = template.format_map({**fixed, **values})[:REASON_LENGTH]
            wanted[(cid, campaign_id)] = (info, score, reason)
            offered[n] += 1
    for n, info in enumerate(running):
        result.eligible[info.campaign.code] = eligible[n]
        if offered[n]:
            result.offered[info.campaign.code] = offered[n]
    return wanted


OFFER_FIELDS: Final = ("reason", "score", "status", "expires_on")


def _write(
    session: Session,
    running: Sequence[CampaignInfo],
    wanted: Wanted,
    result: CampaignEvaluation,
    now: datetime,
) -> None:
    """Inserts, renews and expires offers with their feed entries, in batches."""
    o = Offer.__table__.c
    ids = [i.campaign.id for i in running]
    if session.get_bind().dialect.name == "postgresql":
        _write_postgres(session, ids, wanted, result, now)
        return
    # the ids as the database stores them (16 bytes: `GUID`), made UUIDs only when needed
    have: dict[tuple[bytes, bytes], tuple[Any, ...]] = {}
    raw = [type_coerce(c, LargeBinary) for c in (o.id, o.customer_id, o.campaign_id)]
    for start in range(0, len(ids), BATCH):
        rows = session.connection().execute(
            select(*raw, o.reason, o.score, o.status, o.expires_on)
            .where(o.campaign_id.in_(ids[start : start + BATCH]), o.deleted.is_(False))
            .order_by(o.updated_at)
        )
        for part in rows.partitions(PAGE):
            for row in part:
                have[(row[1], row[2])] = tuple(row)  # the newest row of a pair wins
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = []
    for key, (info, score, reason) in wanted.items():
        campaign = info.campaign
        old = have.pop((key[0].bytes, key[1].bytes), None)
        if old is None:
            inserts.append(
                {
                    "id": uuid.uuid4(),
                    "deleted": False,
                    "customer_id": key[0],
                    "product_id": campaign.product_id,
                    "campaign_id": campaign.id,
                    "reason": reason,
                    "score": score,
                    "status": OfferStatus.SUGGESTED,
                    "expires_on": campaign.ends_on,
                }
            )
            continue
        if old[5] in OPEN_OFFER and (old[3], old[4], old[6]) == (reason, score, campaign.ends_on):
            continue  # as it should be
        status = old[5] if old[5] in OPEN_OFFER else OfferStatus.SUGGESTED
        new = dict(zip(OFFER_FIELDS, (reason, score, status, campaign.ends_on), strict=True))
        before = _before(old, new)
        if before:
            updates.append((uuid.UUID(bytes=old[0]), new, before))
    result.created = len(inserts)
    result.renewed = len(updates)
    for old in have.values():  # the pairs not wanted any more
        if old[5] in OPEN_OFFER:
            new = dict(zip(OFFER_FIELDS, (*old[3:5], OfferStatus.EXPIRED, old[6]), strict=True))
            updates.append((uuid.UUID(bytes=old[0]), new, _before(old, new)))
            result.expired += 1
    count = len(inserts) + len(updates)
    if not count:
        return
    seq = take_versions(session, count)
    log: list[dict[str, Any]] = []
    for fresh in inserts:
        fresh.update(version=seq, updated_at=now)
        log.append(_entry(seq, fresh["id"], "insert", {}, now))
        seq += 1
    changed: list[dict[str, Any]] = []
    for offer_id, new, before in updates:
        values = {"new_version": seq, "new_updated_at": now}
        changed.append({"offer_id": offer_id, **values, **{f"new_{k}": v for k, v in new.items()}})
        log.append(_entry(seq, offer_id, "update", before, now))
        seq += 1
    table = cast(Table, Offer.__table__)
    renew = (
        update(table)
        .where(o.id == bindparam("offer_id"))
        .values(
            version=bindparam("new_version"),
            updated_at=bindparam("new_updated_at"),
            **{f: bindparam(f"new_{f}") for f in OFFER_FIELDS},
        )
    )
    for start in range(0, len(log), BATCH):
        if start < len(inserts):
            session.execute(insert(table), inserts[start : start + BATCH])
        if start < len(changed):
            session.execute(renew, changed[start : start + BATCH])
        session.execute(insert(change_log), log[start : start + BATCH])


COPY_ESCAPES: Final = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
"""A text value as COPY's text format writes it (backslash, tab, newline, return)."""


def _write_postgres(
    session: Session,
    ids: Sequence[uuid.UUID],
    wanted: Wanted,
    result: CampaignEvaluation,
    now: datetime,
) -> None:
    """PostgreSQL: `_write` with the comparison in the database. The offers there should
    be go up by COPY into a temporary table; the database returns only the offers to
    renew or expire (none when nothing changed: a bank's offers are not read back), and
    inserts the new ones itself (versions numbered there, as `_write` numbers them: the
    new ones first)."""
    wanted_table = f"offer_wanted_{uuid.uuid4().hex[:8]}"
    fresh = f"offer_new_{uuid.uuid4().hex[:8]}"
    driver = session.connection().connection.driver_connection
    # table and column names made here or from the models, every value a parameter or COPY
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(
            f'CREATE TEMPORARY TABLE "{wanted_table}" (customer_id uuid, campaign_id uuid, '
            "product_id uuid, reason text, score integer, expires_on date) ON COMMIT DROP"
        )
        with cursor.copy(
            f'COPY "{wanted_table}" (customer_id, campaign_id, product_id, reason, score, '
            "expires_on) FROM STDIN"
        ) as copy:
            # COPY's text format, written out here (a million rows: psycopg's write_row per
            # row costs seconds): each campaign's fixed columns once, the reason escaped
            tails: dict[uuid.UUID, tuple[str, str]] = {}
            lines: list[str] = []
            for (cid, campaign_id), (info, score, reason) in wanted.items():
                tail = tails.get(campaign_id)
                if tail is None:
                    campaign = info.campaign
                    tail = tails[campaign_id] = (
                        f"\t{campaign_id}\t{campaign.product_id}\t",
                        f"\t{campaign.ends_on.isoformat()}\n",
                    )
                lines.append(f"{cid}{tail[0]}{reason.translate(COPY_ESCAPES)}\t{score}{tail[1]}")
                if len(lines) >= PAGE:
                    copy.write("".join(lines))
                    lines.clear()
            copy.write("".join(lines))
        cursor.execute(f'ANALYZE "{wanted_table}"')
        open_statuses = [s.value for s in OPEN_OFFER]
        # the newest row of each pair, as `_write` reads them
        cursor.execute(
            "SELECT h.id, h.customer_id, h.campaign_id, h.reason, h.score, h.status, "  # noqa: S608
            "h.expires_on, w.reason, w.score, w.expires_on, w.customer_id IS NOT NULL "
            "FROM (SELECT DISTINCT ON (customer_id, campaign_id) id, customer_id, campaign_id, "
            f'reason, score, status, expires_on FROM "{TABLE}" '
            "WHERE campaign_id = ANY(%(ids)s) AND deleted IS false "
            "ORDER BY customer_id, campaign_id, updated_at DESC) AS h "
            f'LEFT JOIN "{wanted_table}" AS w '
            "ON w.customer_id = h.customer_id AND w.campaign_id = h.campaign_id "
            "WHERE CASE WHEN w.customer_id IS NULL THEN h.status = ANY(%(open)s) "
            "ELSE NOT (h.status = ANY(%(open)s) AND h.reason = w.reason AND h.score = w.score "
            "AND h.expires_on = w.expires_on) END",
            {"ids": list(ids), "open": open_statuses},
        )
        differing = cursor.fetchall()
        cursor.execute(
            f'CREATE TEMPORARY TABLE "{fresh}" ON COMMIT DROP AS '  # noqa: S608
            "SELECT row_number() OVER () AS n, w.* "
            f'FROM "{wanted_table}" AS w WHERE NOT EXISTS (SELECT FROM "{TABLE}" AS o '
            "WHERE o.customer_id = w.customer_id AND o.campaign_id = w.campaign_id "
            "AND o.campaign_id = ANY(%(ids)s) AND o.deleted IS false)",
            {"ids": list(ids)},
        )
        created = cursor.rowcount
    updates: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = []
    for row in differing:
        old = (row[0], row[1], row[2], row[3], row[4], OfferStatus(row[5]), row[6])
        if row[10]:
            status = old[5] if old[5] in OPEN_OFFER else OfferStatus.SUGGESTED
            new = dict(zip(OFFER_FIELDS, (row[7], row[8], status, row[9]), strict=True))
        else:
            new = dict(zip(OFFER_FIELDS, (*old[3:5], OfferStatus.EXPIRED, old[6]), strict=True))
            result.expired += 1
        updates.append((old[0], new, _before(old, new)))
    result.created = created
    result.renewed = len(updates) - result.expired
    if not created and not updates:
        return
    first = take_versions(session, created + len(updates))
    new_id = version_id_sql("%(prefix)s", "%(first)s + n - 1")  # ends with its version
    numbered = {"first": first, "now": now, "prefix": version_id_prefix(now)}
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(
            f'INSERT INTO "{TABLE}" (id, version, updated_at, deleted, customer_id, '  # noqa: S608
            "product_id, campaign_id, reason, score, status, expires_on) "
            f"SELECT {new_id}, %(first)s + n - 1, %(now)s, false, customer_id, product_id, "
            f'campaign_id, reason, score, %(status)s, expires_on FROM "{fresh}" ORDER BY n',
            {**numbered, "status": OfferStatus.SUGGESTED.value},
        )
        cursor.execute(
            f'INSERT INTO "{change_log.name}" (seq, table_name, row_id, op, before, '  # noqa: S608
            f"device_id, committed_at) SELECT %(first)s + n - 1, %(table)s, {new_id}, "
            f"'insert', '{{}}'::json, NULL::uuid, %(now)s FROM \"{fresh}\" ORDER BY n",
            {**numbered, "table": TABLE},
        )
    seq = first + created
    o = Offer.__table__.c
    renew = (
        update(cast(Table, Offer.__table__))
        .where(o.id == bindparam("offer_id"))
        .values(
            version=bindparam("new_version"),
            updated_at=bindparam("new_updated_at"),
            **{f: bindparam(f"new_{f}") for f in OFFER_FIELDS},
        )
    )
    changed: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    for offer_id, new, before in updates:
        values = {"new_version": seq, "new_updated_at": now}
        changed.append({"offer_id": offer_id, **values, **{f"new_{k}": v for k, v in new.items()}})
        log.append(_entry(seq, offer_id, "update", before, now))
        seq += 1
    for start in range(0, len(changed), BATCH):
        session.execute(renew, changed[start : start + BATCH])
        session.execute(insert(change_log), log[start : start + BATCH])
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": NOTIFY_CHANNEL, "payload": str(seq - 1)},
    )


def _entry(seq: int, row_id: uuid.UUID, op: str, before: dict[str, Any], now: datetime) -> Any:
    return {
        "seq": seq,
        "table_name": TABLE,
        "row_id": row_id,
        "op": op,
        "before": before,
        "device_id": None,
        "committed_at": now,
    }


def _before(old: tuple[Any, ...], new: dict[str, Any]) -> dict[str, Any]:
    """The JSON values before of the fields `new` changes (old: id, customer, campaign,
    reason, score, status, expires_on)."""
    was = dict(zip(OFFER_FIELDS, (old[3], old[4], old[5], old[6]), strict=True))
    out: dict[str, Any] = {}
    for name, value in new.items():
        if was[name] != value:
            old_value = was[name]
            out[name] = (
                old_value.isoformat()
                if isinstance(old_value, date)
                else getattr(old_value, "value", old_value)
            )
    return out


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BranchResult:
    branch: str
    eligible: int
    """Customers of the branch with an offer of the campaign (any status)."""
    presented: int
    """Offers put to the customer: presented, accepted or declined."""
    accepted: int

    @property
    def conversion(self) -> float | None:
        return None if not self.presented else self.accepted / self.presented


def results(session: Session, code: str) -> list[BranchResult]:
    """A campaign's offers per home branch of the customer."""
    info = campaign_by_code(session, code)
    shown = func.sum(case((Offer.status.in_(SHOWN), 1), else_=0))
    taken = func.sum(case((Offer.status == OfferStatus.ACCEPTED, 1), else_=0))
    rows = session.execute(
        select(Branch.code, func.count(func.distinct(Offer.customer_id)), shown, taken)
        .join(Customer, Customer.id == Offer.customer_id)
        .join(Branch, Branch.id == Customer.home_branch_id)
        .where(Offer.campaign_id == info.campaign.id, Offer.deleted.is_(False))
        .group_by(Branch.code)
        .order_by(Branch.code)
    )
    return [BranchResult(b, int(e), int(p or 0), int(a or 0)) for b, e, p, a in rows]


# --- an accepted offer: a referral to the RM -------------------------------------------------


def referrals_for_accepted(
    session: Session, pending: Sequence[PendingChange], user_id: uuid.UUID, now: datetime
) -> list[PendingChange]:
    """For each offer a push has just set to accepted (inserted so, or updated from another
    status), a new referral of its product to the customer's RM; their feed changes."""
    out: list[PendingChange] = []
    for change in pending:
        offer = change.obj
        if change.table != TABLE or offer.status != OfferStatus.ACCEPTED:
            continue
        if change.op == "update" and "status" not in change.before:
            continue
        if change.op not in ("insert", "update"):
            continue
        rm = session.scalar(select(Customer.owning_rm_id).where(Customer.id == offer.customer_id))
        campaign = session.get(Campaign, offer.campaign_id) if offer.campaign_id else None
        note = f"accepted offer of campaign {campaign.code}" if campaign else "accepted offer"
        referral = Referral(
            id=uuid.uuid4(),
            version=0,
            deleted=False,
            customer_id=offer.customer_id,
            product_id=offer.product_id,
            referred_by_id=user_id,
            assigned_to_id=rm or user_id,
            stage=ReferralStage.NEW,
            expected_value=Decimal(0),
            notes=note,
            created_at=now,
            closed_at=None,
        )
        session.add(referral)
        out.append(PendingChange(referral, Referral.__tablename__, "insert"))
    return out
