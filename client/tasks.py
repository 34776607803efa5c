"""Open tasks as lists a screen or a command shows: due date, customer, assignee.

`open_tasks(session, ...)` reads the cache (no network): every open task of the cache, or
only those assigned to one user (`--mine`), or those of one branch (its customers' tasks
and those given to its staff), due first. Closing and reassigning are edits
(`client.work.close_task`, `client.work.reassign_task`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from client.schema.enums import TaskStatus
from client.schema.models import Customer, Task, User
from client.work import EditState, edit_state


@dataclass(frozen=True)
class TaskLine:
    """One open task as listed."""

    task_id: uuid.UUID
    title: str
    due_on: date
    status: str
    customer_id: uuid.UUID
    customer_number: str
    customer_name: str
    assignee_id: uuid.UUID | None
    assignee: str
    """The assignee's user name ("" for nobody)."""
    overdue: bool
    state: EditState

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.task_id),
            "title": self.title,
            "due_on": self.due_on.isoformat(),
            "status": self.status,
            "overdue": self.overdue,
            "customer_id": str(self.customer_id),
            "customer_number": self.customer_number,
            "customer_name": self.customer_name,
            "assignee_id": None if self.assignee_id is None else str(self.assignee_id),
            "assignee": self.assignee,
            "state": self.state.value,
        }

    def line(self) -> str:
        late = " (overdue)" if self.overdue else ""
        return (
            f"{self.due_on:%Y-%m-%d}{late}  {self.customer_number}  {self.customer_name}  "
            f"{self.title}  → {self.assignee or '-'}  [{self.task_id}]"
        )


def _query() -> tuple[Any, Any]:
    """The open tasks with their customer and assignee, and the assignee's alias."""
    assignee = aliased(User)
    stmt: Any = (
        select(Task, Customer.customer_number, Customer.legal_name, assignee.username)
        .join(Customer, Customer.id == Task.customer_id)
        .join(assignee, assignee.id == Task.assigned_to_id, isouter=True)
        .where(
            Task.deleted.is_(False),
            Customer.deleted.is_(False),
            Task.status == TaskStatus.OPEN,
        )
        .order_by(Task.due_on, Customer.customer_number, Task.title)
    )
    return stmt, assignee


def open_tasks(
    session: Session,
    *,
    today: date,
    assigned_to: uuid.UUID | None = None,
    branch_id: uuid.UUID | None = None,
    due_by: date | None = None,
) -> list[TaskLine]:
    """Open tasks, soonest due first; `assigned_to`: only that user's; `branch_id`: only
    the branch's (its customers' or its staff's); `due_by`: only those due on or before."""
    stmt, assignee = _query()
    if assigned_to is not None:
        stmt = stmt.where(Task.assigned_to_id == assigned_to)
    if branch_id is not None:
        stmt = stmt.where(
            or_(Customer.home_branch_id == branch_id, assignee.branch_id == branch_id)
        )
    if due_by is not None:
        stmt = stmt.where(Task.due_on <= due_by)
    return [
        TaskLine(
            task_id=task.id,
            title=task.title,
            due_on=task.due_on,
            status=str(task.status),
            customer_id=task.customer_id,
            customer_number=number,
            customer_name=name,
            assignee_id=task.assigned_to_id,
            assignee=username or "",
            overdue=task.due_on < today,
            state=edit_state(session, "task", task.id),
        )
        for task, number, name, username in session.execute(stmt).all()
    ]
