"""Rows "20 devices pushing concurrently to PostgreSQL": throughput, p95 latency, one shared scope.

The PostgreSQL database (``MACHISHIGOTO_BENCH_PG``, default ``machishigoto_bench`` on the local
cluster that .ci/postgres.sh starts) is emptied (schema ``public`` dropped and recreated) and
migrated with the server's Alembic upgrade at the start of every run. One partner with 22 companies:
20 for the devices that each push into their own company (the per-scope lock cannot serialise
them), 1 that 20 more devices all share (information: there the lock does serialise), and 1 for a
device pushing alone, whose latency is the baseline of the latency row. 20 more devices, one in each
of the 20 own companies, push small batches (50 changes, information). The four scenarios run one
after the other against the same uvicorn, see :mod:`bench.sync_concurrent`.
"""

from __future__ import annotations

import statistics

from bench import sync_baselines, sync_concurrent, sync_server
from bench.report import Row, ms, progress
from bench.sync_concurrent import DEVICES, ScenarioResult

MIN_CELLS_PER_S = 10_000.0
MAX_P95_S = 0.150
WHAT_RATE = "20 devices pushing concurrently to PostgreSQL: total cells/s"
WHAT_P95 = "20 devices pushing concurrently to PostgreSQL: p95 push"
WHAT_SHARED = "20 devices pushing concurrently to PostgreSQL, all in ONE company scope (info)"
WHAT_SMALL = "20 devices pushing concurrently to PostgreSQL, batches of 50 changes (info)"


def measure() -> list[Row]:
    url = sync_server.pg_url()
    progress("sync: PostgreSQL: fresh schema, 22 companies, 61 devices")
    admin = sync_server.pg_admin(url)
    try:
        partner = admin.create_partner("ベンチ用パートナー")
        own = [admin.create_company(partner, f"ベンチ株式会社{i:02d}") for i in range(DEVICES)]
        shared = admin.create_company(partner, "ベンチ共有株式会社")
        solo = admin.create_company(partner, "ベンチ単独株式会社")
        plan = [(admin.enrol_code(c), c) for c in own]
        plan += [(admin.enrol_code(shared), shared) for _ in range(DEVICES)]
        plan.append((admin.enrol_code(solo), solo))
        small_plan = [(admin.enrol_code(c), c) for c in own]
    finally:
        admin.close()
    with sync_server.running(url) as base:
        transport = sync_server.TimedTransport(base)
        batch, batches = sync_concurrent.BATCH, sync_concurrent.BATCHES
        devices = [
            sync_concurrent.enrol_device(transport, code, f"bench {i}", scope, batch, batches)
            for i, (code, scope) in enumerate(plan)
        ]
        small, small_batches = sync_concurrent.SMALL_BATCH, sync_concurrent.SMALL_BATCHES
        small_devices = [
            sync_concurrent.enrol_device(transport, code, f"bench small {i}", scope, small, small_batches)
            for i, (code, scope) in enumerate(small_plan)
        ]
        progress(f"sync: one device pushing alone, {sync_concurrent.BATCHES} batches")
        alone = sync_concurrent.run_scenario(base, devices[-1:])
        progress(f"sync: {DEVICES} devices, own scopes, {sync_concurrent.BATCHES} batches each")
        spread = sync_concurrent.run_scenario(base, devices[:DEVICES])
        progress(f"sync: {spread.cells_per_s:,.0f} cells/s; {DEVICES} devices, batches of {small}")
        few = sync_concurrent.run_scenario(base, small_devices)
        progress(f"sync: {few.cells_per_s:,.0f} cells/s; {DEVICES} devices, one shared scope")
        one_scope = sync_concurrent.run_scenario(base, devices[DEVICES : 2 * DEVICES])
        progress(f"sync: {one_scope.cells_per_s:,.0f} cells/s; raw psycopg baseline")
    raw_s = sync_baselines.pg_insert(url, [b for d in devices[:DEVICES] for b in d.cells[1:]])
    return rows(spread, one_scope, alone, spread.cells / raw_s, few)


