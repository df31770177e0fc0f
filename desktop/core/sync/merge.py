"""The merge rule shared by every replica and the partner server.

Each synced cell is a last-writer-wins register ordered by ``(hlc, device_id)``. Merging two cell
states keeps the greater stamp; equal stamps with different values (which only a buggy or hostile
peer can make) are ordered by value, so the merge stays a total, commutative, associative and
idempotent function. Losing values are not thrown away by callers: :func:`decide` says when a
losing or overwritten value must be kept as a :class:`ConflictRecord`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.ids import derived_id

DELETED_COLUMN = "deleted"


@dataclass(frozen=True, order=True)
class Stamp:
    """When and where a cell value was written."""

    hlc: int
    device_id: str


@dataclass(frozen=True, order=True)
class CellValue:
    """A cell's value (JSON text) and its stamp. Ordering compares the stamp first."""

    stamp: Stamp
    value: str


@dataclass(frozen=True)
class CellKey:
    tbl: str
    row_id: str
    col: str


@dataclass(frozen=True)
class Change:
    """One cell change as it travels between devices (DESIGN section 4)."""

    change_id: str
    device_id: str
    device_seq: int
    tbl: str
    row_id: str
    scope_id: str
    col: str
    value: str
    hlc: int
    base_hlc: int | None
    schema_version: int

    @property
    def key(self) -> CellKey:
        return CellKey(self.tbl, self.row_id, self.col)

    @property
    def cell(self) -> CellValue:
        return CellValue(Stamp(self.hlc, self.device_id), self.value)


@dataclass(frozen=True)
class ConflictRecord:
    """A value that lost, kept for review in the same scope as the row."""

    conflict_id: str
    key: CellKey
    scope_id: str
    winner: CellValue
    loser: CellValue
    loser_change_id: str  # the change whose value lost; the conflict's id derives from it
    reason: str  # "concurrent_edit" | "deleted_row"


@dataclass(frozen=True)
class Decision:
    """What to do with an incoming change: apply it or not, and which conflict to record."""

    apply: bool
    conflict: ConflictRecord | None


def merge_cell(a: CellValue | None, b: CellValue | None) -> CellValue | None:
    """The winning cell of two states of the same cell."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def merge_states(a: Mapping[CellKey, CellValue], b: Mapping[CellKey, CellValue]) -> dict[CellKey, CellValue]:
    """Merge two replicas' cell maps, cell by cell."""
    merged = dict(a)
    for key, cell in b.items():
        winner = merge_cell(merged.get(key), cell)
        assert winner is not None
        merged[key] = winner
    return merged


def fold(states: Iterable[Mapping[CellKey, CellValue]]) -> dict[CellKey, CellValue]:
    """Merge any number of replica states."""
    result: dict[CellKey, CellValue] = {}
    for state in states:
        result = merge_states(result, state)
    return result


def conflict_id_for(loser_change_id: str) -> str:
    """A conflict's id derives from the losing change: whoever finds it (the server, or a device
    importing a sync bundle), in whatever order the changes arrived, makes the same row."""
    return derived_id("conflict", loser_change_id)


def decide(
    change: Change,
    current: CellValue | None,
    row_deleted: bool,
    current_change_id: str | None = None,
    current_base_hlc: int | None = None,
) -> Decision:
    """Decide how an incoming change meets the receiver's current cell.

    The change is applied iff its stamp is greater than the current one. A conflict is recorded when
    the change was made on a different base than the current value and the values differ (whichever
    side wins, the other is kept), or when it edits a row that is deleted (tombstones win over
    concurrent edits; the edit is kept as a conflict so a person can restore the row).
    ``current_change_id`` is the change that wrote the current value and ``current_base_hlc`` the
    stamp it was made on, when known: a late copy of that very base is history, not a rival.
    """
    incoming = change.cell
    apply = current is None or incoming > current
    if current is None:
        return Decision(apply, None)
    if change.col != DELETED_COLUMN and row_deleted:
        return Decision(apply, _conflict(change, current, current_change_id, "deleted_row"))
    ancestor = current_base_hlc is not None and change.hlc == current_base_hlc
    concurrent = change.base_hlc != current.stamp.hlc and change.value != current.value and not ancestor
    if concurrent and incoming != current:
        return Decision(apply, _conflict(change, current, current_change_id, "concurrent_edit"))
    return Decision(apply, None)


def _conflict(
    change: Change, current: CellValue, current_change_id: str | None, reason: str
) -> ConflictRecord:
    incoming = change.cell
    if incoming > current:
        winner, loser, loser_id = incoming, current, current_change_id or change.change_id
    else:
        winner, loser, loser_id = current, incoming, change.change_id
    return ConflictRecord(
        conflict_id=conflict_id_for(loser_id),
        key=change.key,
        scope_id=change.scope_id,
        winner=winner,
        loser=loser,
        loser_change_id=loser_id,
        reason=reason,
    )
