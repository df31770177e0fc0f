"""Rows 1 and 2: start-up time to an interactive window, and peak memory, with the large dataset.

Each sample is a fresh child process (``python -m bench.child_app`` or ``python -m bench.child_bare``,
same interpreter, ``QT_QPA_PLATFORM=offscreen``). The parent's clock runs from just before
``Popen`` until it reads the child's ready line, so interpreter start, imports, Qt start, opening
the database, building and showing the window and the first pass of the event loop are all in.
The children alternate (bare, app, bare, app, ...) after one unmeasured warm-up each (bytecode
caches, OS file cache), so drift in machine load hits both sides alike. Each child reports its own
peak RSS with the ready line.

Children may write bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment) into
``bench/results/pycache``: an installed or frozen app runs from compiled bytecode, and recompiling
SQLAlchemy and Alembic from source on every start would measure the environment, not the app.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bench.child_common import FAILED, MARKER, SHOWN
from bench.report import RESULTS_DIR, Row, median, ms, progress

REPO = Path(__file__).resolve().parents[1]
TIMEOUT_S = 60.0
PYCACHE = RESULTS_DIR / "pycache"  # bytecode of every child, kept out of the source tree


@dataclass(frozen=True)
class Sample:
    seconds: float  # to the first interactive window (the ready line when a child has no shown line)
    peak_rss_kib: int
    ready_seconds: float  # to the ready line


@dataclass(frozen=True)
class StartupResult:
    app: list[Sample]
    bare: list[Sample]


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


def run_child(module: str, args: list[str], workdir: Path) -> Sample:
    """Start ``python -m module *args`` and time it until its ready line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+", dir=workdir) as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert proc.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        try:
            first: float | None = None
            while True:
                line = _wait_for_marker(lines, started)
                if line.startswith(SHOWN):
                    first = time.perf_counter() - started
                    continue
                break
            elapsed = time.perf_counter() - started
            proc.wait(timeout=TIMEOUT_S)
        except BaseException:
            proc.kill()
            proc.wait()
            errors.seek(0)
            sys.stderr.write(errors.read()[-4000:])
            raise
    return Sample(elapsed if first is None else first, int(line.split()[1]), elapsed)


def _wait_for_marker(lines: queue.Queue[str], started: float) -> str:
    while True:
        remaining = TIMEOUT_S - (time.perf_counter() - started)
        try:
            line = lines.get(timeout=max(remaining, 0.001))
        except queue.Empty:
            raise RuntimeError(f"child not ready after {TIMEOUT_S:.0f} s") from None
        if line.startswith((MARKER, SHOWN)):
            return line
        if not line or line.startswith(FAILED):
            raise RuntimeError(f"child failed: {line.strip() or 'exited without the ready line'}")


def measure(db_path: Path, runs: int, workdir: Path) -> StartupResult:
    """``runs`` timed starts of each child, after one warm-up start of each."""
    result = StartupResult([], [])
    for index in range(runs + 1):
        bare = run_child("bench.child_bare", [], workdir)
        ini = workdir / f"settings-{index}.ini"  # fresh settings: defaults, as on a first start
        app = run_child("bench.child_app", [str(db_path), str(ini)], workdir)
        label = "warm-up" if index == 0 else f"{index}/{runs}"
        progress(f"start-up {label}: app {app.seconds:.2f} s, bare {bare.seconds:.2f} s")
        if index:
            result.bare.append(bare)
            result.app.append(app)
    return result


def _mb(kib: int) -> float:
    return kib * 1024 / 1e6


def rows(result: StartupResult, target_ratio: float, memory_limit_mb: float) -> list[Row]:
    """Row 1 (start-up time, judged as a ratio) and row 2 (peak memory, judged in MB)."""
    n = len(result.app)
    app_s = [s.seconds for s in result.app]
    bare_s = [s.seconds for s in result.bare]
    full_s = [s.ready_seconds for s in result.app]
    start_ratio = median(app_s) / median(bare_s)
    app_mb = [_mb(s.peak_rss_kib) for s in result.app]
    bare_mb = [_mb(s.peak_rss_kib) for s in result.bare]
    spread = (
        f"Spread: app {min(app_s) * 1000:.0f}-{max(app_s) * 1000:.0f} ms,"
        f" bare {min(bare_s) * 1000:.0f}-{max(bare_s) * 1000:.0f} ms."
    )
    return [
        Row(
            "app start to first interactive window, large dataset",
            f"{ms(median(app_s))} (median, n={n})",
            f"{ms(median(bare_s))} (median, n={n})",
            f"{start_ratio:.2f}×",
            f"≤ {target_ratio:g}×",
            start_ratio <= target_ratio,
            [
                "Wall time from Popen of a fresh `python -m bench.child_app` to its first interactive"
                " window: the first window (desktop/gui/first_window.py, built while the database layer"
                " loads in a thread) shown with the first company's task rows - sortable, filterable,"
                " another company can be chosen - then one more event-loop pass. Editing starts with"
                " the main window (next row). Baseline: `python -m bench.child_bare`, an empty"
                " QMainWindow, same interpreter and QT_QPA_PLATFORM=offscreen. Children run with a"
                " bytecode cache under bench/results/"
                " (PYTHONDONTWRITEBYTECODE dropped), as an installed or frozen app has. " + spread
            ],
        ),
        Row(
            "app start to the full main window, large dataset (info)",
            f"{ms(median(full_s))} (median, n={n})",
            f"{ms(median(bare_s))} (median, n={n})",
            f"{median(full_s) / median(bare_s):.2f}× (info)",
            "info (no target)",
            None,
            [
                "Same children: to the ready line, when the main window has replaced the first window"
                " (database open, editing possible) and its task page has loaded its own rows on the"
                f" task runner. Spread: {min(full_s) * 1000:.0f}-{max(full_s) * 1000:.0f} ms."
            ],
        ),
        Row(
            "peak memory, GUI with large dataset",
            f"{median(app_mb):.1f} MB (median; max {max(app_mb):.1f}, n={n})",
            f"{median(bare_mb):.1f} MB (median, n={n})",
            f"{median(app_mb) / median(bare_mb):.2f}× (info)",
            f"≤ {memory_limit_mb:g} MB",
            max(app_mb) <= memory_limit_mb,
            [
                "Absolute target by DESIGN (the one absolute start-up row): judged on the largest app"
                " value of the n runs. Peak RSS of each child, read inside it at its ready line (the"
                " full window; Linux: VmHWM, since ru_maxrss after exec can carry the parent's peak);"
                " 1 MB = 10^6 bytes."
                " The ratio to the bare window is for information."
            ],
        ),
    ]


def failed_rows(reason: str, target_ratio: float, memory_limit_mb: float) -> list[Row]:
    """Rows 1 and 2 when a child could not start (the app being mid-change, say)."""
    return [
        Row(what, "failed", "n/a", "n/a", target, None, [reason])
        for what, target in (
            ("app start to first interactive window, large dataset", f"≤ {target_ratio:g}×"),
            ("peak memory, GUI with large dataset", f"≤ {memory_limit_mb:g} MB"),
        )
    ]
