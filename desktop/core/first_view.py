"""The window's first view, read with the standard library's sqlite3 alone.

Importing SQLAlchemy and the mapped models costs several times what a bare Qt window takes to
appear. So that the owner sees their companies and task list at once, the app reads exactly
what the first screen shows (the companies, the first company's live tasks) through a read-only
sqlite3 connection while the full stack loads in the background; the window becomes fully
editable when the database is open.

Only a database at this app's schema revision is read here: an older file needs its migration
(with a backup before it) first, a damaged or foreign file is the full open's business, and in
every such case :func:`read_first_view` answers ``None`` and the window waits for the full open.
The rows match ``services.tasks.list_tasks`` exactly (a test compares both on the same data).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.revision import HEAD_REVISION
from desktop.core.task_rows import FIELD_NAMES, TaskFields, TaskRow


@dataclass(frozen=True)
class CompanyName:
    id: str
    name: str


@dataclass(frozen=True)
class FirstView:
    """What the first screen shows: every live company, and one company's live tasks."""

    companies: list[CompanyName]
    company_id: str  # "" when there is no company yet
    tasks: list[TaskRow]


_BOOL_FIELDS = frozenset({"personal_data", "single_person"})
_JSON_FIELDS = frozenset({"suitability_override"})

_COMPANIES = "SELECT id, name FROM company WHERE deleted = 0 ORDER BY name, id"
_TASKS = (
    "SELECT t.id, t.company_id, c.name, d.name, t.deleted, "
    + ", ".join(f"t.{name}" for name in FIELD_NAMES)
    + " FROM task AS t JOIN company AS c ON c.id = t.company_id"
    " LEFT OUTER JOIN department AS d ON d.id = t.department_id AND d.deleted = 0"
    " WHERE t.deleted = 0 AND c.deleted = 0 AND t.company_id = ?"
    " ORDER BY c.name, t.name, t.id"
)


def read_first_view(path: Path, company_id: str = "") -> FirstView | None:
    """The first view of the database at ``path`` (``company_id``, or the first company by name),
    or ``None`` when it cannot be read this way (missing, older schema, damaged, locked)."""
    if not Path(path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != HEAD_REVISION:
            return None
        companies = [CompanyName(str(i), str(n)) for i, n in conn.execute(_COMPANIES)]
        known = {c.id for c in companies}
        chosen = company_id if company_id in known else (companies[0].id if companies else "")
        tasks = [_task(r) for r in conn.execute(_TASKS, (chosen,))] if chosen else []
        return FirstView(companies, chosen, tasks)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _task(row: tuple[Any, ...]) -> TaskRow:
    task_id, company_id, company_name, department_name, deleted = row[:5]
    values: dict[str, Any] = {}
    for name, value in zip(FIELD_NAMES, row[5:], strict=True):
        if name in _BOOL_FIELDS:
            value = bool(value)
        elif name in _JSON_FIELDS:
            value = None if value is None else json.loads(value)
        values[name] = value
    return TaskRow(
        id=task_id,
        company_id=company_id,
        company_name=company_name,
        department_name=department_name or "",
        fields=TaskFields(**values),
        deleted=bool(deleted),
    )
