"""Demo data: the small tea-farm dataset and the large benchmark shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.core.db import Database, open_database
from desktop.core.demo import DemoSummary, load_large, load_small
from desktop.core.errors import Cancelled
from desktop.core.models import Company, Department, Partner, Task, TaskStep

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
    assert summary == DemoSummary(
        companies=1, departments=len(departments), tasks=len(tasks), steps=len(steps)
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
    def names(path: Path) -> list[tuple[str, str, str]]:
        database = open_database(path)
        try:
            load_large(database, companies=2, tasks_per_company=15, seed=11)
            with database.read() as session:
                rows = session.execute(
                    select(Company.name, Task.name, Task.frequency)
                    .join(Task, Task.company_id == Company.id)
                    .order_by(Company.name, Task.name, Task.frequency)
                ).all()
            return [(r[0], r[1], r[2]) for r in rows]
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
