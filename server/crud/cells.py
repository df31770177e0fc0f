"""Cells and per-scope sequence numbers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.crud.common import (
    among,
    columns_of,
    insert_missing,
    is_postgres,
    per_dialect,
    rows_of,
    unnest_select,
    value_chunks,
)
from server.models import Cell, ScopeSeq

CellPk = tuple[str, str, str]  # (tbl, row_id, col)
RowKey = tuple[str, str]  # (tbl, row_id)
CELL_TABLE = cast(Table, Cell.__table__)
SCOPE_SEQ_TABLE = cast(Table, ScopeSeq.__table__)
CELL_COLUMNS = tuple(column.name for column in CELL_TABLE.columns)
# PostgreSQL writes a batch's cells in one statement: one array parameter a column, unnest-ed.
CELL_ARRAYS = unnest_select(CELL_TABLE, CELL_COLUMNS)
# What a write changes in a stored cell (its key and scope stay).
WRITTEN_COLUMNS = ("value", "hlc", "device_id", "change_id", "base_hlc", "seq")
_CELL = CELL_TABLE.c
_SEQ = SCOPE_SEQ_TABLE.c

# The statements of a push, built once (see common.per_dialect).
LOCK_SEQS = per_dialect(
    lambda pg: (
        select(_SEQ.scope_id, _SEQ.last_seq)
        .where(among(_SEQ.scope_id, "scope_ids", pg))
        .order_by(_SEQ.scope_id)
        .with_for_update()
    )
)
SET_LAST_SEQ = (
    update(SCOPE_SEQ_TABLE)
    .where(_SEQ.scope_id == bindparam("wanted_scope"))
    .values(last_seq=bindparam("new_seq"))
)
ROW_CELLS = per_dialect(
    lambda pg: select(
        _CELL.row_id,
        _CELL.col,
        _CELL.scope_id,
        _CELL.value,
        _CELL.hlc,
        _CELL.device_id,
        _CELL.change_id,
        _CELL.base_hlc,
        _CELL.seq,
    ).where(_CELL.tbl == bindparam("tbl"), among(_CELL.row_id, "row_ids", pg))
)
ROW_SCOPES = per_dialect(
    lambda pg: (
        select(_CELL.row_id, _CELL.scope_id)
        .where(_CELL.tbl == bindparam("tbl"), among(_CELL.row_id, "row_ids", pg))
        .distinct()
    )
)


def _upsert(postgres: bool) -> Any:
    upsert = (postgresql if postgres else sqlite).insert(CELL_TABLE)
    if postgres:
        upsert = upsert.from_select(CELL_COLUMNS, CELL_ARRAYS)
    return upsert.on_conflict_do_update(
        index_elements=[_CELL.tbl, _CELL.row_id, _CELL.col],
        set_={name: upsert.excluded[name] for name in WRITTEN_COLUMNS},
    )


# New cells: a plain INSERT (a cell another transaction stored meanwhile is an error); updated: upsert.
INSERT_CELLS = {True: insert(CELL_TABLE).from_select(CELL_COLUMNS, CELL_ARRAYS), False: insert(CELL_TABLE)}
UPSERT_CELLS = per_dialect(_upsert)


@dataclass(slots=True)
class StoredCell:
    """A cell as stored (plain data, no ORM object: a push reads and writes hundreds of them)."""

    scope_id: str
    value: str
    hlc: int
    device_id: str
    change_id: str | None
    base_hlc: int | None
    seq: int


def lock_scopes(session: Session, scope_ids: Iterable[str]) -> dict[str, int]:
    """Lock the scopes' sequence rows until the transaction ends, in id order (no deadlocks), and
    return each one's last number. Store the numbers used with :func:`set_last_seqs`.

    Whoever holds a scope's lock is the only one numbering its cells, and the numbers become
    visible when it commits, so a pull never sees a number while a lower one is still to come.
    """
    wanted = sorted(set(scope_ids))
    if not wanted:
        return {}
    locked = _lock_seq_rows(session, wanted)
    missing = [s for s in wanted if s not in locked]
    if missing:
        insert_missing(session, ScopeSeq, [{"scope_id": s, "last_seq": 0} for s in missing])
        locked = _lock_seq_rows(session, wanted)
    return locked


def _lock_seq_rows(session: Session, wanted: list[str]) -> dict[str, int]:
    postgres = is_postgres(session)
    conn = session.connection()
    locked: dict[str, int] = {}
    for part in value_chunks(wanted, postgres):
        rows = conn.execute(LOCK_SEQS[postgres], {"scope_ids": part})
        locked.update({scope_id: int(seq) for scope_id, seq in rows})
    return locked


def set_last_seqs(session: Session, last: dict[str, int]) -> None:
    """Store the last number used in each scope (whose rows :func:`lock_scopes` locked)."""
    if not last:
        return
    rows = [{"wanted_scope": scope_id, "new_seq": seq} for scope_id, seq in sorted(last.items())]
    session.connection().execute(SET_LAST_SEQ, rows)


def row_cells(session: Session, rows: Iterable[RowKey]) -> dict[CellPk, StoredCell]:
    """Every stored cell of the given rows (one query per table on PostgreSQL)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in set(rows):
        by_table[tbl].append(row_id)
    postgres = is_postgres(session)
    conn = session.connection()
    found: dict[CellPk, StoredCell] = {}
    for tbl, row_ids in sorted(by_table.items()):
        for part in value_chunks(sorted(row_ids), postgres):
            result = conn.execute(ROW_CELLS[postgres], {"tbl": tbl, "row_ids": part})
            for row_id, col, scope, value, hlc, device, change, base, seq in result:
                found[(tbl, row_id, col)] = StoredCell(scope, value, hlc, device, change, base, seq)
    return found


