"""Everything a merged push batch writes, in one statement on PostgreSQL.

A push reads first (:class:`server.push.BatchMerge`) and then writes: the cells it changed, the new
change ids, the scopes' last numbers, the device's acknowledgement, the answer kept for retries and
the audit row. On PostgreSQL these go as one statement of data-modifying CTEs whose SQL text never
changes (each list of rows is one JSON parameter, ``[]`` when there is nothing of its kind), so the
server parses and plans it once per connection. On SQLite they are the separate statements of the crud
modules, in the same transaction either way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from server.crud import audit
from server.crud import cells as cells_crud
from server.crud import changes as changes_crud
from server.crud import devices as devices_crud
from server.crud.cells import CELL_COLUMNS, WRITTEN_COLUMNS
from server.crud.changes import CHANGE_SEEN_COLUMNS
from server.crud.common import is_postgres, now_ms
from server.models import Device

SeenRow = tuple[str, str, int, int]  # change_id, device_id, device_seq, seen_ms
BIGINT_COLUMNS = frozenset({"hlc", "base_hlc", "seq", "device_seq", "seen_ms"})  # the rest: text


@dataclass
class PushWrites:
    """What a merged batch stores: cell rows in :data:`CELL_COLUMNS` order (``new`` were not stored
    when the batch read its rows, ``updated`` were), seen change ids, and each scope's new last
    number (scopes whose number did not move are left out)."""

    new_cells: list[tuple[Any, ...]] = field(default_factory=list)
    updated_cells: list[tuple[Any, ...]] = field(default_factory=list)
    seen: list[SeenRow] = field(default_factory=list)
    last_seqs: dict[str, int] = field(default_factory=dict)


def _rows_of(param: str, names: tuple[str, ...]) -> str:
    """``SELECT`` of the rows in parameter ``param``: a JSON array of arrays in ``names`` order."""
    fields = []
    for index, name in enumerate(names):
        element = f"elem->>{index}"
        fields.append(f"CAST({element} AS BIGINT)" if name in BIGINT_COLUMNS else element)
    return f"SELECT {', '.join(fields)} FROM json_array_elements(CAST(:{param} AS json)) AS elem"


def _json_rows(rows: Sequence[Sequence[Any]]) -> str:
    """Rows as the JSON of :func:`_rows_of`: one C-encoded text parameter instead of one array a
    column, which psycopg would build element by element in Python."""
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


_CELL_LIST = ", ".join(CELL_COLUMNS)
_SET_WRITTEN = ", ".join(f"{name} = EXCLUDED.{name}" for name in WRITTEN_COLUMNS)
# New cells: a plain INSERT, so a cell another transaction stored meanwhile is an error, never
# silently overwritten; updated cells: an upsert that sets what a write changes (never the scope).
# The two lists never share a key, so the CTEs never touch one row twice.
FINISH_PUSH_PG = text(
    f"""
WITH new_cells AS (
    INSERT INTO cell ({_CELL_LIST}) {_rows_of("new_cells", CELL_COLUMNS)}
), updated_cells AS (
    INSERT INTO cell ({_CELL_LIST}) {_rows_of("updated_cells", CELL_COLUMNS)}
    ON CONFLICT (tbl, row_id, col) DO UPDATE SET {_SET_WRITTEN}
), seen AS (
    INSERT INTO change_seen ({", ".join(CHANGE_SEEN_COLUMNS)}) {_rows_of("seen", CHANGE_SEEN_COLUMNS)}
), scopes AS (
    UPDATE scope_seq SET last_seq = moved.last_seq
    FROM ({_rows_of("scopes", ("scope_id", "seq"))}) AS moved(scope_id, last_seq)
    WHERE scope_seq.scope_id = moved.scope_id
), device_row AS (
    UPDATE device SET acked_seq = :acked_seq, last_seen_ms = :last_seen_ms WHERE id = :device_id
), answer AS (
    INSERT INTO push_batch (device_id, batch_id, response, created_ms)
    VALUES (:device_id, :batch_id, :response, :written_ms)
)
INSERT INTO audit_log (at_ms, device_id, action, detail) VALUES (:written_ms, :device_id, 'push', :detail)
"""
)


def finish(
    session: Session,
    device: Device,
    writes: PushWrites,
    acked_seq: int,
    at_ms: int,
    batch_id: str,
    response: str,
    audit_detail: dict[str, Any],
) -> None:
    """Store a merged batch, the device's acknowledgement and time (also on the loaded ``device``,
    as already saved), the answer under ``batch_id`` and the audit row, in the caller's transaction."""
    if is_postgres(session):
        params: dict[str, Any] = {
            "device_id": device.id,
            "batch_id": batch_id,
            "response": response,
            "acked_seq": acked_seq,
            "last_seen_ms": at_ms,
            "written_ms": now_ms(),
            "detail": audit.encode_detail(audit_detail),
            "new_cells": _json_rows(writes.new_cells),
            "updated_cells": _json_rows(writes.updated_cells),
            "seen": _json_rows(writes.seen),
            "scopes": _json_rows(sorted(writes.last_seqs.items())),
        }
        session.connection().execute(FINISH_PUSH_PG, params)
        set_committed_value(device, "acked_seq", acked_seq)
        set_committed_value(device, "last_seen_ms", at_ms)
        return
    cells_crud.write_cells(session, writes.new_cells, writes.updated_cells)
    changes_crud.mark_seen(session, writes.seen)
    cells_crud.set_last_seqs(session, writes.last_seqs)
    devices_crud.record_push(session, device, acked_seq, at_ms)
    changes_crud.store_batch_response(session, device.id, batch_id, response)
    audit.record(session, "push", device.id, **audit_detail)
