"""What was already received: change ids, device sequence numbers and answered batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import BigInteger, Table, and_, bindparam, insert, or_, select
from sqlalchemy.orm import Session

from server.crud.common import (
    among,
    columns_of,
    is_postgres,
    now_ms,
    per_dialect,
    rows_of,
    unnest_select,
    value_chunks,
)
from server.models import ChangeSeen, PushBatch

CHANGE_SEEN_TABLE = cast(Table, ChangeSeen.__table__)
PUSH_BATCH_TABLE = cast(Table, PushBatch.__table__)
CHANGE_SEEN_COLUMNS = ("change_id", "device_id", "device_seq", "seen_ms")
CHANGE_SEEN_ARRAYS = unnest_select(CHANGE_SEEN_TABLE, CHANGE_SEEN_COLUMNS)
_SEEN = CHANGE_SEEN_TABLE.c

SEEN_IDS = per_dialect(lambda pg: select(_SEEN.change_id).where(among(_SEEN.change_id, "ids", pg)))
USED_SEQS = per_dialect(
    lambda pg: select(_SEEN.device_seq, _SEEN.change_id).where(
        _SEEN.device_id == bindparam("device_id"), among(_SEEN.device_seq, "seqs", pg, BigInteger())
    )
)
# PostgreSQL: both in one query.
SEEN_OR_USED = select(_SEEN.change_id, _SEEN.device_id, _SEEN.device_seq).where(
    or_(
        among(_SEEN.change_id, "ids", True),
        and_(_SEEN.device_id == bindparam("device_id"), among(_SEEN.device_seq, "seqs", True, BigInteger())),
    )
)
MARK_SEEN = {
    True: insert(CHANGE_SEEN_TABLE).from_select(CHANGE_SEEN_COLUMNS, CHANGE_SEEN_ARRAYS),
    False: insert(CHANGE_SEEN_TABLE),
}
BATCH_RESPONSE = select(PUSH_BATCH_TABLE.c.response).where(
    PUSH_BATCH_TABLE.c.device_id == bindparam("device_id"),
    PUSH_BATCH_TABLE.c.batch_id == bindparam("batch_id"),
)
STORE_BATCH = insert(PUSH_BATCH_TABLE)


def seen_change_ids(session: Session, change_ids: Sequence[str]) -> set[str]:
    postgres = is_postgres(session)
    conn = session.connection()
    seen: set[str] = set()
    for part in value_chunks(sorted(set(change_ids)), postgres):
        seen.update(conn.execute(SEEN_IDS[postgres], {"ids": part}).scalars())
    return seen


def used_device_seqs(session: Session, device_id: str, seqs: Sequence[int]) -> dict[int, str]:
    """Which of the device's sequence numbers were used already, and by which change id."""
    postgres = is_postgres(session)
    conn = session.connection()
    used: dict[int, str] = {}
    for part in value_chunks(sorted(set(seqs)), postgres):
        rows = conn.execute(USED_SEQS[postgres], {"device_id": device_id, "seqs": part})
        used.update({int(seq): change_id for seq, change_id in rows})
    return used


def seen_and_used(
    session: Session, change_ids: Sequence[str], device_id: str, seqs: Sequence[int]
) -> tuple[set[str], dict[int, str]]:
    """:func:`seen_change_ids` and :func:`used_device_seqs` together (one query on PostgreSQL)."""
    if not is_postgres(session) or not change_ids:
        return seen_change_ids(session, change_ids), used_device_seqs(session, device_id, seqs)
    params = {"ids": sorted(set(change_ids)), "device_id": device_id, "seqs": sorted(set(seqs))}
    wanted_ids, wanted_seqs = set(change_ids), set(seqs)
    seen: set[str] = set()
    used: dict[int, str] = {}
    for change_id, seen_device, seq in session.connection().execute(SEEN_OR_USED, params):
        if change_id in wanted_ids:
            seen.add(change_id)
        if seen_device == device_id and seq in wanted_seqs:
            used[int(seq)] = change_id
    return seen, used


def mark_seen(session: Session, rows: Sequence[tuple[str, str, int, int]]) -> None:
    """Remember change ids ((change_id, device_id, device_seq, seen_ms) tuples) in one statement."""
    if not rows:
        return
    postgres = is_postgres(session)
    params = columns_of(rows, CHANGE_SEEN_COLUMNS) if postgres else rows_of(rows, CHANGE_SEEN_COLUMNS)
    session.connection().execute(MARK_SEEN[postgres], params)


def batch_response(session: Session, device_id: str, batch_id: str) -> str | None:
    """The answer stored for a batch already handled, as it was sent."""
    params = {"device_id": device_id, "batch_id": batch_id}
    response: str | None = session.connection().execute(BATCH_RESPONSE, params).scalar()
    return response


def store_batch_response(session: Session, device_id: str, batch_id: str, response: str) -> None:
    row = {"device_id": device_id, "batch_id": batch_id, "response": response, "created_ms": now_ms()}
    session.connection().execute(STORE_BATCH, row)
