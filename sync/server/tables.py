"""Tables only the central server has: credentials, tokens, applied entries, the change feed."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    false,
    text,
)

from client.schema.base import GUID, NAMING_CONVENTION, UTCDateTime
from client.schema.models import Branch, Device, User

server_metadata = MetaData(naming_convention=NAMING_CONVENTION)

credential = Table(
    "server_credential",
    server_metadata,
    Column("user_id", GUID(), ForeignKey(User.__table__.c.id), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
    Column("must_change", Boolean, nullable=False, server_default=false()),
)
"""A user's Argon2 password hash; `must_change` for a one-time password (a new or reset
account): until it is changed, sign-in is refused with `password_change_required`."""

session_token = Table(
    "server_token",
    server_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", GUID(), ForeignKey(User.__table__.c.id), nullable=False, index=True),
    Column("device_id", GUID(), ForeignKey(Device.__table__.c.id), nullable=False, index=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
    Column("session_started_at", UTCDateTime(), nullable=True),
)
"""A bearer token, stored as the SHA-256 of the secret the client holds.

`session_started_at` is when the password was checked: a refreshed token keeps it, and no
token of the session outlives it by more than the server's `session_cap` (None: an older
token, whose session started at its `created_at`)."""

signin_failure = Table(
    "server_signin_failure",
    server_metadata,
    Column("username", String(60), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_failed_at", UTCDateTime(), nullable=False),
    Column("locked_until", UTCDateTime(), nullable=True),
)
"""Failed passwords per user name (known or not), since the last success or lockout."""

applied_entry = Table(
    "server_applied_entry",
    server_metadata,
    Column("entry_id", GUID(), primary_key=True),
    Column("user_id", GUID(), nullable=False),
    Column("device_id", GUID(), nullable=False),
    Column("result", JSON, nullable=False),
    Column("applied_at", UTCDateTime(), nullable=False),
)
"""Every outbox entry the server has answered, and its answer: a retry never applies twice."""

TABLE_TIME_ENTRIES = (
    "(op = 'insert' AND table_name = 'customer') OR (before ->> 'status') IS NOT NULL "
    "OR (before ->> 'lifecycle') IS NOT NULL"
)
"""The feed entries `ix_server_change_log_table_time` holds on PostgreSQL: those the
evaluation reads by table and time (new customers, changes of a status or a lifecycle:
offers presented, prospects converted), not the million moves of a rule evaluation nor a
campaign's million new offers."""

change_log = Table(
    "server_change_log",
    server_metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("table_name", String(60), nullable=False),
    Column("row_id", GUID(), nullable=False),
    Column("op", String(6), nullable=False),
    Column("before", JSON, nullable=True),
    Column("device_id", GUID(), nullable=True),
    Column("committed_at", UTCDateTime(), nullable=False),
    Index("ix_server_change_log_row", "table_name", "row_id", "seq"),
    Index(
        "ix_server_change_log_table_time",
        "table_name",
        "committed_at",
        postgresql_where=text(TABLE_TIME_ENTRIES),
    ),
)
"""The change feed: one entry per accepted change, `seq` being the row's new version.

`before` maps each changed field to its JSON value before the change (empty for an
insert): it tells which fields changed since a version, and what they were at that version.
"""

feed_counter = Table(
    "server_feed_counter",
    server_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)
"""One row (id 1): the last feed version handed out; see `sync.server.feed`."""

device_follow = Table(
    "server_device_follow",
    server_metadata,
    Column("device_id", GUID(), ForeignKey(Device.__table__.c.id), primary_key=True),
    Column("customer_id", GUID(), primary_key=True),
    Column("followed_at", UTCDateTime(), nullable=False),
    Column("last_opened_at", UTCDateTime(), nullable=False),
    Column("pinned", Boolean, nullable=False, server_default=false()),
)
"""Customers a device opened: its pulls and snapshots include them whatever their branch,
while `pinned` or opened again (`last_opened_at`) within the server's `follow_days`
(`sync.server.follows`)."""

