"""One push batch: validation (nothing applied on refusal) and the merge of each change.

The merge itself is :func:`desktop.core.sync.merge.decide`, the rule every replica uses; this module
only feeds it the stored cell and the row's tombstone, and stores what it decides.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.sync.hlc import HybridClock, wall_ms
from desktop.core.sync.merge import (
    DELETED_COLUMN,
    CellKey,
    CellValue,
    Change,
    ConflictRecord,
    Stamp,
    conflict_id_for,
    decide,
)
from desktop.core.sync.schema import MIN_VERSION, SUPPORTED_VERSIONS, is_known
from server import conflicts
from server.crud import cells as cells_crud
from server.crud import changes as changes_crud
from server.crud.cells import CellPk, RowKey, StoredCell
from server.crud.scopes import COMPANY, PARTNER, Scope
from server.errors import ApiError, bad_request, client_too_old, out_of_scope
from server.models import ScopeSeq
from server.schemas import ChangeIn, PushIn

TOMBSTONE_VALUES = frozenset({"1", "true"})


def _is_json(text: str) -> bool:
    def refuse(constant: str) -> None:
        raise ValueError(constant)

    try:
        json.loads(text, parse_constant=refuse)
    except (ValueError, RecursionError):
        return False
    return True


def validate(body: PushIn, scopes: Mapping[str, Scope], now_ms: int, max_skew_ms: int) -> None:
    """Refuse the whole batch if any change is malformed, outside the token's scopes or too far ahead."""
    if body.schema_version < MIN_VERSION:
        raise client_too_old(MIN_VERSION)
    previous_seq = -1
    for ch in body.changes:
        where = {"change_id": ch.change_id, "tbl": ch.tbl, "col": ch.col}
        if ch.device_seq <= previous_seq:
            raise bad_request("changes must be in increasing device_seq", where)
        previous_seq = ch.device_seq
        if ch.schema_version < MIN_VERSION:
            raise client_too_old(MIN_VERSION)
        if ch.schema_version not in SUPPORTED_VERSIONS:
            raise bad_request(f"unknown schema version {ch.schema_version}", where)
        if not is_known(ch.schema_version, ch.tbl, ch.col):
            raise bad_request(f"unknown table or column {ch.tbl}.{ch.col}", where)
        if not _is_json(ch.value):
            raise bad_request("value is not JSON", where)
        scope = scopes.get(ch.scope_id)
        if scope is None:
            raise out_of_scope("change outside the token's scopes", ch.change_id)
        # A partner's or company's own row is its scope: its id is the scope id, of the same kind.
        if ch.tbl in (PARTNER, COMPANY) and (ch.row_id != ch.scope_id or scope.kind != ch.tbl):
            raise out_of_scope(f"a {ch.tbl} row must be its own scope", ch.change_id)
    ahead = [ch.hlc for ch in body.changes if wall_ms(ch.hlc) - now_ms > max_skew_ms]
    if ahead:
        raise ApiError(
            409,
            "clock_skew",
            "a change is stamped more than 5 minutes ahead of the server clock",
            server_time_ms=now_ms,
        )


@dataclass
class Outcome:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0


