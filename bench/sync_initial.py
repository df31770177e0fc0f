"""Measurements of the initial-sync and idle-round rows, on a SQLite partner server over loopback.

One device loads the benchmark shape (``demo.load_large``, 1 partner and 1 company with
``TASKS`` tasks: about 100,000 cells, all but a handful in the company's scope), is enrolled for the
partner and pushes its whole outbox through :class:`HttpTransport` (batches of 500, the client's
default). Then a new device (a fresh database, enrolled for the same partner) runs its first round,
which pulls every cell: a first page of ``PULL_PAGE`` cells, then pages of ``BACKLOG_PAGE`` while
the server has more, as the app's engine does (desktop/core/sync/service.py). That round is the
initial sync. Afterwards the new device has nothing to push or pull, and its rounds are the idle
rounds.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench import sync_baselines, sync_server
from bench.report import progress
from desktop.core import demo
from desktop.core.db import Database, open_database
from desktop.core.sync import engine as sync_engine
from desktop.core.sync.engine import RoundResult, SyncEngine, enrol

TASKS = 3030
PUSH_BATCH = 500
PULL_PAGE = 1000
BACKLOG_PAGE = sync_engine.BACKLOG_PAGE  # the app's setting (desktop/core/sync/service.py)
IDLE_ROUNDS = 30
WARM_UP = 3
BASELINE_RUNS = 3


@dataclass(frozen=True)
class InitialResult:
    cells: int  # cells in the pushing device's outbox (and on the server afterwards)
    company_cells: int  # of them, in the one company scope
    push_s: float
    push_wait_s: float  # of push_s, inside HttpTransport.request (JSON, HTTP, the server's work)
    pull_s: float
    pull_wait_s: float
    pulled: int
    waiting: int  # cells the new device keeps in sync_stash after its round (0 expected)
    baselines_s: list[float]
    idle_s: list[float]
    health_s: list[float]


def _outbox_cells(db: Database) -> list[dict[str, Any]]:
    """The outbox as pull-shaped cells (the same cells the new device will receive)."""
    device = db.sync.require_device()
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT device_seq, change_id, tbl, row_id, scope_id, col, value, hlc"
                " FROM sync_outbox ORDER BY device_seq"
            )
        ).all()
    return [
        {
            "tbl": r.tbl,
            "row_id": r.row_id,
            "scope_id": r.scope_id,
            "col": r.col,
            "value": r.value if r.value is not None else "null",
            "hlc": r.hlc,
            "device_id": device,
            "change_id": r.change_id,
            "seq": r.device_seq,
        }
        for r in rows
    ]


def _scope_ids(db: Database) -> tuple[str, str, str]:
    with db.read() as session:
        partner_id = session.execute(text("SELECT id FROM partner")).scalar_one()
        company_id, name = session.execute(text("SELECT id, name FROM company")).one()
    return str(partner_id), str(company_id), str(name)


def measure(work: Path) -> InitialResult:
    """Run the whole scenario in ``work`` (a temporary folder)."""
    progress(f"sync: loading {TASKS} tasks of one company into the first device")
    pusher = open_database(work / "pusher.sqlite3")
    fresh: Database | None = None
    try:
        demo.load_large(pusher, companies=1, tasks_per_company=TASKS, workers=0, time_entries=0)
        cells = _outbox_cells(pusher)
        partner_id, company_id, company_name = _scope_ids(pusher)
        company_cells = sum(1 for c in cells if c["scope_id"] == company_id)
        url, admin = sync_server.sqlite_admin(work / "server.sqlite3")
        try:
            admin.create_partner("ベンチ用パートナー", partner_id)
            admin.create_company(partner_id, company_name, company_id)
            codes = [admin.enrol_code(partner_id) for _ in range(2)]
        finally:
            admin.close()
        with sync_server.running(url) as base:
            transport = sync_server.TimedTransport(base)
            token = enrol(pusher, transport, base, codes[0], "bench pusher").token
            engine = SyncEngine(pusher, transport, token, push_batch=PUSH_BATCH, pull_page=PULL_PAGE)
            progress(f"sync: pushing {len(cells)} cells over loopback")
            started, transport.waited_s = time.perf_counter(), 0.0
            pushed = RoundResult()
            engine.push(pushed)
            push_s, push_wait_s = time.perf_counter() - started, transport.waited_s
            if pushed.pushed != len(cells):
                raise RuntimeError(f"pushed {pushed.pushed} of {len(cells)} cells")
            progress(f"sync: push {push_s:.1f} s; a new device pulls everything")
            fresh = open_database(work / "fresh.sqlite3")
            token = enrol(fresh, transport, base, codes[1], "bench new device").token
            engine = SyncEngine(
                fresh, transport, token, push_batch=PUSH_BATCH, pull_page=PULL_PAGE, backlog_page=BACKLOG_PAGE
            )
            started, transport.waited_s = time.perf_counter(), 0.0
            result = engine.round()
            pull_s, pull_wait_s = time.perf_counter() - started, transport.waited_s
            progress(f"sync: initial sync {pull_s:.1f} s ({result.pulled} cells); idle rounds")
            idle_s, health_s = _idle(engine, transport)
    finally:
        pusher.close()
        if fresh is not None:
            fresh.close()
    baselines = []
    for index in range(BASELINE_RUNS):
        baselines.append(sync_baselines.sqlite_json(cells, PULL_PAGE, work))
        progress(f"sync: baseline {index + 1}/{BASELINE_RUNS}: {baselines[-1]:.2f} s")
    return InitialResult(
        cells=len(cells),
        company_cells=company_cells,
        push_s=push_s,
        push_wait_s=push_wait_s,
        pull_s=pull_s,
        pull_wait_s=pull_wait_s,
        pulled=result.pulled,
        waiting=result.waiting + _stashed(work / "fresh.sqlite3"),
        baselines_s=baselines,
        idle_s=idle_s,
        health_s=health_s,
    )


def _idle(engine: SyncEngine, transport: sync_server.TimedTransport) -> tuple[list[float], list[float]]:
    """Alternate idle rounds and bare health GETs (warm-ups first), so drift hits both alike."""
    idle: list[float] = []
    health: list[float] = []
    for index in range(WARM_UP + IDLE_ROUNDS):
        started = time.perf_counter()
        result = engine.round()
        round_s = time.perf_counter() - started
        if result.pushed or result.pulled:
            raise RuntimeError(f"an idle round moved cells: {result}")
        started = time.perf_counter()
        status = transport.request("GET", "/api/v1/health").status
        health_s = time.perf_counter() - started
        if status != 200:
            raise RuntimeError(f"health answered {status}")
        if index >= WARM_UP:
            idle.append(round_s)
            health.append(health_s)
    return idle, health


def _stashed(path: Path) -> int:
    db = open_database(path)
    try:
        with db.read() as session:
            return int(session.execute(text("SELECT count(*) FROM sync_stash")).scalar_one())
    finally:
        db.close()


def baseline(result: InitialResult) -> float:
    return statistics.median(result.baselines_s)
