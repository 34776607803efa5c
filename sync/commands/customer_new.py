"""`guitai customer new`: a new customer or prospect from the command line, as the window
takes one on (`client.capture`): checked, checked for likely duplicates in the cache and,
when the profile is signed in and the server answers, the whole bank (`POST /v1/duplicates`);
saved offline at once, uploaded by the next `guitai sync`.

Likely duplicates make it exit 8 (`needs_decision`) after printing them (customer number,
name, branch and why), unless `--not-duplicate REASON` says why this is someone else: the
reason is kept in the new customer's audit event.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from datetime import date
from typing import Any

from client.commands.common import add_profile_argument, open_cache, print_json
from client.errors import UsageError
from client.schema.enums import CustomerKind, Lifecycle

ONLINE_TIMEOUT = 10.0
"""Seconds the duplicate check waits for the server before saving on the cache's word."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_new_parser(sub: Any) -> None:
    new = sub.add_parser("new", help="take on a new customer or prospect (saved offline)")
    new.add_argument("--kind", required=True, choices=[k.value for k in CustomerKind])
    new.add_argument("--name", required=True, help="the legal name (Chinese or Latin)")
    new.add_argument("--name-latin", default="", metavar="NAME", help="the name in Latin letters")
    new.add_argument(
        "--national-id",
        metavar="NUMBER",
        help="ID card number (individual) or unified social credit code (business); checked",
    )
    new.add_argument("--phone", action="append", default=[], metavar="NUMBER", help="repeatable")
    new.add_argument("--birth-date", type=_day, metavar="YYYY-MM-DD", help="or of incorporation")
    new.add_argument("--email", default="")
    new.add_argument("--address", default="")
    new.add_argument(
        "--marketing-consent", choices=["yes", "no"], help="marketing by SMS, e-mail and call"
    )
    new.add_argument(
        "--lifecycle",
        choices=[Lifecycle.PROSPECT.value, Lifecycle.ACTIVE.value],
        default=Lifecycle.ACTIVE.value,
    )
    new.add_argument(
        "--not-duplicate",
        metavar="REASON",
        help="save despite likely duplicates: why this is someone else (kept in the audit)",
    )
    new.add_argument(
        "--branch", metavar="CODE", help="the branch, for a profile nobody signed in to (demo)"
    )
    new.add_argument("--json", action="store_true", help="print the outcome as JSON")
    add_profile_argument(new)


def run_new(args: argparse.Namespace) -> int:
    from client.capture import NewCustomer, checked

    consent = None if args.marketing_consent is None else args.marketing_consent == "yes"
    new = checked(
        NewCustomer(
            kind=CustomerKind(args.kind),
            legal_name=args.name,
            name_latin=args.name_latin,
            national_id=args.national_id,
            birth_date=args.birth_date,
            phones=tuple(args.phone),
            email=args.email,
            address=args.address,
            marketing_consent=consent,
            lifecycle=Lifecycle(args.lifecycle),
        )
    )
    with ExitStack() as stack:
        from client.capture import Duplicate
        from client.credentials import SignedOutError
        from client.errors import KeyUnavailableError
        from sync.commands.profiles import open_engine
        from sync.engine.duplicates import server_duplicates
        from sync.engine.transport import OfflineError

        remote: list[Duplicate] = []
        server_note = ""
        try:
            engine = stack.enter_context(open_engine(args, timeout=ONLINE_TIMEOUT))
        except (SignedOutError, KeyUnavailableError, UsageError) as exc:
            cache = stack.enter_context(open_cache(args))
            server_note = f"the server was not asked ({exc})"
        else:
            cache = engine.cache
            try:
                remote = server_duplicates(engine, new)
            except (OfflineError, SignedOutError) as exc:
                server_note = f"the server was not asked ({exc})"
        return _save(args, cache, new, remote, server_note)
    raise AssertionError("unreachable")


def _save(args: argparse.Namespace, cache: Any, new: Any, remote: list[Any], note: str) -> int:
    from client.capture import NeedsDecisionError, local_duplicates, merged, save

    with cache.session() as session:
        staff = _staff(session, args)
        found = merged(local_duplicates(session, new), remote)
        if found and not args.not_duplicate:
            _show_duplicates(args, found, note)
            raise NeedsDecisionError(found)
        saved = save(session, staff, new, duplicates=found, not_duplicate=args.not_duplicate)
    if args.json:
        print_json(
            {
                "saved": True,
                "customer_id": str(saved.customer_id),
                "customer_number": saved.customer_number,
                "lifecycle": new.lifecycle.value,
                "duplicates": [d.to_dict() for d in found],
                "not_duplicate": saved.not_duplicate,
                "server_checked": not note,
                "edits": len(saved.edits),
            }
        )
        return 0
    what = "prospect" if new.lifecycle is Lifecycle.PROSPECT else "customer"
    print(
        f"{saved.customer_number}: new {what} {new.legal_name} saved locally; "
        f"{len(saved.edits)} edits waiting to upload"
    )
    if found:
        print(f"saved despite {len(found)} likely duplicate(s): {saved.not_duplicate}")
    if note:
        print(f"note: {note}; only this cache was checked for duplicates")
    return 0


def _show_duplicates(args: argparse.Namespace, found: list[Any], note: str) -> None:
    if args.json:
        print_json(
            {
                "saved": False,
                "code": "needs_decision",
                "duplicates": [d.to_dict() for d in found],
                "server_checked": not note,
            }
        )
        return
    print(f"likely duplicates ({len(found)}):")
    for d in found:
        print(f"  {d.line()}")
    if note:
        print(f"note: {note}; only this cache was checked", file=sys.stderr)


def _staff(session: Any, args: argparse.Namespace) -> Any:
    """Who takes the customer on: the signed-in user at their branch; on a profile nobody
    signed in to, `--branch`."""
    from sqlalchemy import select

    from client.errors import NotFoundError
    from client.schema.models import Branch, User
    from client.work import Staff, allowed, signed_in

    allowed(session, "customer", "create", None, "taking on a new customer")
    who = signed_in(session)
    if who is not None:
        return who.staff
    if not args.branch:
        raise UsageError("nobody signed in on this profile: give --branch CODE")
    branch_id = session.scalars(
        select(Branch.id).where(Branch.code == args.branch.strip().upper())
    ).first()
    if branch_id is None:
        raise NotFoundError(f"no branch {args.branch!r} in this cache")
    user_id = session.scalars(
        select(User.id).where(User.branch_id == branch_id, User.active.is_(True)).limit(1)
    ).first()
    if user_id is None:
        raise NotFoundError(f"no member of staff of branch {args.branch!r} in this cache")
    return Staff(user_id, branch_id)
