"""Moved to `client.schema.rows`; this name stays until every import has moved."""

from client.schema.rows import *  # noqa: F403
from client.schema.rows import decode_amount, table_codec  # noqa: F401
