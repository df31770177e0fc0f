"""The KPI service's optimised loading gives exactly the report of a straightforward reference.

The reference loads everything through the ORM, one row at a time: every task scored with the full
:func:`~desktop.core.suitability.score` (no category-only path, no cache), every time entry of every
day resolved with :func:`~desktop.core.services.hours.resolve_day` (no SQL sums, no corrected-day
shortcut), the hours of every day kept for retention (not only the windows). The report built from
those inputs must equal the service's report field for field, floats included (no tolerance).

The dataset is the large demo's shape at a small size (several companies, a year of hours with
corrections and voids), plus what the demo does not have: company and partner weights, owner's
overrides (one malformed), tombstoned tasks and assignments, a tombstoned company, draft tasks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core import inventory, kpi
from desktop.core.db import Database
from desktop.core.demo import load_large
from desktop.core.inventory import Frequency
from desktop.core.models import Assignment, Company, Task, TaskStep, TimeEntry, Worker, WorkerCard
from desktop.core.services import kpi as service
from desktop.core.services.hours import EntryFacts, resolve_day
from desktop.core.services.kpi import kpi_report, load_inputs
from desktop.core.services.partners import current_partner_id
from desktop.core.services.suitability import load_weights, save_weights
from desktop.core.services.tasks import FIELD_NAMES, TaskFields
from desktop.core.suitability import Weights, effective_category, score
from desktop.core.workforce import Period

TODAY = date(2026, 11, 20)


def _hours(fields: TaskFields) -> float | None:
    if not 1 <= fields.minutes_per_occurrence <= inventory.MAX_MINUTES:
        return None
    try:
        frequency = Frequency.parse(fields.frequency)
    except ValueError:
        return None
    if frequency.error(fields.minutes_per_occurrence) is not None:
        return None
    return inventory.monthly_hours(frequency, fields.minutes_per_occurrence)


def _period(text: str) -> Period | None:
    try:
        return Period.parse(text)
    except ValueError:
        return None


def reference_inputs(db: Database, period: kpi.MonthRange, company_id: str | None) -> kpi.KpiInputs:
    """Everything the report needs, loaded the slow and obvious way."""
    as_of = kpi.as_of_day(period, TODAY)
    partner_id = current_partner_id(db)
    # The service's row order (its tasks by id, its assignments as SQLite returns them): floats are
    # summed in that order, so the figures can be compared exactly. The order is no KPI rule.
    order = {a.id: i for i, a in enumerate(load_inputs(db, period, company_id, TODAY).assignments)}
    with db.read() as session:
        query = select(Company).where(Company.deleted.is_(False))
        if company_id is not None:
            query = query.where(Company.id == company_id)
        live = list(session.scalars(query.order_by(Company.name, Company.id)))
        companies = tuple(
            kpi.CompanyFacts(
                c.id, c.name, c.municipality, c.prefecture, c.hourly_cost_yen, c.outsource_rate_yen
            )
            for c in live
        )
        live_ids = {c.id for c in live}
        tasks = []
        live_tasks: set[str] = set()
        for t in session.scalars(select(Task).where(Task.deleted.is_(False)).order_by(Task.id)):
            if t.company_id not in live_ids:
                continue
            live_tasks.add(t.id)
            fields = TaskFields(**{name: getattr(t, name) for name in FIELD_NAMES})
            weights = load_weights(db, t.company_id)
            steps = [
                s
                for s in session.scalars(select(TaskStep).where(TaskStep.task_id == t.id))
                if not s.deleted and not s.internal_only
            ]
            tasks.append(
                kpi.TaskFacts(
                    id=t.id,
                    company_id=t.company_id,
                    name=t.name,
                    monthly_hours=_hours(fields),
                    category=effective_category(fields, score(fields, weights)).category,
                    status=t.status,
                    ecrs_decision=t.ecrs_decision,
                    ecrs_saved_minutes=t.ecrs_saved_minutes or 0,
                    single_person=t.single_person,
                    documented=t.documented,
                    shareable_steps=len(steps) if t.single_person else 0,
                )
            )
        assignments = []
        for a in session.scalars(select(Assignment).where(Assignment.deleted.is_(False))):
            task = session.get(Task, a.task_id)
            if task is None or task.id not in live_tasks:
                continue
            assignments.append(
                kpi.AssignmentFacts(
                    id=a.id,
                    company_id=task.company_id,
                    task_id=task.id,
                    task_name=task.name,
                    worker_id=a.worker_id,
                    role=a.role,
                    period=_period(a.period),
                    rate_yen=a.rate_yen,
                    planned_hours=a.planned_hours or 0,
                    status=a.status,
                )
            )
        assignments.sort(key=lambda a: order[a.id])
        wanted = {a.worker_id for a in assignments}
        workers: dict[str, kpi.WorkerFacts] = {}
        cards = [c for c in session.scalars(select(WorkerCard)) if c.company_id in live_ids]
        for card in sorted(cards, key=lambda c: not c.deleted):  # a live card wins
            if card.worker_id in wanted:
                workers[card.worker_id] = kpi.WorkerFacts(card.worker_id, card.name, card.kind, None)
        for w in session.scalars(select(Worker).where(Worker.partner_id == partner_id)):
            if not w.deleted:
                workers[w.id] = kpi.WorkerFacts(w.id, w.name, w.kind, w.municipality or "")
        # Every entry of every day, each day resolved like the hours page.
        scope = {a.id for a in assignments}
        days: dict[tuple[str, str], list[EntryFacts]] = defaultdict(list)
        for e in session.scalars(select(TimeEntry)):
            if e.assignment_id in scope:
                days[(e.assignment_id, e.work_date)].append(
                    EntryFacts(e.id, e.minutes, e.corrects_id, e.entered_at_ms, e.deleted)
                )
        minutes: dict[tuple[str, date], int] = defaultdict(int)
        worked: dict[str, set[date]] = defaultdict(set)
        for (assignment_id, iso), entries in days.items():
            day = date.fromisoformat(iso)
            value = resolve_day(entries).minutes or 0
            if value:
                worked[assignment_id].add(day)
            if period.first <= day <= as_of:
                minutes[(assignment_id, day.replace(day=1))] += value
        trainees = None
        if partner_id is not None:
            trainees = service._trainees(session, partner_id, company_id, wanted, as_of)
        company_partner = live[0].partner_id if company_id is not None and live else None
        costs = service._scope_costs(session, company_id, partner_id, company_partner)
    return kpi.KpiInputs(
        scope="partner" if company_id is None else "company",
        company_id=company_id,
        companies=companies,
        tasks=tuple(tasks),
        assignments=tuple(assignments),
        workers=workers,
        minutes=dict(minutes),
        worked_days={a: frozenset(d) for a, d in worked.items()},
        trainees=trainees,
        costs=costs,
    )


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from desktop.core.db import open_database

    db = open_database(tmp_path_factory.mktemp("kpi-reference") / "reference.sqlite3")
    load_large(db, companies=6, tasks_per_company=40, workers=80, time_entries=3000, today=TODAY)
    with db.read() as session:
        company_ids = list(session.scalars(select(Company.id).order_by(Company.name, Company.id)))
        partner_id = session.scalars(select(Company.partner_id)).first()
        task_ids = list(session.scalars(select(Task.id).order_by(Task.id)))
        assignment_ids = list(session.scalars(select(Assignment.id).order_by(Assignment.id)))
    assert partner_id is not None and len(company_ids) == 6
    # Weights: the partner's for everyone, one company's own over them.
    save_weights(db, partner_id, Weights(volume=30.0, suitable_from=55.0, internal_below=35.0))
    save_weights(db, company_ids[1], Weights(onsite=10.0, knowledge=25.0, volume_half_hours=3.0))
    with db.write() as session:
        for i, task_id in enumerate(task_ids[:40]):
            task = session.get(Task, task_id)
            assert task is not None
            if i % 5 == 0:
                task.suitability_override = {"category": ("suitable", "internal", "conditional")[i % 3]}
            elif i % 5 == 1:
                task.suitability_override = {"category": "no-such-category"}  # ignored
            elif i % 5 == 2:
                task.frequency = "nonsense"  # a draft: no hours, category "incomplete"
            elif i % 5 == 3:
                task.deleted = True
        for assignment_id in assignment_ids[::17]:
            assignment = session.get(Assignment, assignment_id)
            assert assignment is not None
            assignment.deleted = True
        company = session.get(Company, company_ids[-1])
        assert company is not None
        company.deleted = True
    return db


PERIODS = ["2026-04..2027-03", "2025-04..2026-03", "2026-09", "2025-12..2026-05"]


@pytest.mark.parametrize("text", PERIODS)
def test_partner_view_equals_the_reference(dataset: Database, text: str) -> None:
    period = kpi.MonthRange.parse(text)
    expected = kpi.build_report(reference_inputs(dataset, period, None), period, TODAY)
    actual = kpi_report(dataset, period, None, TODAY)
    assert actual.per_company and actual.figure("outsourced_hours").value  # a non-trivial report
    assert actual == expected
    assert repr(actual) == repr(expected)  # floats to the last digit


@pytest.mark.parametrize("index", [0, 1, 3])
def test_company_view_equals_the_reference(dataset: Database, index: int) -> None:
    period = kpi.MonthRange.parse("2026-04..2027-03")
    with dataset.read() as session:
        company_id = list(session.scalars(select(Company.id).order_by(Company.name, Company.id)))[index]
    expected = kpi.build_report(reference_inputs(dataset, period, company_id), period, TODAY)
    assert kpi_report(dataset, period, company_id, TODAY) == expected


def test_the_dataset_exercises_every_branch(dataset: Database) -> None:
    """The reference comparison is only as good as its data: check it has what it should."""
    period = kpi.MonthRange.parse("2026-04..2027-03")
    inputs = load_inputs(dataset, period, None, TODAY)
    categories = {t.category for t in inputs.tasks}
    assert {"suitable", "conditional", "internal", "incomplete"} <= categories
    assert any(t.monthly_hours is None for t in inputs.tasks)
    assert len({t.company_id for t in inputs.tasks}) == 5  # the tombstoned company is left out
    assert len({month for _a, month in inputs.minutes}) >= 6
    with dataset.read() as session:
        corrections = session.scalars(select(TimeEntry).where(TimeEntry.corrects_id.is_not(None))).all()
    assert corrections


def test_changed_weights_and_edits_are_seen_at_once(db: Database) -> None:
    """Facts are reused between reports only while a task's row, weights and steps are unchanged."""
    load_large(db, companies=2, tasks_per_company=30, workers=12, time_entries=300, today=TODAY)
    period = kpi.MonthRange.parse("2026-04..2027-03")
    with db.read() as session:
        partner_id = session.scalars(select(Company.partner_id)).first()
        task_id = session.scalars(select(Task.id).order_by(Task.id)).first()
    assert partner_id is not None and task_id is not None
    first = kpi_report(db, period, None, TODAY)
    assert first == kpi.build_report(reference_inputs(db, period, None), period, TODAY)
    save_weights(db, partner_id, Weights(suitable_from=20.0, internal_below=10.0, onsite=0.0))
    with db.write() as session:
        task = session.get(Task, task_id)
        assert task is not None
        task.minutes_per_occurrence += 5
        task.single_person = True
        task.documented = "full"
    second = kpi_report(db, period, None, TODAY)
    assert second == kpi.build_report(reference_inputs(db, period, None), period, TODAY)
    assert second.figure("outsourceable_hours") != first.figure("outsourceable_hours")
    assert second.figure("inventoried_hours") != first.figure("inventoried_hours")
