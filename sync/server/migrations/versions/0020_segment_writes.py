"""segments and offers: moves as HOT updates, history, offers and feed without checks

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORY_KEYS = (
    ("fk_segment_membership_history_customer_id_customer", "customer", ["customer_id"]),
    ("fk_segment_membership_history_segment_id_segment", "segment", ["segment_id"]),
    (
        "fk_segment_membership_history_previous_segment_id_segment",
        "segment",
        ["previous_segment_id"],
    ),
)
OFFER_KEYS = (
    ("fk_offer_customer_id_customer", "customer", ["customer_id"]),
    ("fk_offer_product_id_product", "product", ["product_id"]),
    ("fk_offer_campaign_id_campaign", "campaign", ["campaign_id"]),
)
KEYS = {"segment_membership_history": HISTORY_KEYS, "offer": OFFER_KEYS}
"""The foreign keys that go, per table (`client.schema.models.SegmentMembershipHistory`,
`Offer`: written by the server only, from rows of the same transaction)."""
TABLE_TIME_ENTRIES = (
    "(op = 'insert' AND table_name = 'customer') OR (before ->> 'status') IS NOT NULL "
    "OR (before ->> 'lifecycle') IS NOT NULL"
)


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    """What a whole-bank rule evaluation writes gets cheaper (`client.schema.models.Customer`,
    `SegmentMembershipHistory`, `sync.server.tables.change_log`):
    - `ix_customer_segment_id` goes, and on PostgreSQL `customer` keeps half of each page
      free (fillfactor 50) for the rows written from now on; a bank upgrading with its
      customers loaded rewrites the table once at a quiet hour (`VACUUM FULL customer` or
      pg_repack) to have that for every row;
    - the segment history and the offers lose their foreign keys (the server alone writes
      them: `client.schema.permissions.IMPORT_ONLY`);
    - on PostgreSQL `ix_server_change_log_table_time` holds only the entries the evaluation
      reads by table and time."""
    op.drop_index("ix_customer_segment_id", table_name="customer")
    for table, keys in KEYS.items():
        with op.batch_alter_table(table) as batch:
            for name, _, _ in keys:
                batch.drop_constraint(name, type_="foreignkey")
    if _postgres():
        op.execute("ALTER TABLE customer SET (fillfactor = 50)")
        op.drop_index("ix_server_change_log_table_time", table_name="server_change_log")
        op.create_index(
            "ix_server_change_log_table_time",
            "server_change_log",
            ["table_name", "committed_at"],
            postgresql_where=sa.text(TABLE_TIME_ENTRIES),
        )


def downgrade() -> None:
    """Brings back the index, the foreign keys, full pages and the whole feed's index."""
    if _postgres():
        op.drop_index("ix_server_change_log_table_time", table_name="server_change_log")
        op.create_index(
            "ix_server_change_log_table_time", "server_change_log", ["table_name", "committed_at"]
        )
        op.execute("ALTER TABLE customer RESET (fillfactor)")
    for table, keys in KEYS.items():
        with op.batch_alter_table(table) as batch:
            for name, target, columns in keys:
                batch.create_foreign_key(name, target, columns, ["id"])
    op.create_index("ix_customer_segment_id", "customer", ["segment_id"])
