"""`guitai-server import customers|accounts|profitability|relationships|interactions|external
FILE.csv [--skip-bad-rows] [--dry-run] [--allow-duplicate-id]`.

The file formats are described in `sync.server.imports.customers`, `.accounts`,
`.profitability`, `.relationships`, `.interactions` and `.external`. A file with a bad line
is loaded not at all (every problem of every line is listed, with its column) unless
--skip-bad-rows; running the same file again updates, never duplicates. A customers file
may give a national ID another customer number holds only with --allow-duplicate-id.

Master data: `import branches|products|users|calendar FILE.csv [--dry-run]
[--passwords-out FILE]` (`sync.server.imports.master_data`; users' one-time passwords go
to the --passwords-out file, mode 0600, never to the terminal).

After an import that changed customers' rows, their rule segments are evaluated again
(`sync.server.segments.evaluate_changed`), those customers only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from client.schema.base import utcnow
from sync.server.admin_audit import imported
from sync.server.commands.common import add_database_argument, open_database
from sync.server.evaluation import history
from sync.server.feed import latest_version
from sync.server.imports.common import Summary
from sync.server.imports.master_data import MASTER_KINDS, import_master
from sync.server.imports.run import KINDS, import_csv
from sync.server.segments import Evaluation, evaluate_changed


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=(*KINDS, *MASTER_KINDS), help="what the file holds")
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good lines of a file with bad ones (the bad ones are listed)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and say what would change, changing nothing",
    )
    parser.add_argument(
        "--allow-duplicate-id",
        action="store_true",
        help="customers: accept a national ID that another customer number already holds",
    )
    parser.add_argument(
        "--passwords-out",
        type=Path,
        metavar="FILE",
        help="users: the new file (mode 0600) the new users' one-time passwords go to",
    )
    add_database_argument(parser)


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    moved: Evaluation | None = None
    try:
        if args.kind in MASTER_KINDS:
            summary = import_master(
                db,
                args.kind,
                args.file,
                skip_bad_rows=args.skip_bad_rows,
                dry_run=args.dry_run,
                passwords_out=args.passwords_out,
                audited=imported(args.kind, args.file),
            )
        else:
            with db.reader() as session:
                since = latest_version(session)
            summary = import_csv(
                db,
                args.kind,
                args.file,
                skip_bad_rows=args.skip_bad_rows,
                dry_run=args.dry_run,
                allow_duplicate_id=args.allow_duplicate_id,
                audited=imported(args.kind, args.file),
            )
            if not args.dry_run:
                with db.writer() as session, session.begin():
                    moved = evaluate_changed(session, since, utcnow())
                if args.kind == "profitability":  # the evaluation's account quarters
                    with db.writer() as session, session.begin():
                        history.refresh(session)
    finally:
        db.dispose()
    report(args.kind, args.file, summary, dry_run=args.dry_run)
    if moved is not None and moved.checked:
        print(f"segments: {moved.checked} changed customers evaluated, {moved.moved} moved")
    if args.kind == "users" and args.passwords_out is not None and not args.dry_run:
        if summary.created:
            print(f"the new users' one-time passwords are in {args.passwords_out} (mode 0600)")
        else:
            print(f"no new users: {args.passwords_out} was not written")
    return 0


def report(kind: str, path: Path, summary: Summary, *, dry_run: bool = False) -> None:
    """The skipped lines (stderr) and the counts of an import."""
    for problem in summary.skipped:
        print(f"{path}: skipped {problem}", file=sys.stderr)
    would = "dry run, nothing changed: would have " if dry_run else ""
    print(
        f"{kind}: {would}{summary.created} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {len(summary.skipped)} bad line(s) skipped"
    )
