"""Tasks of the workflow inventory (業務棚卸し) and their procedure steps."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core import ids, inventory
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.inventory import Frequency
from desktop.core.models import Company, Department, Task, TaskStep
from desktop.core.task_rows import FIELD_NAMES as FIELD_NAMES
from desktop.core.task_rows import TaskFields as TaskFields
from desktop.core.task_rows import TaskRow as TaskRow
from desktop.core.validation import Checker


@dataclass(frozen=True)
class StepData:
    id: str
    task_id: str
    position: int
    text: str
    internal_only: bool


def validate_task(data: TaskFields) -> None:
    """Raise :class:`ValidationError` listing every invalid field of ``data``."""
    check = Checker()
    check.text("name", data.name, 200, required=True)
    check.text("description", data.description, 10_000)
    # 0 means "not known yet": a draft is kept, and the suitability results flag it as incomplete.
    check.number("minutes_per_occurrence", data.minutes_per_occurrence, 0, inventory.MAX_MINUTES, True)
    try:
        problem = Frequency.parse(data.frequency).error(data.minutes_per_occurrence)
    except ValueError:
        problem = "invalid"
    if problem:
        check.add("frequency", problem)
    check.text("performer", data.performer, 100)
    check.text("skills", data.skills, 2_000)
    check.text("tools", data.tools, 2_000)
    check.choice("medium", data.medium, inventory.MEDIUMS)
    check.choice("onsite", data.onsite, inventory.ONSITE)
    check.choice("confidentiality", data.confidentiality, inventory.CONFIDENTIALITY)
    check.choice("documented", data.documented, inventory.DOCUMENTED)
    check.choice("seasonality", data.seasonality, inventory.SEASONALITY)
    check.choice("deadline", data.deadline, inventory.DEADLINES)
    check.choice("ecrs_decision", data.ecrs_decision, inventory.ECRS)
    check.text("ecrs_note", data.ecrs_note, 10_000)
    check.number("ecrs_saved_minutes", data.ecrs_saved_minutes, 0, inventory.UNIT_MINUTES["month"])
    check.text("template_key", data.template_key, 60)
    check.choice("status", data.status, inventory.STATUSES)
    check.text("note", data.note, 10_000)
    override = data.suitability_override
    if override is not None:
        if override.get("category") not in inventory.SUITABILITY_CATEGORIES:
            check.add("suitability_override", "invalid")
        elif not str(override.get("reason", "")).strip():
            check.add("suitability_override", "reason_required")
    check.raise_if_any()


def _normalised(data: TaskFields) -> TaskFields:
    stripped = {n: getattr(data, n).strip() for n in ("name", "performer", "skills", "tools")}
    return replace(data, **stripped)


def _check_department(session: Session, company_id: str, department_id: str | None) -> None:
    if department_id is None:
        return
    dept = session.get(Department, department_id)
    if dept is None or dept.deleted or dept.company_id != company_id:
        raise NotFound(department_id)


_ROW_QUERY = (
    select(Task, Company.name, Department.name)
    .join(Company, Company.id == Task.company_id)
    .outerjoin(Department, and_(Department.id == Task.department_id, Department.deleted.is_(False)))
)


def _row(task: Task, company_name: str, department_name: str | None) -> TaskRow:
    return TaskRow(
        id=task.id,
        company_id=task.company_id,
        company_name=company_name,
        department_name=department_name or "",
        fields=TaskFields(**{n: getattr(task, n) for n in FIELD_NAMES}),
        deleted=task.deleted,
    )


def list_tasks(db: Database, company_id: str | None = None) -> list[TaskRow]:
    """Live tasks of one company (or of all companies when ``company_id`` is None)."""
    query = _ROW_QUERY.where(Task.deleted.is_(False), Company.deleted.is_(False))
    if company_id is not None:
        query = query.where(Task.company_id == company_id)
    with db.read() as session:
        return [_row(*r) for r in session.execute(query.order_by(Company.name, Task.name, Task.id))]


def get_task(db: Database, task_id: str) -> TaskRow:
    with db.read() as session:
        found = session.execute(_ROW_QUERY.where(Task.id == task_id)).first()
        if found is None:
            raise NotFound(task_id)
        return _row(*found)


def create_task(db: Database, company_id: str, data: TaskFields, task_id: str | None = None) -> TaskRow:
    """Add a task to a company's inventory."""
    data = _normalised(data)
    validate_task(data)
    new_id = task_id or ids.new_id()
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is None or company.deleted:
            raise NotFound(company_id)
        _check_department(session, company_id, data.department_id)
        task = Task(id=new_id, scope_id=company_id, company_id=company_id, deleted=False)
        for name in FIELD_NAMES:
            setattr(task, name, getattr(data, name))
        session.add(task)
    return get_task(db, new_id)


