"""Sync bundles: the sync change format as a file, for carrying on a USB stick when there is no
network at all (DESIGN section 4).

A bundle holds the exporting device's unacknowledged changes (with the stamps they were made on,
so the importer can find conflicts) and every winning cell of its scopes. It carries a SHA-256 of
its payload and an HMAC-SHA256 made with the per-scope bundle key every device of the scope got
at enrolment, so a damaged, tampered or foreign file is refused before anything is read from it.
Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.models import Conflict
from desktop.core.sync import outbox
from desktop.core.sync.apply import TABLES, RemoteCell, apply_cells
from desktop.core.sync.capture import capture_suspended, cell_value_sql
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.merge import CellValue, Change, Stamp, decide

FORMAT = "machishigoto-sync-bundle"
VERSION = 1
MAX_BYTES = 512 * 1024 * 1024


class BundleError(Exception):
    """The file was refused; ``code``: ``not_a_bundle``, ``damaged``, ``tampered``, ``foreign``,
    ``too_new``, ``no_key``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ImportResult:
    cells_applied: int
    conflicts: int
    changes_seen: int


def _mac(key: bytes, header: bytes, payload: bytes) -> str:
    return hmac.new(key, header + b"\n" + payload, hashlib.sha256).hexdigest()


def _cells(session: Session, scopes: set[str]) -> list[dict[str, Any]]:
    cells: list[dict[str, Any]] = []
    for table_name, table in TABLES.items():
        json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
        for col in table.columns:
            if col.name in ("id", "scope_id"):
                continue
            value = cell_value_sql(col.name, col.name in json_cols).replace("NEW.", "t.")
            rows = session.execute(
                text(
                    f"SELECT t.id, t.scope_id, {value} AS v, c.hlc, c.device_id, c.change_id"
                    f" FROM {table_name} AS t JOIN sync_cell AS c"
                    f" ON c.tbl = '{table_name}' AND c.row_id = t.id AND c.col = '{col.name}'"
                )
            )
            cells += [
                {"tbl": table_name, "row_id": r.id, "scope_id": r.scope_id, "col": col.name, "value": r.v,
                 "hlc": r.hlc, "device_id": r.device_id, "change_id": r.change_id}
                for r in rows if r.scope_id in scopes
            ]  # fmt: skip
    stashed = session.execute(
        text("SELECT tbl, row_id, scope_id, col, value, hlc, device_id FROM sync_stash")
    )
    cells += [dict(r._mapping) for r in stashed if r.scope_id in scopes]
    return cells


def export_bundle(db: Database, path: Path, scope: str, key: bytes, scopes: set[str]) -> int:
    """Write a bundle of ``scopes`` signed with ``scope``'s key to the new file ``path``."""
    device = db.sync.require_device()
    with db.read() as session:
        changes = [c for c in outbox.pending(session, device, 10**9) if c.scope_id in scopes]
        cells = _cells(session, scopes)
    payload = gzip.compress(
        json.dumps({"changes": [c.__dict__ for c in changes], "cells": cells}, ensure_ascii=False).encode()
    )
    header = json.dumps(
        {"device_id": device, "created_ms": system_ms(), "schema_version": db.sync.schema_version,
         "key_scope": scope, "scopes": sorted(scopes)},
        sort_keys=True,
    ).encode()  # fmt: skip
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "header": header.decode(),
        "payload": base64.b64encode(payload).decode(),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "hmac": _mac(key, header, payload),
    }
    with path.open("x", encoding="utf-8") as fh:  # never overwrite
        json.dump(envelope, fh)
    return len(changes) + len(cells)


def read_bundle(path: Path, keys: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Check a bundle and return (header, payload); raises :class:`BundleError`."""
    if path.stat().st_size > MAX_BYTES:
        raise BundleError("damaged")
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            raise BundleError("not_a_bundle")
        header_bytes = str(envelope["header"]).encode()
        payload = base64.b64decode(str(envelope["payload"]), validate=True)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise BundleError("not_a_bundle") from exc
    if int(envelope.get("version", 0)) > VERSION:
        raise BundleError("too_new")
    if hashlib.sha256(payload).hexdigest() != envelope.get("sha256"):
        raise BundleError("damaged")
    header = json.loads(header_bytes)
    key = keys.get(str(header.get("key_scope")))
    if key is None:
        raise BundleError("foreign")
    if not hmac.compare_digest(_mac(key, header_bytes, payload), str(envelope.get("hmac", ""))):
        raise BundleError("tampered")
    try:
        body = json.loads(gzip.decompress(payload))
    except (OSError, ValueError) as exc:
        raise BundleError("damaged") from exc
    return header, body


def import_bundle(db: Database, path: Path, keys: dict[str, bytes], scopes: set[str]) -> ImportResult:
    """Merge a bundle into ``db``: conflicts are recorded (they sync like any row), cells merged."""
    header, body = read_bundle(path, keys)
    if not set(header.get("scopes", [])) <= scopes:
        raise BundleError("foreign")
    changes = [Change(**c) for c in body.get("changes", [])]
    cells = [RemoteCell(**c) for c in body.get("cells", [])]
    if any(c.scope_id not in scopes for c in changes) or any(c.scope_id not in scopes for c in cells):
        raise BundleError("foreign")
    conflicts = 0
    with db.write() as session:
        for change in changes:
            db.sync.clock.receive(change.hlc)
            conflicts += _record_conflict(session, change)
    with db.write() as session, capture_suspended(Database.connection_state(session)):
        for cell in cells:
            db.sync.clock.receive(cell.hlc)
        applied = apply_cells(session, cells)
    return ImportResult(applied, conflicts, len(changes))


def _record_conflict(session: Session, change: Change) -> int:
    row = session.execute(
        text(
            "SELECT hlc, device_id, change_id, base_hlc FROM sync_cell"
            " WHERE tbl = :t AND row_id = :r AND col = :c"
        ),
        {"t": change.tbl, "r": change.row_id, "c": change.col},
    ).first()
    if row is None or change.tbl not in TABLES or change.col not in TABLES[change.tbl].c:
        return 0
    json_col = TABLES[change.tbl].c[change.col].type.__class__.__name__ == "JSON"
    value_sql = cell_value_sql(change.col, json_col).replace("NEW.", "")
    local = session.execute(
        text(f"SELECT {value_sql} AS v, deleted FROM {change.tbl} WHERE id = :i"), {"i": change.row_id}
    ).first()
    if local is None:
        return 0
    current = CellValue(Stamp(row.hlc, row.device_id), local.v)
    decision = decide(change, current, bool(local.deleted), row.change_id, row.base_hlc)
    record = decision.conflict
    if record is None or session.get(Conflict, record.conflict_id) is not None:
        return 0
    session.add(
        Conflict(
            id=record.conflict_id, scope_id=record.scope_id, tbl=record.key.tbl, row_id=record.key.row_id,
            col=record.key.col, winner_value=record.winner.value, winner_hlc=record.winner.stamp.hlc,
            winner_device=record.winner.stamp.device_id, loser_value=record.loser.value,
            loser_hlc=record.loser.stamp.hlc, loser_device=record.loser.stamp.device_id, reason=record.reason,
            resolved=False, deleted=False,
        )
    )  # fmt: skip
    return 1
