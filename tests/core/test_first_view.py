"""The first view (sqlite3 only) shows exactly what the database layer would."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from desktop.core import demo
from desktop.core.db import Database
from desktop.core.first_view import read_first_view
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    create_department,
    list_companies,
    set_department_deleted,
)
from desktop.core.services.tasks import TaskFields, create_task, list_tasks, set_task_deleted


def _varied(db: Database) -> str:
    """A company whose tasks use every kind of field: a deleted task, a deleted area, an override."""
    company = create_company(db, CompanyData(name="あおば製作所"))
    kept = create_department(db, company.id, "経理")
    gone = create_department(db, company.id, "総務")
    override = {"category": "suitable", "reason": "社長の判断"}
    base = TaskFields(name="請求書の発行", department_id=kept.id, single_person=True, personal_data=True)
    create_task(db, company.id, base)
    create_task(db, company.id, replace(base, name="給与計算", suitability_override=override))
    create_task(db, company.id, replace(base, name="郵便の仕分け", department_id=gone.id))
    deleted = create_task(db, company.id, replace(base, name="消した作業"))
    set_task_deleted(db, deleted.id, True)
    set_department_deleted(db, gone.id, True)
    return company.id


def test_the_first_view_equals_the_database_layer(db: Database) -> None:
    demo.load_small(db)
    company_id = _varied(db)
    names = [c.name for c in list_companies(db)]
    first = read_first_view(db.path)
    assert first is not None
    assert [c.name for c in first.companies] == names and len(names) >= 2
    assert first.company_id == list_companies(db)[0].id
    assert first.tasks == list_tasks(db, first.company_id) and first.tasks
    chosen = read_first_view(db.path, company_id)
    assert chosen is not None and chosen.company_id == company_id
    assert chosen.tasks == list_tasks(db, company_id)
    assert {t.fields.name for t in chosen.tasks} == {"請求書の発行", "給与計算", "郵便の仕分け"}
    moved = next(t for t in chosen.tasks if t.fields.name == "郵便の仕分け")
    assert moved.department_name == ""  # its area was deleted, as the task list shows it
    assert next(t for t in chosen.tasks if t.fields.suitability_override).fields.suitability_override == {
        "category": "suitable",
        "reason": "社長の判断",
    }


def test_an_unknown_company_falls_back_to_the_first(db: Database) -> None:
    demo.load_small(db)
    first = read_first_view(db.path, "no-such-company")
    assert first is not None and first.company_id == list_companies(db)[0].id


def test_an_empty_database_has_no_company(db: Database) -> None:
    first = read_first_view(db.path)
    assert first is not None and first.companies == [] and first.company_id == "" and first.tasks == []


def test_files_it_cannot_read_give_none_and_stay_untouched(tmp_path: Path, db: Database) -> None:
    assert read_first_view(tmp_path / "missing.sqlite3") is None
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    assert read_first_view(photo) is None
    assert photo.read_bytes() == b"\xff\xd8\xff\xe0 jpeg"
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    assert read_first_view(other) is None
    # An older schema waits for its migration (and the backup before it) in the full open.
    db.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    assert read_first_view(db.path) is None


def test_the_first_window_imports_no_database_layer() -> None:
    """The window's first step must not pay for SQLAlchemy, Alembic or reportlab."""
    code = (
        "import sys, desktop.gui.app, desktop.cli;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
