"""Applying pulled cells to the local database without creating outbox rows.

A remote cell is taken iff its ``(hlc, device)`` is greater than the local cell clock. A cell whose
row does not exist yet, whose row still lacks required cells, or whose foreign key points at a row
that has not arrived waits in ``sync_stash`` and is applied as soon as it can be; cells of tables or
columns this version does not know stay there for good (kept, never dropped).
"""

from __future__ import annotations

import json
import json.decoder
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import JSON, Column, Table, text
from sqlalchemy.orm import Session

from desktop.core.models import SYNCED_MODELS
from desktop.core.sync.schema import CELLS, TABLE_ORDER

TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]


class RemoteCell(NamedTuple):
    """One winning cell as the server (or a sync bundle) sends it (immutable; cheap to make by the
    hundred thousand during a bootstrap)."""

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


INT64 = (-(2**63), 2**63 - 1)


class UnstorableValue(ValueError):
    """A remote value that does not fit its column (a buggy or hostile peer): kept in the stash."""


def decode_value(table: str, col: str, value: str) -> Any:
    """A cell's JSON text as the value to store in its column; :class:`UnstorableValue` if it
    cannot be stored there (wrong type, integer out of range, not JSON).

    This is the reference definition; :data:`DECODERS` holds faster per-column equivalents."""
    column = TABLES[table].c[col]
    try:
        decoded = json.loads(value)
    except ValueError as exc:
        raise UnstorableValue(value[:40]) from exc
    if isinstance(column.type, JSON):
        # Re-serialised the way SQLAlchemy's JSON type writes it, so every replica stores the same text.
        return json.dumps(decoded)
    if decoded is None:
        if not column.nullable:
            raise UnstorableValue("null")
        return None
    python_type = column.type.python_type
    if python_type is bool:
        ok = decoded in (0, 1) and not isinstance(decoded, float)
    elif python_type is int:
        ok = isinstance(decoded, int) and not isinstance(decoded, bool) and INT64[0] <= decoded <= INT64[1]
    else:
        ok = isinstance(decoded, str)
    if not ok:
        raise UnstorableValue(value[:40])
    return decoded


# The C string scanner behind json.loads (same strictness), used directly for the common case of a
# JSON string cell: one call instead of json.loads' layers.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_BOOLS: dict[str, Any] = {"true": True, "false": False, "0": 0, "1": 1}
Decoder = Callable[[str], Any]


def _column_decoder(table: str, column: Column[Any]) -> Decoder:
    """A function equal to ``decode_value(table, column.name, value)`` for every ``value``, with a
    fast path for the usual shapes (a plain JSON string, a small non-negative integer, a boolean,
    a JSON null); everything else takes the reference path."""
    col = column.name

    def slow(value: str) -> Any:
        return decode_value(table, col, value)

    if isinstance(column.type, JSON):

        def json_value(value: str) -> Any:
            return "null" if value == "null" else slow(value)  # json.dumps(None), as the reference

        return json_value
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return slow
    if python_type is str:

        def text_value(value: str) -> Any:
            if value[:1] == '"':
                try:
                    decoded, end = _scanstring(value, 1, True)
                except ValueError:
                    return slow(value)
                if end == len(value):
                    return decoded
            return slow(value)

        return text_value
    if python_type is int:

        def int_value(value: str) -> Any:
            # Up to 18 plain digits without a leading zero: valid JSON, and always within int64.
            plain = value.isdigit() and value.isascii() and (value == "0" or value[0] != "0")
            if plain and len(value) < 19:
                return int(value)
            return slow(value)

        return int_value
    if python_type is bool:

        def bool_value(value: str) -> Any:
            decoded = _BOOLS.get(value, _BOOLS)
            return slow(value) if decoded is _BOOLS else decoded

        return bool_value
    return slow


# Per synced table, per synced cell (not ``id`` nor ``scope_id``): its value decoder. A cell whose
# table or column is missing here is unknown to this version.
DECODERS: dict[str, dict[str, Decoder]] = {
    name: {c.name: _column_decoder(name, c) for c in table.columns if c.name in CELLS[name]}
    for name, table in TABLES.items()
}

# A cell with its decoded value.
Entry = tuple[RemoteCell, Any]


