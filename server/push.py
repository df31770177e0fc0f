"""One push batch: validation (nothing applied on refusal) and the merge of each change.

The merge itself is :func:`desktop.core.sync.merge.decide`, the rule every replica uses; this module
only feeds it the stored cell and the row's tombstone, and stores what it decides.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.sync.hlc import HybridClock, wall_ms
from desktop.core.sync.merge import (
    DELETED_COLUMN,
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
from server.crud.common import now_ms
from server.crud.pushes import PushWrites
from server.crud.scopes import COMPANY, PARTNER
from server.errors import ApiError, bad_request, client_too_old, out_of_scope
from server.schemas import ChangeIn, PushIn

TOMBSTONE_VALUES = frozenset({"1", "true"})


def _refuse_constant(constant: str) -> None:
    raise ValueError(constant)


# One decoder for every value (json.loads with an option builds a new decoder each call).
_STRICT_JSON = json.JSONDecoder(parse_constant=_refuse_constant)


def _is_json(text: str) -> bool:
    """Whether ``text`` is JSON as the cells hold it (no NaN or Infinity)."""
    try:
        _STRICT_JSON.decode(text)
    except (ValueError, RecursionError):
        return False
    return True


def validate(body: PushIn, scopes: Mapping[str, str], now_ms: int, max_skew_ms: int) -> None:
    """Refuse the whole batch if any change is malformed, outside the token's scopes (``scopes``: the
    id and kind of each, see :func:`server.crud.scopes.scope_kinds`) or too far ahead."""
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
        kind = scopes.get(ch.scope_id)
        if kind is None:
            raise out_of_scope("change outside the token's scopes", ch.change_id)
        # A partner's or company's own row is its scope: its id is the scope id, of the same kind.
        if ch.tbl in (PARTNER, COMPANY) and (ch.row_id != ch.scope_id or kind != ch.tbl):
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
    transaction; any refusal raised from here leaves the transaction to be rolled back.

    Set-based: a fixed number of statements whatever the batch size. It locks the scopes, reads
    every stored cell of the batch's rows, the already seen change ids and the conflict rows the
    batch could find (one query each) and merges in memory; :attr:`writes` is then what to store:
    every cell it changed, every new change id and the scopes' last numbers, which the caller
    writes with the rest of the push (:func:`server.crud.pushes.finish`).
    """

    def __init__(
        self,
        session: Session,
        device_id: str,
        clock: HybridClock,
        server_device_id: str,
        changes: list[ChangeIn],
        seen_floor: int = 0,
    ) -> None:
        self.session = session
        self.device_id = device_id
        self.clock = clock
        self.server_device_id = server_device_id
        self.changes = changes
        self.seen_floor = seen_floor  # the device's seen change ids up to this device_seq were pruned
        self.seqs: dict[str, int] = {}  # each locked scope's last number
        self.cells: dict[CellPk, StoredCell] = {}
        self.row_scope: dict[RowKey, str] = {}
        self.existed: set[CellPk] = set()  # cells stored before this batch
        self.written: set[CellPk] = set()  # cells this batch stores
        self.writes = PushWrites()  # what the caller stores (crud.pushes.finish)

    def run(self) -> Outcome:
        # Nothing is flushed behind our back: the batch reads first, then writes with Core statements.
        with self.session.no_autoflush:
            return self._run()

    def _run(self) -> Outcome:
        self.seqs = cells_crud.lock_scopes(self.session, {ch.scope_id for ch in self.changes})
        first_seqs = dict(self.seqs)
        self.cells = cells_crud.row_cells(self.session, {(ch.tbl, ch.row_id) for ch in self.changes})
        self.existed = set(self.cells)
        self.row_scope = {(tbl, row_id): cell.scope_id for (tbl, row_id, _), cell in self.cells.items()}
        self._check_rows_stay_in_scope()
        self._load_conflict_rows()
        outcome = Outcome()
        fresh = self._fresh_changes(outcome)
        if self.cells:
            # Stamps stored by another server process: conflict rows written now are stamped after.
            self.clock.observe(max(cell.hlc for cell in self.cells.values()))
        if fresh:
            self.clock.receive(max(ch.hlc for ch in fresh))
        for ch in fresh:
            applied, conflict = self._merge(ch)
            outcome.applied += applied
            if conflict is not None:
                outcome.conflicts += 1
                self._record_conflict(conflict)
        seen_ms = now_ms()
        self.writes.seen = [(ch.change_id, self.device_id, ch.device_seq, seen_ms) for ch in fresh]
        self.writes.last_seqs = {scope: seq for scope, seq in self.seqs.items() if seq != first_seqs[scope]}
        self._collect_cells()
        return outcome

    def _fresh_changes(self, outcome: Outcome) -> list[ChangeIn]:
        """The changes not seen before (the others are counted as skipped), refusing the batch when
        one of the device's sequence numbers was used by another change (a copied database).

        At or below the device's ``seen_floor`` the seen change ids were pruned, so an unknown change
        id there is either a very late re-send or a copy's new change reusing the number: skipped
        when the stored cell still holds it (then it certainly was merged), else refused as a copy
        would be (409 duplicate_device: the client forks and re-sends; nothing is lost). Skipping
        it blindly could drop a copy's change, and the ack would then drop the copy's outbox.
        """
        change_ids = [ch.change_id for ch in self.changes]
        seen, used = changes_crud.seen_and_used(
            self.session, change_ids, self.device_id, [ch.device_seq for ch in self.changes]
        )
        fresh: list[ChangeIn] = []
        for ch in self.changes:
            if ch.change_id in seen:
                outcome.skipped += 1
                continue
            if used.get(ch.device_seq, ch.change_id) != ch.change_id:
                raise ApiError(
                    409, "duplicate_device", "this device's sequence numbers were used by other changes: fork"
                )
            if ch.device_seq <= self.seen_floor:
                stored = self.cells.get((ch.tbl, ch.row_id, ch.col))
                if stored is None or stored.change_id != ch.change_id:
                    raise ApiError(
                        409,
                        "duplicate_device",
                        "this device's sequence number is older than the changes the server remembers: fork",
                    )
                outcome.skipped += 1
                continue
            seen.add(ch.change_id)
            fresh.append(ch)
        return fresh

    def _collect_cells(self) -> None:
        """Every cell the batch wrote, once, as it ended up (its last write's value and number), in
        key order (concurrent upserts lock rows in one order)."""
        new, updated = self.writes.new_cells, self.writes.updated_cells
        for key in sorted(self.written):
            cell = self.cells[key]
            # In CELL_COLUMNS order: tbl, row_id, col, scope_id, value, hlc, device, change, base, seq.
            tbl, row_id, col = key
            row = (
                tbl,
                row_id,
                col,
                cell.scope_id,
                cell.value,
                cell.hlc,
                cell.device_id,
                cell.change_id,
                cell.base_hlc,
                cell.seq,
            )
            (updated if key in self.existed else new).append(row)

    def _check_rows_stay_in_scope(self) -> None:
        """A row lives in one scope: a change may not reach into a row stored under another one."""
        for ch in self.changes:
            if self.row_scope.setdefault((ch.tbl, ch.row_id), ch.scope_id) != ch.scope_id:
                raise out_of_scope("the row belongs to another scope", ch.change_id)

    def _load_conflict_rows(self) -> None:
        """Which conflict rows this batch could find already exist.

        A conflict is only found where a change meets a current cell: one stored before the batch,
        one an earlier change of the batch wrote (its key comes twice), or a conflict row's cell the
        server wrote in this batch (a change of table ``conflict``). Its id derives from the losing
        change: the meeting change or the current cell's writer. Only those ids are looked up, so a
        batch of new rows costs no query here.
        """
        keys = [(ch.tbl, ch.row_id, ch.col) for ch in self.changes]
        repeated = {key for key, count in Counter(keys).items() if count > 1}
        writers: set[str] = set()
        for ch, key in zip(self.changes, keys, strict=True):
            stored = self.cells.get(key)
            if stored is not None or key in repeated or ch.tbl == conflicts.TABLE:
                writers.add(ch.change_id)
                if stored is not None and stored.change_id is not None:
                    writers.add(stored.change_id)
        if not writers:
            return
        candidates = {conflict_id_for(change_id) for change_id in writers}
        for row_id, scope_id in cells_crud.row_scopes(self.session, conflicts.TABLE, candidates).items():
            self.row_scope.setdefault((conflicts.TABLE, row_id), scope_id)

    def _merge(self, ch: ChangeIn) -> tuple[bool, ConflictRecord | None]:
        pk = (ch.tbl, ch.row_id, ch.col)
        stored = self.cells.get(pk)
        if stored is None:
            # What decide() says of a change meeting no cell: applied, no conflict.
            self._store(pk, ch.scope_id, ch.value, ch.hlc, self.device_id, ch.change_id, ch.base_hlc)
            return True, None
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
        current = CellValue(Stamp(stored.hlc, stored.device_id), stored.value)
        deleted = self._row_deleted(ch.tbl, ch.row_id)
        decision = decide(change, current, deleted, stored.change_id, stored.base_hlc)
        if decision.apply:
            self._store(pk, ch.scope_id, ch.value, ch.hlc, self.device_id, ch.change_id, ch.base_hlc)
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
        hlc = self.clock.now()
        for col, value in conflicts.conflict_cells(conflict).items():
            pk = (conflicts.TABLE, conflict.conflict_id, col)
            self._store(pk, conflict.scope_id, value, hlc, self.server_device_id, None, None)

    def _store(
        self,
        pk: CellPk,
        scope_id: str,
        value: str,
        hlc: int,
        device_id: str,
        change_id: str | None,
        base_hlc: int | None,
    ) -> None:
        """Store a winning cell under the scope's next sequence number."""
        seq = self.seqs[scope_id] + 1
        self.seqs[scope_id] = seq
        stored = self.cells.get(pk)
        if stored is None:
            self.cells[pk] = StoredCell(scope_id, value, hlc, device_id, change_id, base_hlc, seq)
        else:
            stored.value = value
            stored.hlc = hlc
            stored.device_id = device_id
            stored.change_id = change_id
            stored.base_hlc = base_hlc
            stored.seq = seq
        self.written.add(pk)
