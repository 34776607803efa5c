"""Runs a master-data import (branches, products, users, calendar): every line checked
(every problem of every line listed), then all of it loaded, or the good lines, or nothing.

The file formats are described in `sync.server.imports.branches`, `.products`, `.users`
and `.calendar`. A dry run checks and loads in a transaction that is then rolled back: it
says what a real run would do and changes nothing. Changes go through the change feed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.base import utcnow
from sync.server.db import Database
from sync.server.feed import PendingChange, record
from sync.server.imports.branches import BranchImport
from sync.server.imports.calendar import CalendarImport
from sync.server.imports.cells import READER
from sync.server.imports.common import Audited, ImportRejected, Line, Problem, Summary
from sync.server.imports.csvfile import CsvFile, Meter
from sync.server.imports.products import ProductImport
from sync.server.imports.progress import Progress
from sync.server.imports.users import UserImport, require_passwords_file
from sync.server.private_file import write_passwords

MasterKind = Literal["branches", "products", "users", "calendar"]
MASTER_KINDS: tuple[MasterKind, ...] = ("branches", "products", "users", "calendar")


class MasterImport(Protocol):
    columns: tuple[str, ...]
    optional: tuple[str, ...]

    def check(self, rows: list[Line], progress: Progress) -> tuple[list[Any], list[Problem]]: ...

    def apply(
        self, session: Session, rows: list[Any], summary: Summary, progress: Progress
    ) -> list[PendingChange]: ...


IMPORTERS: dict[MasterKind, Any] = {
    "branches": BranchImport,
    "products": ProductImport,
    "users": UserImport,
    "calendar": CalendarImport,
}


def lines_of(file: CsvFile) -> list[Line]:
    """Every line of the file as {column: value}; what the reader found wrong with a line
    (bytes that are not UTF-8, refused characters, too many values) under `READER`."""
    lines: list[Line] = []
    for line, values, problems in file.records():
        row = dict(zip(file.header, values, strict=True))
        if problems:
            row[READER] = "\n".join(problems)
        lines.append((line, row))
    return lines


def import_master(
    db: Database,
    kind: MasterKind,
    path: Path,
    *,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    passwords_out: Path | None = None,
    progress: Progress | None = None,
    audited: Audited | None = None,
) -> Summary:
    """Imports `path` in one transaction (rolled back for a dry run).

    Raises ImportRejected, listing every bad line, when a line is bad and not
    `skip_bad_rows`; for users, UsageError when new users' one-time passwords would have
    nowhere to go (`passwords_out`, a new file written with mode 0600 before the commit).
    `audited` writes the run's audit event in its transaction (not for a dry run).
    """
    meter = progress if isinstance(progress, Meter) else Meter(kind)
    importer_type = IMPORTERS[kind]
    file = CsvFile(path, importer_type.columns, importer_type.optional, meter)
    rows = lines_of(file)
    now = utcnow()
    summary = Summary()
    written: Path | None = None
    try:
        with db.writer() as session, session.begin() as transaction:
            importer: MasterImport = importer_type(session, rows, now)
            good, problems = importer.check(rows, meter)
            if problems and not skip_bad_rows:
                raise ImportRejected(path, problems, file.encoding_note())
            summary.skipped = problems
            if isinstance(importer, UserImport) and not dry_run:
                require_passwords_file(importer, good, passwords_out)
            pending = importer.apply(session, good, summary, meter)
            if dry_run:
                transaction.rollback()
                return summary
            if isinstance(importer, UserImport) and importer.passwords:
                if passwords_out is None:  # require_passwords_file made sure of it
                    raise UsageError("no file for the one-time passwords")
                write_passwords(passwords_out, importer.passwords)
                written = passwords_out
            record(session, pending, None, now)
            if audited is not None:
                audited(session, summary)
    except BaseException:
        if written is not None:  # those users were never made
            written.unlink(missing_ok=True)
        raise
    return summary
