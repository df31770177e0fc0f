"""Writing a clean import preview: every task and new area of work in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import ids
from desktop.core.backup import make_backup
from desktop.core.db import Database
from desktop.core.errors import Cancelled, NotFound
from desktop.core.io.common import ImportFileError, normalise
from desktop.core.io.preview import ImportPreview, Progress, RowPreview
from desktop.core.models import Company, Department, Task
from desktop.core.services.tasks import FIELD_NAMES, validate_task


@dataclass(frozen=True)
class ImportResult:
    """What :func:`commit` wrote: tasks and areas of work created, duplicate rows left out."""

    tasks: int
    departments: int
    skipped: int


def commit(
    db: Database,
    company_id: str,
    preview: ImportPreview,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the rows of ``preview`` into the company, all or nothing.

    Raises :class:`ImportFileError` ``has_errors`` (and writes nothing) when the preview has an
    error; a cancel or any failure part way rolls the whole import back.
    """
    if preview.company_id != company_id:
        raise ValueError("the preview was made for another company")
    if preview.has_errors:
        raise ImportFileError("has_errors")
    rows = preview.rows_to_import()
    for row in rows:
        validate_task(row.fields)
    make_backup(db.path, "before-import")  # whatever the file held, it can be had back
    created = 0
    with db.write() as session:
        company = session.get(Company, company_id)
        if company is None or company.deleted:
            raise NotFound(company_id)
        departments = _DepartmentIndex(session, company_id)
        for done, row in enumerate(rows):
            if done % 200 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, len(rows))
            _insert_task(session, company_id, row, departments.id_for(row.department))
            created += 1
        session.flush()
    if progress is not None:
        progress(len(rows), len(rows))
    return ImportResult(created, departments.created, len(preview.rows) - len(rows))


class _DepartmentIndex:
    """The company's live areas of work by normalised name; missing ones are created on demand."""

    def __init__(self, session: Session, company_id: str) -> None:
        self.session = session
        self.company_id = company_id
        live = session.scalars(
            select(Department).where(Department.company_id == company_id, Department.deleted.is_(False))
        )
        self.ids = {normalise(d.name): d.id for d in live}
        last = session.scalar(
            select(func.max(Department.position)).where(Department.company_id == company_id)
        )
        self.position = last or 0
        self.created = 0

    def id_for(self, name: str) -> str | None:
        if not name:
            return None
        key = normalise(name)
        if key not in self.ids:
            self.position += 1
            row = Department(
                id=ids.new_id(),
                scope_id=self.company_id,
                company_id=self.company_id,
                name=name.strip(),
                position=self.position,
            )
            self.session.add(row)
            self.session.flush()  # before the tasks that point at it (foreign keys are on)
            self.ids[key] = row.id
            self.created += 1
        return self.ids[key]


def _insert_task(session: Session, company_id: str, row: RowPreview, department_id: str | None) -> None:
    task = Task(id=ids.new_id(), scope_id=company_id, company_id=company_id, deleted=False)
    for name in FIELD_NAMES:
        setattr(task, name, getattr(row.fields, name))
    task.department_id = department_id
    session.add(task)
