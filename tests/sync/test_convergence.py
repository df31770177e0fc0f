"""DESIGN section 7: replicas that edit, delete and restore offline, through a network that drops,
duplicates and cuts messages, with wrong clocks and restarts, end with identical data and identical
conflict sets, and every accepted write is the winner, a recorded conflict, or was overwritten by a
later write made on top of it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import text

from desktop.core import ids
from desktop.core.db import Database, open_database
from desktop.core.errors import NotFound
from desktop.core.models import Setting
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, get_task, set_task_deleted, update_task
from desktop.core.sync.engine import SyncEngine, enrol
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.transport import TransportError
from tests.sync.faults import FAULTS, FaultyTransport
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer, start_server

LONG = os.environ.get("MACHISHIGOTO_LONG") == "1"
SYNCED = ("company", "department", "task", "task_step", "conflict", "setting")
EDITABLE = ("name", "note", "performer", "ecrs_note", "template_key")


@dataclass
class Write:
    replica: int
    row_id: str
    col: str
    value: object
    change_id: str
    base_change_id: str | None


@dataclass
class Replica:
    path: Path
    db: Database
    transport: FaultyTransport
    engine: SyncEngine
    skew_ms: int = 0


@dataclass
class Ledger:
    writes: list[Write] = field(default_factory=list)


class SyncMachine(RuleBasedStateMachine):
    tasks = Bundle("tasks")

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="converge-"))
        self.server: PartnerServer = start_server(self.dir / "server.sqlite3")
        partner = self.server.create_partner()
        self.company_id = self.server.create_company(partner, "収束テスト株式会社")
        self.replicas: list[Replica] = []
        self.ledger = Ledger()
        self.counter = 0

    # --- set-up ---------------------------------------------------------------------------------

    @initialize(n=st.integers(2, 5))
    def start(self, n: int) -> None:
        for i in range(n):
            path = self.dir / f"replica{i}.sqlite3"
            db = open_database(path)
            transport = FaultyTransport(InProcessTransport(self.server.client, self.server))
            enrolment = enrol(
                db, transport, SERVER_URL, self.server.enrol_code(self.company_id), f"device {i}"
            )
            engine = SyncEngine(db, transport, enrolment.token, push_batch=7, pull_page=11)
            self.replicas.append(Replica(path, db, transport, engine))
        first = self.replicas[0].db
        create_company(first, CompanyData(id=self.company_id, name="収束テスト株式会社"))
        self.replicas[0].engine.round()

    def teardown(self) -> None:
        try:
            if self.replicas:
                self._quiesce_and_check()
        finally:
            for replica in self.replicas:
                replica.db.close()
            self.server.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    # --- helpers --------------------------------------------------------------------------------

    def _value(self) -> str:
        self.counter += 1
        return f"値{self.counter}"

    def _cell_change(self, db: Database, row_id: str, col: str) -> str | None:
        with db.read() as s:
            found = s.execute(
                text("SELECT change_id FROM sync_cell WHERE tbl = 'task' AND row_id = :r AND col = :c"),
                {"r": row_id, "c": col},
            ).scalar()
        return str(found) if found else None

    def _has_company(self, db: Database) -> bool:
        with db.read() as s:
            return (
                s.execute(text("SELECT 1 FROM company WHERE id = :i"), {"i": self.company_id}).first()
                is not None
            )

    # --- rules ----------------------------------------------------------------------------------

    @rule(target=tasks, i=st.integers(0, 4))
    def create(self, i: int) -> str:
        replica = self.replicas[i % len(self.replicas)]
        task_id = ids.new_id()
        if not self._has_company(replica.db):
            return task_id  # this replica has not received the company yet: nothing to add to
        value = self._value()
        create_task(replica.db, self.company_id, TaskFields(name=value), task_id=task_id)
        change = self._cell_change(replica.db, task_id, "name")
        assert change is not None
        self.ledger.writes.append(Write(i % len(self.replicas), task_id, "name", value, change, None))
        return task_id

    @rule(task_id=tasks, i=st.integers(0, 4), col=st.sampled_from(EDITABLE))
    def edit(self, task_id: str, i: int, col: str) -> None:
        replica = self.replicas[i % len(self.replicas)]
        try:
            current = get_task(replica.db, task_id)
        except NotFound:
            return  # not here (yet)
        if current.deleted:
            return
        base = self._cell_change(replica.db, task_id, col)
        value = self._value()
        update_task(replica.db, task_id, TaskFields(**{**current.fields.__dict__, col: value}))
        change = self._cell_change(replica.db, task_id, col)
        assert change is not None
        self.ledger.writes.append(Write(i % len(self.replicas), task_id, col, value, change, base))

    @rule(task_id=tasks, i=st.integers(0, 4), deleted=st.booleans())
    def delete_or_restore(self, task_id: str, i: int, deleted: bool) -> None:
        replica = self.replicas[i % len(self.replicas)]
        try:
            set_task_deleted(replica.db, task_id, deleted)
        except NotFound:
            return

    @rule(i=st.integers(0, 4), key=st.sampled_from(["suitability_weights", "display"]))
    def set_setting(self, i: int, key: str) -> None:
        """A synced setting with a derived id: two devices setting it make one row, not two."""
        replica = self.replicas[i % len(self.replicas)]
        if not self._has_company(replica.db):
            return
        setting_id = ids.derived_id("setting", self.company_id, key)
        value = {"v": self._value()}
        with replica.db.write() as s:
            row = s.get(Setting, setting_id)
            if row is None:
                s.add(Setting(id=setting_id, scope_id=self.company_id, key=key, value=value, deleted=False))
            else:
                row.value = value

    @rule(i=st.integers(0, 4), faults=st.lists(st.sampled_from(FAULTS), max_size=6))
    def sync(self, i: int, faults: list[str]) -> None:
        replica = self.replicas[i % len(self.replicas)]
        replica.transport.load(faults)
        with contextlib.suppress(TransportError):  # the next round picks up where this one stopped
            replica.engine.round()

    @rule(i=st.integers(0, 4), minutes=st.sampled_from([0, 10, 60]))
    def set_clock(self, i: int, minutes: int) -> None:
        replica = self.replicas[i % len(self.replicas)]
        replica.skew_ms = minutes * 60_000
        skew = replica.skew_ms
        replica.db.sync.clock._wall = lambda: system_ms() + skew

    @rule(i=st.integers(0, 4))
    def restart(self, i: int) -> None:
        """The PC restarts: only what was committed survives."""
        replica = self.replicas[i % len(self.replicas)]
        replica.db.close()
        replica.db = open_database(replica.path)
        replica.engine = SyncEngine(
            replica.db, replica.transport, replica.engine.token, push_batch=7, pull_page=11
        )
        self.set_clock(i, replica.skew_ms // 60_000)

    @invariant()
    def no_local_corruption(self) -> None:
        for replica in self.replicas:
            with replica.db.read() as s:
                assert s.execute(text("PRAGMA quick_check")).scalar() == "ok"

    # --- the end --------------------------------------------------------------------------------

    def _dump(self, db: Database) -> dict[str, list[tuple[object, ...]]]:
        with db.read() as s:
            return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in SYNCED}

    def _quiesce_and_check(self) -> None:
        for replica in self.replicas:
            replica.transport.load([])
        for _ in range(3):
            for replica in self.replicas:
                replica.engine.round()
        dumps = [self._dump(r.db) for r in self.replicas]
        for other in dumps[1:]:
            assert other == dumps[0]
        for replica in self.replicas:
            with replica.db.read() as s:
                assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0
                assert s.execute(text("SELECT count(*) FROM sync_stash")).scalar() == 0
        self._check_ledger(self.replicas[0].db)

    def _check_ledger(self, db: Database) -> None:
        with db.read() as s:
            conflicts = s.execute(text("SELECT row_id, col, winner_value, loser_value FROM conflict")).all()
        kept = {(c.row_id, c.col, v) for c in conflicts for v in (c.winner_value, c.loser_value)}
        built_on = {w.base_change_id for w in self.ledger.writes if w.base_change_id}
        for w in self.ledger.writes:
            final = get_task(db, w.row_id)
            if getattr(final.fields, w.col) == w.value:
                continue
            if w.change_id in built_on:
                continue  # overwritten by a later write made on top of it
            assert (w.row_id, w.col, json.dumps(w.value, ensure_ascii=False)) in kept, (
                f"write lost: {w} (final {getattr(final.fields, w.col)!r})"
            )


SyncMachine.TestCase.settings = settings(
    max_examples=1000 if LONG else 15,
    stateful_step_count=40 if LONG else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestConvergence = pytest.mark.timeout(3600 if LONG else 600)(SyncMachine.TestCase)
