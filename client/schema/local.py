"""Tables that live only in a workstation's cache and are never replicated."""

from __future__ import annotations

from sqlalchemy import Column, Index, MetaData, String, Table, Text

from client.schema.base import GUID, NAMING_CONVENTION

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
