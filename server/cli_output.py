"""Plain-text output of the command line: times and a device table that lines up with Japanese names."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

from server.models import Device


def format_ms(ms: int | None) -> str:
    if ms is None:
        return "-"
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(_width(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = [
        "  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    ]
    return "\n".join(lines)


def device_table(devices: Sequence[Device], scope_names: dict[str, str]) -> str:
    if not devices:
        return "no devices"
    rows = [
        [
            d.id,
            d.kind,
            f"{scope_names.get(d.scope_id, '?')} ({d.scope_id})",
            d.name,
            format_ms(d.last_seen_ms),
            "revoked" if d.revoked_ms is not None else "active",
        ]
        for d in devices
    ]
    return table(["DEVICE", "KIND", "SCOPE", "NAME", "LAST SEEN", "STATUS"], rows)
