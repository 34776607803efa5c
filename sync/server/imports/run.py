"""Runs one CSV import: check every line, then load all of it, or the good lines, or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from client.schema.base import utcnow
from sync.server.db import Database
from sync.server.feed import record
from sync.server.imports.accounts import AccountImport
from sync.server.imports.common import ImportRejected, Summary, read_csv
from sync.server.imports.customers import CustomerImport
from sync.server.imports.profitability import ProfitabilityImport
from sync.server.restamp import restamped

Kind = Literal["customers", "accounts", "profitability"]
KINDS: tuple[Kind, ...] = ("customers", "accounts", "profitability")
COLUMNS = {
    "customers": CustomerImport.columns,
    "accounts": AccountImport.columns,
    "profitability": ProfitabilityImport.columns,
}


def import_csv(db: Database, kind: Kind, path: Path, *, skip_bad_rows: bool = False) -> Summary:
    """Imports `path` in one transaction; its changes go through the feed to the clients.

    Raises ImportRejected, listing every bad line, when a line is bad and not `skip_bad_rows`.
    """
    rows = read_csv(path, COLUMNS[kind])
    now = utcnow()
    summary = Summary()
    with db.writer() as session, session.begin():
        importer: CustomerImport | AccountImport | ProfitabilityImport
        if kind == "customers":
            importer = CustomerImport(session)
        elif kind == "accounts":
            importer = AccountImport(session, rows, now)
        else:
            importer = ProfitabilityImport(session, rows)
        good, problems = importer.check(rows)
        if problems and not skip_bad_rows:
            raise ImportRejected(path, problems)
        summary.skipped = problems
        pending = importer.apply(session, good, summary)  # type: ignore[arg-type]
        pending += restamped(session, pending)
        record(session, pending, None, now)
    return summary
