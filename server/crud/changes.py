"""What was already received: change ids, device sequence numbers and answered batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, and_, insert, or_, select
from sqlalchemy.orm import Session

from server.crud.common import as_arrays, in_values, is_postgres, now_ms, unnest_select
from server.models import ChangeSeen, PushBatch

CHANGE_SEEN_TABLE = cast(Table, ChangeSeen.__table__)
CHANGE_SEEN_COLUMNS = ("change_id", "device_id", "device_seq")
CHANGE_SEEN_ARRAYS = unnest_select(CHANGE_SEEN_TABLE, CHANGE_SEEN_COLUMNS)


def seen_change_ids(session: Session, change_ids: Sequence[str]) -> set[str]:
    seen: set[str] = set()
    for where in in_values(ChangeSeen.change_id, sorted(set(change_ids)), is_postgres(session), "ids"):
        seen.update(session.scalars(select(ChangeSeen.change_id).where(where)))
    return seen


def used_device_seqs(session: Session, device_id: str, seqs: Sequence[int]) -> dict[int, str]:
    """Which of the device's sequence numbers were used already, and by which change id."""
    used: dict[int, str] = {}
    for where in in_values(ChangeSeen.device_seq, sorted(set(seqs)), is_postgres(session), "seqs"):
        stmt = select(ChangeSeen.device_seq, ChangeSeen.change_id).where(
            ChangeSeen.device_id == device_id, where
        )
        used.update({int(seq): change_id for seq, change_id in session.execute(stmt)})
    return used


def seen_and_used(
    session: Session, change_ids: Sequence[str], device_id: str, seqs: Sequence[int]
) -> tuple[set[str], dict[int, str]]:
    """:func:`seen_change_ids` and :func:`used_device_seqs` together (one query on PostgreSQL)."""
    if not is_postgres(session) or not change_ids:
        return seen_change_ids(session, change_ids), used_device_seqs(session, device_id, seqs)
    (by_id,) = in_values(ChangeSeen.change_id, sorted(set(change_ids)), True, "ids")
    (by_seq,) = in_values(ChangeSeen.device_seq, sorted(set(seqs)), True, "seqs")
    stmt = select(ChangeSeen.change_id, ChangeSeen.device_id, ChangeSeen.device_seq).where(
        or_(by_id, and_(ChangeSeen.device_id == device_id, by_seq))
    )
    wanted_ids, wanted_seqs = set(change_ids), set(seqs)
    seen: set[str] = set()
    used: dict[int, str] = {}
    for change_id, seen_device, seq in session.execute(stmt):
        if change_id in wanted_ids:
            seen.add(change_id)
        if seen_device == device_id and seq in wanted_seqs:
            used[int(seq)] = change_id
    return seen, used


def mark_seen(session: Session, rows: list[dict[str, Any]]) -> None:
    """Remember change ids (dicts of change_id, device_id, device_seq): one Core executemany."""
    if not rows:
        return
    if is_postgres(session):
        stmt = insert(CHANGE_SEEN_TABLE).from_select(CHANGE_SEEN_COLUMNS, CHANGE_SEEN_ARRAYS)
        session.connection().execute(stmt, as_arrays(rows, CHANGE_SEEN_COLUMNS))
    else:
        session.connection().execute(insert(CHANGE_SEEN_TABLE), rows)


def batch_response(session: Session, device_id: str, batch_id: str) -> str | None:
    """The answer stored for a batch already handled, as it was sent."""
    row = session.get(PushBatch, (device_id, batch_id))
    return row.response if row is not None else None


def store_batch_response(session: Session, device_id: str, batch_id: str, response: str) -> None:
    session.add(PushBatch(device_id=device_id, batch_id=batch_id, response=response, created_ms=now_ms()))
