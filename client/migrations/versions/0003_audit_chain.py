"""audit events hash-chained per device

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ACTIONS = ("view", "create", "update", "delete", "unmask", "export", "login")
NEW_ACTIONS = (
    *OLD_ACTIONS,
    "print",
    "login_failed",
    "lock",
    "unlock",
    "resolve_conflict",
)
FOREIGN_KEYS = (
    ("fk_audit_event_customer_id_customer", "customer", "customer_id"),
    ("fk_audit_event_device_id_device", "device", "device_id"),
    ("fk_audit_event_user_id_user_account", "user_account", "user_id"),
)


def _action_type(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="auditaction_enum", native_enum=False, create_constraint=True)


def upgrade() -> None:
    """Adds the chain columns, the new actions; drops the foreign keys (see the model)."""
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        for name, _table, _column in FOREIGN_KEYS:
            batch_op.drop_constraint(name, type_="foreignkey")
        batch_op.alter_column(
            "action",
            existing_type=_action_type(OLD_ACTIONS),
            type_=_action_type(NEW_ACTIONS),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("change", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("device_seq", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("event_hash", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.create_index("ix_audit_event_device_seq", ["device_id", "device_seq"], unique=True)


def downgrade() -> None:
    """Undoes upgrade() (events of the new actions must be gone first)."""
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_device_seq")
        for column in ("event_hash", "prev_hash", "device_seq", "change"):
            batch_op.drop_column(column)
        batch_op.alter_column(
            "action",
            existing_type=_action_type(NEW_ACTIONS),
            type_=_action_type(OLD_ACTIONS),
            existing_nullable=False,
        )
        for name, table, column in FOREIGN_KEYS:
            batch_op.create_foreign_key(name, table, [column], ["id"])