def rows(
    spread: ScenarioResult, one_scope: ScenarioResult, alone: ScenarioResult, raw: float, few: ScenarioResult
) -> list[Row]:
    n = len(spread.latencies_s)
    p95 = spread.percentile(95)
    alone_median = statistics.median(alone.latencies_s)
    in_flight_s = DEVICES * sync_concurrent.BATCH / spread.cells_per_s
    few_in_flight_s = DEVICES * sync_concurrent.SMALL_BATCH / few.cells_per_s
    setup = (
        f"{DEVICES} threads in the bench process, one device each, each pushing"
        f" {sync_concurrent.BATCHES} batches of {sync_concurrent.BATCH} pre-built changes back to back"
        " (bodies JSON-encoded before the clock starts; a new HTTP connection a push), after one"
        " unmeasured warm-up batch each. Server: " + sync_server.UVICORN_HOW + ", on PostgreSQL 15"
        " (fresh schema, Alembic-migrated this run). Clients, uvicorn and PostgreSQL share this"
        " machine's CPUs."
    )
    return [
        Row(
            WHAT_RATE,
            f"{spread.cells_per_s:,.0f} cells/s ({spread.cells:,} cells in {spread.wall_s:.1f} s)",
            f"{raw:,.0f} cells/s (raw psycopg insert)",
            f"{spread.cells_per_s / raw:.2f}× (info)",
            f"≥ {MIN_CELLS_PER_S:,.0f} cells/s",
            spread.cells_per_s >= MIN_CELLS_PER_S,
            [
                setup + " Each device has its own company scope. Measured: all cells ÷ wall time from"
                " the threads' common barrier to the last answer. Baseline (information): the same"
                " changes inserted by psycopg `executemany` into a plain table (change_id primary key),"
                " one connection, one commit per 500, in this run."
            ],
        ),
        Row(
            WHAT_P95,
            f"p95 {ms(p95)}, median {ms(statistics.median(spread.latencies_s))} (n={n})",
            f"{ms(alone_median)} (one device alone, median, n={len(alone.latencies_s)})",
            f"{p95 / alone_median:.2f}× (info)",
            f"≤ {MAX_P95_S * 1000:.0f} ms",
            p95 <= MAX_P95_S,
            [
                "Same run as the row above: each push from sending the request to reading the whole"
                " answer, as its device sees it (nearest-rank p95). Baseline (information): one"
                " device pushing the same kind of batches with nobody else on the server. With 20"
                " pushes always in flight the mean latency is 20 × 500 ÷ throughput (Little's law:"
                f" {ms(in_flight_s)} at this run's throughput), so p95 ≤ 150 ms at this concurrency"
                f" needs about {DEVICES * sync_concurrent.BATCH / MAX_P95_S:,.0f} cells/s or more;"
                " smaller batches: see the batches-of-50 row."
            ],
        ),
        Row(
            WHAT_SMALL,
            f"{few.cells_per_s:,.0f} cells/s, p95 {ms(few.percentile(95))},"
            f" median {ms(statistics.median(few.latencies_s))} (n={len(few.latencies_s)})",
            f"{ms(few_in_flight_s)} (mean by Little's law, 20 × {sync_concurrent.SMALL_BATCH} ÷ throughput)",
            "info",
            "info (no target)",
            None,
            [
                f"Same server and own company scopes, {DEVICES} more devices (one a company), each"
                f" pushing {sync_concurrent.SMALL_BATCHES} batches of {sync_concurrent.SMALL_BATCH}"
                " changes back to back after a warm-up batch: the size of an ordinary push of a few"
                " edits, where 500 is the app's batch when it catches up on a backlog. Both targets"
                f" at once would need ≥ {MIN_CELLS_PER_S:,.0f} cells/s with a mean latency of"
                f" {ms(DEVICES * sync_concurrent.SMALL_BATCH / MIN_CELLS_PER_S)} at that throughput"
                " (Little's law), so at most about 100 ms: smaller batches trade throughput (a push's"
                " fixed cost: HTTP, token, locks, commit) for latency."
            ],
        ),
        Row(
            WHAT_SHARED,
            f"{one_scope.cells_per_s:,.0f} cells/s, p95 {ms(one_scope.percentile(95))}",
            f"{raw:,.0f} cells/s (raw psycopg insert)",
            f"{one_scope.cells_per_s / raw:.2f}× (info)",
            "info (no target)",
            None,
            [
                "As the first two rows, but the 20 devices all push into one company, so the"
                " per-scope lock (server/crud/cells.py lock_scopes) makes their transactions take"
                " turns. Run after them on the same server and database."
            ],
        ),
    ]


def failed(reason: str) -> list[Row]:
    return [
        Row(WHAT_RATE, "failed", "n/a", "n/a", f"≥ {MIN_CELLS_PER_S:,.0f} cells/s", None, [reason]),
        Row(WHAT_P95, "failed", "n/a", "n/a", f"≤ {MAX_P95_S * 1000:.0f} ms", None, []),
        Row(WHAT_SMALL, "failed", "n/a", "n/a", "info (no target)", None, []),
        Row(WHAT_SHARED, "failed", "n/a", "n/a", "info (no target)", None, []),
    ]
