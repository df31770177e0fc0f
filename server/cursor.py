"""Pull cursors: opaque to clients, here the last sequence number seen per scope.

A partner's device gains scopes when companies are added; a scope missing from the cursor is read
from its beginning.
"""

from __future__ import annotations

import base64
import binascii
import json

VERSION = 1


def encode(positions: dict[str, int]) -> str:
    raw = json.dumps({"v": VERSION, "s": positions}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode(cursor: str) -> dict[str, int]:
    """The positions of a cursor ("" = from the beginning); ValueError for anything not made here."""
    if not cursor:
        return {}
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValueError("not a cursor") from exc
    if not isinstance(data, dict) or data.get("v") != VERSION or not isinstance(data.get("s"), dict):
        raise ValueError("not a cursor")
    positions = data["s"]
    for scope_id, seq in positions.items():
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or len(scope_id) > 64:
            raise ValueError("not a cursor")
    return dict(positions)