def row_scopes(session: Session, tbl: str, row_ids: Iterable[str]) -> dict[str, str]:
    """The scope of each stored row of ``tbl`` among ``row_ids`` (rows without cells are absent)."""
    postgres = is_postgres(session)
    conn = session.connection()
    found: dict[str, str] = {}
    for part in value_chunks(sorted(set(row_ids)), postgres):
        rows = conn.execute(ROW_SCOPES[postgres], {"tbl": tbl, "row_ids": part})
        found.update({row_id: scope_id for row_id, scope_id in rows})
    return found


def write_cells(session: Session, new: list[tuple[Any, ...]], updated: list[tuple[Any, ...]]) -> None:
    """Store cells (tuples of every column, in :data:`CELL_COLUMNS` order), each list in one
    statement: on PostgreSQL one array a column, unnest-ed (the SQL text never changes); on SQLite
    an executemany.

    ``new`` are cells that were not stored when the batch read its rows: a plain INSERT, so a cell
    another transaction stored meanwhile is an error, never silently overwritten. ``updated`` were
    stored: an upsert on the key that sets what a write changes (never the scope).
    """
    conn = session.connection()
    postgres = is_postgres(session)
    for rows, statements in ((new, INSERT_CELLS), (updated, UPSERT_CELLS)):
        if rows:
            params = columns_of(rows, CELL_COLUMNS) if postgres else rows_of(rows, CELL_COLUMNS)
            conn.execute(statements[postgres], params)


def last_seqs(session: Session, scope_ids: Iterable[str]) -> dict[str, int]:
    """The highest sequence number used so far in each scope."""
    wanted = sorted(set(scope_ids))
    if not wanted:
        return {}
    stmt = select(ScopeSeq.scope_id, ScopeSeq.last_seq).where(ScopeSeq.scope_id.in_(wanted))
    return {scope_id: int(seq) for scope_id, seq in session.execute(stmt)}


PULL_COLUMNS = (
    Cell.tbl,
    Cell.row_id,
    Cell.scope_id,
    Cell.col,
    Cell.value,
    Cell.hlc,
    Cell.device_id,
    Cell.change_id,
    Cell.seq,
)


def cells_after(session: Session, scope_id: str, after_seq: int, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` current cells of a scope with a sequence number above ``after_seq``, in order."""
    stmt = (
        select(*PULL_COLUMNS)
        .where(Cell.scope_id == scope_id, Cell.seq > after_seq)
        .order_by(Cell.seq)
        .limit(limit)
    )
    return [dict(row) for row in session.execute(stmt).mappings()]


def max_hlc(session: Session) -> int:
    """The greatest stamp stored (the server clock starts past it)."""
    return int(session.scalar(select(func.max(Cell.hlc))) or 0)
