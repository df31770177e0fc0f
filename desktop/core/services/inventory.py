"""The guided inventory (業務棚卸し) in six steps: where a company is, and the writes of its steps.

The steps, in order: ``profile`` (the company), ``areas`` (areas of work), ``tasks`` (picked from the
template library or typed), ``details`` (frequency, time, who does it, the procedure), ``ecrs``
(improve first: Eliminate, Combine, Rearrange, Simplify) and ``results``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core import ids, inventory
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.inventory import Frequency
from desktop.core.models import Company, Department, Task
from desktop.core.services.companies import DepartmentData, create_department, list_departments
from desktop.core.services.tasks import FIELD_NAMES, TaskRow, list_tasks
from desktop.core.templates import Library, library, to_fields
from desktop.core.validation import Checker

STEPS = ("profile", "areas", "tasks", "details", "ecrs", "results")
"""The steps' codes in order; ``Company.inventory_step`` holds one of them."""

IMPROVEMENTS = ("eliminate", "combine", "rearrange", "simplify")
"""ECRS decisions that change the work, in the order they are considered (E→C→R→S)."""

DETAIL_FIELDS = ("frequency", "minutes_per_occurrence", "performer")
"""The fields a task needs before its details count as complete."""


@dataclass(frozen=True)
class InventoryProgress:
    """How far a company's inventory is: its step and the counts the wizard shows."""

    step: str
    areas: int
    tasks: int
    complete_tasks: int  # frequency, minutes and performer given
    decided_tasks: int  # an ECRS decision other than "undecided"
    monthly_hours: float
    ecrs_saved_minutes: int  # a month, by the improvement decisions

    @property
    def step_number(self) -> int:
        """1 for the first step."""
        return STEPS.index(self.step) + 1

    @property
    def incomplete_tasks(self) -> int:
        return self.tasks - self.complete_tasks

    @property
    def ecrs_saved_hours(self) -> float:
        return self.ecrs_saved_minutes / 60


@dataclass(frozen=True)
class InventoryTask:
    """A task with the inventory's own columns, which :class:`TaskRow` does not carry."""

    row: TaskRow
    template_key: str
    ecrs_saved_minutes: int
    department_position: int  # for ordering by area; large for a task without area

    @property
    def missing(self) -> tuple[str, ...]:
        return missing_details(self.row)


@dataclass(frozen=True)
class EcrsData:
    """A task's ECRS decision (改善の判断), its note, and the minutes a month it should save."""

    decision: str
    note: str
    saved_minutes: int


def monthly_minutes(frequency: str, minutes: int) -> int:
    """Minutes a month a task takes (0 for a malformed frequency)."""
    try:
        return round(Frequency.parse(frequency).per_month * minutes)
    except ValueError:
        return 0


def missing_details(row: TaskRow) -> tuple[str, ...]:
    """The :data:`DETAIL_FIELDS` a task still lacks (empty when its details are complete)."""
    missing: list[str] = []
    try:
        Frequency.parse(row.fields.frequency)
    except ValueError:
        missing.append("frequency")
    if row.fields.minutes_per_occurrence <= 0:
        missing.append("minutes_per_occurrence")
    if not row.fields.performer.strip():
        missing.append("performer")
    return tuple(missing)


def _saved_step(db: Database, company_id: str) -> str:
    with db.read() as session:
        company = session.get(Company, company_id)
        if company is None or company.deleted:
            raise NotFound(company_id)
        return company.inventory_step


def list_inventory_tasks(db: Database, company_id: str) -> list[InventoryTask]:
    """A company's live tasks in area order (then by name), with their inventory columns."""
    rows = list_tasks(db, company_id)
    positions = {d.id: d.position for d in list_departments(db, company_id)}
    query = select(Task.id, Task.template_key, Task.ecrs_saved_minutes).where(Task.company_id == company_id)
    with db.read() as session:
        extra = {task_id: (key, saved) for task_id, key, saved in session.execute(query)}
    tasks = [
        InventoryTask(
            row, extra[row.id][0], extra[row.id][1], positions.get(row.fields.department_id or "", 10**9)
        )
        for row in rows
    ]
    return sorted(tasks, key=lambda t: (t.department_position, t.row.fields.name, t.row.id))


def progress(db: Database, company_id: str) -> InventoryProgress:
    """Where the company's inventory stands (step ``profile`` when it was never started)."""
    step = _saved_step(db, company_id)
    tasks = list_inventory_tasks(db, company_id)
    hours = 0.0
    saved = 0
    for task in tasks:
        total = monthly_minutes(task.row.fields.frequency, task.row.fields.minutes_per_occurrence)
        hours += total / 60
        if task.row.fields.ecrs_decision in IMPROVEMENTS:
            saved += min(task.ecrs_saved_minutes, total)
    return InventoryProgress(
        step=step if step in STEPS else STEPS[0],
        areas=len(list_departments(db, company_id)),
        tasks=len(tasks),
        complete_tasks=sum(1 for t in tasks if not t.missing),
        decided_tasks=sum(1 for t in tasks if t.row.fields.ecrs_decision != "undecided"),
        monthly_hours=hours,
        ecrs_saved_minutes=saved,
    )


