"""Demo data: the small tea-farm dataset and the large benchmark shape."""

from __future__ import annotations

import itertools
import json
import random
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.core import demo, workforce
from desktop.core.db import Database, open_database
from desktop.core.demo import DemoSummary, load_large, load_small
from desktop.core.errors import Cancelled
from desktop.core.models import (
    Assignment,
    Company,
    Department,
    Partner,
    Skill,
    Task,
    TaskStep,
    TimeEntry,
    TrainingStage,
    Worker,
    WorkerCard,
    WorkerSkill,
)
from desktop.core.workforce import Period

UNIT_MINUTES = {"day": 1440, "week": 10080, "month": 44640, "year": 525600}
CODES = {
    "medium": {"paper", "digital", "mixed"},
    "onsite": {"none", "sometimes", "required"},
    "confidentiality": {"public", "internal", "confidential"},
    "documented": {"none", "partial", "full"},
    "seasonality": {"none", "month_end", "seasonal", "irregular"},
    "deadline": {"flexible", "days", "same_day", "realtime"},
    "ecrs_decision": {"undecided", "eliminate", "combine", "rearrange", "simplify", "keep"},
    "status": {"active", "under_review", "outsourced", "discontinued"},
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "d.sqlite3")
    try:
        yield database
    finally:
        database.close()


def check_frequency(task: Task) -> None:
    count_text, _, unit = task.frequency.partition("/")
    assert unit in UNIT_MINUTES, task.name
    assert count_text.isdigit() and int(count_text) > 0, task.name
    assert 1 <= task.minutes_per_occurrence <= 6000, task.name
    assert int(count_text) * task.minutes_per_occurrence <= UNIT_MINUTES[unit], task.name


def check_codes(task: Task) -> None:
    for field, codes in CODES.items():
        assert getattr(task, field) in codes, (task.name, field)
    assert isinstance(task.personal_data, bool)
    assert isinstance(task.single_person, bool)
    assert task.suitability_override is None


