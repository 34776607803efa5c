"""Each account's net profit over the rules' 12-month window, where SQL can read it.

`account_history.months` packs an account's months in one binary column (one B-tree entry
per account for the workstations); no SQL reads inside it. Before a rule naming
`net_profit_12m` runs, `refresh` brings `server_account_profit` up to date: accounts whose
history changed since (a newer version) or whose window moved (a new month) are read and
their net (revenue less cost) over the window summed, in 1/10,000 of the account's currency;
the rule converts it to CNY in the database. Accounts whose history did not change cost
nothing the next time.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from sqlalchemy import LargeBinary, delete, insert, or_, select, type_coerce
from sqlalchemy.orm import Session

from client.schema.history import FORMAT_VERSION, RECORD
from client.schema.models import AccountHistory
from sync.server.rules.compile import profit_period, profit_periods
from sync.server.rules.tables import account_profit

PAGE: Final = 5_000


def net_units(data: bytes | None, first: int, last: int) -> int:
    """The net of the months from `first` to `last` (YYYYMM) of a packed series, in 1/10,000."""
    if not data or data[0] != FORMAT_VERSION:
        return 0
    total = 0
    for period, _balance, interest, fee, funding, operating, risk in RECORD.iter_unpack(
        memoryview(data)[1:]
    ):
        if first <= period <= last:
            total += interest + fee - funding - operating - risk
    return total


def refresh(session: Session, today: date) -> int:
    """Brings the accounts' 12-month nets up to `today`'s window; returns how many it read."""
    period_to = profit_period(today)
    first, last = profit_periods(period_to)
    history = AccountHistory.__table__
    stale = or_(
        account_profit.c.account_id.is_(None),
        account_profit.c.history_version < history.c.version,
        account_profit.c.period_to != period_to,
    )
    done = 0
    after: Any = None
    while True:
        stmt = (
            select(
                history.c.account_id,
                history.c.version,
                type_coerce(history.c.months, LargeBinary),
            )
            .outerjoin(account_profit, account_profit.c.account_id == history.c.account_id)
            .where(history.c.deleted.is_(False), stale)
            .order_by(history.c.account_id)
            .limit(PAGE)
        )
        if after is not None:
            stmt = stmt.where(history.c.account_id > after)
        rows = session.execute(stmt).all()
        if not rows:
            return done
        ids = [row[0] for row in rows]
        session.execute(delete(account_profit).where(account_profit.c.account_id.in_(ids)))
        session.execute(
            insert(account_profit),
            [
                {
                    "account_id": account_id,
                    "period_to": period_to,
                    "net_units": net_units(months, first, last),
                    "history_version": version,
                }
                for account_id, version, months in rows
            ],
        )
        done += len(rows)
        after = ids[-1]