def set_step(db: Database, company_id: str, step: str) -> None:
    """Remember the step the company's inventory is at, so it resumes there."""
    check = Checker()
    check.choice("inventory_step", step, STEPS)
    check.raise_if_any()
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is None or company.deleted:
            raise NotFound(company_id)
        if company.inventory_step != step:
            company.inventory_step = step


def ensure_department(db: Database, company_id: str, name: str) -> DepartmentData:
    """The company's area of work called ``name``: the live one, else a removed one restored (with its
    tasks), else a new one at the end. Picking an area twice never makes two."""
    name = name.strip()
    query = (
        select(Department)
        .where(Department.company_id == company_id, Department.name == name)
        .order_by(Department.deleted, Department.position)
    )
    with db.write() as session:
        found = session.scalars(query).first()
        if found is not None:
            if found.deleted:
                found.deleted = False
            return DepartmentData(found.id, found.company_id, found.name, found.position)
    return create_department(db, company_id, name)


def add_from_templates(
    db: Database, company_id: str, department_id: str, keys: Sequence[str], lib: Library | None = None
) -> list[str]:
    """Add the library entries ``keys`` to the company in the area ``department_id``, in one transaction.

    An entry the company already has (a live task with the same template key) is skipped; one whose
    task was removed is restored into this area, with what was filled in before. Returns the ids of
    the tasks added or restored. Unknown keys raise :class:`NotFound` and nothing is written.
    """
    lib = lib or library()
    try:
        entries = [lib.get(key) for key in dict.fromkeys(keys)]
    except KeyError as exc:
        raise NotFound(str(exc.args[0])) from exc
    changed: list[str] = []
    with db.write() as session:
        company = session.get(Company, company_id)
        department = session.get(Department, department_id)
        if company is None or company.deleted:
            raise NotFound(company_id)
        if department is None or department.deleted or department.company_id != company_id:
            raise NotFound(department_id)
        query = select(Task).where(
            Task.company_id == company_id, Task.template_key.in_([e.key for e in entries])
        )
        existing: dict[str, Task] = {}
        for task in session.scalars(query.order_by(Task.deleted)):
            existing.setdefault(task.template_key, task)  # a live one first
        for entry in entries:
            found = existing.get(entry.key)
            if found is not None and not found.deleted:
                continue
            if found is not None:
                found.deleted = False
                if found.department_id != department_id:
                    found.department_id = department_id
                changed.append(found.id)
                continue
            task = Task(id=ids.new_id(), scope_id=company_id, company_id=company_id, template_key=entry.key)
            fields = to_fields(entry, department_id)
            for name in FIELD_NAMES:
                setattr(task, name, getattr(fields, name))
            session.add(task)
            changed.append(task.id)
    return changed


def get_ecrs(db: Database, task_id: str) -> EcrsData:
    with db.read() as session:
        task = session.get(Task, task_id)
        if task is None or task.deleted:
            raise NotFound(task_id)
        return EcrsData(task.ecrs_decision, task.ecrs_note, task.ecrs_saved_minutes)


def set_ecrs(db: Database, task_id: str, decision: str, note: str, saved_minutes: int) -> EcrsData:
    """Save a task's ECRS decision, note and minutes saved a month.

    The saved minutes must lie between 0 and the task's own minutes a month, and be 0 unless the
    decision changes the work (``keep`` and ``undecided`` save nothing).
    """
    check = Checker()
    check.choice("ecrs_decision", decision, inventory.ECRS)
    check.text("ecrs_note", note, 10_000)
    with db.write() as session:
        task = session.get(Task, task_id)
        if task is None or task.deleted:
            raise NotFound(task_id)
        limit = monthly_minutes(task.frequency, task.minutes_per_occurrence)
        if decision not in IMPROVEMENTS:
            limit = 0
        check.number("ecrs_saved_minutes", saved_minutes, 0, limit, required=True)
        check.raise_if_any()
        for name, value in (
            ("ecrs_decision", decision),
            ("ecrs_note", note),
            ("ecrs_saved_minutes", saved_minutes),
        ):
            if getattr(task, name) != value:
                setattr(task, name, value)
        return EcrsData(task.ecrs_decision, task.ecrs_note, task.ecrs_saved_minutes)
