"""What was already received: change ids, device sequence numbers and answered batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from server.crud.common import chunks, now_ms
from server.models import ChangeSeen, PushBatch


def seen_change_ids(session: Session, change_ids: Sequence[str]) -> set[str]:
    seen: set[str] = set()
    for part in chunks(sorted(set(change_ids))):
        seen.update(session.scalars(select(ChangeSeen.change_id).where(ChangeSeen.change_id.in_(part))))
    return seen


def used_device_seqs(session: Session, device_id: str, seqs: Sequence[int]) -> dict[int, str]:
    """Which of the device's sequence numbers were used already, and by which change id."""
    used: dict[int, str] = {}
    for part in chunks(sorted(set(seqs))):
        stmt = select(ChangeSeen.device_seq, ChangeSeen.change_id).where(
            ChangeSeen.device_id == device_id, ChangeSeen.device_seq.in_(part)
        )
        used.update({int(seq): change_id for seq, change_id in session.execute(stmt)})
    return used


def mark_seen(session: Session, rows: list[dict[str, Any]]) -> None:
    """Remember change ids (dicts of change_id, device_id, device_seq)."""
    if rows:
        session.execute(insert(ChangeSeen), rows)


def batch_response(session: Session, device_id: str, batch_id: str) -> str | None:
    """The answer stored for a batch already handled, as it was sent."""
    row = session.get(PushBatch, (device_id, batch_id))
    return row.response if row is not None else None


def store_batch_response(session: Session, device_id: str, batch_id: str, response: str) -> None:
    session.add(PushBatch(device_id=device_id, batch_id=batch_id, response=response, created_ms=now_ms()))
