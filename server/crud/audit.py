"""The audit log: one row per enrolment, push, pull, fork, revocation and refused request."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.crud.common import now_ms
from server.models import AuditLog


def record(session: Session, action: str, device_id: str | None = None, **detail: Any) -> None:
    """Add an audit row in the caller's transaction. Never pass a token or an enrolment code."""
    session.add(
        AuditLog(
            at_ms=now_ms(),
            device_id=device_id,
            action=action,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        )
    )


def recent(session: Session, limit: int = 100) -> list[AuditLog]:
    return list(session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)))
