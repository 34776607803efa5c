"""Tables that live only in a workstation's cache and are never replicated."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, String, Table, Text

from client.schema.base import GUID, NAMING_CONVENTION, UTCDateTime

local_metadata = MetaData(naming_convention=NAMING_CONVENTION)

search_term = Table(
    "search_term",
    local_metadata,
    Column("term", Text, primary_key=True),
    Column("customer_id", GUID(), primary_key=True),
    Column("field", String(1), nullable=False),
    Column("branch", String(8), nullable=False),
    Column("lifecycle", String(10), nullable=False),
    Index("ix_search_term_branch", "branch", "term"),
    Index("ix_search_term_customer", "customer_id"),
    sqlite_with_rowid=False,
)
"""The customer search index: one row per searchable form of a customer (see client.search).

`term` starts with a namespace letter (see `client.search.terms.Namespace`); `branch` and
`lifecycle` are copied from the customer so a filtered search needs no join.
"""

cache_meta = Table(
    "cache_meta",
    local_metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)
"""Facts about this cache (how it was filled, when), as key/value text."""

outbox = Table(
    "outbox",
    local_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", GUID(), nullable=False, unique=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", GUID(), nullable=False),
    Column("op", String(10), nullable=False),
    Column("base_version", BigInteger, nullable=True),
    Column("changed", Text, nullable=False),
    Column("shadow", Text, nullable=False),
    Column("customer_id", GUID(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text, nullable=True),
    Index("ix_outbox_row", "table_name", "row_id"),
)
"""Local edits not yet accepted by the server, oldest first (`seq`).

`changed` holds the edit's new values and `shadow` the server's values of the same fields
as far as this cache knows them, both as JSON objects in the wire encoding of
`client.schema.rows`. The shadow is what the row returns to when the server refuses the edit.
"""

sync_issue = Table(
    "sync_issue",
    local_metadata,
    Column("entry_id", GUID(), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("table_name", String(60), nullable=False),
    Column("row_id", GUID(), nullable=False),
    Column("op", String(10), nullable=False),
    Column("customer_id", GUID(), nullable=True),
    Column("changed", Text, nullable=False),
    Column("fields", Text, nullable=False),
    Column("theirs", Text, nullable=False),
    Column("base", Text, nullable=False),
    Column("server_version", BigInteger, nullable=True),
    Column("reason", Text, nullable=False),
    Column("edited_at", UTCDateTime(), nullable=False),
    Column("reported_at", UTCDateTime(), nullable=False),
    Index("ix_sync_issue_customer", "customer_id"),
)
"""Edits the server did not apply, kept with both sides until a user resolves them.

`kind` is `conflict` (the same field changed on the server since the edit's base) or
`rejected` (refused for good, see `reason`). `changed` is the whole edit as it was made;
`fields` the conflicting fields; `theirs` and `base` their server and base values (JSON).
"""

customer_pin = Table(
    "customer_pin",
    local_metadata,
    Column("customer_id", GUID(), primary_key=True),
    Column("pinned_at", UTCDateTime(), nullable=False),
    Column("source", String(12), nullable=False),
)
"""Customers kept in this cache whatever their follow's age (`client.pins`): pinned by a
user (`source` "user") or by an appointment today or tomorrow ("appointment")."""

customer_follow = Table(
    "customer_follow",
    local_metadata,
    Column("customer_id", GUID(), primary_key=True),
    Column("opened_at", UTCDateTime(), nullable=False),
)
"""Customers this cache holds only because the workstation opened them from the server
(outside its scope), and when they were last opened as the server knows it (`client.pins`):
one not pinned and not opened for the server's `follow_days` is removed from the cache."""

evaluation_report = Table(
    "evaluation_report",
    local_metadata,
    Column("user_id", GUID(), primary_key=True),
    Column("quarter", String(10), primary_key=True),
    Column("branch", String(20), primary_key=True),
    Column("report", Text, nullable=False),
    Column("fetched_at", UTCDateTime(), nullable=False),
)
"""The quarterly evaluation as the server last answered it to a user (`client.evaluation`),
so that it shows offline with its "as of" date: per user, quarter and branch asked ("":
every branch the role reads), the answer's JSON and when it was fetched. Only the newest
`client.evaluation.KEPT` per user are kept; the cache's encryption covers them."""
