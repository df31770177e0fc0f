"""Cells and per-scope sequence numbers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.crud.common import as_arrays, in_values, insert_missing, is_postgres, unnest_select
from server.models import Cell, ScopeSeq

CellPk = tuple[str, str, str]  # (tbl, row_id, col)
RowKey = tuple[str, str]  # (tbl, row_id)
CELL_TABLE = cast(Table, Cell.__table__)
CELL_COLUMNS = tuple(column.name for column in CELL_TABLE.columns)
# PostgreSQL writes a batch's cells in one statement: one array parameter a column, unnest-ed.
CELL_ARRAYS = unnest_select(CELL_TABLE, CELL_COLUMNS)
# What a write changes in a stored cell (its key and scope stay).
WRITTEN_COLUMNS = ("value", "hlc", "device_id", "change_id", "base_hlc", "seq")


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


def lock_scopes(session: Session, scope_ids: Iterable[str]) -> dict[str, ScopeSeq]:
    """Lock the scopes' sequence rows until the transaction ends, in id order (no deadlocks).

    Whoever holds a scope's lock is the only one numbering its cells, and the numbers become
    visible when it commits, so a pull never sees a number while a lower one is still to come.
    """
    wanted = sorted(set(scope_ids))
    if not wanted:
        return {}
    stmt = (
        select(ScopeSeq)
        .where(ScopeSeq.scope_id.in_(wanted))
        .order_by(ScopeSeq.scope_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    locked = {row.scope_id: row for row in session.scalars(stmt)}
    missing = [s for s in wanted if s not in locked]
    if missing:
        insert_missing(session, ScopeSeq, [{"scope_id": s, "last_seq": 0} for s in missing])
        locked = {row.scope_id: row for row in session.scalars(stmt)}
    return locked


ROW_CELL_COLUMNS = (
    Cell.row_id,
    Cell.col,
    Cell.scope_id,
    Cell.value,
    Cell.hlc,
    Cell.device_id,
    Cell.change_id,
    Cell.base_hlc,
    Cell.seq,
)


def row_cells(session: Session, rows: Iterable[RowKey]) -> dict[CellPk, StoredCell]:
    """Every stored cell of the given rows (one query per table on PostgreSQL)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in set(rows):
        by_table[tbl].append(row_id)
    postgres = is_postgres(session)
    found: dict[CellPk, StoredCell] = {}
    for tbl, row_ids in sorted(by_table.items()):
        for where in in_values(Cell.row_id, sorted(row_ids), postgres, "row_ids"):
            stmt = select(*ROW_CELL_COLUMNS).where(Cell.tbl == tbl, where)
            for row_id, col, scope, value, hlc, device, change, base, seq in session.execute(stmt):
                found[(tbl, row_id, col)] = StoredCell(scope, value, hlc, device, change, base, seq)
    return found


def row_scopes(session: Session, tbl: str, row_ids: Iterable[str]) -> dict[str, str]:
    """The scope of each stored row of ``tbl`` among ``row_ids`` (rows without cells are absent)."""
    found: dict[str, str] = {}
    for where in in_values(Cell.row_id, sorted(set(row_ids)), is_postgres(session), "row_ids"):
        stmt = select(Cell.row_id, Cell.scope_id).where(Cell.tbl == tbl, where).distinct()
        found.update({row_id: scope_id for row_id, scope_id in session.execute(stmt)})
    return found


def write_cells(session: Session, new: list[dict[str, Any]], updated: list[dict[str, Any]]) -> None:
    """Store cells (dicts of every column), each list in one statement: on PostgreSQL one array a
    column, unnest-ed (the SQL text never changes); on SQLite an executemany.

    ``new`` are cells that were not stored when the batch read its rows: a plain INSERT, so a cell
    another transaction stored meanwhile is an error, never silently overwritten. ``updated`` were
    stored: an upsert on the key that sets what a write changes (never the scope).
    """
    conn = session.connection()
    postgres = is_postgres(session)
    dialect = postgresql if postgres else sqlite
    if new:
        plain = dialect.insert(CELL_TABLE)
        if postgres:
            conn.execute(plain.from_select(CELL_COLUMNS, CELL_ARRAYS), as_arrays(new, CELL_COLUMNS))
        else:
            conn.execute(plain, new)
    if updated:
        upsert = dialect.insert(CELL_TABLE)
        if postgres:
            upsert = upsert.from_select(CELL_COLUMNS, CELL_ARRAYS)
        upsert = upsert.on_conflict_do_update(
            index_elements=[CELL_TABLE.c.tbl, CELL_TABLE.c.row_id, CELL_TABLE.c.col],
            set_={name: upsert.excluded[name] for name in WRITTEN_COLUMNS},
        )
        conn.execute(upsert, as_arrays(updated, CELL_COLUMNS) if postgres else updated)


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
