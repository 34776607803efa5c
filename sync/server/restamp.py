"""When a customer moves branch, its whole relationship gets new feed versions.

A workstation of the new branch never saw those rows (they were out of its scope), so each
row tied to the customer is logged again as an update with an empty `before`: pulls of the
new branch then carry them, and no field counts as changed for conflict checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from sync.server import relationship
from sync.server.feed import PendingChange


def restamped(session: Session, pending: Sequence[PendingChange]) -> list[PendingChange]:
    """Extra changes re-stamping the relationships of customers whose home branch changed."""
    moved = {
        c.obj.id
        for c in pending
        if c.table == "customer" and c.op == "update" and "home_branch_id" in c.before
    }
    if not moved:
        return []
    session.flush()
    already = {(c.table, c.obj.id) for c in pending}
    return [
        PendingChange(obj, table, "update")
        for table, obj in relationship.rows_of(session, moved)
        if (table, obj.id) not in already
    ]
