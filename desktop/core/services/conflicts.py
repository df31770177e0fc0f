"""Reviewing sync conflicts: both values, who and when; keep the winner or restore the loser.

Resolving is an ordinary write, so the decision itself syncs to every device of the scope.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.models import Conflict
from desktop.core.sync.apply import TABLES, decode_value
from desktop.core.sync.merge import DELETED_COLUMN


@dataclass(frozen=True)
class ConflictData:
    id: str
    scope_id: str
    tbl: str
    row_id: str
    col: str
    winner_value: Any
    winner_hlc: int
    winner_device: str
    loser_value: Any
    loser_hlc: int
    loser_device: str
    reason: str
    resolved: bool


def _value(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _data(c: Conflict) -> ConflictData:
    return ConflictData(
        c.id, c.scope_id, c.tbl, c.row_id, c.col, _value(c.winner_value), c.winner_hlc, c.winner_device,
        _value(c.loser_value), c.loser_hlc, c.loser_device, c.reason, c.resolved,
    )  # fmt: skip


def list_conflicts(db: Database, include_resolved: bool = False) -> list[ConflictData]:
    query = select(Conflict).where(Conflict.deleted.is_(False))
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    with db.read() as session:
        return [_data(c) for c in session.scalars(query.order_by(Conflict.loser_hlc.desc()))]


def resolve_conflict(db: Database, conflict_id: str, restore_loser: bool) -> ConflictData:
    """Mark a conflict resolved; with ``restore_loser`` write the losing value back (and undelete a
    row that was deleted meanwhile). Both are new local writes that sync like any edit."""
    with db.write() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.deleted:
            raise NotFound(conflict_id)
        if restore_loser:
            table = TABLES.get(conflict.tbl)
            if table is None or conflict.col not in table.c:
                raise NotFound(f"{conflict.tbl}.{conflict.col}")
            decoded = decode_value(conflict.tbl, conflict.col, conflict.loser_value or "null")
            if conflict.reason == "deleted_row" or conflict.col == DELETED_COLUMN:
                session.execute(
                    text(f"UPDATE {conflict.tbl} SET deleted = 0 WHERE id = :i"), {"i": conflict.row_id}
                )
            if conflict.col != DELETED_COLUMN:
                session.execute(
                    text(f"UPDATE {conflict.tbl} SET {conflict.col} = :v WHERE id = :i"),
                    {"v": decoded, "i": conflict.row_id},
                )
        conflict.resolved = True
        session.flush()
        return _data(conflict)


# The column that names a row, per synced table (for "Task “Invoicing”: Name").
ROW_NAME_COLUMNS = {
    "partner": "name",
    "company": "name",
    "department": "name",
    "task": "name",
    "task_step": "text",
}


def row_names(db: Database, conflicts: list[ConflictData]) -> dict[tuple[str, str], str]:
    """The name of each row the conflicts are about, by (table, row id), where the table has a
    naming column and the row is here (one query per table)."""
    wanted: dict[str, set[str]] = {}
    for c in conflicts:
        if c.tbl in TABLES and c.tbl in ROW_NAME_COLUMNS:
            wanted.setdefault(c.tbl, set()).add(c.row_id)
    names: dict[tuple[str, str], str] = {}
    with db.read() as session:
        for tbl, row_ids in wanted.items():
            table = TABLES[tbl]
            column = table.c[ROW_NAME_COLUMNS[tbl]]
            for row_id, name in session.execute(select(table.c.id, column).where(table.c.id.in_(row_ids))):
                if name is not None:
                    names[(tbl, row_id)] = str(name)
    return names