def _decoded(cell: RemoteCell) -> Entry | None:
    """The cell and its value if this version can store it; None for cells that must wait in the
    stash for good (unknown table or column, or a value its column cannot hold)."""
    decode = DECODERS.get(cell.tbl, {}).get(cell.col)
    if decode is None:
        return None
    try:
        return cell, decode(cell.value)
    except UnstorableValue:
        return None


def _storable(cell: RemoteCell) -> bool:
    try:
        decode_value(cell.tbl, cell.col, cell.value)
    except UnstorableValue:
        return False
    return True


def _known(cell: RemoteCell) -> bool:
    """Cells of tables and columns this version knows, with a value their column can hold. The
    others wait in the stash: kept (never dropped), but never able to break a page."""
    return cell.tbl in CELLS and cell.col in CELLS[cell.tbl] and _storable(cell)


def apply_cells(session: Session, cells: Iterable[RemoteCell]) -> int:
    """Merge remote cells into the local database (capture must be suspended by the caller).

    Works a page at a time with a few set-based statements: the page's cell clocks are read per
    table at once, the winners' clocks written with one ``executemany``, each value decoded once,
    whole new rows inserted and existing rows updated per table and column; only what cannot be
    applied yet goes to the stash. Returns how many cells changed local state.
    """
    best: dict[tuple[str, str, str], RemoteCell] = {}
    for cell in cells:
        key = (cell.tbl, cell.row_id, cell.col)
        seen = best.get(key)
        if seen is None or (cell.hlc, cell.device_id) > (seen.hlc, seen.device_id):
            best[key] = cell
    if not best:
        return 0
    raw = _cursor(session)
    clocks = _clocks(raw, best)
    if clocks:
        winners = [c for k, c in best.items() if k not in clocks or (c.hlc, c.device_id) > clocks[k]]
    else:
        winners = list(best.values())
    if not winners:
        return 0
    raw.executemany(
        "INSERT INTO sync_cell (tbl, row_id, col, hlc, device_id, change_id, base_hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
        "hlc = excluded.hlc, device_id = excluded.device_id, change_id = excluded.change_id, base_hlc = NULL",
        map(_CLOCK_FIELDS, winners),
    )
    stash_had_rows = raw.execute("SELECT 1 FROM sync_stash LIMIT 1").fetchone() is not None
    waiting: list[RemoteCell] = []
    by_table: dict[str, dict[str, dict[str, Entry]]] = {}
    for c in winners:
        decode = DECODERS.get(c.tbl, _NONE).get(c.col)
        if decode is None:
            waiting.append(c)  # a table or column of a newer version
            continue
        try:
            value = decode(c.value)
        except UnstorableValue:
            waiting.append(c)
            continue
        rows = by_table.get(c.tbl)
        if rows is None:
            rows = by_table[c.tbl] = {}
        entries = rows.get(c.row_id)
        if entries is None:
            entries = rows[c.row_id] = {}
        entries[c.col] = (c, value)
    for table in TABLE_ORDER:
        if table in by_table:
            waiting += _apply_table(raw, table, by_table[table], stash_had_rows)
    if waiting:
        _stash_many(raw, waiting)
    if waiting or stash_had_rows:
        _drain_stash(session)
    return len(winners)


_NONE: dict[str, Decoder] = {}
# A cell's (tbl, row_id, col, hlc, device_id, change_id): its row of sync_cell.
_CLOCK_FIELDS = itemgetter(0, 1, 3, 5, 6, 7)


