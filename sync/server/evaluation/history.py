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

from sqlalchemy import LargeBinary, delete, insert, or_, select, type_coerce
from sqlalchemy.orm import Session

from client.schema.history import FORMAT_VERSION, RECORD
from client.schema.models import Account, AccountHistory
from sync.server.evaluation.quarters import month_quarter_key
from sync.server.rules.money import to_cny_units
from sync.server.tables import evaluation_account_quarter, evaluation_history_seen

PAGE: Final = 5_000


def _next_quarter(key: int) -> int:
    year, quarter = divmod(key, 10)
    return key + 1 if quarter < 4 else (year + 1) * 10 + 1


def quarter_rows(data: bytes | None) -> dict[int, tuple[int, int]]:
    """Per quarter key (YYYYQ): (end balance, 12-month net) of a packed series, in 1/10,000
    of the account's currency."""
    if not data or data[0] != FORMAT_VERSION:
        return {}
    balances: dict[int, tuple[int, int]] = {}
    nets: defaultdict[int, int] = defaultdict(int)
    for period, balance, interest, fee, funding, operating, risk in RECORD.iter_unpack(
        memoryview(data)[1:]
    ):
        key = month_quarter_key(period)
        if key not in balances or balances[key][0] < period:
            balances[key] = (period, balance)
        net = interest + fee - funding - operating - risk
        index = (period // 100) * 12 + period % 100 - 1
        target = key
        for _ in range(4):
            # the quarters whose last month is within 11 months after this one
            last = (target // 10) * 12 + (target % 10) * 3 - 1
            if last - index <= 11:
                nets[target] += net
            target = _next_quarter(target)
    keys = set(balances) | set(nets)
    return {k: (balances[k][1] if k in balances else 0, nets.get(k, 0)) for k in keys}


def refresh(session: Session) -> int:
    """Brings the account quarters up to the histories; returns how many histories it read."""
    history = AccountHistory.__table__
    seen = evaluation_history_seen
    stale = or_(seen.c.account_id.is_(None), seen.c.history_version != history.c.version)
    done = 0
    after: Any = None
    while True:
        stmt = (
            select(
                history.c.account_id,
                history.c.version,
                type_coerce(history.c.months, LargeBinary),
                Account.currency,
                history.c.deleted,
            )
            .join(Account, Account.id == history.c.account_id)
            .outerjoin(seen, seen.c.account_id == history.c.account_id)
            .where(stale)
            .order_by(history.c.account_id)
            .limit(PAGE)
        )
        if after is not None:
            stmt = stmt.where(history.c.account_id > after)
        rows = session.execute(stmt).all()
        if not rows:
            return done
        ids = [row[0] for row in rows]
        session.execute(
            delete(evaluation_account_quarter).where(
                evaluation_account_quarter.c.account_id.in_(ids)
            )
        )
        session.execute(delete(seen).where(seen.c.account_id.in_(ids)))
        figures = []
        for account_id, _version, months, currency, deleted in rows:
            if deleted:
                continue
            for key, (balance, net) in quarter_rows(months).items():
                balance_cny = to_cny_units(balance, currency)
                net_cny = to_cny_units(net, currency)
                if balance_cny is None or net_cny is None:
                    break
                figures.append(
                    {
                        "account_id": account_id,
                        "quarter": key,
                        "end_balance": balance_cny,
                        "net_12m": net_cny,
                    }
                )
        if figures:
            session.execute(insert(evaluation_account_quarter), figures)
        session.execute(
            insert(seen), [{"account_id": a, "history_version": v} for a, v, *_ in rows]
        )
        done += len(rows)
        after = ids[-1]
