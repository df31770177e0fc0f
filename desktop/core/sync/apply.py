"""Applying pulled cells to the local database without creating outbox rows.

A remote cell is taken iff its ``(hlc, device)`` is greater than the local cell clock. A cell whose
row does not exist yet, whose row still lacks required cells, or whose foreign key points at a row
that has not arrived waits in ``sync_stash`` and is applied as soon as it can be; cells of tables or
columns this version does not know stay there for good (kept, never dropped).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Table, text
from sqlalchemy.orm import Session

from desktop.core.models import SYNCED_MODELS
from desktop.core.sync.schema import CELLS, TABLE_ORDER

TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RemoteCell:
    """One winning cell as the server (or a sync bundle) sends it."""

    tbl: str
    row_id: str
    scope_id: str
    col: str
    value: str
    hlc: int
    device_id: str
    change_id: str | None = None


def _required(table: Table) -> frozenset[str]:
    return frozenset(
        c.name
        for c in table.columns
        if not c.nullable
        and c.default is None
        and c.server_default is None
        and c.name not in ("id", "scope_id")
    )


REQUIRED = {name: _required(t) for name, t in TABLES.items()}
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    name: {fk.parent.name: fk.column.table.name for fk in t.foreign_keys} for name, t in TABLES.items()
}


def decode_value(table: str, col: str, value: str) -> Any:
    """A cell's JSON text as the value to store in its column."""
    if isinstance(TABLES[table].c[col].type, JSON):
        return value  # JSON text exactly as SQLAlchemy writes it (None is stored as 'null')
    return json.loads(value)


def _known(cell: RemoteCell) -> bool:
    return cell.tbl in CELLS and cell.col in CELLS[cell.tbl]


def apply_cells(session: Session, cells: Iterable[RemoteCell]) -> int:
    """Merge remote cells into the local database (capture must be suspended by the caller).

    Returns how many cells changed local state.
    """
    changed = 0
    for cell in cells:
        current = session.execute(
            text("SELECT hlc, device_id FROM sync_cell WHERE tbl = :t AND row_id = :r AND col = :c"),
            {"t": cell.tbl, "r": cell.row_id, "c": cell.col},
        ).first()
        if current is not None and (cell.hlc, cell.device_id) <= (current.hlc, current.device_id):
            continue
        changed += 1
        session.execute(
            text(
                "INSERT INTO sync_cell (tbl, row_id, col, hlc, device_id, change_id, base_hlc) "
                "VALUES (:t, :r, :c, :h, :d, :x, NULL) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
                "hlc = excluded.hlc, device_id = excluded.device_id, change_id = excluded.change_id, "
                "base_hlc = NULL"
            ),
            {
                "t": cell.tbl,
                "r": cell.row_id,
                "c": cell.col,
                "h": cell.hlc,
                "d": cell.device_id,
                "x": cell.change_id,
            },
        )
        if not _known(cell) or not _try_update(session, cell):
            _stash(session, cell)
    _drain_stash(session)
    return changed


def _row_exists(session: Session, table: str, row_id: str) -> bool:
    return session.execute(text(f"SELECT 1 FROM {table} WHERE id = :i"), {"i": row_id}).first() is not None


def _parent_ok(session: Session, table: str, col: str, value: Any) -> bool:
    parent = FOREIGN_KEYS[table].get(col)
    return parent is None or value is None or _row_exists(session, parent, str(value))


def _try_update(session: Session, cell: RemoteCell) -> bool:
    """Write the cell into its existing row; False when it has to wait in the stash."""
    if not _row_exists(session, cell.tbl, cell.row_id):
        return False
    value = decode_value(cell.tbl, cell.col, cell.value)
    if not _parent_ok(session, cell.tbl, cell.col, value):
        return False
    session.execute(
        text(f"UPDATE {cell.tbl} SET {cell.col} = :v WHERE id = :i"), {"v": value, "i": cell.row_id}
    )
    _unstash(session, cell.tbl, cell.row_id, cell.col)
    return True


def _unstash(session: Session, table: str, row_id: str, col: str) -> None:
    session.execute(
        text("DELETE FROM sync_stash WHERE tbl = :t AND row_id = :r AND col = :c"),
        {"t": table, "r": row_id, "c": col},
    )


def _still_current(session: Session, cell: RemoteCell) -> bool:
    """A stashed cell is stale once a newer write (a local edit) took its cell over."""
    clock = session.execute(
        text("SELECT hlc, device_id FROM sync_cell WHERE tbl = :t AND row_id = :r AND col = :c"),
        {"t": cell.tbl, "r": cell.row_id, "c": cell.col},
    ).first()
    return clock is None or (clock.hlc, clock.device_id) == (cell.hlc, cell.device_id)


def _stash(session: Session, cell: RemoteCell) -> None:
    session.execute(
        text(
            "INSERT INTO sync_stash (tbl, row_id, col, scope_id, value, hlc, device_id, change_id) "
            "VALUES (:t, :r, :c, :s, :v, :h, :d, :x) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
            "value = excluded.value, hlc = excluded.hlc, device_id = excluded.device_id, "
            "change_id = excluded.change_id"
        ),
        {
            "t": cell.tbl,
            "r": cell.row_id,
            "c": cell.col,
            "s": cell.scope_id,
            "v": cell.value,
            "h": cell.hlc,
            "d": cell.device_id,
            "x": cell.change_id,
        },
    )


def _drain_stash(session: Session) -> None:
    """Create rows and apply cells that can now be applied, parents first, until nothing moves."""
    progress = True
    while progress:
        progress = False
        for table in TABLE_ORDER:
            rows: dict[str, dict[str, RemoteCell]] = {}
            for r in session.execute(
                text(
                    "SELECT row_id, scope_id, col, value, hlc, device_id, change_id"
                    " FROM sync_stash WHERE tbl = :t"
                ),
                {"t": table},
            ):
                if r.col in CELLS[table]:
                    rows.setdefault(r.row_id, {})[r.col] = RemoteCell(
                        table, r.row_id, r.scope_id, r.col, r.value, r.hlc, r.device_id, r.change_id
                    )
            for row_id, cells in rows.items():
                if _row_exists(session, table, row_id):
                    for c in cells.values():
                        if not _still_current(session, c):
                            _unstash(session, table, row_id, c.col)
                        else:
                            progress |= _try_update(session, c)
                elif _try_insert(session, table, row_id, cells):
                    progress = True


def _try_insert(session: Session, table: str, row_id: str, cells: Mapping[str, RemoteCell]) -> bool:
    if not REQUIRED[table] <= cells.keys():
        return False
    values = {col: decode_value(table, col, c.value) for col, c in cells.items()}
    if not all(_parent_ok(session, table, col, v) for col, v in values.items()):
        return False
    scope_id = next(iter(cells.values())).scope_id
    columns = ["id", "scope_id", *values]
    params = {"id": row_id, "scope_id": scope_id, **{f"v_{c}": v for c, v in values.items()}}
    placeholders = ", ".join([":id", ":scope_id", *(f":v_{c}" for c in values)])
    session.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"), params)
    for col in values:
        _unstash(session, table, row_id, col)
    return True
