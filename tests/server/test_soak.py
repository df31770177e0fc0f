"""Soak: five desktops edit and sync against the partner server on PostgreSQL for a long time, with
faults injected into a third of the requests (dropped requests, answers lost after the server
committed, duplicates, bodies cut off). At the end every device holds the same data, nothing any
device created is missing, the server merged every change exactly once, and memory stayed flat.

``make test-long`` runs it for 10 minutes (``MACHISHIGOTO_SOAK_SECONDS`` changes that); ``make test``
runs the same loop for 15 seconds so the harness itself is always proven.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import psutil
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text

from desktop.core.db import Database, open_database
from desktop.core.errors import NotFound
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import (
    TaskFields,
    add_step,
    create_task,
    get_task,
    set_task_deleted,
    update_task,
)
from desktop.core.sync.engine import SyncEngine, SyncError, enrol
from desktop.core.sync.transport import JSON, Response, TransportError
from server.core.config import Settings
from server.main import create_app
from server.models import AuditLog, ChangeSeen
from tests.server.conftest import _empty_tables
from tests.sync.faults import FAULTS, FaultyTransport
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer

LONG = os.environ.get("MACHISHIGOTO_LONG") == "1"
SECONDS = float(os.environ.get("MACHISHIGOTO_SOAK_SECONDS", "600" if LONG else "15"))
DEVICES = 5
FAULT_SHARE = 0.33
MEMORY_GROWTH_LIMIT_MB = 64
PUSH = "/api/v1/sync/push"


class Recording(InProcessTransport):
    """Remembers the id of every change a push carried (whether or not its answer came back)."""

    sent: set[str]

    def request(self, method: str, path: str, token: str | None = None, body: JSON | None = None,
                params: dict[str, str] | None = None) -> Response:  # fmt: skip
        if path == PUSH and body is not None:
            self.sent.update(str(c["change_id"]) for c in body.get("changes", []))
        return super().request(method, path, token, body, params)


class Desk:
    def __init__(self, server: PartnerServer, path: Path, code: str, rng: random.Random) -> None:
        self.db = open_database(path)
        self.recording = Recording(server.client, server)
        self.recording.sent = set()
        self.faulty = FaultyTransport(self.recording)
        self.token = enrol(self.db, self.faulty, SERVER_URL, code, path.stem).token
        self.engine = SyncEngine(self.db, self.faulty, self.token, push_batch=25, pull_page=40)
        self.rng = rng

    def sync(self, faults: bool) -> bool:
        if faults:
            self.faulty.load(
                self.rng.choice(FAULTS[1:]) if self.rng.random() < FAULT_SHARE else "ok" for _ in range(6)
            )
        else:
            self.faulty.load([])
        try:
            self.engine.round()
        except (SyncError, TransportError):
            return False
        return True


def _dump(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(r) for r in session.execute(text(sql))]


@pytest.mark.timeout(int(SECONDS) + 600)
def test_five_devices_sync_through_faults_without_loss_or_duplicates(pg_url: str, tmp_path: Path) -> None:
    _empty_tables(pg_url)
    app = create_app(Settings(database_url=pg_url))
    server = PartnerServer(app, TestClient(app))
    rng = random.Random(20261126)
    company = server.create_company(server.create_partner(), "山里茶園")
    desks = [
        Desk(server, tmp_path / f"pc{i}.sqlite3", server.enrol_code(company), rng) for i in range(DEVICES)
    ]
    create_company(desks[0].db, CompanyData(id=company, name="山里茶園"))
    for desk in desks:
        desk.sync(faults=False)
    created: set[str] = set()
    process = psutil.Process()
    started = time.monotonic()
    baseline_rss: float | None = None
    steps = rounds_failed = 0
    try:
        while time.monotonic() - started < SECONDS:
            desk = rng.choice(desks)
            known = [row[0] for row in _dump(desk.db, "SELECT id FROM task")]
            op = rng.random()
            if op < 0.35 or not known:
                task = create_task(
                    desk.db, company, TaskFields(name=f"業務{steps}", minutes_per_occurrence=30)
                )
                created.add(task.id)
            elif op < 0.75:
                task_id = rng.choice(known)
                try:
                    row = get_task(desk.db, task_id)
                    fields = row.fields.__class__(**{**row.fields.__dict__, "note": f"メモ{steps}"})
                    update_task(desk.db, task_id, fields)
                except NotFound:
                    set_task_deleted(desk.db, task_id, False)  # restore what someone deleted
            elif op < 0.85:
                set_task_deleted(desk.db, rng.choice(known), True)
            else:
                with contextlib.suppress(NotFound):
                    add_step(desk.db, rng.choice(known), f"手順{steps}")
            if not desk.sync(faults=True):
                rounds_failed += 1
            steps += 1
            if baseline_rss is None and time.monotonic() - started > SECONDS * 0.2:
                baseline_rss = process.memory_info().rss / 1e6
        final_rss = process.memory_info().rss / 1e6
        # Quiet network: two full passes bring everyone up to date.
        for _ in range(2):
            for desk in desks:
                assert desk.sync(faults=False)

        tables = {
            "task": "SELECT id, name, note, deleted FROM task ORDER BY id",
            "step": "SELECT id, task_id, text, deleted FROM task_step ORDER BY id",
            "conflict": "SELECT id, tbl, row_id, col, resolved FROM conflict ORDER BY id",
        }
        for sql in tables.values():
            reference = _dump(desks[0].db, sql)
            assert all(_dump(d.db, sql) == reference for d in desks[1:])
        present = {row[0] for row in _dump(desks[0].db, "SELECT id FROM task")}
        assert created <= present  # nothing any device created is lost
        for desk in desks:
            assert _dump(desk.db, "SELECT count(*) FROM sync_outbox") == [(0,)]
        with app.state.sessions() as session:
            merged = int(session.scalar(select(func.count()).select_from(ChangeSeen)) or 0)
            by_audit = 0
            for action, detail in session.execute(select(AuditLog.action, AuditLog.detail)):
                if action == "push":
                    d = json.loads(detail)
                    by_audit += int(d["changes"]) - int(d["skipped"])
        sent = set().union(*(d.recording.sent for d in desks))
        assert merged == len(sent)  # every change that was sent was merged...
        assert by_audit == merged  # ...exactly once, whatever was retried or duplicated
        conflict_rows = _dump(desks[0].db, "SELECT tbl, row_id, col, loser_hlc, loser_device FROM conflict")
        assert all(n == 1 for n in Counter(conflict_rows).values())  # no losing write recorded twice
        faults = {f: sum(d.faulty.counts[f] for d in desks) for f in FAULTS}
        assert sum(n for f, n in faults.items() if f != "ok") > 0
        growth = final_rss - (baseline_rss or final_rss)
        print(
            f"soak {SECONDS:.0f} s: {steps} edits, {len(created)} tasks created, {merged} changes merged,"
            f" faults {faults}, rounds cut short {rounds_failed},"
            f" RSS {baseline_rss:.0f} -> {final_rss:.0f} MB"
        )
        assert growth < MEMORY_GROWTH_LIMIT_MB
    finally:
        for desk in desks:
            desk.db.close()
        server.close()