class BatchMerge:
    """Merges a validated batch into the stored cells, in ``device_seq`` order, in the caller's
    transaction; any refusal raised from here leaves the transaction to be rolled back."""

    def __init__(
        self,
        session: Session,
        device_id: str,
        clock: HybridClock,
        server_device_id: str,
        changes: list[ChangeIn],
    ) -> None:
        self.session = session
        self.device_id = device_id
        self.clock = clock
        self.server_device_id = server_device_id
        self.changes = changes
        self.seqs: dict[str, ScopeSeq] = {}
        self.cells: dict[CellPk, StoredCell] = {}
        self.row_scope: dict[RowKey, str] = {}
        self.existed: set[CellPk] = set()  # cells stored before this batch
        self.written: set[CellPk] = set()  # cells this batch stores

    def run(self) -> Outcome:
        # Nothing is flushed behind our back: the batch reads first, then writes with Core statements.
        with self.session.no_autoflush:
            return self._run()

    def _run(self) -> Outcome:
        self.seqs = cells_crud.lock_scopes(self.session, {ch.scope_id for ch in self.changes})
        self.cells = cells_crud.row_cells(self.session, {(ch.tbl, ch.row_id) for ch in self.changes})
        self.existed = set(self.cells)
        self.row_scope = {(tbl, row_id): cell.scope_id for (tbl, row_id, _), cell in self.cells.items()}
        self._check_rows_stay_in_scope()
        self._load_conflict_rows()
        change_ids = [ch.change_id for ch in self.changes]
        seen, used = changes_crud.seen_and_used(
            self.session, change_ids, self.device_id, [ch.device_seq for ch in self.changes]
        )
        outcome = Outcome()
        new_seen: list[dict[str, object]] = []
        for ch in self.changes:
            if ch.change_id in seen:
                outcome.skipped += 1
                continue
            if used.get(ch.device_seq, ch.change_id) != ch.change_id:
                raise ApiError(
                    409, "duplicate_device", "this device's sequence numbers were used by other changes: fork"
                )
            seen.add(ch.change_id)
            new_seen.append(
                {"change_id": ch.change_id, "device_id": self.device_id, "device_seq": ch.device_seq}
            )
            applied, conflict = self._merge(ch)
            outcome.applied += applied
            if conflict is not None:
                outcome.conflicts += 1
                self._record_conflict(conflict)
        self._write_cells()
        changes_crud.mark_seen(self.session, new_seen)
        self.session.flush()  # the scopes' last_seq
        return outcome

    def _write_cells(self) -> None:
        """Every cell the batch wrote, once, as it ended up (its last write's value and number)."""
        new: list[dict[str, object]] = []
        updated: list[dict[str, object]] = []
        for key in sorted(self.written):
            cell = self.cells[key]
            row = {
                "tbl": key[0],
                "row_id": key[1],
                "col": key[2],
                "scope_id": cell.scope_id,
                "value": cell.value,
                "hlc": cell.hlc,
                "device_id": cell.device_id,
                "change_id": cell.change_id,
                "base_hlc": cell.base_hlc,
                "seq": cell.seq,
            }
            (updated if key in self.existed else new).append(row)
        cells_crud.write_cells(self.session, new, updated)

    def _check_rows_stay_in_scope(self) -> None:
        """A row lives in one scope: a change may not reach into a row stored under another one."""
        for ch in self.changes:
            if self.row_scope.setdefault((ch.tbl, ch.row_id), ch.scope_id) != ch.scope_id:
                raise out_of_scope("the row belongs to another scope", ch.change_id)

    def _load_conflict_rows(self) -> None:
        """Which conflict rows this batch could find already exist: a conflict's id derives from the
        losing change, which is one of the batch or the writer of a cell stored now."""
        writers = [ch.change_id for ch in self.changes]
        writers += [cell.change_id for cell in self.cells.values() if cell.change_id is not None]
        candidates = {conflict_id_for(change_id) for change_id in writers}
        for row_id, scope_id in cells_crud.row_scopes(self.session, conflicts.TABLE, candidates).items():
            self.row_scope.setdefault((conflicts.TABLE, row_id), scope_id)

    def _merge(self, ch: ChangeIn) -> tuple[bool, ConflictRecord | None]:
        self.clock.receive(ch.hlc)
        change = Change(
            change_id=ch.change_id,
            device_id=self.device_id,
            device_seq=ch.device_seq,
            tbl=ch.tbl,
            row_id=ch.row_id,
            scope_id=ch.scope_id,
            col=ch.col,
            value=ch.value,
            hlc=ch.hlc,
            base_hlc=ch.base_hlc,
            schema_version=ch.schema_version,
        )
        stored = self.cells.get((ch.tbl, ch.row_id, ch.col))
        if stored is None:
            decision = decide(change, None, self._row_deleted(ch.tbl, ch.row_id))
        else:
            self.clock.observe(stored.hlc)  # another server process may have written it
            current = CellValue(Stamp(stored.hlc, stored.device_id), stored.value)
            deleted = self._row_deleted(ch.tbl, ch.row_id)
            decision = decide(change, current, deleted, stored.change_id, stored.base_hlc)
        if decision.apply:
            self._put(change.key, ch.scope_id, change.cell, ch.change_id, ch.base_hlc)
        return decision.apply, decision.conflict

    def _row_deleted(self, tbl: str, row_id: str) -> bool:
        tombstone = self.cells.get((tbl, row_id, DELETED_COLUMN))
        return tombstone is not None and tombstone.value in TOMBSTONE_VALUES

    def _record_conflict(self, conflict: ConflictRecord) -> None:
        """Write the conflict row once: a row with its id (found earlier, by the server or by a device
        importing a bundle) is the same conflict."""
        row = (conflicts.TABLE, conflict.conflict_id)
        if row in self.row_scope:
            return
        self.row_scope[row] = conflict.scope_id
        stamp = Stamp(self.clock.now(), self.server_device_id)
        for col, value in conflicts.conflict_cells(conflict).items():
            key = CellKey(conflicts.TABLE, conflict.conflict_id, col)
            self._put(key, conflict.scope_id, CellValue(stamp, value), None, None)

    def _put(
        self, key: CellKey, scope_id: str, cell: CellValue, change_id: str | None, base_hlc: int | None
    ) -> None:
        """Store a winning cell under the scope's next sequence number."""
        scope_seq = self.seqs[scope_id]
        scope_seq.last_seq += 1
        pk = (key.tbl, key.row_id, key.col)
        stored = self.cells.get(pk)
        if stored is None:
            stored = StoredCell(scope_id, "", 0, "", None, None, 0)
            self.cells[pk] = stored
        self.written.add(pk)
        stored.value = cell.value
        stored.hlc = cell.stamp.hlc
        stored.device_id = cell.stamp.device_id
        stored.change_id = change_id
        stored.base_hlc = base_hlc
        stored.seq = scope_seq.last_seq
