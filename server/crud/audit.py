"""The audit log: one row per enrolment, push, pull, fork, revocation and refused request."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from server.crud.common import now_ms
from server.models import AuditLog

AUDIT_TABLE = cast(Table, AuditLog.__table__)
INSERT_AUDIT = insert(AUDIT_TABLE)


def record(session: Session, action: str, device_id: str | None = None, **detail: Any) -> None:
    """Add an audit row in the caller's transaction (one INSERT, no ORM object). Never pass a token
    or an enrolment code."""
    row = {
        "at_ms": now_ms(),
        "device_id": device_id,
        "action": action,
        "detail": encode_detail(detail),
    }
    session.connection().execute(INSERT_AUDIT, row)


def encode_detail(detail: dict[str, Any]) -> str:
    """An audit row's ``detail`` column: the keyword arguments as JSON."""
    return json.dumps(detail, ensure_ascii=False, sort_keys=True)


def recent(session: Session, limit: int = 100) -> list[AuditLog]:
    return list(session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)))
