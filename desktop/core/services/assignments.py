"""Assignments of workers to tasks (operator / supervisor), and the WorkerCard a company sees.

An assignment's id derives from task + worker + role (:func:`workforce.assignment_id`), so two
offline devices assigning the same person converge on one row. It lives in the company's scope, as
does the :class:`~desktop.core.models.WorkerCard` made in the same transaction: the worker's name,
kind, a skills summary and, with the worker's consent, one contact. Nothing else of the partner's
pool (private constraints, municipality, rates of other work, the other contact) is ever written
into a company's scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from desktop.core import inventory, workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.models import Assignment, Company, Skill, Task, Worker, WorkerCard, WorkerSkill
from desktop.core.validation import Checker
from desktop.core.workforce import Period

MAX_NOTE = 2_000
# The level words of the skills summary on a WorkerCard. Stored text the company reads (in the
# product's language, Japanese), not interface wording: the card is data of the company's scope.


@dataclass(frozen=True)
class AssignmentRow:
    """An assignment as lists and forms show it. ``worker_name`` comes from the company's WorkerCard
    (the pool's worker row when there is no card yet); ``period`` is None only for a malformed cell
    received from a peer."""

    id: str
    code: str
    company_id: str
    company_name: str
    task_id: str
    task_name: str
    worker_id: str
    worker_name: str
    role: str
    period: Period | None
    rate_yen: int
    planned_hours: int
    status: str
    note: str
    deleted: bool = False

    @property
    def display_code(self) -> str:
        return workforce.display_code(self.code) if len(self.code) == workforce.CODE_LENGTH else self.code


@dataclass(frozen=True)
class CardData:
    """A company's view of one worker."""

    id: str
    company_id: str
    worker_id: str
    name: str
    kind: str
    skills_summary: str
    contact: str
    deleted: bool


class TeamValidationError(ValidationError):
    """A team assignment refused: ``role`` says which member's values are wrong ("" for both)."""

    def __init__(self, role: str, errors: list[FieldError]) -> None:
        super().__init__(errors)
        self.role = role


# --- validation -------------------------------------------------------------------------------------


def _period(value: Period | str, errors: list[FieldError]) -> Period | None:
    if isinstance(value, Period):
        if value.end is not None and value.end < value.start:
            errors.append(FieldError("period", "ends_before_start"))
            return None
        return value
    text = str(value).strip()
    start_text, _sep, end_text = text.partition("/")  # "2026-04-01" alone: open end
    try:
        start = date.fromisoformat(start_text.strip())
        end = date.fromisoformat(end_text.strip()) if end_text.strip() else None
    except ValueError:
        errors.append(FieldError("period", "required" if not text else "not_a_date"))
        return None
    if end is not None and end < start:
        errors.append(FieldError("period", "ends_before_start"))
        return None
    return Period(start, end)


def _check_values(
    role: str, period: Period | str, rate_yen: int | None, planned_hours: int | None, status: str, note: str
) -> tuple[Period | None, list[FieldError]]:
    check = Checker()
    check.choice("role", role, workforce.ROLES)
    check.choice("status", status, workforce.ASSIGNMENT_STATUSES)
    if rate_yen is None:
        check.add("rate_yen", "required")
    elif rate_yen < 1:
        check.add("rate_yen", "positive")
    else:
        check.number("rate_yen", rate_yen, 1, workforce.MAX_RATE_YEN)
    if planned_hours is None:
        check.add("planned_hours", "required")
    elif planned_hours < 0:
        check.add("planned_hours", "negative")
    else:
        check.number("planned_hours", planned_hours, 0, workforce.MAX_PLANNED_HOURS)
    check.text("note", note, MAX_NOTE)
    parsed = _period(period, check.errors)
    return parsed, check.errors


def _parse_period(text: str) -> Period | None:
    try:
        return Period.parse(text)
    except ValueError:
        return None


def _overlaps_other_role(
    session: Session, task_id: str, worker_id: str, role: str, period: Period, status: str
) -> bool:
    """Whether the worker holds the other role of the same task, live and not ended, over an
    overlapping period (one person is not operator and supervisor of one task at once)."""
    if status == "ended":
        return False
    rows = session.execute(
        select(Assignment.period).where(
            Assignment.task_id == task_id,
            Assignment.worker_id == worker_id,
            Assignment.role != role,
            Assignment.deleted.is_(False),
            Assignment.status != "ended",
        )
    )
    for (text,) in rows:
        other = _parse_period(text)
        if other is None or other.overlaps(period):
            return True
    return False


# --- the worker card ----------------------------------------------------------------------------------


def skills_summary(session: Session, worker_id: str) -> str:
    """ "Excel（実務可）、簿記（指導可）": the worker's live skills a company may rely on (level 2+),
    strongest first."""
    rows = session.execute(
        select(Skill.name, WorkerSkill.level)
        .join(Skill, Skill.id == WorkerSkill.skill_id)
        .where(
            WorkerSkill.worker_id == worker_id,
            WorkerSkill.deleted.is_(False),
            Skill.deleted.is_(False),
            WorkerSkill.level >= workforce.WORKING_LEVEL,
        )
        .order_by(WorkerSkill.level.desc(), Skill.name, Skill.id)
    )
    return workforce.card_skills_summary((name, int(level)) for name, level in rows)


def card_contact(worker: Worker) -> str:
    """The one contact a company may see: email (else phone), only with the worker's consent."""
    return workforce.card_contact(worker.email, worker.phone, worker.consent_on)


def _upsert_card(session: Session, company_id: str, worker: Worker) -> None:
    """Create or refresh the company's card of ``worker`` (changed cells only); restores a tombstone."""
    card_id = workforce.worker_card_id(company_id, worker.id)
    values = {
        "name": worker.name,
        "kind": worker.kind,
        "skills_summary": skills_summary(session, worker.id),
        "contact": card_contact(worker),
    }
    card = session.get(WorkerCard, card_id)
    if card is None:
        session.add(
            WorkerCard(
                id=card_id,
                scope_id=company_id,
                company_id=company_id,
                worker_id=worker.id,
                deleted=False,
                **values,
            )
        )
        return
    for name, value in values.items():
        if getattr(card, name) != value:
            setattr(card, name, value)
    if card.deleted:
        card.deleted = False


def _live_assignments_in_company(session: Session, company_id: str, worker_id: str) -> int:
    query = (
        select(func.count())
        .select_from(Assignment)
        .join(Task, Task.id == Assignment.task_id)
        .where(
            Task.company_id == company_id, Assignment.worker_id == worker_id, Assignment.deleted.is_(False)
        )
    )
    return int(session.scalar(query) or 0)


def get_card(db: Database, company_id: str, worker_id: str) -> CardData:
    """The company's card of a worker (tombstoned ones too); :class:`NotFound` when there is none."""
    with db.read() as session:
        card = session.get(WorkerCard, workforce.worker_card_id(company_id, worker_id))
        if card is None:
            raise NotFound(worker_id)
        return CardData(
            card.id,
            card.company_id,
            card.worker_id,
            card.name,
            card.kind,
            card.skills_summary,
            card.contact,
            card.deleted,
        )


# --- writing ------------------------------------------------------------------------------------------


def _live_task(session: Session, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted:
        raise NotFound(task_id)
    company = session.get(Company, task.company_id)
    if company is None or company.deleted:
        raise NotFound(task_id)
    return task


def _pool_worker(session: Session, task: Task, worker_id: str) -> Worker | None:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.deleted:
        return None
    company = session.get(Company, task.company_id)
    if company is not None and company.partner_id and worker.partner_id != company.partner_id:
        return None  # another partner's person: not in this company's pool
    return worker


def _write(
    session: Session,
    task: Task,
    worker_id: str,
    role: str,
    period: Period | str,
    rate_yen: int | None,
    planned_hours: int | None,
    status: str,
    note: str,
) -> str:
    """Validate and write one assignment and its card in ``session``; returns the assignment id.
    Raises :class:`ValidationError` before anything is added to the session."""
    note = note.strip()
    parsed, errors = _check_values(role, period, rate_yen, planned_hours, status, note)
    worker = _pool_worker(session, task, worker_id)
    if worker is None:
        errors.append(FieldError("worker_id", "unknown"))
    elif worker.status == "left":
        errors.append(FieldError("worker_id", "invalid"))
    elif inventory.CONFIDENTIALITY.index(worker.clearance) < inventory.CONFIDENTIALITY.index(
        task.confidentiality
    ):
        # Nobody handles information above their clearance, whoever calls this.
        errors.append(FieldError("worker_id", "clearance"))
    new_id = workforce.assignment_id(task.id, worker_id, role)
    existing = session.get(Assignment, new_id)
    if parsed is not None and not any(e.field in ("role", "status") for e in errors):
        if existing is not None and not existing.deleted and existing.status != "ended":
            current = _parse_period(existing.period)
            if current is None or current.overlaps(parsed):
                errors.append(FieldError("period", "overlap"))
        if _overlaps_other_role(session, task.id, worker_id, role, parsed, status):
            errors.append(FieldError("period", "overlap"))
    if errors:
        raise ValidationError(_unique(errors))
    assert parsed is not None and worker is not None and rate_yen is not None and planned_hours is not None
    values = {
        "period": str(parsed),
        "rate_yen": rate_yen,
        "planned_hours": planned_hours,
        "status": status,
        "note": note,
    }
    if existing is None:
        session.add(
            Assignment(
                id=new_id,
                scope_id=task.company_id,
                task_id=task.id,
                worker_id=worker_id,
                role=role,
                code=workforce.short_code(new_id),
                deleted=False,
                **values,
            )
        )
    else:  # an ended (or tombstoned, or finished) assignment of the same person and role: reopen it
        for name, value in values.items():
            if getattr(existing, name) != value:
                setattr(existing, name, value)
        if existing.deleted:
            existing.deleted = False
    _upsert_card(session, task.company_id, worker)
    session.flush()
    return new_id


def _unique(errors: list[FieldError]) -> list[FieldError]:
    return list(dict.fromkeys(errors))


def assign(
    db: Database,
    task_id: str,
    worker_id: str,
    role: str,
    period: Period | str,
    rate_yen: int | None,
    planned_hours: int | None,
    status: str = "active",
    note: str = "",
) -> AssignmentRow:
    """Assign a worker of the pool to a task, and create or refresh the company's WorkerCard, in one
    transaction. Refuses (nothing written) a rate outside 1..MAX_RATE_YEN, planned hours outside
    0..MAX_PLANNED_HOURS, an unknown worker, a bad period, or a period overlapping the same person's
    live assignment of this task; an ended assignment of the same person and role is reopened."""
    with db.write() as session:
        task = _live_task(session, task_id)
        new_id = _write(session, task, worker_id, role, period, rate_yen, planned_hours, status, note)
    return get_assignment(db, new_id)


def assign_team(
    db: Database,
    task_id: str,
    operator_id: str,
    supervisor_id: str,
    period: Period | str,
    operator_rate: int | None,
    supervisor_rate: int | None,
    operator_hours: int | None,
    supervisor_hours: int | None,
    status: str = "active",
) -> tuple[AssignmentRow, AssignmentRow]:
    """Assign an operator and a supervisor to a task in one transaction (both or neither). A refusal
    is a :class:`TeamValidationError` naming the member whose values are wrong."""
    if operator_id == supervisor_id:
        raise TeamValidationError("", [FieldError("worker_id", "duplicate")])
    with db.write() as session:
        task = _live_task(session, task_id)
        ids: list[str] = []
        for role, worker_id, rate, hours in (
            ("operator", operator_id, operator_rate, operator_hours),
            ("supervisor", supervisor_id, supervisor_rate, supervisor_hours),
        ):
            try:
                ids.append(_write(session, task, worker_id, role, period, rate, hours, status, ""))
            except ValidationError as exc:
                raise TeamValidationError(role, exc.errors) from exc  # rolls back the operator too
    return get_assignment(db, ids[0]), get_assignment(db, ids[1])


def update_assignment(
    db: Database,
    assignment_id: str,
    period: Period | str,
    rate_yen: int | None,
    planned_hours: int | None,
    status: str,
    note: str = "",
) -> AssignmentRow:
    """Change an assignment's period, rate, planned hours, status or note (only changed cells are
    written), with the rules of :func:`assign`."""
    note = note.strip()
    with db.write() as session:
        row = session.get(Assignment, assignment_id)
        if row is None or row.deleted:
            raise NotFound(assignment_id)
        parsed, errors = _check_values(row.role, period, rate_yen, planned_hours, status, note)
        if (
            parsed is not None
            and status in workforce.ASSIGNMENT_STATUSES
            and _overlaps_other_role(session, row.task_id, row.worker_id, row.role, parsed, status)
        ):
            errors.append(FieldError("period", "overlap"))
        if errors:
            raise ValidationError(_unique(errors))
        assert parsed is not None
        values = {
            "period": str(parsed),
            "rate_yen": rate_yen,
            "planned_hours": planned_hours,
            "status": status,
            "note": note,
        }
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    return get_assignment(db, assignment_id)


def set_assignment_deleted(db: Database, assignment_id: str, deleted: bool) -> None:
    """Tombstone an assignment (``deleted=True``) or restore it. The company's card of the worker is
    tombstoned with the worker's last live assignment in that company, and restored with the first."""
    with db.write() as session:
        row = session.get(Assignment, assignment_id)
        if row is None:
            raise NotFound(assignment_id)
        if row.deleted != deleted:
            row.deleted = deleted
            session.flush()
        task = session.get(Task, row.task_id)
        if task is None:
            return
        company_id = task.company_id
        card = session.get(WorkerCard, workforce.worker_card_id(company_id, row.worker_id))
        if deleted:
            if (
                card is not None
                and not card.deleted
                and not _live_assignments_in_company(session, company_id, row.worker_id)
            ):
                card.deleted = True
        elif card is not None:
            if card.deleted:
                card.deleted = False
        else:
            worker = session.get(Worker, row.worker_id)
            if worker is not None and not worker.deleted:
                _upsert_card(session, company_id, worker)


def end_assignment(db: Database, assignment_id: str, today: date) -> AssignmentRow:
    """Mark an assignment ended; an open period, or one ending after ``today``, now ends ``today``
    (or on its start, for an assignment that had not started)."""
    row = get_assignment(db, assignment_id, include_deleted=False)
    period = row.period or Period(today)
    if period.end is None or period.end > today:
        period = Period(period.start, max(today, period.start))
    return update_assignment(db, assignment_id, period, row.rate_yen, row.planned_hours, "ended", row.note)


# --- reading ------------------------------------------------------------------------------------------


def _row_query() -> Select[Assignment, str, str, str, str]:
    worker_name = func.coalesce(WorkerCard.name, Worker.name, "")
    return (
        select(Assignment, Task.name, Task.company_id, Company.name, worker_name)
        .join(Task, Task.id == Assignment.task_id)
        .join(Company, Company.id == Task.company_id)
        .outerjoin(
            WorkerCard,
            and_(WorkerCard.company_id == Task.company_id, WorkerCard.worker_id == Assignment.worker_id),
        )
        .outerjoin(Worker, Worker.id == Assignment.worker_id)
    )


def _to_row(
    a: Assignment, task_name: str, company_id: str, company_name: str, worker_name: str
) -> AssignmentRow:
    return AssignmentRow(
        id=a.id,
        code=a.code,
        company_id=company_id,
        company_name=company_name,
        task_id=a.task_id,
        task_name=task_name,
        worker_id=a.worker_id,
        worker_name=worker_name,
        role=a.role,
        period=_parse_period(a.period),
        rate_yen=a.rate_yen,
        planned_hours=a.planned_hours,
        status=a.status,
        note=a.note,
        deleted=a.deleted,
    )


def _role_rank(role: str) -> int:
    return workforce.ROLES.index(role) if role in workforce.ROLES else len(workforce.ROLES)


def list_assignments(
    db: Database, company_id: str | None = None, worker_id: str | None = None, include_deleted: bool = False
) -> list[AssignmentRow]:
    """Assignments of live tasks of one company (or all), of one worker (or all), ordered by company,
    task, role and worker. Works on an owner's PC, where the names come from the WorkerCards."""
    query = _row_query().where(Task.deleted.is_(False), Company.deleted.is_(False))
    if not include_deleted:
        query = query.where(Assignment.deleted.is_(False))
    if company_id is not None:
        query = query.where(Task.company_id == company_id)
    if worker_id is not None:
        query = query.where(Assignment.worker_id == worker_id)
    with db.read() as session:
        rows = [_to_row(*r) for r in session.execute(query)]
    rows.sort(key=lambda r: (r.company_name, r.task_name, _role_rank(r.role), r.worker_name, r.id))
    return rows


def get_assignment(db: Database, assignment_id: str, include_deleted: bool = True) -> AssignmentRow:
    """One assignment (tombstoned too, unless ``include_deleted`` is False); :class:`NotFound` else."""
    with db.read() as session:
        found = session.execute(_row_query().where(Assignment.id == assignment_id)).first()
    if found is None or (found[0].deleted and not include_deleted):
        raise NotFound(assignment_id)
    return _to_row(*found)


def find_by_code(db: Database, text: str) -> AssignmentRow:
    """The live assignment whose short code is ``text`` as typed or scanned (any case, full-width,
    hyphens or spaces). A malformed or unknown code is a ValidationError on the field "code"."""
    code = workforce.normalise_code(text)
    unknown = ValidationError([FieldError("code", "unknown_code")])
    if code is None:
        raise unknown
    query = (
        _row_query()
        .where(Assignment.code == code, Assignment.deleted.is_(False), Task.deleted.is_(False))
        .order_by(Assignment.id)
    )
    with db.read() as session:
        found = session.execute(query.limit(1)).first()
    if found is None:
        raise unknown
    return _to_row(*found)
