"""retention: when each change id was seen, each device's pruned floor, the last prune

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 02:30:00
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Change ids received before this migration count as seen now: they are kept a whole retention
    # period from today (conservative), never pruned at once.
    migrated_ms = time.time_ns() // 1_000_000
    with op.batch_alter_table("change_seen") as batch:
        batch.add_column(
            sa.Column("seen_ms", sa.BigInteger(), nullable=False, server_default=str(migrated_ms))
        )
    with op.batch_alter_table("change_seen") as batch:
        batch.alter_column("seen_ms", server_default=None)
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("seen_floor", sa.BigInteger(), nullable=False, server_default="0"))
    with op.batch_alter_table("server_identity") as batch:
        batch.add_column(sa.Column("last_pruned_ms", sa.BigInteger(), nullable=True))
    op.create_index(op.f("ix_push_batch_created_ms"), "push_batch", ["created_ms"])


def downgrade() -> None:
    op.drop_index(op.f("ix_push_batch_created_ms"), table_name="push_batch")
    with op.batch_alter_table("server_identity") as batch:
        batch.drop_column("last_pruned_ms")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("seen_floor")
    with op.batch_alter_table("change_seen") as batch:
        batch.drop_column("seen_ms")
