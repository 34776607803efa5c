"""`guitai conflicts`: edits the server did not apply; `--resolve ID --mine|--theirs|--set`."""

from __future__ import annotations

import argparse
import uuid

from client.commands.common import add_profile_argument, open_cache, print_json
from client.conflicts import Choice, Issue, list_issues, resolve
from client.errors import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--resolve", metavar="ENTRY_ID", help="settle one conflict by its id")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--mine", action="store_true", help="keep my values (sent again)")
    how.add_argument("--theirs", action="store_true", help="take the server's values")
    how.add_argument(
        "--set", action="append", metavar="FIELD=VALUE", help="keep these values instead"
    )


def _show(issue: Issue) -> str:
    head = f"{issue.entry_id}  {issue.kind}  {issue.table} {issue.row_id}  {issue.reason}"
    lines = [head]
    for field in issue.fields:
        lines.append(
            f"    {field.name}: mine={field.mine!r}  theirs={field.theirs!r}  was={field.base!r}"
        )
    return "\n".join(lines)


def _choice(args: argparse.Namespace) -> tuple[Choice, dict[str, str] | None]:
    if args.mine:
        return Choice.MINE, None
    if args.theirs:
        return Choice.THEIRS, None
    if args.set:
        edited: dict[str, str] = {}
        for item in args.set:
            name, sep, value = item.partition("=")
            if not sep:
                raise UsageError(f"{item!r} is not FIELD=VALUE")
            edited[name.strip()] = value
        return Choice.EDIT, edited
    raise UsageError("say how to resolve it: --mine, --theirs or --set FIELD=VALUE")


def run(args: argparse.Namespace) -> int:
    with open_cache(args) as cache:
        if args.resolve:
            try:
                entry_id = uuid.UUID(args.resolve)
            except ValueError:
                raise UsageError(f"{args.resolve!r} is not a conflict id") from None
            choice, edited = _choice(args)
            with cache.session() as session:
                edit = resolve(session, entry_id, choice, edited)
            print("resolved; " + ("queued for upload" if edit else "nothing to upload"))
            return 0
        with cache.read_session() as session:
            issues = list_issues(session)
    if args.json:
        print_json([issue.to_dict() for issue in issues])
    elif not issues:
        print("no conflicts")
    else:
        print("\n".join(_show(issue) for issue in issues))
    return 0
