"""DESIGN section 7: replicas that edit, delete and restore offline, through a network that drops,
duplicates and cuts messages, with wrong clocks and restarts, end with identical data and identical
conflict sets, and every accepted write is the winner, a recorded conflict, or was overwritten by a
later write made on top of it. Besides tasks and settings, replicas assign (fixed) workers to tasks
with the assignments' deterministic ids, edit assignments, and key in time entries and corrections
(insert-only rows, which must never conflict)."""

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

from desktop.core import ids, workforce
from desktop.core.db import Database, open_database
from desktop.core.errors import NotFound
from desktop.core.models import Assignment, Setting, Task, TimeEntry, WorkerCard
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, get_task, set_task_deleted, update_task
from desktop.core.sync.engine import SyncEngine, enrol
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.transport import TransportError
from tests.sync.faults import FAULTS, FaultyTransport
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer, start_server

LONG = os.environ.get("MACHISHIGOTO_LONG") == "1"
SYNCED = ("company", "department", "task", "task_step", "conflict", "setting")
SYNCED += ("assignment", "worker_card", "time_entry")
EDITABLE = ("name", "note", "performer", "ecrs_note", "template_key")
# Workers live in the partner's pool, which a company's replicas never hold: assignments name them.
WORKERS = tuple(ids.derived_id("convergence-worker", str(n)) for n in range(2))
ASSIGNMENT_EDITABLE = ("rate_yen", "planned_hours", "status", "note", "period")


@dataclass
class Write:
    replica: int
    row_id: str
    col: str
    value: object
    change_id: str
    base_change_id: str | None
    tbl: str = "task"


