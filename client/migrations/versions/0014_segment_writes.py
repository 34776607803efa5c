"""segments and offers: no index on a customer's segment, no foreign keys in the history and offers

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
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


def upgrade() -> None:
    """As the server's migration 0020 (`client.schema.models.Customer`,
    `SegmentMembershipHistory`, `Offer`): drops `ix_customer_segment_id` and the history's
    and the offers' foreign keys (SQLite copies the tables for that)."""
    op.drop_index("ix_customer_segment_id", table_name="customer")
    for table, keys in KEYS.items():
        with op.batch_alter_table(table) as batch:
            for name, _, _ in keys:
                batch.drop_constraint(name, type_="foreignkey")


def downgrade() -> None:
    """Brings them back."""
    for table, keys in KEYS.items():
        with op.batch_alter_table(table) as batch:
            for name, target, columns in keys:
                batch.create_foreign_key(name, target, columns, ["id"])
    op.create_index("ix_customer_segment_id", "customer", ["segment_id"])
