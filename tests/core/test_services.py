"""Core validation refuses bad input for every caller, with codes the GUI turns into words."""

from __future__ import annotations

import pytest

from desktop.core.db import Database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.inventory import Frequency, monthly_hours
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    create_department,
    list_companies,
    list_departments,
    set_department_deleted,
    update_company,
)
from desktop.core.services.tasks import (
    TaskFields,
    add_step,
    create_task,
    get_task,
    list_steps,
    list_tasks,
    set_task_deleted,
)


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.value.errors}


def test_company_validation_collects_every_error(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        create_company(db, CompanyData(name="  ", employees=-1, email="abc", phone="電話"))
    assert codes(info) == {
        ("name", "required"),
        ("employees", "out_of_range"),
        ("email", "invalid"),
        ("phone", "invalid"),
    }
    assert list_companies(db) == []


def test_company_update_round_trip(db: Database) -> None:
    company = create_company(db, CompanyData(name=" 山里茶園 ", municipality="川根本町"))
    assert company.name == "山里茶園"
    updated = update_company(db, CompanyData(**{**company.__dict__, "employees": 12}))
    assert updated.employees == 12


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (TaskFields(name=""), {("name", "required")}),
        (TaskFields(name="x", minutes_per_occurrence=-5), {("minutes_per_occurrence", "out_of_range")}),
        (TaskFields(name="x", frequency="100/day", minutes_per_occurrence=60), {("frequency", "impossible")}),
        (TaskFields(name="x", frequency="0/week"), {("frequency", "out_of_range")}),
        (TaskFields(name="x", frequency="often"), {("frequency", "invalid")}),
        (TaskFields(name="x", medium="papyrus"), {("medium", "invalid")}),
        (
            TaskFields(name="x", suitability_override={"category": "suitable", "reason": " "}),
            {("suitability_override", "reason_required")},
        ),
    ],
)
def test_task_validation(db: Database, fields: TaskFields, expected: set[tuple[str, str]]) -> None:
    company = create_company(db, CompanyData(name="会社"))
    with pytest.raises(ValidationError) as info:
        create_task(db, company.id, fields)
    assert codes(info) == expected
    assert list_tasks(db) == []


def test_monthly_hours() -> None:
    assert monthly_hours(Frequency.parse("1/day"), 30) == pytest.approx(10.0)  # 20 working days
    assert monthly_hours(Frequency.parse("2/week"), 60) == pytest.approx(52 / 12 * 2)
    assert monthly_hours(Frequency.parse("4/year"), 180) == pytest.approx(1.0)


def test_department_must_belong_to_the_company(db: Database) -> None:
    a = create_company(db, CompanyData(name="A"))
    b = create_company(db, CompanyData(name="B"))
    dept_b = create_department(db, b.id, "経理")
    with pytest.raises(NotFound):
        create_task(db, a.id, TaskFields(name="x", department_id=dept_b.id))


def test_deleted_department_hides_but_keeps_tasks(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    dept = create_department(db, company.id, "経理")
    task = create_task(db, company.id, TaskFields(name="記帳", department_id=dept.id))
    assert task.department_name == "経理"
    set_department_deleted(db, dept.id, True)
    assert list_departments(db, company.id) == []
    assert get_task(db, task.id).department_name == ""


def test_tombstoned_task_leaves_lists_and_restores(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="記帳"))
    set_task_deleted(db, task.id, True)
    assert list_tasks(db, company.id) == []
    assert list_companies(db)[0].task_count == 0
    set_task_deleted(db, task.id, False)
    assert [t.id for t in list_tasks(db, company.id)] == [task.id]


def test_steps_keep_order_and_internal_flag(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="振込"))
    add_step(db, task.id, "請求書を確認する")
    add_step(db, task.id, "ネットバンキングの暗証番号を入力", internal_only=True)
    add_step(db, task.id, "控えをファイルする")
    assert [s.text for s in list_steps(db, task.id)] == [
        "請求書を確認する",
        "ネットバンキングの暗証番号を入力",
        "控えをファイルする",
    ]
    assert [s.text for s in list_steps(db, task.id, shareable_only=True)] == [
        "請求書を確認する",
        "控えをファイルする",
    ]
    with pytest.raises(ValidationError):
        add_step(db, task.id, "   ")