@dataclass(frozen=True)
class Made:
    """A row a rule made (or tried to make) and the replica it was made on: later rules act on
    that replica or on another one."""

    row_id: str
    replica: int


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
    assignments = Bundle("assignments")
    entries = Bundle("entries")

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

    @initialize(target=tasks, n=st.integers(2, 5), warm=st.integers(1, 5))
    def start(self, n: int, warm: int) -> str:
        """``n`` replicas; the first one creates the company and a task, and the first ``warm`` of
        them receive both before anything else happens (the others start empty)."""
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
        task_id = self.create(0)
        for replica in self.replicas[:warm]:
            replica.engine.round()
        return task_id

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

    def _cell_change(self, db: Database, row_id: str, col: str, tbl: str = "task") -> str | None:
        with db.read() as s:
            found = s.execute(
                text("SELECT change_id FROM sync_cell WHERE tbl = :t AND row_id = :r AND col = :c"),
                {"t": tbl, "r": row_id, "c": col},
            ).scalar()
        return str(found) if found else None

    def _record(
        self, i: int, tbl: str, row_id: str, values: dict[str, object], bases: dict[str, str | None]
    ) -> None:
        replica = self.replicas[i % len(self.replicas)]
        for col, value in values.items():
            change = self._cell_change(replica.db, row_id, col, tbl)
            assert change is not None and change != bases.get(col)
            self.ledger.writes.append(
                Write(i % len(self.replicas), row_id, col, value, change, bases.get(col), tbl)
            )

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

    @rule(
        target=assignments,
        task_id=tasks,
        i=st.integers(0, 4),
        worker=st.sampled_from(WORKERS),
        role=st.sampled_from(workforce.ROLES),
        rate=st.integers(1000, 1002),
        hours=st.lists(st.integers(0, 600), max_size=3),
    )
    def assign(self, task_id: str, i: int, worker: str, role: str, rate: int, hours: list[int]) -> Made:
        """Assign a worker as the app does: the assignment's id derives from task, worker and role
        (two replicas doing it offline make one row) and the company's card for the worker; then
        key in the first ``hours`` from the paper sheet."""
        replica = self.replicas[i % len(self.replicas)]
        assignment_id = workforce.assignment_id(task_id, worker, role)
        values: dict[str, object] = {
            "rate_yen": rate,
            "planned_hours": 10,
            "period": "2026-04-01/",
            "status": "active",
            "note": self._value(),
        }
        with replica.db.write() as s:
            task = s.get(Task, task_id)
            if task is None or task.deleted or s.get(Assignment, assignment_id) is not None:
                # no task here (yet), or already assigned: edits are another rule
                return Made(assignment_id, i % len(self.replicas))
            s.add(
                Assignment(
                    id=assignment_id,
                    scope_id=self.company_id,
                    task_id=task_id,
                    worker_id=worker,
                    role=role,
                    code=workforce.short_code(assignment_id),
                    **values,
                )
            )
            card_id = workforce.worker_card_id(self.company_id, worker)
            if s.get(WorkerCard, card_id) is None:
                s.add(
                    WorkerCard(
                        id=card_id,
                        scope_id=self.company_id,
                        company_id=self.company_id,
                        worker_id=worker,
                        name=f"作業者{WORKERS.index(worker) + 1}",
                        kind="local",
                        skills_summary="Excel（実務可）",
                        contact="",
                    )
                )
        self._record(i, "assignment", assignment_id, values, {})
        made = Made(assignment_id, i % len(self.replicas))
        for minutes in hours:
            self.add_hours(made, i, True, minutes)
        return made

    @rule(made=assignments, i=st.integers(0, 4), here=st.booleans(), col=st.sampled_from(ASSIGNMENT_EDITABLE))
    def edit_assignment(self, made: Made, i: int, here: bool, col: str) -> None:
        i = made.replica if here else i
        assignment_id = made.row_id
        replica = self.replicas[i % len(self.replicas)]
        n = self.counter = self.counter + 1
        value: object = {
            "rate_yen": 1000 + n,
            "planned_hours": n,
            "status": workforce.ASSIGNMENT_STATUSES[n % len(workforce.ASSIGNMENT_STATUSES)],
            "note": f"値{n}",
            "period": f"2026-04-01/2027-{1 + n % 12:02d}-{1 + n // 12 % 28:02d}",
        }[col]
        base = self._cell_change(replica.db, assignment_id, col, "assignment")
        with replica.db.write() as s:
            row = s.get(Assignment, assignment_id)
            if row is None or getattr(row, col) == value:
                return  # not here (yet), or nothing would change
            setattr(row, col, value)
        self._record(i, "assignment", assignment_id, {col: value}, {col: base})

    @rule(
        target=entries, made=assignments, i=st.integers(0, 4), here=st.booleans(), minutes=st.integers(0, 600)
    )
    def add_hours(self, made: Made, i: int, here: bool, minutes: int) -> Made:
        """A time entry: a new row every time (insert-only)."""
        i = made.replica if here else i
        assignment_id = made.row_id
        replica = self.replicas[i % len(self.replicas)]
        entry_id = ids.new_id()
        values: dict[str, object] = {"minutes": minutes, "work_date": f"2026-04-{1 + minutes % 28:02d}"}
        with replica.db.write() as s:
            if s.get(Assignment, assignment_id) is None:
                return Made(entry_id, i % len(self.replicas))
            s.add(
                TimeEntry(
                    id=entry_id,
                    scope_id=self.company_id,
                    assignment_id=assignment_id,
                    source="app",
                    entered_at_ms=system_ms(),
                    **values,
                )
            )
        self._record(i, "time_entry", entry_id, values, {})
        return Made(entry_id, i % len(self.replicas))

    @rule(target=entries, made=entries, i=st.integers(0, 4), here=st.booleans(), minutes=st.integers(0, 600))
    def correct_hours(self, made: Made, i: int, here: bool, minutes: int) -> Made:
        """A correction is a new row naming the entry it replaces; the old row is never touched."""
        i = made.replica if here else i
        entry_id = made.row_id
        replica = self.replicas[i % len(self.replicas)]
        new_id = ids.new_id()
        with replica.db.write() as s:
            old = s.get(TimeEntry, entry_id)
            if old is None:
                return Made(new_id, i % len(self.replicas))
            s.add(
                TimeEntry(
                    id=new_id,
                    scope_id=self.company_id,
                    assignment_id=old.assignment_id,
                    work_date=old.work_date,
                    minutes=minutes,
                    corrects_id=entry_id,
                    source="grid",
                    entered_at_ms=system_ms(),
                )
            )
        self._record(i, "time_entry", new_id, {"minutes": minutes, "corrects_id": entry_id}, {})
        return Made(new_id, i % len(self.replicas))

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

    def _final(self, db: Database, w: Write) -> object:
        if w.tbl == "task":
            return getattr(get_task(db, w.row_id).fields, w.col)
        with db.read() as s:
            return s.execute(text(f"SELECT {w.col} FROM {w.tbl} WHERE id = :i"), {"i": w.row_id}).scalar_one()

    def _check_ledger(self, db: Database) -> None:
        with db.read() as s:
            conflicts = s.execute(
                text("SELECT tbl, row_id, col, winner_value, loser_value FROM conflict")
            ).all()
        kept = {(c.row_id, c.col, v) for c in conflicts for v in (c.winner_value, c.loser_value)}
        assert not [c for c in conflicts if c.tbl == "time_entry"]  # insert-only rows never conflict
        built_on = {w.base_change_id for w in self.ledger.writes if w.base_change_id}
        for w in self.ledger.writes:
            final = self._final(db, w)
            if final == w.value:
                continue
            assert w.tbl != "time_entry", f"a time entry changed: {w} (final {final!r})"
            if w.change_id in built_on:
                continue  # overwritten by a later write made on top of it
            assert (w.row_id, w.col, json.dumps(w.value, ensure_ascii=False)) in kept, (
                f"write lost: {w} (final {final!r})"
            )


SyncMachine.TestCase.settings = settings(
    max_examples=1000 if LONG else 15,
    stateful_step_count=40 if LONG else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestConvergence = pytest.mark.timeout(3600 if LONG else 600)(SyncMachine.TestCase)
