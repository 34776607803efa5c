"""PostgreSQL settings for the rule queries of an evaluation (segments, campaigns)."""

from __future__ import annotations

from typing import Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from client.schema.models import (
    Account,
    AccountHolder,
    Consent,
    Customer,
    ExternalRecord,
    Interaction,
    Offer,
    Product,
    SegmentFeedback,
)
from sync.server.rules.tables import account_profit, segment_member

STATISTICS_TABLES: Final = (
    Customer.__tablename__,
    Account.__tablename__,
    AccountHolder.__tablename__,
    Consent.__tablename__,
    Interaction.__tablename__,
    ExternalRecord.__tablename__,
    SegmentFeedback.__tablename__,
    Offer.__tablename__,
    Product.__tablename__,
    segment_member.name,
    account_profit.name,
)
"""Tables a rule or a campaign reads."""
STALE_SHARE: Final = 0.2
"""A table whose rows changed by more than this share since its last ANALYZE is analysed
(and one never analysed)."""


def prepare_postgres(session: Session, *, whole_bank: bool) -> None:
    """PostgreSQL settings for an evaluation's queries, for this transaction.

    No JIT: the planner's cost of the rule queries (a CASE of many conditions, subqueries)
    makes it compile them, which takes longer than running them (5.9 of the 8 s of a
    whole-bank pass over 100,000 customers). A whole-bank pass also gets the memory to
    hash and sort the bank's holdings at once, and fresh statistics of the tables it reads
    that changed much since their last ANALYZE (a bulk import leaves none when autovacuum
    is off, and the planner then guesses 200 rows for a million)."""
    session.execute(text("SET LOCAL jit = off"))
    if not whole_bank:
        return
    session.execute(text("SET LOCAL work_mem = '256MB'"))
    stale = session.execute(
        text(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(:tables) "
            "AND schemaname = current_schema() AND ((n_mod_since_analyze > 1000 "
            "AND n_mod_since_analyze > :share * n_live_tup) "
            "OR (n_live_tup > 0 AND last_analyze IS NULL AND last_autoanalyze IS NULL))"
        ),
        {"tables": list(STATISTICS_TABLES), "share": STALE_SHARE},
    ).scalars()
    for table in list(stale):
        # a name from STATISTICS_TABLES, not from the caller
        session.execute(text(f'ANALYZE "{table}"'))
