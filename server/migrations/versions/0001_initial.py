"""initial server schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 21:33:25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=36), nullable=nullable)


def _ms(name: str, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "partner",
        _id("id"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("bundle_key", sa.String(length=64), nullable=False),
        _ms("created_ms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    op.create_table(
        "company",
        _id("id"),
        _id("partner_id"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("bundle_key", sa.String(length=64), nullable=False),
        _ms("created_ms"),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], name=op.f("fk_company_partner_id_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.create_index(op.f("ix_company_partner_id"), "company", ["partner_id"])
    op.create_table(
        "device",
        _id("id"),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        _id("scope_id"),
        _ms("created_ms"),
        _ms("last_seen_ms", nullable=True),
        _ms("revoked_ms", nullable=True),
        sa.Column("acked_seq", sa.BigInteger(), server_default="0", nullable=False),
        _id("forked_from", nullable=True),
        sa.ForeignKeyConstraint(["forked_from"], ["device.id"], name=op.f("fk_device_forked_from_device")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_device_token_hash")),
    )
    op.create_index(op.f("ix_device_scope_id"), "device", ["scope_id"])
    op.create_table(
        "enrol_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        _id("scope_id"),
        sa.Column("kind", sa.String(length=10), nullable=False),
        _ms("created_ms"),
        _ms("expires_ms"),
        _ms("used_ms", nullable=True),
        _id("used_by", nullable=True),
        sa.ForeignKeyConstraint(["used_by"], ["device.id"], name=op.f("fk_enrol_code_used_by_device")),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_code")),
    )
    op.create_table(
        "enrol_attempt",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("address", sa.String(length=100), nullable=False),
        _ms("at_ms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrol_attempt")),
    )
    op.create_index("ix_enrol_attempt_address_at", "enrol_attempt", ["address", "at_ms"])
    op.create_table(
        "cell",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        _id("row_id"),
        sa.Column("col", sa.String(length=60), nullable=False),
        _id("scope_id"),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        _id("device_id"),
        _id("change_id", nullable=True),
        sa.Column("base_hlc", sa.BigInteger(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "col", name=op.f("pk_cell")),
    )
    op.create_index("ix_cell_scope_seq", "cell", ["scope_id", "seq"], unique=True)
    op.create_table(
        "change_seen",
        _id("change_id"),
        _id("device_id"),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_change_seen")),
        sa.UniqueConstraint("device_id", "device_seq", name="uq_change_seen_device_seq"),
    )
    op.create_table(
        "scope_seq",
        _id("scope_id"),
        sa.Column("last_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("scope_id", name=op.f("pk_scope_seq")),
    )
    op.create_table(
        "push_batch",
        _id("device_id"),
        _id("batch_id"),
        sa.Column("response", sa.Text(), nullable=False),
        _ms("created_ms"),
        sa.PrimaryKeyConstraint("device_id", "batch_id", name=op.f("pk_push_batch")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _ms("at_ms"),
        _id("device_id", nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at_ms"), "audit_log", ["at_ms"])
    op.create_table(
        "server_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        _id("device_id"),
        _ms("created_ms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_identity")),
    )


def downgrade() -> None:
    for table in (
        "server_identity",
        "audit_log",
        "push_batch",
        "scope_seq",
        "change_seen",
        "cell",
        "enrol_attempt",
        "enrol_code",
        "device",
        "company",
        "partner",
    ):
        op.drop_table(table)
