"""The accounts' quarter-end balances and 12-month nets, where SQL can sum them.

`account_history.months` packs an account's months in one binary column, which no SQL
reads. Before a report, `refresh` reads the histories that changed since it last read them
(a newer version than `server_evaluation_history_seen` holds, or none yet) and writes one
row per account and quarter into `server_evaluation_account_quarter`, in 1/10,000 CNY at
the rules' rates (`sync.server.rules.money`; an account in a currency without a rate gets
no rows):
- `end_balance`: the month-end balance of the quarter's latest month in the history
  (0 when the history has no month in that quarter);
- `net_12m`: revenue less cost of the months from 11 months before the quarter's last
  month up to it.
The report then sums those columns per branch with one grouped query. A history that did
not change costs nothing the next time; the first report after a bank's first load reads
every history once.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Final

from sqlalchemy import (
    LargeBinary,
    Table,
    and_,
    delete,
    insert,
    or_,
    select,
    text,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from client.schema.history import FORMAT_VERSION, RECORD
from client.schema.models import Account, AccountHistory
from sync.server.rules.money import RATE_SCALE, rate_units
from sync.server.tables import evaluation_account_quarter, evaluation_history_seen

PAGE: Final = 5_000
ANALYZE_AFTER: Final = 10_000
"""After reading this many histories, `refresh` has PostgreSQL analyze the tables it wrote."""


def _key(index: int) -> int:
    """The quarter key (YYYYQ) of a quarter counted from year 0 (year * 4 + quarter - 1)."""
    return (index // 4) * 10 + index % 4 + 1


def quarter_rows(data: bytes | None) -> dict[int, tuple[int, int]]:
    """Per quarter key (YYYYQ): (end balance, 12-month net) of a packed series, in 1/10,000
    of the account's currency."""
    if not data or data[0] != FORMAT_VERSION:
        return {}
    latest: dict[int, tuple[int, int]] = {}
    own: defaultdict[int, int] = defaultdict(int)
    for period, balance, interest, fee, funding, operating, risk in RECORD.iter_unpack(
        memoryview(data)[1:]
    ):
        quarter = ((period // 100) * 12 + period % 100 - 1) // 3
        own[quarter] += interest + fee - funding - operating - risk
        seen = latest.get(quarter)
        if seen is None or seen[0] < period:
            latest[quarter] = (period, balance)
    # a month counts towards the 12 months up to the last month of its own quarter and of
    # the three quarters after it
    nets: defaultdict[int, int] = defaultdict(int)
    for quarter, net in own.items():
        for step in range(4):
            nets[quarter + step] += net
    return {
        _key(quarter): (latest[quarter][1] if quarter in latest else 0, net)
        for quarter, net in nets.items()
    }


def _cny(units: int, rate: int) -> int:
    """`sync.server.rules.money.to_cny_units` with the rate looked up once."""
    product = units * rate
    quotient = abs(product) // RATE_SCALE
    return quotient if product >= 0 else -quotient


def _write(session: Session, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Inserts `rows` (values in the table's column order): COPY on PostgreSQL, one
    executemany elsewhere."""
    if not rows:
        return
    names = [column.name for column in table.columns]
    if session.get_bind().dialect.name == "postgresql":
        raw: Any = session.connection().connection.driver_connection  # a psycopg connection
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy,
        ):
            # the text format: every value here is a number or a UUID, none is NULL; an
            # account's rows follow each other, so its id is written out once
            lines = []
            first: Any = None
            prefix = ""
            for row in rows:
                if row[0] is not first:
                    first = row[0]
                    prefix = f"{first}\t"
                lines.append(prefix + "\t".join(map(str, row[1:])) + "\n")
            copy.write("".join(lines))
        return
    session.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def _between(column: Any, after: Any, last: Any) -> Any:
    """`after` < column <= `last` (either bound None: open)."""
    bounds = []
    if after is not None:
        bounds.append(column > after)
    if last is not None:
        bounds.append(column <= last)
    return and_(true(), *bounds)


def refresh(session: Session) -> int:
    """Brings the account quarters up to the histories; returns how many histories it read.

    Nothing changed: one query says so. Otherwise, `PAGE` histories at a time, their ids
    and versions and the seen rows of the same range are read (two range scans), and only
    the changed histories' months (by id): no plan depends on how many rows the planner
    believes stale, which after a load or an ANALYZE can be far off."""
    history = AccountHistory.__table__
    seen = evaluation_history_seen
    stale = or_(seen.c.account_id.is_(None), seen.c.history_version != history.c.version)
    anything = session.execute(
        select(history.c.account_id)
        .outerjoin(seen, seen.c.account_id == history.c.account_id)
        .where(stale)
        .limit(1)
    ).first()
    if anything is None:
        return 0
    done = 0
    after: Any = None
    rates: dict[str, int | None] = {}
    while True:
        # the next PAGE histories' ids and versions, and what was seen of them: two range
        # scans whose plans do not depend on how many the planner thinks are stale
        page = session.execute(
            select(history.c.account_id, history.c.version)
            .where(_between(history.c.account_id, after, None))
            .order_by(history.c.account_id)
            .limit(PAGE)
        ).all()
        if not page:
            break
        last = page[-1][0]
        read = dict(
            session.execute(
                select(seen.c.account_id, seen.c.history_version).where(
                    _between(seen.c.account_id, after, last)
                )
            ).all()
        )
        wanted = [account_id for account_id, version in page if read.get(account_id) != version]
        fetched: Any = []
        if wanted:
            fetched = session.execute(
                select(
                    history.c.account_id,
                    history.c.version,
                    type_coerce(history.c.months, LargeBinary),
                    Account.currency,
                    history.c.deleted,
                )
                .join(Account, Account.id == history.c.account_id)
                .where(history.c.account_id.in_(wanted))
                .order_by(history.c.account_id)
            ).all()
        after = last
        rows = [(*row, row[0] in read) for row in fetched]
        known = [row[0] for row in rows if row[5]]
        if known:
            # only histories read before have rows to replace
            session.execute(
                delete(evaluation_account_quarter).where(
                    evaluation_account_quarter.c.account_id.in_(known)
                )
            )
            session.execute(delete(seen).where(seen.c.account_id.in_(known)))
        figures: list[tuple[Any, int, int, int]] = []
        for account_id, _version, months, currency, deleted, _known in rows:
            if deleted:
                continue
            if currency not in rates:
                rates[currency] = rate_units(currency)
            rate = rates[currency]
            if rate is None:
                continue
            for key, (balance, net) in quarter_rows(months).items():
                figures.append((account_id, key, _cny(balance, rate), _cny(net, rate)))
        _write(session, evaluation_account_quarter, figures)
        _write(session, seen, [(account_id, version) for account_id, version, *_ in rows])
        done += len(rows)
    if done >= ANALYZE_AFTER and session.get_bind().dialect.name == "postgresql":
        # fresh statistics, or the report's planner takes millions of new rows for a few
        # thousand
        session.execute(text(f"ANALYZE {evaluation_account_quarter.name}"))
        session.execute(text(f"ANALYZE {seen.name}"))
    return done
