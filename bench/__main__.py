"""``python -m bench``: measure every row, print the Markdown table, write bench/results/latest.md.

Progress goes to stderr, the table to stdout. Start-up runs first (child processes, while this
process is idle), then the in-process table operations.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import (
    bundle,
    dashboard_bench,
    dataset,
    documents_bench,
    startup,
    sync_bench,
    table_ops,
    workforce_ops,
)
from bench.report import Row, progress, render, write_latest

STARTUP_RUNS = 7
START_RATIO_TARGET = 3.0
MEMORY_LIMIT_MB = 250.0


def _versions() -> str:
    import PySide6
    import sqlalchemy

    return (
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__},"
        f" SQLAlchemy {sqlalchemy.__version__}, {platform.system()} {platform.machine()},"
        f" {os.cpu_count()} CPUs"
    )


def main() -> int:
    began = time.perf_counter()
    progress("start (about 15 s; a first run also builds the large dataset, about 40 s more)")
    source = dataset.large_database()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="machishigoto-bench-") as tmp:
        work = Path(tmp)
        db_path = dataset.working_copy(source, work)
        progress(f"start-up: {STARTUP_RUNS} runs each of the app and a bare window, after a warm-up")
        try:
            result = startup.measure(db_path, STARTUP_RUNS, work)
        except RuntimeError as exc:  # the child's own output is already on stderr
            progress(f"start-up failed: {exc}")
            reason = f"A child failed: {exc} (its stderr is printed above)."
            rows += startup.failed_rows(reason, START_RATIO_TARGET, MEMORY_LIMIT_MB)
        else:
            rows += startup.rows(result, START_RATIO_TARGET, MEMORY_LIMIT_MB)
        rows += bundle.measure(db_path, work)  # frozen bundle: start and compressed size
        progress("table: sort and filter")
        rows += table_ops.measure(db_path, work / "table.ini")
        progress("workers and hours: open the worker list and the weekly grid")
        rows += workforce_ops.measure(db_path)
        progress("value dashboard: one company and the partner view")
        rows += dashboard_bench.measure(db_path, work / "dashboard.ini")
        rows += documents_bench.measure(work)  # 500 task sheets as one PDF vs bare reportlab
        rows += sync_bench.measure(work)  # sync: initial, idle round, 20 devices on PostgreSQL
    elapsed = time.perf_counter() - began
    header = [
        f"# Machishigoto bench, {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"{_versions()}; large dataset `{source.name}`; whole bench {elapsed:.0f} s.",
    ]
    text = render(rows, header)
    print(text, end="")
    progress(f"written to {write_latest(text)}")
    return 0  # a report, not a gate: a missed target shows as **NO** in the table


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 6.12.0 loses a reference to True on every Python-side Signal.emit(); after the few
    # hundred emits of the table rows, normal interpreter teardown can abort in bool_dealloc.
    # Everything is written and closed by now, so leave without that teardown.
    os._exit(code)
