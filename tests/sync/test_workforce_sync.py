"""The partner's worker pool through sync (DESIGN sections 3 and 4, issue 6).

A partner's laptop holds the pool (workers with phone numbers, municipalities, private constraints,
skills, training stages) and assigns workers to companies' tasks. A company's devices receive the
worker cards, assignments and time entries of that company and nothing else of the pool: not a row,
not a byte in the database file, not a byte in a pulled page. Two offline devices assigning the same
person converge to one assignment, with differing cells kept as conflicts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.core import demo, ids, workforce
from desktop.core.db import Database, open_database
from desktop.core.models import (
    Assignment,
    Conflict,
    Partner,
    Skill,
    TimeEntry,
    TrainingStage,
    Worker,
    WorkerCard,
    WorkerSkill,
)
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task
from desktop.core.sync.engine import SyncEngine, enrol
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.transport import JSON, Response, TransportError
from tests.sync.inprocess import SERVER_URL, PartnerServer

POOL_TABLES = (Worker, WorkerSkill, Skill, TrainingStage)


class RecordingTransport:
    """The server in process, keeping the raw bytes of every pulled page."""

    def __init__(self, server: PartnerServer) -> None:
        self.server = server
        self.pages: list[bytes] = []

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        if not self.server.online:
            raise TransportError("the test network is down")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = self.server.client.request(method, path, headers=headers, json=body, params=params)
        payload = answer.json()
        if path.endswith("/sync/pull"):
            # The bytes as sent, and every string in them decoded (a \\u escape hides nothing).
            decoded = [json.dumps(payload, ensure_ascii=False)]
            decoded += [str(json.loads(cell["value"])) for cell in payload.get("cells", [])]
            self.pages.append(answer.content + "\n".join(decoded).encode())
        return Response(answer.status_code, payload)


@dataclass
class Device:
    path: Path
    db: Database
    transport: RecordingTransport
    token: str
    engine: SyncEngine = field(init=False)

    def __post_init__(self) -> None:
        self.engine = SyncEngine(self.db, self.transport, self.token, push_batch=50, pull_page=40)

    @classmethod
    def enrolled(cls, server: PartnerServer, path: Path, scope_id: str) -> Device:
        db = open_database(path)
        transport = RecordingTransport(server)
        token = enrol(db, transport, SERVER_URL, server.enrol_code(scope_id), path.stem).token
        return cls(path, db, transport, token)

    def round(self) -> None:
        self.engine.round()

    def count(self, model: type[object]) -> int:
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0

    def file_bytes(self) -> bytes:
        """The database file and its WAL after a checkpoint: everything this device stores."""
        with self.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA encoding").scalar() == "UTF-8"
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        data = self.path.read_bytes()
        wal = self.path.with_name(self.path.name + "-wal")
        return data + (wal.read_bytes() if wal.exists() else b"")


# --- what the partner's laptop writes (ORM rows, ids as desktop.core.workforce derives them) ---------


def add_partner(db: Database, partner_id: str) -> None:
    with db.write() as s:
        s.add(Partner(id=partner_id, scope_id=partner_id, name="一般社団法人 やまざとワークス"))


def add_worker(
    db: Database, partner_id: str, skills: dict[str, tuple[int, bool]], **fields: Any
) -> dict[str, Any]:
    """A worker of the pool with skills (name → (level, expert)); returns the worker row as a dict."""
    row: dict[str, Any] = {
        "id": ids.new_id(),
        "scope_id": partner_id,
        "deleted": False,
        "partner_id": partner_id,
        "name_kana": "",
        "kind": "local",
        "municipality": "",
        "hours_per_week": 20,
        "time_windows": [{"days": [0, 1, 2, 3, 4], "start": "10:00", "end": "15:00"}],
        "onsite_days_per_month": 0,
        "hourly_rate_yen": 1100,
        "clearance": "internal",
        "phone": "",
        "email": "",
        "consent_on": "2026-04-01",
        "private_constraints": "",
        "status": "active",
        "note": "",
        **fields,
    }
    with db.write() as s:
        s.add(Worker(**row))
        s.flush()
        for name, (level, expert) in skills.items():
            skill_id = workforce.skill_id(partner_id, name)
            if s.get(Skill, skill_id) is None:
                s.add(
                    Skill(id=skill_id, scope_id=partner_id, partner_id=partner_id, name=name, expert=expert)
                )
                s.flush()
            s.add(
                WorkerSkill(
                    id=workforce.worker_skill_id(row["id"], skill_id),
                    scope_id=partner_id,
                    worker_id=row["id"],
                    skill_id=skill_id,
                    level=level,
                )
            )
        for stage, period in (("course", "2026-01-05/2026-02-27"), ("ojt", "2026-03-02/")):
            s.add(
                TrainingStage(
                    id=workforce.training_stage_id(row["id"], stage),
                    scope_id=partner_id,
                    worker_id=row["id"],
                    stage=stage,
                    period=period,
                )
            )
    row["skills"] = [(name, level) for name, (level, _) in skills.items()]
    return row


def assign(
    db: Database,
    company_id: str,
    task_id: str,
    worker: dict[str, Any],
    role: str = "operator",
    rate: int = 1100,
    note: str = "",
) -> str:
    """Assign ``worker`` as an assignment does: the Assignment row with its derived id, and the
    company-visible WorkerCard (only when the company has none for this worker yet)."""
    assignment_id = workforce.assignment_id(task_id, worker["id"], role)
    card = demo.card_row(company_id, worker, worker["skills"])
    with db.write() as s:
        s.add(
            Assignment(
                id=assignment_id,
                scope_id=company_id,
                task_id=task_id,
                worker_id=worker["id"],
                role=role,
                period="2026-04-01/",
                rate_yen=rate,
                planned_hours=20,
                status="active",
                code=workforce.short_code(assignment_id),
                note=note,
            )
        )
        if s.get(WorkerCard, card["id"]) is None:
            s.add(WorkerCard(**card))
    return assignment_id


def add_hours(
    db: Database, company_id: str, assignment_id: str, day: str, minutes: int, corrects: str | None = None
) -> str:
    entry_id = ids.new_id()
    with db.write() as s:
        s.add(
            TimeEntry(
                id=entry_id,
                scope_id=company_id,
                assignment_id=assignment_id,
                work_date=day,
                minutes=minutes,
                corrects_id=corrects,
                source="sheet",
                entered_at_ms=system_ms(),
            )
        )
    return entry_id


# --- the privacy of the pool ---------------------------------------------------------------------


@dataclass
class World:
    partner_id: str
    company_a: str
    company_b: str
    laptop: Device
    owner_a: Device
    owner_b: Device
    workers: dict[str, dict[str, Any]]
    assignments: dict[str, str]
    entries: dict[str, str]


@pytest.fixture
def world(server_app: PartnerServer, tmp_path: Path) -> Iterator[World]:
    partner_id = server_app.create_partner("一般社団法人 やまざとワークス")
    company_a = server_app.create_company(partner_id, "山里茶園")
    company_b = server_app.create_company(partner_id, "川辺製材所")
    laptop = Device.enrolled(server_app, tmp_path / "laptop.sqlite3", partner_id)
    owner_a = Device.enrolled(server_app, tmp_path / "owner_a.sqlite3", company_a)
    owner_b = Device.enrolled(server_app, tmp_path / "owner_b.sqlite3", company_b)

    db = laptop.db
    add_partner(db, partner_id)
    create_company(
        db, CompanyData(id=company_a, name="山里茶園", partner_id=partner_id, municipality="川根本町")
    )
    create_company(
        db, CompanyData(id=company_b, name="川辺製材所", partner_id=partner_id, municipality="島田市")
    )
    task_a = create_task(db, company_a, TaskFields(name="売上の記帳", performer="専務")).id
    create_task(db, company_a, TaskFields(name="在庫の確認", performer="工場長"))
    task_b = create_task(db, company_b, TaskFields(name="請求書の発行", performer="社長")).id
    workers = {
        "oishi": add_worker(
            db, partner_id, {"簿記": (3, False), "Excel": (2, False)},
            name="大石 美穂", name_kana="オオイシ ミホ", municipality="榛原郡川根本町奥泉",
            phone="090-4321-0001", email="oishi.m@example.jp",
            private_constraints="小学生2人の子育て中（平日10-15時のみ）", note="前職は農協の窓口",
        ),
        "takahashi": add_worker(
            db, partner_id, {"税務・決算": (3, True), "簿記": (3, False)},
            name="高橋 誠", name_kana="タカハシ マコト", kind="urban", municipality="東京都世田谷区",
            phone="090-4321-0002", email="takahashi.m@example.jp", note="税理士事務所勤務（副業）",
        ),
        "mochizuki": add_worker(
            db, partner_id, {"茶摘み体験の英語案内": (2, False), "Excel": (1, False)},
            name="望月 翔太", name_kana="モチヅキ ショウタ", municipality="島田市川根町身成",
            phone="090-4321-0003", email="mochizuki.s@example.jp",
            private_constraints="父の介護のため火曜は不可",
        ),
        "kobayashi": add_worker(
            db, partner_id, {"動画編集": (1, False)},
            name="小林 さくら", name_kana="コバヤシ サクラ", municipality="榛原郡川根本町犬間",
            phone="090-4321-0004", email="kobayashi.s@example.jp", note="まだ講座の途中",
        ),
    }  # fmt: skip
    operator = assign(db, company_a, task_a, workers["oishi"], "operator", 1100)
    supervisor = assign(db, company_a, task_a, workers["takahashi"], "supervisor", 3500)
    other = assign(db, company_b, task_b, workers["mochizuki"], "operator", 1000)
    first = add_hours(db, company_a, operator, "2026-04-06", 120)
    entries = {
        "first": first,
        "second": add_hours(db, company_a, operator, "2026-04-07", 90),
        "fix": add_hours(db, company_a, operator, "2026-04-06", 150, corrects=first),
        "review": add_hours(db, company_a, supervisor, "2026-04-10", 30),
        "b": add_hours(db, company_b, other, "2026-04-08", 60),
    }
    laptop.round()
    owner_a.round()
    owner_b.round()
    made = World(
        partner_id,
        company_a,
        company_b,
        laptop,
        owner_a,
        owner_b,
        workers,
        {"operator": operator, "supervisor": supervisor, "other": other},
        entries,
    )
    yield made
    for device in (laptop, owner_a, owner_b):
        device.db.close()


def leaks(blob: bytes, secrets: list[str]) -> list[str]:
    return [secret for secret in secrets if secret.encode() in blob]


def secrets_of(worker: dict[str, Any], with_name: bool) -> list[str]:
    found = [worker["phone"], worker["municipality"], worker["private_constraints"], worker["note"]]
    found += [worker["name_kana"]] + ([worker["name"]] if with_name else [])
    return [s for s in found if s]


def test_an_owner_device_gets_cards_assignments_and_hours_and_nothing_of_the_pool(world: World) -> None:
    owner = world.owner_a
    w = world.workers
    for model in POOL_TABLES:
        assert owner.count(model) == 0, model
    with owner.db.read() as s:
        cards = {c.worker_id: c for c in s.scalars(select(WorkerCard))}
        assignments = {a.id: a for a in s.scalars(select(Assignment))}
        entries = {e.id for e in s.scalars(select(TimeEntry))}
        stash = s.execute(text("SELECT count(*) FROM sync_stash")).scalar()
    assert stash == 0  # everything received could be applied: nothing is missing a parent
    assert set(cards) == {w["oishi"]["id"], w["takahashi"]["id"]}
    card = cards[w["oishi"]["id"]]
    assert (card.name, card.kind, card.contact) == ("大石 美穂", "local", "oishi.m@example.jp")
    assert card.skills_summary == "簿記（指導可）、Excel（実務可）"
    assert card.id == workforce.worker_card_id(world.company_a, w["oishi"]["id"])
    assert set(assignments) == {world.assignments["operator"], world.assignments["supervisor"]}
    assert entries == {world.entries[k] for k in ("first", "second", "fix", "review")}

    # Not a byte of the pool: the private constraints, phone numbers, municipalities, notes,
    # and the names and skills of the workers not assigned to this company.
    secrets = secrets_of(w["oishi"], False) + secrets_of(w["takahashi"], False)
    secrets += secrets_of(w["mochizuki"], True) + secrets_of(w["kobayashi"], True)
    secrets += ["茶摘み体験の英語案内", "動画編集"]
    stored = owner.file_bytes()
    assert "大石 美穂".encode() in stored and b"oishi.m@example.jp" in stored  # the scan sees text
    pages = b"\n".join(owner.transport.pages)
    assert "大石 美穂".encode() in pages
    assert leaks(stored, secrets) == []
    assert leaks(pages, secrets) == []

    # the partner's laptop has all of it
    assert world.laptop.count(Worker) == 4 and world.laptop.count(TrainingStage) == 8
    assert "小学生2人の子育て中".encode() in world.laptop.file_bytes()


def test_another_company_sees_none_of_its_cards(world: World) -> None:
    owner_b = world.owner_b
    for model in POOL_TABLES:
        assert owner_b.count(model) == 0, model
    with owner_b.db.read() as s:
        cards = s.scalars(select(WorkerCard)).all()
        assignments = s.scalars(select(Assignment.id)).all()
        entries = s.scalars(select(TimeEntry.id)).all()
    assert [(c.name, c.company_id) for c in cards] == [("望月 翔太", world.company_b)]
    assert assignments == [world.assignments["other"]]
    assert entries == [world.entries["b"]]
    secrets = secrets_of(world.workers["oishi"], True) + secrets_of(world.workers["takahashi"], True)
    secrets += [*secrets_of(world.workers["mochizuki"], False), "oishi.m@example.jp", "売上の記帳"]
    stored = owner_b.file_bytes()
    pages = b"\n".join(owner_b.transport.pages)
    assert "望月 翔太".encode() in stored
    assert leaks(stored, secrets) == []
    assert leaks(pages, secrets) == []


def test_hours_keyed_in_by_the_owner_reach_the_partner(world: World) -> None:
    entry = add_hours(world.owner_a.db, world.company_a, world.assignments["operator"], "2026-04-08", 75)
    world.owner_a.round()
    world.laptop.round()
    with world.laptop.db.read() as s:
        row = s.get(TimeEntry, entry)
        assert row is not None
        assert (row.assignment_id, row.work_date, row.minutes) == (
            world.assignments["operator"],
            "2026-04-08",
            75,
        )
    world.owner_b.round()
    assert world.owner_b.count(TimeEntry) == 1  # company B never sees A's hours


def test_an_owner_device_cannot_write_into_the_pool(world: World, server_app: PartnerServer) -> None:
    owner = world.owner_a
    oishi = world.workers["oishi"]["id"]
    device_id = owner.db.sync.require_device()

    def push(scope_id: str, row_id: str, col: str, value: object, tbl: str = "worker") -> Any:
        change = {
            "change_id": str(uuid.uuid4()),
            "device_seq": 1_000_000,
            "tbl": tbl,
            "row_id": row_id,
            "scope_id": scope_id,
            "col": col,
            "value": json.dumps(value, ensure_ascii=False),
            "hlc": owner.db.sync.clock.now(),
            "base_hlc": None,
            "schema_version": owner.db.sync.schema_version,
        }
        body = {
            "device_id": device_id,
            "batch_id": str(uuid.uuid4()),
            "schema_version": owner.db.sync.schema_version,
            "changes": [change],
        }
        return server_app.client.post(
            "/api/v1/sync/push", json=body, headers={"Authorization": f"Bearer {owner.token}"}
        )

    forged = [
        push(world.partner_id, oishi, "private_constraints", "乗っ取り"),  # the pool's scope
        push(world.company_a, oishi, "phone", "乗っ取り"),  # the pool's row through its own scope
        push(world.partner_id, str(uuid.uuid4()), "name", "偽の作業者"),  # a new row in the pool
        push(world.partner_id, workforce.skill_id(world.partner_id, "簿記"), "expert", True, tbl="skill"),
    ]
    for response in forged:
        assert response.status_code == 403, response.text
        assert response.json()["error"] == "out_of_scope"

    world.laptop.round()
    with world.laptop.db.read() as s:
        worker = s.get(Worker, oishi)
        assert worker is not None
        assert worker.private_constraints == "小学生2人の子育て中（平日10-15時のみ）"
        assert worker.phone == "090-4321-0001"
        assert s.scalar(select(func.count()).select_from(Worker)) == 4
        assert s.scalar(select(Skill.expert).where(Skill.name == "簿記")) is False
        assert s.scalar(select(func.count()).select_from(Conflict)) == 0
    # and the owner's own sync still works afterwards
    owner.round()


# --- two offline devices assigning the same person -------------------------------------------------


def test_two_offline_devices_assigning_the_same_worker_converge(
    server_app: PartnerServer, tmp_path: Path
) -> None:
    partner_id = server_app.create_partner()
    company_id = server_app.create_company(partner_id, "山里茶園")
    laptop = Device.enrolled(server_app, tmp_path / "laptop.sqlite3", partner_id)
    office = Device.enrolled(server_app, tmp_path / "office.sqlite3", partner_id)
    owner = Device.enrolled(server_app, tmp_path / "owner.sqlite3", company_id)
    try:
        add_partner(laptop.db, partner_id)
        create_company(laptop.db, CompanyData(id=company_id, name="山里茶園", partner_id=partner_id))
        task_id = create_task(laptop.db, company_id, TaskFields(name="売上の記帳")).id
        worker = add_worker(
            laptop.db, partner_id, {"簿記": (2, False)}, name="大石 美穂", email="o@example.jp"
        )
        laptop.round()
        office.round()

        # both offline: the same person on the same task and role, with a different rate and note
        first = assign(laptop.db, company_id, task_id, worker, rate=1200, note="ノートPCで登録")
        second = assign(office.db, company_id, task_id, worker, rate=1300, note="事務所PCで登録")
        assert first == second == workforce.assignment_id(task_id, worker["id"], "operator")
        hours = {
            add_hours(laptop.db, company_id, first, "2026-04-06", 120),
            add_hours(office.db, company_id, second, "2026-04-07", 90),
        }
        for device in (laptop, office, laptop, owner):
            device.round()

        def state(device: Device) -> tuple[object, ...]:
            with device.db.read() as s:
                return (
                    [tuple(r) for r in s.execute(text("SELECT * FROM assignment ORDER BY id"))],
                    [tuple(r) for r in s.execute(text("SELECT * FROM worker_card ORDER BY id"))],
                    [tuple(r) for r in s.execute(text("SELECT * FROM time_entry ORDER BY id"))],
                    sorted(
                        (c.tbl, c.row_id, c.col, c.winner_value, c.loser_value)
                        for c in s.scalars(select(Conflict))
                    ),
                )

        assert state(laptop) == state(office) == state(owner)
        assignments, cards, entries, conflicts = state(laptop)
        assert len(assignments) == 1 and len(cards) == 1
        with laptop.db.read() as s:
            kept = set(s.scalars(select(TimeEntry.id)))
        assert len(entries) == 2 and kept == hours  # insert-only facts: both kept, no conflict
        assert {(c[0], c[1], c[2]) for c in conflicts} == {
            ("assignment", first, "rate_yen"),
            ("assignment", first, "note"),
        }
        values = {c[2]: {c[3], c[4]} for c in conflicts}
        assert values["rate_yen"] == {"1200", "1300"}
        assert values["note"] == {'"ノートPCで登録"', '"事務所PCで登録"'}
        with laptop.db.read() as s:
            row = s.get(Assignment, first)
            assert row is not None and row.rate_yen in (1200, 1300)
            assert row.note in ("ノートPCで登録", "事務所PCで登録")
    finally:
        for device in (laptop, office, owner):
            device.db.close()
