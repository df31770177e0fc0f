"""The cells of a conflict row the server writes (table ``conflict`` of :mod:`desktop.core.models`)."""

from __future__ import annotations

import json

from desktop.core.sync.merge import ConflictRecord

TABLE = "conflict"


def encode_value(value: str | int | bool | None) -> str:
    """A Python value as cell JSON text, as the app's capture triggers make it (booleans as 0/1)."""
    if isinstance(value, bool):
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def conflict_cells(conflict: ConflictRecord) -> dict[str, str]:
    """Column -> JSON value of a new, unresolved conflict row."""
    values: dict[str, str | int | bool | None] = {
        "tbl": conflict.key.tbl,
        "row_id": conflict.key.row_id,
        "col": conflict.key.col,
        "winner_value": conflict.winner.value,
        "winner_hlc": conflict.winner.stamp.hlc,
        "winner_device": conflict.winner.stamp.device_id,
        "loser_value": conflict.loser.value,
        "loser_hlc": conflict.loser.stamp.hlc,
        "loser_device": conflict.loser.stamp.device_id,
        "reason": conflict.reason,
        "resolved": False,
        "deleted": False,
    }
    return {col: encode_value(value) for col, value in values.items()}