audit_chain = Table(
    "server_audit_chain",
    server_metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", GUID(), nullable=False, unique=True),
    Column("device_id", GUID(), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("event_hash", String(64), nullable=False),
    Column("chain_hash", String(64), nullable=False),
    Column("accepted_at", UTCDateTime(), nullable=False),
    Index("ix_server_audit_chain_device", "device_id", "device_seq", unique=True),
)
"""The server's own chain over the audit events it accepted, in the order it accepted them:
`chain_hash` is the SHA-256 of the previous row's `chain_hash` and this event's hash
(`sync.server.audit`), so an event deleted from `audit_event` leaves a row naming it."""

device_contact = Table(
    "server_device_contact",
    server_metadata,
    Column("device_id", GUID(), ForeignKey(Device.__table__.c.id), primary_key=True),
    Column("user_id", GUID(), nullable=True),
    Column("last_contact_at", UTCDateTime(), nullable=False),
    Column("app_version", String(40), nullable=True),
)
"""When a device last made an authenticated request, as whom and with which app version
(`sync.server.contact`: written at most once a minute per device and server process)."""

auth_epoch = Table(
    "server_auth_epoch",
    server_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)
"""One row (id 1), raised by every revocation (device revoked, user disabled): the token
caches of all server processes compare it on each request (`sync.server.auth.TokenCache`)."""

working_hours = Table(
    "server_working_hours",
    server_metadata,
    Column("user_id", GUID(), ForeignKey(User.__table__.c.id), primary_key=True),
    Column("hours", String(300), nullable=False),
    Column("slot_minutes", Integer, nullable=False),
    Column("time_zone", String(60), nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)
"""An RM's weekly working hours as set by `guitai-server calendar` (`hours` in the form
"mon-fri 09:00-12:00,13:30-17:00", in `time_zone`); `sync.server.working_hours` turns them
into the available calendar blocks of the coming weeks, which replicate."""

service_account = Table(
    "server_service_account",
    server_metadata,
    Column("id", GUID(), primary_key=True),
    Column("name", String(60), nullable=False, unique=True),
    Column("channel", String(20), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_used_at", UTCDateTime(), nullable=True),
    Column("revoked_at", UTCDateTime(), nullable=True),
)
"""A channel's service account (call centre, internet or mobile banking: `guitai-server
service`), which feeds interactions in and reads customer summaries
(`sync.server.channel_api`). Its token is stored as a digest only, taken differently from a
staff token's (`sync.server.service_accounts`); its id is also the device of its audit
chain."""

milestone = Table(
    "server_milestone",
    server_metadata,
    Column("branch_id", GUID(), ForeignKey(Branch.__table__.c.id), primary_key=True),
    Column("period", String(6), primary_key=True),
    Column("figure", String(60), primary_key=True),
    Column("target", Numeric(20, 4), nullable=False),
    Column("set_at", UTCDateTime(), nullable=False),
)
"""Head office's target for one figure of the evaluation (`sync.server.evaluation.figures`)
at one branch over a half year ("2027H1"), set by `guitai-server milestone set`."""

evaluation_account_quarter = Table(
    "server_evaluation_account_quarter",
    server_metadata,
    Column("account_id", GUID(), primary_key=True),
    Column("quarter", Integer, primary_key=True),
    Column("end_balance", BigInteger, nullable=False),
    Column("net_12m", BigInteger, nullable=False),
    Index("ix_server_evaluation_account_quarter_quarter", "quarter"),
)
"""Each account's figures at the end of each quarter (`quarter` as YYYYQ, e.g. 20264), in
1/10,000 CNY, read from the packed month column of `account_history` (which SQL cannot
read) by `sync.server.evaluation.history`: `end_balance` is the balance of the quarter's
latest month in the history, `net_12m` the net profit of the 12 months up to the quarter's
last month."""

evaluation_history_seen = Table(
    "server_evaluation_history_seen",
    server_metadata,
    Column("account_id", GUID(), primary_key=True),
    Column("history_version", BigInteger, nullable=False),
)
"""Which version of each account's history `server_evaluation_account_quarter` was built
from: a history row with a newer version is read again, an unchanged one costs nothing."""


def all_server_tables() -> MetaData:
    """`server_metadata` with every server-only table declared on it: most are declared
    here, those of rule segments, campaigns and watch groups beside their code."""
    import sync.server.rules.tables
    import sync.server.steer_tables  # noqa: F401 - importing declares their tables

    return server_metadata
