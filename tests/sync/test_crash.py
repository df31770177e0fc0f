"""SIGKILL in the middle of local writes leaves a sound database that lost nothing committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.db import open_database
from desktop.core.services.tasks import list_tasks
from desktop.core.sync.schema import CELLS

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.core.db import open_database
    from desktop.core.services.companies import CompanyData, create_company
    from desktop.core.services.tasks import TaskFields, create_task, update_task

    db = open_database(Path(sys.argv[1]))
    company = create_company(db, CompanyData(name="crash test"))
    i = 0
    while True:
        task = create_task(db, company.id, TaskFields(name=f"task {i}"))
        update_task(db, task.id, TaskFields(name=f"task {i}", minutes_per_occurrence=5 + i % 50))
        print(task.id, flush=True)  # printed only after both transactions committed
        i += 1
    """
)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("after_lines", [3, 40])
def test_sigkill_during_writes(tmp_path: Path, after_lines: int) -> None:
    path = tmp_path / "crash.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert proc.stdout is not None
    committed = [proc.stdout.readline().strip() for _ in range(after_lines)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db = open_database(path)
    try:
        tasks = {t.id: t for t in list_tasks(db)}
        assert set(committed) <= set(tasks)  # nothing committed was lost
        with sqlite3.connect(path) as conn:
            for task_id in tasks:
                cols = {
                    r[0] for r in conn.execute("SELECT col FROM sync_outbox WHERE row_id = ?", (task_id,))
                }
                # Every row that exists has all its cells waiting to be sent: no half transaction.
                assert cols == set(CELLS["task"]), task_id
    finally:
        db.close()
