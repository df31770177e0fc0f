"""The sync rows of DESIGN section 6: initial sync, idle round, 20 devices pushing concurrently.

Everything goes through a real uvicorn on 127.0.0.1 in its own process (:mod:`bench.sync_server`):
the initial-sync and idle-round rows against a SQLite server database in the run's temporary
folder (:mod:`bench.sync_initial`), the concurrent rows against PostgreSQL (:mod:`bench.sync_pg`).
Each row's baseline is measured in the same run. About 2-3 minutes in all.
"""

from __future__ import annotations

import os
import statistics
import traceback
from pathlib import Path

from bench import sync_initial, sync_pg
from bench.report import Row, ms, progress, ratio
from bench.sync_initial import InitialResult

INITIAL_RATIO_TARGET = 5.0
IDLE_TARGET_S = 0.020
WHAT_INITIAL = "initial sync of 100,000 cells, loopback"
WHAT_PUSH = "first device's push of the same cells, loopback (info)"
WHAT_IDLE = "sync round with nothing to do"


def measure(work: Path) -> list[Row]:
    """Every sync row; a part that fails gives rows marked n/a with the reason."""
    rows: list[Row] = []
    folder = work / "sync"
    folder.mkdir()
    load = f"1-minute load average as the sync rows began: {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs."
    progress(f"sync: begin. {load}")
    try:
        rows += initial_rows(sync_initial.measure(folder), load)
    except Exception as exc:
        traceback.print_exc()
        rows += _failed_initial(f"Failed: {exc!r} (traceback on stderr).")
    try:
        rows += sync_pg.measure()
    except Exception as exc:
        traceback.print_exc()
        rows += sync_pg.failed(f"Failed (is PostgreSQL running? .ci/postgres.sh): {exc!r}.")
    return rows


def initial_rows(r: InitialResult, load: str = "") -> list[Row]:
    base = sync_initial.baseline(r)
    n_base = len(r.baselines_s)
    baseline_text = f"{ms(base)} (median, n={n_base})"
    pull_ratio = r.pull_s / base
    idle = statistics.median(r.idle_s)
    health = statistics.median(r.health_s)
    server = (
        "Server: uvicorn on 127.0.0.1 in its own process (bench/sync_server.py), SQLite server"
        " database in the run's temporary folder (WAL, synchronous = FULL, as server/db.py sets)."
    )
    return [
        Row(
            WHAT_INITIAL,
            f"{ms(r.pull_s)} ({r.pulled:,} cells, n=1)",
            baseline_text,
            f"{pull_ratio:.2f}×",
            f"≤ {INITIAL_RATIO_TARGET:g}×",
            pull_ratio <= INITIAL_RATIO_TARGET and r.waiting == 0,
            [
                f"demo.load_large(companies=1, tasks_per_company={sync_initial.TASKS}) gives"
                f" {r.cells:,} cells, {r.company_cells:,} of them in the one company scope. After the"
                " first device pushed them (next row), a new device (fresh database, enrolled for the"
                " partner) runs its first SyncEngine.round() over HttpTransport, pull_page="
                f"{sync_initial.PULL_PAGE} and backlog_page={sync_initial.BACKLOG_PAGE} (a first page"
                f" of {sync_initial.PULL_PAGE:,} cells, then pages of {sync_initial.BACKLOG_PAGE:,}"
                " while the server has more, as the app's engine is set up in"
                " desktop/core/sync/service.py): measured from the call until it returns, every cell"
                f" applied ({r.waiting} left waiting in sync_stash). Of that, {ms(r.pull_wait_s)} is"
                " inside HttpTransport.request (JSON, loopback HTTP, the server's work); the rest is"
                " the client applying cells (desktop/core/sync/apply.py). " + server + " Baseline:"
                f" the same cells json.dumps + json.loads in pages of {sync_initial.PULL_PAGE:,}, then one"
                " sqlite3 executemany into a plain table (tbl, row_id, col, value, hlc) in one"
                " transaction, WAL and synchronous = FULL; median of runs after the sync. " + load
            ],
        ),
        Row(
            WHAT_PUSH,
            f"{ms(r.push_s)} ({r.cells:,} cells, n=1)",
            baseline_text,
            f"{ratio(r.push_s, base)} (info)",
            "info (no target)",
            None,
            [
                "The first device's SyncEngine.push() of its whole outbox (batches of"
                f" {sync_initial.PUSH_BATCH}, the client's default), same server and baseline as the"
                f" row above. Of that, {ms(r.push_wait_s)} is inside HttpTransport.request (JSON,"
                " loopback HTTP, the server merging and committing each batch); the rest is the"
                " client reading and acknowledging its outbox."
            ],
        ),
        Row(
            WHAT_IDLE,
            f"{ms(idle)} (median, n={len(r.idle_s)}; max {ms(max(r.idle_s))})",
            f"{ms(health)} (GET /api/v1/health, median, n={len(r.health_s)})",
            f"{idle / health:.2f}× (info)",
            f"≤ {IDLE_TARGET_S * 1000:.0f} ms",
            idle <= IDLE_TARGET_S,
            [
                "SyncEngine.round() of the new device above once it is up to date: its local"
                " transactions, one pull request answering no cells, over HttpTransport (a new"
                f" connection a request). {sync_initial.WARM_UP} unmeasured rounds first; rounds and"
                " baseline requests alternate. Baseline (information): a bare GET /api/v1/health"
                " with the same HttpTransport against the same server. The target is absolute in"
                " DESIGN."
            ],
        ),
    ]


def _failed_initial(reason: str) -> list[Row]:
    target = f"≤ {INITIAL_RATIO_TARGET:g}×"
    return [
        Row(WHAT_INITIAL, "failed", "n/a", "n/a", target, None, [reason]),
        Row(WHAT_PUSH, "failed", "n/a", "n/a", "info (no target)", None, []),
        Row(WHAT_IDLE, "failed", "n/a", "n/a", f"≤ {IDLE_TARGET_S * 1000:.0f} ms", None, []),
    ]


def main() -> int:
    """``python -m bench.sync_bench``: the sync rows alone, as a table on stdout."""
    import tempfile

    from bench.report import render

    with tempfile.TemporaryDirectory(prefix="machishigoto-sync-bench-") as tmp:
        rows = measure(Path(tmp))
    print(render(rows), end="")
    progress("sync rows done (not written to bench/results/latest.md; run `python -m bench` for that)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
