"""The server's tables (SQLAlchemy 2 typed models).

Synced data is kept as cells, one row per ``(tbl, row_id, col)`` holding the current winning value,
its stamp and the per-scope sequence number of its last change; pulls page through cells by
``(scope_id, seq)``. Everything else is bookkeeping: who may sync (partners, companies, devices,
enrolment codes), what was already received (``change_seen``, ``push_batch``) and an audit log.
Timestamps are milliseconds since the epoch, like the stamps.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LEN = 36
HASH_LEN = 64  # SHA-256 hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Partner(Base):
    """A telework partner; its id is the scope of its pool."""

    __tablename__ = "partner"

    id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    bundle_key: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Company(Base):
    """A company of a partner; its id is its scope (the same id as in the app)."""

    __tablename__ = "company"

    id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    bundle_key: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Device(Base):
    """An enrolled device. ``kind`` is "company" (scopes: the company) or "partner" (the partner's
    pool and all of its companies). Only the token's SHA-256 is stored."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(HASH_LEN), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    scope_id: Mapped[str] = mapped_column(String(ID_LEN), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    last_seen_ms: Mapped[int | None] = mapped_column(BigInteger)
    revoked_ms: Mapped[int | None] = mapped_column(BigInteger)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The device's change_seen rows up to this device_seq were pruned (see server/retention.py).
    seen_floor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    forked_from: Mapped[str | None] = mapped_column(ForeignKey("device.id"))


class EnrolCode(Base):
    """A one-time enrolment code (only its hash) for one scope."""

    __tablename__ = "enrol_code"

    code_hash: Mapped[str] = mapped_column(String(HASH_LEN), primary_key=True)
    scope_id: Mapped[str] = mapped_column(String(ID_LEN))
    kind: Mapped[str] = mapped_column(String(10))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    used_ms: Mapped[int | None] = mapped_column(BigInteger)
    used_by: Mapped[str | None] = mapped_column(ForeignKey("device.id"))


class EnrolAttempt(Base):
    """One failed enrolment attempt, for rate limiting per client address."""

    __tablename__ = "enrol_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    address: Mapped[str] = mapped_column(String(100))
    at_ms: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_enrol_attempt_address_at", "address", "at_ms"),)


class Cell(Base):
    """The current winning value of one synced cell, with the per-scope number of its last change."""

    __tablename__ = "cell"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    scope_id: Mapped[str] = mapped_column(String(ID_LEN))
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(ID_LEN))
    # The change that wrote the value and the stamp it was made on (None for the server's conflict
    # rows): merge.decide needs them to name the losing change and to tell history from rivals.
    change_id: Mapped[str | None] = mapped_column(String(ID_LEN))
    base_hlc: Mapped[int | None] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_cell_scope_seq", "scope_id", "seq", unique=True),)


class ChangeSeen(Base):
    """Every change id received (for the retention period), so retries and re-sends are skipped and
    copied databases show. Older rows are pruned below a per-device floor, ``Device.seen_floor``."""

    __tablename__ = "change_seen"

    change_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(ID_LEN))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    seen_ms: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (UniqueConstraint("device_id", "device_seq", name="uq_change_seen_device_seq"),)


class ScopeSeq(Base):
    """The last sequence number of a scope. Pushes lock it, so numbers follow commit order."""

    __tablename__ = "scope_seq"

    scope_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class PushBatch(Base):
    """The answer given to a batch, returned unchanged when the batch is retried."""

    __tablename__ = "push_batch"

    device_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    response: Mapped[str] = mapped_column(Text)
    created_ms: Mapped[int] = mapped_column(BigInteger, index=True)


class AuditLog(Base):
    """Who did what. ``detail`` is JSON and never holds a token or a code."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_ms: Mapped[int] = mapped_column(BigInteger, index=True)
    device_id: Mapped[str | None] = mapped_column(String(ID_LEN))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class ServerIdentity(Base):
    """The server's own device id (one row), which stamps the conflict rows it writes."""

    __tablename__ = "server_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    device_id: Mapped[str] = mapped_column(String(ID_LEN))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    last_pruned_ms: Mapped[int | None] = mapped_column(BigInteger)
