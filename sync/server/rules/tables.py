"""The server's own tables behind rule segments (not replicated; migration 0011).

- `server_segment_rule`: a segment's rule (or, with `rule` NULL, its member list) and its
  priority; a segment without a row here is set by hand (the demo's, head office's own).
- `server_segment_member`: the customers of a list segment.
- `server_account_profit`: each account's net profit over the 12 months up to `period_to`
  in 1/10,000 of its currency, read from the packed month column of `account_history`
  (which SQL cannot read), kept up to date by `sync.server.rules.profit` before a rule that
  names `net_profit_12m` is evaluated. `history_version` is the history row's version it
  was computed from.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, Table, Text

from client.schema.base import GUID, UTCDateTime
from client.schema.models import Account, Customer, Segment
from sync.server.tables import server_metadata

segment_rule = Table(
    "server_segment_rule",
    server_metadata,
    Column("segment_id", GUID(), ForeignKey(Segment.__table__.c.id), primary_key=True),
    Column("rule", Text, nullable=True),
    Column("priority", Integer, nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)

segment_member = Table(
    "server_segment_member",
    server_metadata,
    Column("segment_id", GUID(), ForeignKey(Segment.__table__.c.id), primary_key=True),
    Column(
        "customer_id", GUID(), ForeignKey(Customer.__table__.c.id), primary_key=True, index=True
    ),
)

account_profit = Table(
    "server_account_profit",
    server_metadata,
    Column("account_id", GUID(), ForeignKey(Account.__table__.c.id), primary_key=True),
    Column("period_to", Integer, nullable=False),
    Column("net_units", BigInteger, nullable=False),
    Column("history_version", BigInteger, nullable=False),
)
