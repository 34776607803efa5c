"""Head office's rule language: segments (and later campaigns) as rules over the whole bank.

A rule reads like `kind = "individual" and total_balance >= 500000 and not
holds_family("wealth")`. It is parsed with a real grammar (`parse`: lark, never `eval`)
into a small typed tree, checked (fields, functions, the type of every value) with the
position of every mistake, compiled to one SQLAlchemy expression over the customer table
(`compile`) so the database evaluates it over the whole bank, and said back in words in
English, simplified and traditional Chinese (`describe`).
"""

from __future__ import annotations

from sync.server.rules.parse import RuleError, parse_rule

__all__ = ["RuleError", "parse_rule"]
