"""The server's own tables behind campaigns and watch groups (not replicated; migration 0013).

- `server_campaign_rule`: a campaign's rule (`sync.server.rules`), its priority (lower first)
  and the reason template its offers say ("holds {deposits} in deposits"); the campaign
  itself (`campaign`: code, name, product, dates) replicates.
- `server_watch_group`: a watched group of customers, by a rule or (`rule` NULL) by the list
  in `server_watch_member`; `created_seq` is the feed version when it was added.
- `server_watch_look`: the feed version up to which a branch (its code; "" for every branch)
  has looked at a group's changes.
- `server_watch_seen`: the feed version up to which a user has seen a group's changes in the
  window ("Mark all seen", `sync.server.watch_api`; migration 0016).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, String, Table, Text

from client.schema.base import GUID, UTCDateTime
from client.schema.models import Campaign, Customer, User
from sync.server.tables import server_metadata

campaign_rule = Table(
    "server_campaign_rule",
    server_metadata,
    Column("campaign_id", GUID(), ForeignKey(Campaign.__table__.c.id), primary_key=True),
    Column("rule", Text, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)

watch_group = Table(
    "server_watch_group",
    server_metadata,
    Column("id", GUID(), primary_key=True),
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("rule", Text, nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("created_seq", BigInteger, nullable=False),
)

watch_member = Table(
    "server_watch_member",
    server_metadata,
    Column("group_id", GUID(), ForeignKey(watch_group.c.id), primary_key=True),
    Column("customer_id", GUID(), ForeignKey(Customer.__table__.c.id), primary_key=True),
)

watch_look = Table(
    "server_watch_look",
    server_metadata,
    Column("group_id", GUID(), ForeignKey(watch_group.c.id), primary_key=True),
    Column("branch", String(8), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("looked_at", UTCDateTime(), nullable=False),
)

watch_seen = Table(
    "server_watch_seen",
    server_metadata,
    Column("group_id", GUID(), ForeignKey(watch_group.c.id), primary_key=True),
    Column("user_id", GUID(), ForeignKey(User.__table__.c.id), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("seen_at", UTCDateTime(), nullable=False),
)
