"""Cells and per-scope sequence numbers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.crud.common import chunks, insert_missing
from server.models import Cell, ScopeSeq

CellPk = tuple[str, str, str]  # (tbl, row_id, col)
RowKey = tuple[str, str]  # (tbl, row_id)


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


def row_cells(session: Session, rows: Iterable[RowKey]) -> dict[CellPk, Cell]:
    """Every stored cell of the given rows."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in set(rows):
        by_table[tbl].append(row_id)
    found: dict[CellPk, Cell] = {}
    for tbl, row_ids in by_table.items():
        for part in chunks(sorted(row_ids)):
            for cell in session.scalars(select(Cell).where(Cell.tbl == tbl, Cell.row_id.in_(part))):
                found[(cell.tbl, cell.row_id, cell.col)] = cell
    return found


def row_scopes(session: Session, tbl: str, row_ids: Iterable[str]) -> dict[str, str]:
    """The scope of each stored row of ``tbl`` among ``row_ids`` (rows without cells are absent)."""
    found: dict[str, str] = {}
    for part in chunks(sorted(set(row_ids))):
        stmt = select(Cell.row_id, Cell.scope_id).where(Cell.tbl == tbl, Cell.row_id.in_(part)).distinct()
        found.update({row_id: scope_id for row_id, scope_id in session.execute(stmt)})
    return found


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