def count(db: Database, model: type[object]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_small_dataset(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = load_small(db, progress=lambda done, total: calls.append((done, total)))

    assert calls[-1] == (1, 1)
    with db.read() as session:
        company = session.scalars(select(Company)).one()
        partner = session.scalars(select(Partner)).one()
        departments = session.scalars(select(Department)).all()
        tasks = session.scalars(select(Task)).all()
        steps = session.scalars(select(TaskStep)).all()

    assert company.scope_id == company.id
    assert company.partner_id == partner.id and partner.scope_id == partner.id
    assert company.employees == 12 and company.hourly_cost_yen
    assert company.email.endswith("example.jp")
    assert len(departments) >= 6
    assert len(tasks) >= 36
    with db.read() as session:
        counts = {
            m: session.scalar(select(func.count()).select_from(m)) for m in (Worker, Assignment, TimeEntry)
        }
    assert summary == DemoSummary(
        companies=1,
        departments=len(departments),
        tasks=len(tasks),
        steps=len(steps),
        workers=counts[Worker],
        assignments=counts[Assignment],
        time_entries=counts[TimeEntry],
    )
    assert all(row.scope_id == company.id for row in [*departments, *tasks, *steps])
    assert {t.department_id for t in tasks} <= {d.id for d in departments}
    assert len({d.id for d in departments} - {t.department_id for t in tasks}) == 0

    for task in tasks:
        check_frequency(task)
        check_codes(task)

    tasks_with_steps = {s.task_id for s in steps}
    assert len(tasks_with_steps) >= 12
    assert any(s.internal_only for s in steps)
    for task_id in tasks_with_steps:
        positions = sorted(s.position for s in steps if s.task_id == task_id)
        assert 3 <= len(positions) <= 7
        assert positions == list(range(len(positions)))

    # a varied, sensible dataset: each kind of task the demo is meant to show is there
    assert any(t.medium == "paper" for t in tasks)
    assert any(t.onsite == "required" for t in tasks)
    assert any(t.single_person and t.documented == "none" for t in tasks)
    assert any(t.personal_data for t in tasks)
    assert any(t.seasonality == "seasonal" for t in tasks)
    assert any(t.seasonality == "month_end" and "請求" in t.name for t in tasks)

    with db.read() as session:
        outbox = session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
    assert outbox > 0


def test_large_shape(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = load_large(
        db, progress=lambda done, total: calls.append((done, total)), companies=3, tasks_per_company=20
    )

    assert summary.companies == 3 and summary.tasks == 60
    assert count(db, Company) == 3
    assert count(db, Task) == 60
    assert count(db, Partner) == 1
    assert count(db, Department) == summary.departments
    assert count(db, TaskStep) == summary.steps
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]

    with db.read() as session:
        companies = session.scalars(select(Company)).all()
        departments = session.scalars(select(Department)).all()
        tasks = session.scalars(select(Task)).all()
        steps = session.scalars(select(TaskStep)).all()
    assert len({c.name for c in companies}) == 3
    for company in companies:
        own = [d for d in departments if d.company_id == company.id]
        assert 6 <= len(own) <= 10
        assert company.scope_id == company.id and company.partner_id is not None
    for task in tasks:
        check_frequency(task)
        check_codes(task)
        assert task.scope_id == task.company_id
    per_task: dict[str, int] = {}
    for step in steps:
        per_task[step.task_id] = per_task.get(step.task_id, 0) + 1
    assert max(per_task.values()) <= 4


def test_large_is_deterministic(tmp_path: Path) -> None:
    def names(path: Path) -> list[tuple[object, ...]]:
        database = open_database(path)
        try:
            load_large(
                database,
                companies=2,
                tasks_per_company=15,
                seed=11,
                time_entries=300,
                today=date(2026, 11, 26),
            )
            with database.read() as session:
                rows = session.execute(
                    select(Company.name, Task.name, Task.frequency)
                    .join(Task, Task.company_id == Company.id)
                    .order_by(Company.name, Task.name, Task.frequency)
                ).all()
                hours = session.execute(
                    select(Worker.name, Task.name, Assignment.role, Assignment.period, TimeEntry.work_date)
                    .join(Assignment, Assignment.worker_id == Worker.id)
                    .join(Task, Task.id == Assignment.task_id)
                    .join(TimeEntry, TimeEntry.assignment_id == Assignment.id)
                ).all()
            assert len(hours) == 300
            return [tuple(r) for r in rows] + sorted(tuple(r) for r in hours)
        finally:
            database.close()

    assert names(tmp_path / "a.sqlite3") == names(tmp_path / "b.sqlite3")


def test_large_cancel_keeps_committed_companies(db: Database) -> None:
    done: list[int] = []

    with pytest.raises(Cancelled):
        load_large(
            db,
            progress=lambda d, _total: done.append(d),
            cancelled=lambda: bool(done) and done[-1] >= 1,
            companies=3,
            tasks_per_company=20,
        )

    assert count(db, Company) == 1
    assert count(db, Task) == 20


def test_cancel_before_small_writes_nothing(db: Database) -> None:
    with pytest.raises(Cancelled):
        load_small(db, cancelled=lambda: True)
    assert count(db, Company) == 0


# --- the partner's pool, assignments and hours --------------------------------------------------

TODAY = date(2027, 2, 18)  # a Thursday, far from the week the demo file is written for
LEVEL_WORDS = {2: "実務可", 3: "指導可"}
CARD_COLUMNS = {
    "id",
    "scope_id",
    "deleted",
    "company_id",
    "worker_id",
    "name",
    "kind",
    "skills_summary",
    "contact",
}


def table(db: Database, model: type[object]) -> list[dict[str, Any]]:
    with db.read() as session:
        return [dict(r) for r in session.execute(select(model.__table__)).mappings()]  # type: ignore[attr-defined]


@dataclass
class Pool:
    partner_id: str
    company_id: str
    skills: list[dict[str, Any]]
    workers: list[dict[str, Any]]
    worker_skills: list[dict[str, Any]]
    stages: list[dict[str, Any]]
    assignments: list[dict[str, Any]]
    cards: list[dict[str, Any]]
    entries: list[dict[str, Any]]
    tasks: list[dict[str, Any]]

    @property
    def worker_by_id(self) -> dict[str, dict[str, Any]]:
        return {w["id"]: w for w in self.workers}

    def worker(self, name: str) -> dict[str, Any]:
        return next(w for w in self.workers if w["name"] == name)

    def skills_of(self, worker_id: str) -> list[tuple[str, int]]:
        names = {s["id"]: s["name"] for s in self.skills}
        return [
            (names[ws["skill_id"]], ws["level"]) for ws in self.worker_skills if ws["worker_id"] == worker_id
        ]


def snapshot(db: Database) -> Pool:
    return Pool(
        partner_id=table(db, Partner)[0]["id"],
        company_id=table(db, Company)[0]["id"] if table(db, Company) else "",
        skills=table(db, Skill),
        workers=table(db, Worker),
        worker_skills=table(db, WorkerSkill),
        stages=table(db, TrainingStage),
        assignments=table(db, Assignment),
        cards=table(db, WorkerCard),
        entries=table(db, TimeEntry),
        tasks=table(db, Task),
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Pool:
    database = open_database(tmp_path_factory.mktemp("small") / "d.sqlite3")
    try:
        load_small(database, today=TODAY)
        return snapshot(database)
    finally:
        database.close()


def stages_by_worker(pool: Pool) -> dict[str, dict[str, Period]]:
    found: dict[str, dict[str, Period]] = {}
    for s in pool.stages:
        found.setdefault(s["worker_id"], {})[s["stage"]] = Period.parse(s["period"])
    return found


def expected_summary(skills: list[tuple[str, int]]) -> str:
    """The card's skills line: level 2 and up, strongest first, then by name."""
    usable = sorted((-level, name) for name, level in skills if level >= 2)
    return "、".join(f"{name}（{LEVEL_WORDS[-level]}）" for level, name in usable)


def check_no_private_field(pool: Pool) -> None:
    """Cards hold name, kind, skills and the agreed contact: nothing else of the pool."""
    assigned = {a["worker_id"] for a in pool.assignments}
    secrets: list[str] = []
    for w in pool.workers:
        secrets += [w["phone"], w["municipality"], w["private_constraints"], w["note"], w["name_kana"]]
        if w["id"] not in assigned:
            secrets += [w["name"], w["email"]]
    secrets = [s for s in secrets if s]
    assert secrets
    by_id = pool.worker_by_id
    for card in pool.cards:
        worker = by_id[card["worker_id"]]
        assert set(card) == CARD_COLUMNS
        assert card["name"] == worker["name"] and card["kind"] == worker["kind"]
        assert card["contact"] == ((worker["email"] or worker["phone"]) if worker["consent_on"] else "")
        assert card["skills_summary"] == expected_summary(pool.skills_of(worker["id"]))
        text_of_card = " ".join(str(v) for k, v in card.items() if k != "contact")
        for secret in secrets:
            assert secret not in text_of_card, (card["name"], secret)
            assert secret not in card["contact"] or secret == card["contact"], (card["name"], secret)


def check_remote_ready(pool: Pool) -> None:
    """Assignments are on tasks that may leave the office (no suitability knockout)."""
    tasks = {t["id"]: t for t in pool.tasks}
    for a in pool.assignments:
        task = tasks[a["task_id"]]
        assert task["onsite"] != "required" and task["deadline"] != "realtime", task["name"]
        assert not (task["confidentiality"] == "confidential" and task["personal_data"]), task["name"]
        assert task["status"] in ("active", "outsourced"), task["name"]


def check_hours(pool: Pool, today: date, cap: int = 24 * 60) -> None:
    """Entries inside their assignment's period, before today, at most ``cap`` minutes per worker
    and day (as keyed in, and after corrections)."""
    assignments = {a["id"]: a for a in pool.assignments}
    entries = {e["id"]: e for e in pool.entries}
    raw: dict[tuple[str, str], int] = {}
    effective: dict[tuple[str, str], int] = {}
    corrected = {e["corrects_id"] for e in pool.entries if e["corrects_id"]}
    for e in pool.entries:
        a = assignments[e["assignment_id"]]
        assert e["scope_id"] == a["scope_id"]
        day = date.fromisoformat(e["work_date"])
        assert Period.parse(a["period"]).contains(day), (a["period"], day)
        assert day < today
        assert 0 <= e["minutes"] <= cap
        key = (a["worker_id"], e["work_date"])
        raw[key] = raw.get(key, 0) + e["minutes"]
        if e["id"] not in corrected:
            effective[key] = effective.get(key, 0) + e["minutes"]
        if e["corrects_id"]:
            original = entries[e["corrects_id"]]
            assert original["assignment_id"] == e["assignment_id"]
            assert original["work_date"] == e["work_date"]
            assert original["corrects_id"] is None
            assert e["entered_at_ms"] > original["entered_at_ms"]
    assert max(raw.values()) <= cap
    assert max(effective.values()) <= cap


def test_small_pool_people(small: Pool) -> None:
    assert len(small.workers) == 14
    assert Counter(w["kind"] for w in small.workers) == {"local": 8, "urban": 4, "staff": 2}
    assert 18 <= len(small.skills) <= 24
    experts = {s["name"] for s in small.skills if s["expert"]}
    assert {"給与計算", "税務・決算", "Webデザイン"} <= experts
    for row in [*small.skills, *small.workers, *small.worker_skills, *small.stages]:
        assert row["scope_id"] == small.partner_id
    for s in small.skills:
        assert s["id"] == workforce.skill_id(small.partner_id, s["name"])
    for ws in small.worker_skills:
        assert ws["id"] == workforce.worker_skill_id(ws["worker_id"], ws["skill_id"])
        assert ws["level"] in workforce.LEVELS
    for st in small.stages:
        assert st["id"] == workforce.training_stage_id(st["worker_id"], st["stage"])

    # urban side-job specialists (関係人口) who master an expert skill
    masters: dict[str, set[str]] = {}
    for w in small.workers:
        for name, level in small.skills_of(w["id"]):
            if w["kind"] == "urban" and level == 3 and name in experts:
                masters.setdefault(w["name"], set()).add(name)
    assert len(masters) >= 3
    assert {"給与計算", "税務・決算", "Webデザイン"} <= set().union(*masters.values())
    assert 4 <= len(small.worker_skills) / len(small.workers) <= 6

    weekdays_10_15 = workforce.TimeWindow((0, 1, 2, 3, 4), "10:00", "15:00")
    windows = {w["name"]: workforce.parse_windows(w["time_windows"]) for w in small.workers}
    assert any(ws == [weekdays_10_15] for ws in windows.values())
    assert all(ws for ws in windows.values())
    for w in small.workers:
        assert 0 <= w["hours_per_week"] <= workforce.MAX_HOURS_PER_WEEK
        assert w["clearance"] in CODES["confidentiality"]
        if w["phone"] or w["email"] or w["private_constraints"]:
            assert date.fromisoformat(w["consent_on"]) <= TODAY, w["name"]
    private = [w["private_constraints"] for w in small.workers if w["private_constraints"]]
    assert len(private) == 2
    assert any("子育て" in p for p in private) and any("介護" in p for p in private)
    assert any(not w["consent_on"] and not w["phone"] for w in small.workers)


def test_small_pipeline_has_every_alert(small: Pool) -> None:
    rules = workforce.PIPELINE_DEFAULTS
    no_ojt, no_paid, in_course, paid_in_time = set(), set(), set(), set()
    for worker_id, stages in stages_by_worker(small).items():
        name = small.worker_by_id[worker_id]["name"]
        order = [stages[s] for s in workforce.STAGES if s in stages]
        assert list(stages) and "course" in stages, name
        for earlier, later in itertools.pairwise(order):
            assert earlier.end is not None and earlier.end < later.start, name
        assert all(p.start <= TODAY for p in order), name
        course_end = stages["course"].end
        if course_end is None or course_end >= TODAY:
            in_course.add(name)
            continue
        day = (TODAY - course_end).days
        paid = [stages[s].start for s in workforce.PAID_STAGES if s in stages]
        if day > rules["ojt_by_day"] and len(stages) == 1:
            no_ojt.add(name)
        if day > rules["paid_by_day"] and not paid:
            no_paid.add(name)
        if paid and (min(paid) - course_end).days <= rules["goal_days"]:
            paid_in_time.add(name)
    assert no_ojt == {"望月 翔太"}
    assert no_paid == {"鈴木 香織"}
    assert "中村 健" in in_course
    assert {"大石 美穂", "小松 早苗", "増田 綾"} <= paid_in_time
    regular = [small.worker_by_id[w]["name"] for w, st in stages_by_worker(small).items() if "regular" in st]
    assert "大石 美穂" in regular


def test_small_assignments_and_cards(small: Pool) -> None:
    tasks = {t["id"]: t for t in small.tasks}
    by_id = small.worker_by_id
    assert 8 <= len(small.assignments) <= 14
    for a in small.assignments:
        assert a["id"] == workforce.assignment_id(a["task_id"], a["worker_id"], a["role"])
        assert a["code"] == workforce.short_code(a["id"])
        assert a["scope_id"] == small.company_id == tasks[a["task_id"]]["company_id"]
        assert a["role"] in workforce.ROLES and a["status"] in workforce.ASSIGNMENT_STATUSES
        assert 0 < a["rate_yen"] <= workforce.MAX_RATE_YEN
        Period.parse(a["period"])
    assert {a["status"] for a in small.assignments} == {"active", "planned", "ended"}
    # an operator + urban supervisor team on one task
    teams = [
        (op, sv)
        for op in small.assignments
        for sv in small.assignments
        if op["task_id"] == sv["task_id"] and op["role"] == "operator" and sv["role"] == "supervisor"
    ]
    assert any(
        by_id[op["worker_id"]]["kind"] == "local" and by_id[sv["worker_id"]]["kind"] == "urban"
        for op, sv in teams
    )

    assigned = {a["worker_id"] for a in small.assignments}
    assert {c["worker_id"] for c in small.cards} == assigned
    assert len(small.cards) == len(assigned)
    for card in small.cards:
        assert card["id"] == workforce.worker_card_id(small.company_id, card["worker_id"])
        assert card["scope_id"] == card["company_id"] == small.company_id
    assert set(by_id) - assigned  # some of the pool is not assigned, and must stay invisible
    check_remote_ready(small)
    check_no_private_field(small)
    oishi = next(c for c in small.cards if c["name"] == "大石 美穂")
    assert oishi["skills_summary"].startswith(
        "データ入力（指導可）、会計ソフト入力（指導可）、Excel（実務可）"
    )
    assert oishi["contact"] == "m.oishi@example.jp"  # the e-mail, never the phone number


def test_small_time_entries(small: Pool) -> None:
    check_hours(small, TODAY)
    assert all(e["source"] == "sheet" for e in small.entries)
    corrections = [e for e in small.entries if e["corrects_id"]]
    assert 1 <= len(corrections) <= 3
    monday = workforce.week_start(TODAY)
    days = sorted(date.fromisoformat(e["work_date"]) for e in small.entries)
    assert days[0] <= monday - timedelta(weeks=5) and days[-1] < TODAY
    assert len(small.entries) >= 80

    this_week: dict[str, int] = {}
    last_week: dict[str, int] = {}
    for e in small.entries:
        day = date.fromisoformat(e["work_date"])
        if monday <= day:
            this_week[e["assignment_id"]] = this_week.get(e["assignment_id"], 0) + 1
        elif monday - timedelta(weeks=1) <= day:
            last_week[e["assignment_id"]] = last_week.get(e["assignment_id"], 0) + 1
    active = [a for a in small.assignments if a["status"] == "active"]
    silent = [a for a in active if a["id"] not in this_week]
    assert len(silent) == 1
    assert silent[0]["id"] in last_week
    assert small.worker_by_id[silent[0]["worker_id"]]["name"] == "杉山 大輔"
    for a in small.assignments:
        if a["status"] == "planned":
            assert Period.parse(a["period"]).start > TODAY
            assert not any(e["assignment_id"] == a["id"] for e in small.entries)


def test_small_dates_follow_today(tmp_path: Path) -> None:
    def load(path: Path, today: date) -> Pool:
        database = open_database(path)
        try:
            load_small(database, today=today)
            return snapshot(database)
        finally:
            database.close()

    def shape(pool: Pool) -> list[tuple[str, str, int]]:
        names = pool.worker_by_id
        by_assignment = {a["id"]: names[a["worker_id"]]["name"] for a in pool.assignments}
        return sorted((by_assignment[e["assignment_id"]], e["work_date"], e["minutes"]) for e in pool.entries)

    first = load(tmp_path / "a.sqlite3", TODAY)
    again = load(tmp_path / "b.sqlite3", TODAY)
    later = load(tmp_path / "c.sqlite3", TODAY + timedelta(days=15))
    assert shape(first) == shape(again)
    moved = [(n, (date.fromisoformat(d) + timedelta(days=14)).isoformat(), m) for n, d, m in shape(first)]
    # two weeks later on a Friday: the same weeks moved, plus this week's Thursday
    assert set(moved) <= set(shape(later))
    assert {p["period"] for p in first.stages} != {p["period"] for p in later.stages}


def test_large_pool_assignments_and_hours(db: Database) -> None:
    today = date(2026, 11, 26)
    summary = load_large(db, companies=2, tasks_per_company=100, workers=40, time_entries=3000, today=today)

    pool = snapshot(db)
    assert summary.workers == len(pool.workers) == 40
    assert summary.assignments == len(pool.assignments) == 100  # 2.5 per worker
    assert summary.time_entries == len(pool.entries) == 3000
    assert Counter(w["kind"] for w in pool.workers) == {"local": 28, "urban": 8, "staff": 4}
    assert 4 <= len(pool.worker_skills) / 40 <= 7
    assert len({s["worker_id"] for s in pool.stages}) == 12  # 30% are trainees
    assert len({w["name"] for w in pool.workers}) == 40
    assert all(
        row["scope_id"] == pool.partner_id for row in [*pool.workers, *pool.worker_skills, *pool.stages]
    )
    tasks = {t["id"]: t for t in pool.tasks}
    for a in pool.assignments:
        assert a["id"] == workforce.assignment_id(a["task_id"], a["worker_id"], a["role"])
        assert a["code"] == workforce.short_code(a["id"])
        assert a["scope_id"] == tasks[a["task_id"]]["company_id"]
        assert a["worker_id"] in pool.worker_by_id
    pairs = {(a["scope_id"], a["worker_id"]) for a in pool.assignments}
    assert {(c["company_id"], c["worker_id"]) for c in pool.cards} == pairs
    assert len(pool.cards) == len(pairs)
    for card in pool.cards:
        assert card["id"] == workforce.worker_card_id(card["company_id"], card["worker_id"])
    check_remote_ready(pool)
    check_no_private_field(pool)
    check_hours(pool, today, cap=8 * 60)
    assert min(e["work_date"] for e in pool.entries) >= (today - timedelta(days=366)).isoformat()
    assert any(e["corrects_id"] for e in pool.entries)
    assert {e["source"] for e in pool.entries} == {"sheet", "grid", "app", "csv"}
    assert len({str(uuid.UUID(e["id"])) for e in pool.entries}) == 3000  # proper, distinct UUIDs


def test_large_default_shape_without_a_database() -> None:
    """The default numbers (DESIGN section 6), generated as load_large does, without inserting."""
    rng = random.Random(7)
    today = date(2026, 11, 26)
    staffing = demo._Staffing(random.Random(7 + 1_000_003), "partner", 1000, 100_000, 50, today)
    names = demo._company_names(rng, 50)
    assignments: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    cards = 0
    for index in range(50):
        work = staffing.company_work(index, demo._make_company(rng, index, names[index], "partner", 100))
        assignments += work.assignments
        entries += work.time_entries
        cards += len(work.cards)
    kinds = Counter(w["kind"] for w in staffing.pool.workers)
    assert kinds == {"local": 700, "urban": 200, "staff": 100}
    assert 4.5 <= len(staffing.pool.worker_skills) / 1000 <= 5.5
    assert len({s["worker_id"] for s in staffing.pool.stages}) == 300
    assert len(assignments) == 2500 and len({a["id"] for a in assignments}) == 2500
    assert len(entries) == 100_000
    assert 1500 <= cards <= 2500
    worker_of = {a["id"]: a["worker_id"] for a in assignments}
    per_day: Counter[tuple[str, str]] = Counter()
    for e in entries:
        per_day[(worker_of[e["assignment_id"]], e["work_date"])] += e["minutes"]
    assert max(per_day.values()) <= 24 * 60
    months = {e["work_date"][:7] for e in entries}
    assert len(months) >= 12


def test_large_pool_does_not_change_the_companies(tmp_path: Path) -> None:
    def tasks(path: Path, workers: int) -> list[tuple[str, str]]:
        database = open_database(path)
        try:
            load_large(database, companies=2, tasks_per_company=15, seed=3, workers=workers, time_entries=200)
            with database.read() as session:
                rows = session.execute(
                    select(Company.name, Task.name).join(Task, Task.company_id == Company.id)
                ).all()
                pool = session.scalar(select(func.count()).select_from(Worker))
            assert pool == workers
            return sorted((r[0], r[1]) for r in rows)
        finally:
            database.close()

    assert tasks(tmp_path / "a.sqlite3", 0) == tasks(tmp_path / "b.sqlite3", 12)


def _break_pool(doc: dict[str, Any], how: str) -> None:
    workers, assignments = doc["workers"], doc["assignments"]
    if how == "unknown_task":
        assignments[0]["task"] = "存在しない業務"
    elif how == "unknown_worker":
        assignments[0]["worker"] = "nobody"
    elif how == "over_24_hours":  # two assignments of one worker on the same Monday
        instagram, pages = (a for a in assignments if a["worker"] == "masuda")
        instagram["hours"] = [{"days": ["mon"], "minutes": 24 * 60 - 30, "weeks": [-4]}]
        assert pages["hours"][0]["days"] == ["mon"] and -4 in pages["hours"][0]["weeks"]
    elif how == "contact_without_consent":
        workers[0]["consent_on"] = ""
    elif how == "bad_stage":
        workers[0]["stages"]["training"] = "2026-01-01/"
    elif how == "period_backwards":
        assignments[0]["period"] = "2026-05-01/2026-04-01"
    elif how == "zero_rate":
        assignments[0]["rate_yen"] = 0
    elif how == "correction_of_nothing":
        doc["corrections"][0]["week"] = -40


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("unknown_task", "names 0 tasks"),
        ("unknown_worker", "no worker"),
        ("over_24_hours", "more than 24 hours"),
        ("contact_without_consent", "without consent"),
        ("bad_stage", "is not one of"),
        ("period_backwards", "is not a period"),
        ("zero_rate", "rate_yen"),
        ("correction_of_nothing", "no time entry"),
    ],
)
def test_a_broken_pool_file_writes_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, message: str
) -> None:
    source = demo.resource_path("demo", "tea_farm_workers.json")
    doc = json.loads(source.read_text(encoding="utf-8"))
    _break_pool(doc, how)
    folder = tmp_path / "resources" / "demo"
    folder.mkdir(parents=True)
    (folder / "tea_farm.json").write_bytes(demo.resource_path("demo", "tea_farm.json").read_bytes())
    (folder / "tea_farm_workers.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(demo, "resource_path", lambda *parts: tmp_path.joinpath("resources", *parts))

    with pytest.raises(demo.DemoDataError, match=message):
        load_small(db, today=TODAY)
    assert count(db, Company) == 0 and count(db, Worker) == 0
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
