"""The large demo database (DESIGN section 6 shape), built once and cached between runs.

Building it takes several seconds, so the file is kept under ``bench/results/`` (git-ignored) and
reused while nothing that shapes it changed: the cache key hashes the text of ``demo.py`` and the
file names of the migrations folder. The cached file is never opened by a measurement; each run
works on a copy (:func:`working_copy`), so a child process that writes (settings, the device row,
WAL files) cannot change what the next run measures.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

from bench.report import RESULTS_DIR, progress

REPO = Path(__file__).resolve().parents[1]
DEMO_SOURCE = REPO / "desktop" / "core" / "demo.py"
MIGRATIONS = REPO / "desktop" / "core" / "migrations"
PREFIX = "large-"


def cache_key() -> str:
    """Hash of demo.py's text and the migrations folder's file names (bytecode caches left out)."""
    digest = hashlib.sha256(DEMO_SOURCE.read_bytes())
    names = sorted(
        p.relative_to(MIGRATIONS).as_posix()
        for p in MIGRATIONS.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    digest.update("\n".join(names).encode())
    return digest.hexdigest()[:16]


def large_database() -> Path:
    """The cached large database, built first when missing or stale (stale files are removed)."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{PREFIX}{cache_key()}.sqlite3"
    if path.exists():
        progress(f"large dataset: cached {path.name}")
        return path
    for stale in RESULTS_DIR.glob(f"{PREFIX}*.sqlite3*"):
        stale.unlink()
    partial = RESULTS_DIR / f"building-{os.getpid()}.sqlite3"
    _build(partial)
    os.replace(partial, path)
    return path


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of ``source`` in ``folder`` for one bench run to open and write freely."""
    target = folder / "large.sqlite3"
    shutil.copyfile(source, target)
    return target


def _build(path: Path) -> None:
    from desktop.core import demo
    from desktop.core.db import open_database

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    progress("large dataset: building (about 40 s; cached for later runs)")
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        if done and done % 10 == 0:
            progress(f"large dataset: {done}/{total} companies")

    db = open_database(path)
    try:
        summary = demo.load_large(db, progress=report)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"{wal} still holds changes after closing; the cached copy would miss them")
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    wal.unlink(missing_ok=True)
    progress(
        f"large dataset: {summary.companies} companies, {summary.tasks} tasks, {summary.steps} steps"
        f" in {time.perf_counter() - started:.1f} s"
    )
