"""Enrolment codes (stored as hashes) and the failed attempts made per client address."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server.core.security import new_enrol_code, sha256_hex
from server.crud.common import now_ms
from server.models import EnrolAttempt, EnrolCode


def create_code(session: Session, scope_id: str, kind: str, hours: float) -> tuple[str, EnrolCode]:
    """A new one-time code for the scope; the code itself is returned once and only its hash kept."""
    code = new_enrol_code()
    created = now_ms()
    row = EnrolCode(
        code_hash=sha256_hex(code),
        scope_id=scope_id,
        kind=kind,
        created_ms=created,
        expires_ms=created + int(hours * 3_600_000),
    )
    session.add(row)
    session.flush()
    return code, row


def lock_code(session: Session, code: str) -> EnrolCode | None:
    """The code's row, locked so two devices cannot both use it."""
    stmt = (
        select(EnrolCode)
        .where(EnrolCode.code_hash == sha256_hex(code))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return session.scalar(stmt)


def attempts_since(session: Session, address: str, since_ms: int) -> tuple[int, int | None]:
    """How many failed attempts ``address`` made since ``since_ms``, and when the oldest was."""
    count, oldest = session.execute(
        select(func.count(), func.min(EnrolAttempt.at_ms)).where(
            EnrolAttempt.address == address, EnrolAttempt.at_ms >= since_ms
        )
    ).one()
    return int(count), oldest


def record_attempt(session: Session, address: str, at_ms: int, forget_before_ms: int) -> None:
    """Count a failed attempt, forgetting attempts too old to matter."""
    session.execute(delete(EnrolAttempt).where(EnrolAttempt.at_ms < forget_before_ms))
    session.add(EnrolAttempt(address=address[:100], at_ms=at_ms))