def _cursor(session: Session) -> Any:
    """The DB-API cursor of the session's connection (same transaction), for executemany speed."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _clocks(raw: Any, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], tuple[int, str]]:
    """The local clocks of the cells of the rows of ``keys`` (looked up through the primary key:
    table first, then row ids)."""
    row_ids: dict[str, set[str]] = {}
    for tbl, row_id, _col in keys:
        ids = row_ids.get(tbl)
        if ids is None:
            ids = row_ids[tbl] = set()
        ids.add(row_id)
    found: dict[tuple[str, str, str], tuple[int, str]] = {}
    for tbl, ids in row_ids.items():
        for part in _chunks(sorted(ids)):
            marks = ",".join("?" * len(part))
            for row_id, col, hlc, device in raw.execute(
                f"SELECT row_id, col, hlc, device_id FROM sync_cell WHERE tbl = ? AND row_id IN ({marks})",
                [tbl, *part],
            ):
                found[(tbl, row_id, col)] = (hlc, device)
    return found


def _existing(raw: Any, table: str, ids: Iterable[str]) -> set[str]:
    present: set[str] = set()
    for part in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(part))
        present.update(r[0] for r in raw.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part))
    return present


def _stashed(raw: Any, table: str, row_ids: Iterable[str]) -> dict[str, dict[str, Entry]]:
    rows: dict[str, dict[str, Entry]] = {}
    for part in _chunks(sorted(set(row_ids))):
        marks = ",".join("?" * len(part))
        for row_id, scope_id, col, value, hlc, device, change in raw.execute(
            "SELECT row_id, scope_id, col, value, hlc, device_id, change_id FROM sync_stash "
            f"WHERE tbl = ? AND row_id IN ({marks})",
            [table, *part],
        ):
            entry = _decoded(RemoteCell(table, row_id, scope_id, col, value, hlc, device, change))
            if entry is not None:
                rows.setdefault(row_id, {})[col] = entry
    return rows


def _apply_table(
    raw: Any, table: str, rows: dict[str, dict[str, Entry]], stash_had_rows: bool
) -> list[RemoteCell]:
    """Update existing rows and insert complete new ones; returns the cells that must wait."""
    present = _existing(raw, table, rows)
    foreign = FOREIGN_KEYS[table]
    parents = _present_parents(foreign, rows, raw)
    required = REQUIRED[table]
    waiting: list[RemoteCell] = []
    updates: dict[str, list[tuple[Any, str]]] = {}
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    done: list[tuple[str, str, str]] = []
    earlier = _stashed(raw, table, [r for r in rows if r not in present]) if stash_had_rows else {}
    for row_id, entries in rows.items():
        if row_id in present:
            for col, (c, value) in entries.items():
                if col in foreign and _parent_missing(foreign[col], value, parents):
                    waiting.append(c)
                else:
                    updates.setdefault(col, []).append((value, row_id))
                    done.append((table, row_id, col))
            continue
        complete = {**earlier[row_id], **entries} if row_id in earlier else entries
        if not required <= complete.keys() or any(
            col in complete and _parent_missing(parent, complete[col][1], parents)
            for col, parent in foreign.items()
        ):
            waiting.extend(c for c, _v in entries.values())
            continue
        columns = tuple(sorted(complete))
        scope_id = next(iter(complete.values()))[0].scope_id
        inserts.setdefault(columns, []).append((row_id, scope_id, *(complete[c][1] for c in columns)))
        if stash_had_rows:
            done.extend((table, row_id, col) for col in columns)
    for col, params in updates.items():
        raw.executemany(f"UPDATE {table} SET {col} = ? WHERE id = ?", params)
    for columns, params in inserts.items():
        names = ", ".join(("id", "scope_id", *columns))
        raw.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * (len(columns) + 2))})", params
        )
    if stash_had_rows and done:
        raw.executemany("DELETE FROM sync_stash WHERE tbl = ? AND row_id = ? AND col = ?", done)
    return waiting


def _present_parents(
    foreign: Mapping[str, str], rows: Mapping[str, Mapping[str, Entry]], raw: Any
) -> dict[str, set[str]]:
    """For each parent table (of ``foreign``, column -> parent table): which of the ids the
    ``rows`` refer to exist."""
    wanted: dict[str, set[str]] = {}
    for col, parent in foreign.items():
        for entries in rows.values():
            entry = entries.get(col)
            if entry is not None and entry[1] is not None:
                wanted.setdefault(parent, set()).add(str(entry[1]))
    return {parent: _existing(raw, parent, ids) for parent, ids in wanted.items()}


def _parent_missing(parent: str, value: Any, parents: dict[str, set[str]]) -> bool:
    return value is not None and str(value) not in parents.get(parent, ())


def _stash_many(raw: Any, cells: list[RemoteCell]) -> None:
    raw.executemany(
        "INSERT INTO sync_stash (tbl, row_id, col, scope_id, value, hlc, device_id, change_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
        "value = excluded.value, hlc = excluded.hlc, device_id = excluded.device_id, "
        "change_id = excluded.change_id",
        [(c.tbl, c.row_id, c.col, c.scope_id, c.value, c.hlc, c.device_id, c.change_id) for c in cells],
    )


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
                cell = RemoteCell(
                    table, r.row_id, r.scope_id, r.col, r.value, r.hlc, r.device_id, r.change_id
                )
                if _known(cell):
                    rows.setdefault(r.row_id, {})[r.col] = cell
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
