"""`guitai task close TASK_ID [--note TEXT]`, `guitai task reassign TASK_ID USERNAME`:
offline edits of a task (`client.work`), queued for upload; refused for a role the
permission table does not let change tasks."""

from __future__ import annotations

import argparse
import uuid

from client.commands.common import add_profile_argument, open_cache
from client.errors import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    close = sub.add_parser("close", help="mark an open task done")
    close.add_argument("task_id", metavar="TASK_ID", help="the id `guitai tasks` lists")
    close.add_argument("--note", default="", metavar="TEXT", help="the outcome (kept in the audit)")
    add_profile_argument(close)
    give = sub.add_parser("reassign", help="give an open task to another user of the branch")
    give.add_argument("task_id", metavar="TASK_ID", help="the id `guitai tasks` lists")
    give.add_argument("username", metavar="USERNAME")
    add_profile_argument(give)


def task_id_of(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UsageError(f"{text!r} is not a task id (see `guitai tasks`)") from None


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from client.errors import NotFoundError
    from client.schema.models import Customer, Task, User
    from client.work import Staff, allowed, close_task, reassign_task, signed_in

    task_id = task_id_of(args.task_id)
    with open_cache(args) as cache, cache.session() as session:
        if args.action == "close":
            allowed(session, "task", "update", "status", "closing a task")
            edit = close_task(session, task_id, note=args.note)
            print(f"task {task_id}: done; saved locally, waiting to upload (entry {edit.entry_id})")
            return 0
        allowed(session, "task", "update", "assigned_to_id", "reassigning a task")
        user = session.scalars(
            select(User).where(User.username == args.username, User.deleted.is_(False))
        ).first()
        if user is None:
            raise NotFoundError(f"no user {args.username!r} in this cache")
        who = signed_in(session)
        if who is not None:
            staff = who.staff
        else:  # a demo cache: the task's customer's branch
            task = session.get(Task, task_id)
            customer = None if task is None else session.get(Customer, task.customer_id)
            if customer is None:
                raise NotFoundError(f"no task {task_id} in this cache")
            staff = Staff(user.id, customer.home_branch_id)
        reassigned = reassign_task(session, staff, task_id, user.id)
    if reassigned is None:
        print(f"task {task_id}: already {args.username}'s")
    else:
        print(
            f"task {task_id}: now {args.username}'s; saved locally, waiting to upload "
            f"(entry {reassigned.entry_id})"
        )
    return 0