def update_task(db: Database, task_id: str, data: TaskFields) -> TaskRow:
    """Save a task; only the fields that changed are written (and become sync changes)."""
    data = _normalised(data)
    validate_task(data)
    with db.write() as session:
        task = session.get(Task, task_id)
        if task is None or task.deleted:
            raise NotFound(task_id)
        _check_department(session, task.company_id, data.department_id)
        for name in FIELD_NAMES:
            if getattr(task, name) != getattr(data, name):
                setattr(task, name, getattr(data, name))
    return get_task(db, task_id)


def set_task_deleted(db: Database, task_id: str, deleted: bool) -> None:
    """Tombstone a task (``deleted=True``) or restore it; nothing is ever erased."""
    with db.write() as session:
        task = session.get(Task, task_id)
        if task is None:
            raise NotFound(task_id)
        if task.deleted != deleted:
            task.deleted = deleted


def list_steps(db: Database, task_id: str, shareable_only: bool = False) -> list[StepData]:
    """A task's live procedure steps in order; ``shareable_only`` drops internal-only steps."""
    query = select(TaskStep).where(TaskStep.task_id == task_id, TaskStep.deleted.is_(False))
    if shareable_only:
        query = query.where(TaskStep.internal_only.is_(False))
    with db.read() as session:
        return [
            StepData(s.id, s.task_id, s.position, s.text, s.internal_only)
            for s in session.scalars(query.order_by(TaskStep.position, TaskStep.id))
        ]


def add_step(db: Database, task_id: str, text: str, internal_only: bool = False) -> StepData:
    """Append a procedure step."""
    check = Checker()
    check.text("text", text, 5_000, required=True)
    check.raise_if_any()
    with db.write() as session:
        task = session.get(Task, task_id)
        if task is None or task.deleted:
            raise NotFound(task_id)
        positions = session.scalars(select(TaskStep.position).where(TaskStep.task_id == task_id)).all()
        step = TaskStep(
            id=ids.new_id(),
            scope_id=task.scope_id,
            task_id=task_id,
            position=max(positions, default=-1) + 1,
            text=text.strip(),
            internal_only=internal_only,
        )
        session.add(step)
        session.flush()
        return StepData(step.id, step.task_id, step.position, step.text, step.internal_only)


def _live_step(session: Session, step_id: str) -> TaskStep:
    step = session.get(TaskStep, step_id)
    if step is None or step.deleted:
        raise NotFound(step_id)
    return step


def _step_data(step: TaskStep) -> StepData:
    return StepData(step.id, step.task_id, step.position, step.text, step.internal_only)


def update_step(db: Database, step_id: str, text: str, internal_only: bool) -> StepData:
    """Change a procedure step's text and its internal-only flag (社内のみ)."""
    check = Checker()
    check.text("text", text, 5_000, required=True)
    check.raise_if_any()
    with db.write() as session:
        step = _live_step(session, step_id)
        if step.text != text.strip():
            step.text = text.strip()
        if step.internal_only != internal_only:
            step.internal_only = internal_only
        session.flush()
        return _step_data(step)


def move_step(db: Database, step_id: str, offset: int) -> list[StepData]:
    """Move a step ``offset`` places up (negative) or down among its task's live steps, clamped at
    the ends; returns the task's steps in their new order. Only moved steps' positions are written."""
    with db.write() as session:
        moved = _live_step(session, step_id)
        query = select(TaskStep).where(TaskStep.task_id == moved.task_id, TaskStep.deleted.is_(False))
        steps = list(session.scalars(query.order_by(TaskStep.position, TaskStep.id)))
        old = steps.index(moved)
        steps.insert(max(0, min(len(steps) - 1, old + offset)), steps.pop(old))
        # Renumber in place, keeping the lowest position the task used, so positions stay distinct
        # even after concurrent edits left two steps sharing one.
        start = min((s.position for s in steps), default=0)
        for position, step in enumerate(steps, start):
            if step.position != position:
                step.position = position
        session.flush()
        return [_step_data(s) for s in steps]


def set_step_deleted(db: Database, step_id: str, deleted: bool) -> None:
    """Tombstone a procedure step (``deleted=True``) or restore it in its old place."""
    with db.write() as session:
        step = session.get(TaskStep, step_id)
        if step is None:
            raise NotFound(step_id)
        if step.deleted != deleted:
            step.deleted = deleted
