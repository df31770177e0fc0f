"""DESIGN section 7 over a real network: two desktops sync with the partner server over HTTP
(``HttpTransport``, one connection per request) through a TCP proxy that drops requests, drops
answers after the server committed, duplicates requests and resets connections mid-body.

The same seeded edit script runs twice, through the faulty proxy and straight to a second server;
both runs must end with the same task data and the same conflicts on every replica, and the faulty
server must have merged every change exactly once. ``MACHISHIGOTO_LONG=1`` runs eight more seeds.

Stamps must not depend on timing for the two runs to be comparable: both devices of a run share a
stepped wall clock (a millisecond per reading, a minute ahead of the real clock so the server's own
stamps never overtake theirs), so stamps follow the order of the script.
"""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.core import ids
from desktop.core.db import Database, open_database
from desktop.core.errors import NotFound
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, get_task, set_task_deleted, update_task
from desktop.core.sync.engine import SyncEngine, enrol
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.transport import JSON, HttpTransport, Response, TransportError
from server.models import AuditLog, Cell, ChangeSeen
from tests.sync.faults import FAULTS
from tests.sync.proxy import FaultProxy, LiveServer, fault_proxy, live_server, loopback_only

LONG = os.environ.get("MACHISHIGOTO_LONG") == "1"
SEEDS = [20251125, *(range(1, 9) if LONG else [])]
STEPS = 120
MAX_TASKS = 15
EDITABLE = ("name", "note", "performer", "description")
PUSH_BATCH = 20
PULL_PAGE = 25
MAX_ATTEMPTS = 12  # the last attempt of a round goes through without faults
COMPANY_ID = ids.derived_id("test", "proxy-faults-company")
PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"


def task_id(n: int) -> str:
    return ids.derived_id("test", "proxy-faults-task", str(n))


@dataclass(frozen=True)
class Op:
    """One step of the edit script: ``kind`` on ``device`` (``task``/``col``/``value`` as needed)."""

    kind: str  # "create" | "edit" | "delete" | "restore" | "sync"
    device: int
    task: int = 0
    col: str = ""
    value: str = ""


def make_script(seed: int) -> list[Op]:
    rng = random.Random(seed)
    ops: list[Op] = []
    created = 0
    for step in range(STEPS):
        device = rng.randrange(2)
        roll = rng.random()
        if created == 0 or (roll < 0.15 and created < MAX_TASKS):
            ops.append(Op("create", device, created, "name", f"task {created} by {device}"))
            created += 1
        elif roll < 0.45:
            ops.append(Op("sync", device))
        elif roll < 0.88:
            col = rng.choice(EDITABLE)
            ops.append(Op("edit", device, rng.randrange(created), col, f"{col} {step} by {device}"))
        else:
            ops.append(Op("delete" if roll < 0.95 else "restore", device, rng.randrange(created)))
    return ops


class SteppedWall:
    """A wall clock that advances one millisecond per reading, from a minute ahead of now."""

    def __init__(self) -> None:
        self.now = system_ms() + 60_000

    def __call__(self) -> int:
        self.now += 1
        return self.now


class RecordingTransport:
    """``HttpTransport`` that remembers the id of every change it sends."""

    def __init__(self, base_url: str) -> None:
        self.inner = HttpTransport(base_url, timeout_s=10.0)
        self.change_ids: set[str] = set()

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        if path == PUSH and body is not None:
            self.change_ids.update(str(c["change_id"]) for c in body["changes"])
        return self.inner.request(method, path, token, body, params)


@dataclass
class Device:
    db: Database
    transport: RecordingTransport
    engine: SyncEngine


@dataclass
class Outcome:
    """What a run ends with, for comparison with the other run."""

    trace: list[str] = field(default_factory=list)
    tasks: list[tuple[object, ...]] = field(default_factory=list)
    conflicts: list[tuple[object, ...]] = field(default_factory=list)
    change_seen: int = 0
    sent_change_ids: int = 0
    merged_by_audit: int = 0
    conflicts_by_audit: int = 0
    server_conflict_rows: int = 0
    push_retries: int = 0
    attempts: int = 0


