"""Result rows, small statistics helpers, progress output and the Markdown table."""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"
COLUMNS = ("what", "measured", "baseline", "ratio", "target", "ok")


@dataclass(frozen=True)
class Row:
    """One line of the table; ``ok`` is None when the row could not be measured."""

    what: str
    measured: str
    baseline: str
    ratio: str
    target: str
    ok: bool | None
    notes: list[str] = field(default_factory=list)

    def cells(self) -> tuple[str, ...]:
        verdict = "n/a" if self.ok is None else ("yes" if self.ok else "**NO**")
        return (self.what, self.measured, self.baseline, self.ratio, self.target, verdict)


def progress(message: str) -> None:
    """A progress line on stderr (stdout carries only the table)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio(measured: float, baseline: float) -> str:
    return f"{measured / baseline:.2f}×" if baseline > 0 else "n/a"


def render(rows: Sequence[Row], header: Sequence[str] = ()) -> str:
    """The Markdown table, with the lines of ``header`` above it and numbered notes below it."""
    lines = [*header, ""] if header else []
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("| " + " | ".join("---" for _ in COLUMNS) + " |")
    notes: list[str] = []
    for row in rows:
        cells = list(row.cells())
        marks = []
        for note in row.notes:
            notes.append(note)
            marks.append(f"[{len(notes)}]")
        if marks:
            cells[0] += " " + "".join(marks)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if notes:
        lines.append("")
        lines.extend(f"[{i}] {note}" for i, note in enumerate(notes, 1))
    return "\n".join(lines) + "\n"


def write_latest(text: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / "latest.md"
    path.write_text(text, encoding="utf-8")
    return path
