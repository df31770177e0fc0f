"""Change capture: SQLite triggers turn every write to a synced table into outbox cells.

Capturing in the database rather than in ORM events covers every write path: ORM flushes, Core
``update()`` statements, bulk updates and raw SQL alike, always inside the writing transaction, so a
rolled-back transaction leaves no outbox rows. Hard ``DELETE`` on a synced table is refused: rows are
tombstoned through their ``deleted`` cell instead.

The triggers call a few SQL functions registered on every connection by :func:`register_functions`:
``sync_capturing()`` (0 while remote changes are applied), ``sync_hlc()``, ``sync_device()``,
``sync_uuid()`` and ``sync_schema_version()``. A connection without them (a stray sqlite3 shell)
cannot write synced tables at all, which is the safe failure.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop.core.ids import time_ordered_id
from desktop.core.sync.hlc import HybridClock

SYNC_STATE_KEY = "machishigoto.sync_state"


@dataclass
class SyncContext:
    """Per-database sync state shared by all of its connections."""

    schema_version: int
    clock: HybridClock = field(default_factory=HybridClock)
    device_id: str | None = None

    def require_device(self) -> str:
        if self.device_id is None:
            raise RuntimeError("device identity is not loaded yet")
        return self.device_id


@dataclass
class ConnectionState:
    """Per-connection flag: capture local writes (the default) or not (while applying remote cells)."""

    capturing: bool = True


def register_functions(conn: sqlite3.Connection, ctx: SyncContext) -> ConnectionState:
    """Register the trigger functions on a new DB-API connection; returns its capture state."""
    state = ConnectionState()
    conn.create_function("sync_capturing", 0, lambda: 1 if state.capturing else 0)
    conn.create_function("sync_hlc", 0, ctx.clock.now)
    conn.create_function("sync_device", 0, ctx.require_device, deterministic=True)
    conn.create_function("sync_uuid", 0, time_ordered_id)
    conn.create_function("sync_schema_version", 0, lambda: ctx.schema_version, deterministic=True)
    return state


@contextmanager
def capture_suspended(state: ConnectionState) -> Iterator[None]:
    """Apply remote changes without creating outbox rows."""
    previous = state.capturing
    state.capturing = False
    try:
        yield
    finally:
        state.capturing = previous


def cell_value_sql(col: str, json_col: bool) -> str:
    """The SQL expression that encodes ``NEW.col`` as the cell's JSON text."""
    if json_col:
        return f"CASE WHEN NEW.{col} IS NULL THEN 'null' ELSE json(NEW.{col}) END"
    return f"json_quote(NEW.{col})"


def _capture_cell_sql(table: str, col: str, json_col: bool) -> str:
    """Two statements: append the cell to the outbox, then move the cell clock to its stamp."""
    return (
        "INSERT INTO sync_outbox (change_id, tbl, row_id, scope_id, col, value, hlc, base_hlc,"
        " schema_version) VALUES (sync_uuid(), "
        f"'{table}', NEW.id, NEW.scope_id, '{col}', {cell_value_sql(col, json_col)}, sync_hlc(), "
        f"(SELECT hlc FROM sync_cell WHERE tbl = '{table}' AND row_id = NEW.id AND col = '{col}'), "
        "sync_schema_version());\n"
        "INSERT INTO sync_cell (tbl, row_id, col, hlc, device_id, change_id, base_hlc) SELECT "
        f"'{table}', NEW.id, '{col}', o.hlc, sync_device(), o.change_id, o.base_hlc "
        "FROM sync_outbox AS o WHERE o.device_seq = last_insert_rowid() "
        "ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, "
        "change_id = excluded.change_id, base_hlc = excluded.base_hlc;\n"
    )


def trigger_ddl(table: str, columns: Sequence[str], json_columns: Sequence[str] = ()) -> list[str]:
    """The CREATE TRIGGER statements that capture writes to ``table``.

    ``columns`` are the synced cells (every column but ``id``; ``scope_id`` is immutable and travels
    with each change instead).
    """
    cells = [c for c in columns if c not in ("id", "scope_id")]
    json_set = set(json_columns)
    body = "".join(_capture_cell_sql(table, c, c in json_set) for c in cells)
    ddl = [
        f"CREATE TRIGGER sync_ins_{table} AFTER INSERT ON {table} WHEN sync_capturing()\nBEGIN\n{body}END",
        f"CREATE TRIGGER sync_nodel_{table} BEFORE DELETE ON {table} WHEN sync_capturing()\n"
        f"BEGIN SELECT RAISE(ABORT, 'machishigoto: rows of {table} are tombstoned, not deleted'); END",
        f"CREATE TRIGGER sync_fixed_{table} BEFORE UPDATE OF id, scope_id ON {table}\n"
        "WHEN NEW.id IS NOT OLD.id OR NEW.scope_id IS NOT OLD.scope_id\n"
        f"BEGIN SELECT RAISE(ABORT, 'machishigoto: id and scope of {table} never change'); END",
    ]
    for c in cells:
        ddl.append(
            f"CREATE TRIGGER sync_upd_{table}_{c} AFTER UPDATE OF {c} ON {table}\n"
            f"WHEN sync_capturing() AND NEW.{c} IS NOT OLD.{c}\n"
            f"BEGIN\n{_capture_cell_sql(table, c, c in json_set)}END"
        )
    return ddl


def drop_trigger_ddl(table: str, columns: Sequence[str]) -> list[str]:
    """The DROP TRIGGER statements undoing :func:`trigger_ddl`."""
    names = [f"sync_ins_{table}", f"sync_nodel_{table}", f"sync_fixed_{table}"]
    names += [f"sync_upd_{table}_{c}" for c in columns if c not in ("id", "scope_id")]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names]