def _dump(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def _count(db: Database, table: str) -> int:
    with db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


class ScriptRun:
    """The edit script on two devices of one server, reached at ``url``."""

    def __init__(self, live: LiveServer, url: str, folder: Path, proxy: FaultProxy | None, seed: int) -> None:
        self.live = live
        self.proxy = proxy
        self.faults = random.Random(f"{seed}-faults")
        self.outcome = Outcome()
        partner = live.partner.create_partner()
        live.partner.create_company(partner, "プロキシ試験", COMPANY_ID)
        folder.mkdir()
        wall = SteppedWall()
        self.devices: list[Device] = []
        for i in range(2):
            db = open_database(folder / f"pc{i}.sqlite3")
            db.sync.clock._wall = wall
            transport = RecordingTransport(url)
            code = live.partner.enrol_code(COMPANY_ID)
            token = enrol(db, transport, url, code, f"pc{i}").token
            engine = SyncEngine(db, transport, token, push_batch=PUSH_BATCH, pull_page=PULL_PAGE)
            self.devices.append(Device(db, transport, engine))
        create_company(self.devices[0].db, CompanyData(id=COMPANY_ID, name="プロキシ試験"))
        self.sync(0)
        self.sync(1)

    def close(self) -> None:
        for device in self.devices:
            device.db.close()

    def sync(self, i: int) -> None:
        """One round, tried again after every lost answer until it completes."""
        for attempt in range(MAX_ATTEMPTS):
            if self.proxy is not None:
                last = attempt == MAX_ATTEMPTS - 1
                plan = [] if last else [self.faults.choice(FAULTS) for _ in range(self.faults.randint(1, 4))]
                self.proxy.load(plan)
            self.outcome.attempts += 1
            try:
                self.devices[i].engine.round()
                return
            except TransportError:
                continue
        raise AssertionError(f"device {i} could not finish a round in {MAX_ATTEMPTS} attempts")

    def apply(self, op: Op) -> str:
        """Carry out one step; what happened (the same in both runs, or the runs diverged)."""
        if op.kind == "sync":
            self.sync(op.device)
            return f"sync {op.device}"
        db = self.devices[op.device].db
        row_id = task_id(op.task)
        try:
            if op.kind == "create":
                create_task(db, COMPANY_ID, TaskFields(name=op.value), task_id=row_id)
            elif op.kind == "edit":
                current = get_task(db, row_id)
                if current.deleted:
                    return f"{op} skipped: deleted"
                update_task(db, row_id, TaskFields(**{**current.fields.__dict__, op.col: op.value}))
            else:
                set_task_deleted(db, row_id, op.kind == "delete")
        except NotFound:
            return f"{op} skipped: not here"
        return f"{op} done"

    def run(self, script: list[Op]) -> Outcome:
        self.outcome.trace = [self.apply(op) for op in script]
        if self.proxy is not None:
            self.proxy.load([])
        for i in (0, 1, 0):  # the last pushes reach the other device, and so do their conflicts
            self.sync(i)
        self._check_replicas_agree()
        self._read_server()
        first = self.devices[0].db
        self.outcome.tasks = _dump(first, "SELECT * FROM task ORDER BY id")
        # Conflict ids and stamps derive from random change ids and from the clock: compare content.
        self.outcome.conflicts = sorted(
            _dump(first, "SELECT tbl, row_id, col, winner_value, loser_value, reason, resolved FROM conflict")
        )
        self.outcome.sent_change_ids = len(set().union(*(d.transport.change_ids for d in self.devices)))
        return self.outcome

    def _check_replicas_agree(self) -> None:
        dumps = [
            (_dump(d.db, "SELECT * FROM task ORDER BY id"), _dump(d.db, "SELECT * FROM conflict ORDER BY id"))
            for d in self.devices
        ]
        assert dumps[0] == dumps[1]
        for device in self.devices:
            assert _count(device.db, "sync_outbox") == 0
            assert _count(device.db, "sync_stash") == 0
        losers = Counter((c[1], c[2], c[4]) for c in _dump(self.devices[0].db, "SELECT * FROM conflict"))
        assert not [key for key, n in losers.items() if n > 1], "a conflict was recorded twice"

    def _read_server(self) -> None:
        with self.live.app.state.sessions() as s:
            self.outcome.change_seen = int(s.scalar(select(func.count()).select_from(ChangeSeen)) or 0)
            self.outcome.server_conflict_rows = int(
                s.scalar(select(func.count(func.distinct(Cell.row_id))).where(Cell.tbl == "conflict")) or 0
            )
            for action, detail in s.execute(select(AuditLog.action, AuditLog.detail)):
                if action == "push":
                    d = json.loads(detail)
                    self.outcome.merged_by_audit += int(d["changes"]) - int(d["skipped"])
                    self.outcome.conflicts_by_audit += int(d["conflicts"])
                elif action == "push_retry":
                    self.outcome.push_retries += 1


@pytest.fixture
def loopback_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with loopback_only(monkeypatch):
        yield


@pytest.mark.timeout(90)
@pytest.mark.usefixtures("loopback_env")
@pytest.mark.parametrize("seed", SEEDS)
def test_faulty_network_converges_like_a_clean_one(tmp_path: Path, seed: int) -> None:
    script = make_script(seed)
    with live_server(tmp_path / "reference.sqlite3") as live:
        reference_run = ScriptRun(live, live.url, tmp_path / "reference", None, seed)
        try:
            reference = reference_run.run(script)
        finally:
            reference_run.close()
    with live_server(tmp_path / "faulty.sqlite3") as live, fault_proxy(live) as proxy:
        faulty_run = ScriptRun(live, proxy.url, tmp_path / "faulty", proxy, seed)
        try:
            faulty = faulty_run.run(script)
        finally:
            faulty_run.close()
        assert proxy.errors == []
        hits = proxy.counts()

    # Every kind of fault met both pushes and pulls.
    for fault in FAULTS:
        for path in (PUSH, PULL):
            assert hits.get((fault, path), 0) > 0, (fault, path, hits)
    assert faulty.attempts > reference.attempts
    assert faulty.push_retries > 0 and reference.push_retries == 0  # answers lost after commit

    # The same script did the same things, and ended with the same data.
    assert faulty.trace == reference.trace
    assert any("done" in line and "edit" in line for line in faulty.trace)
    assert faulty.tasks == reference.tasks
    assert len(faulty.tasks) == sum(1 for op in script if op.kind == "create")
    assert faulty.conflicts == reference.conflicts
    assert faulty.conflicts, "the script should make concurrent edits"

    # No change was merged twice, none was lost, and every conflict was recorded once.
    for outcome in (reference, faulty):
        assert outcome.change_seen == outcome.sent_change_ids
        assert outcome.merged_by_audit == outcome.change_seen
        assert outcome.conflicts_by_audit == outcome.server_conflict_rows == len(outcome.conflicts)
    assert faulty.change_seen == reference.change_seen
