"""The guided inventory's core: progress, steps, templates picked once, ECRS, procedure steps."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.core.db import Database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import OutboxChange
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    create_department,
    list_departments,
    set_department_deleted,
)
from desktop.core.services.inventory import (
    STEPS,
    add_from_templates,
    ensure_department,
    get_ecrs,
    list_inventory_tasks,
    missing_details,
    monthly_minutes,
    progress,
    set_ecrs,
    set_step,
)
from desktop.core.services.tasks import (
    TaskFields,
    add_step,
    create_task,
    get_task,
    list_steps,
    list_tasks,
    move_step,
    set_step_deleted,
    set_task_deleted,
    update_step,
    update_task,
)
from desktop.core.templates import library


@pytest.fixture
def company_id(db: Database) -> str:
    return create_company(db, CompanyData(name="テスト茶園")).id


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.value.errors}


def test_a_new_company_starts_at_the_profile_step(db: Database, company_id: str) -> None:
    state = progress(db, company_id)
    assert (state.step, state.step_number) == ("profile", 1)
    assert (state.areas, state.tasks, state.complete_tasks, state.decided_tasks) == (0, 0, 0, 0)
    assert state.monthly_hours == 0 and state.ecrs_saved_hours == 0


def test_set_step_is_validated_and_resumed(db: Database, company_id: str) -> None:
    for step in STEPS:
        set_step(db, company_id, step)
        assert progress(db, company_id).step == step
    assert progress(db, company_id).step_number == 6
    with pytest.raises(ValidationError) as info:
        set_step(db, company_id, "somewhere")
    assert codes(info) == {("inventory_step", "invalid")}
    with pytest.raises(NotFound):
        set_step(db, "no-company", "areas")


def test_templates_are_added_once_in_one_transaction(db: Database, company_id: str) -> None:
    dept = create_department(db, company_id, "経理・会計")
    keys = ["acct_sales_entry", "acct_invoice_issue", "acct_sales_entry"]
    added = add_from_templates(db, company_id, dept.id, keys)
    assert len(added) == 2
    assert add_from_templates(db, company_id, dept.id, keys) == []  # picking twice adds nothing
    tasks = list_inventory_tasks(db, company_id)
    assert {t.template_key for t in tasks} == {"acct_sales_entry", "acct_invoice_issue"}
    entry = library().get("acct_invoice_issue")
    invoice = next(t for t in tasks if t.template_key == "acct_invoice_issue")
    assert invoice.row.fields.name == entry.name
    assert invoice.row.fields.frequency == entry.frequency
    assert invoice.row.fields.department_id == dept.id
    assert invoice.missing == ("performer",)
    # An unknown key writes nothing at all.
    with pytest.raises(NotFound):
        add_from_templates(db, company_id, dept.id, ["acct_cash_count", "no_such_key"])
    assert len(list_tasks(db, company_id)) == 2


def test_a_removed_template_task_comes_back_with_its_details(db: Database, company_id: str) -> None:
    first = create_department(db, company_id, "経理・会計")
    second = create_department(db, company_id, "事務全般")
    (task_id,) = add_from_templates(db, company_id, first.id, ["acct_sales_entry"])
    update_task(db, task_id, replace(get_task(db, task_id).fields, performer="専務"))
    set_task_deleted(db, task_id, True)
    assert add_from_templates(db, company_id, second.id, ["acct_sales_entry"]) == [task_id]
    row = get_task(db, task_id)
    assert (row.deleted, row.fields.performer, row.fields.department_id) == (False, "専務", second.id)


def test_add_from_templates_checks_company_and_area(db: Database, company_id: str) -> None:
    other = create_company(db, CompanyData(name="別の会社"))
    foreign = create_department(db, other.id, "経理・会計")
    with pytest.raises(NotFound):
        add_from_templates(db, company_id, foreign.id, ["acct_sales_entry"])
    dept = create_department(db, company_id, "経理・会計")
    set_department_deleted(db, dept.id, True)
    with pytest.raises(NotFound):
        add_from_templates(db, company_id, dept.id, ["acct_sales_entry"])


def test_adding_forty_templates_is_quick(db: Database, company_id: str) -> None:
    dept = create_department(db, company_id, "いろいろ")
    keys = [t.key for t in library().templates[:40]]
    start = time.perf_counter()
    assert len(add_from_templates(db, company_id, dept.id, keys)) == 40
    assert time.perf_counter() - start < 1.0  # about 30 ms on a laptop; generous for slow CI


def test_ensure_department_restores_instead_of_duplicating(db: Database, company_id: str) -> None:
    made = ensure_department(db, company_id, " 観光・予約 ")
    assert made.name == "観光・予約"
    assert ensure_department(db, company_id, "観光・予約").id == made.id
    set_department_deleted(db, made.id, True)
    assert ensure_department(db, company_id, "観光・予約").id == made.id
    assert [d.name for d in list_departments(db, company_id)] == ["観光・予約"]
    with pytest.raises(ValidationError):
        ensure_department(db, company_id, "  ")


def test_progress_counts_details_decisions_and_savings(db: Database, company_id: str) -> None:
    dept = create_department(db, company_id, "経理・会計")
    create_department(db, company_id, "事務全般")
    weekly = create_task(
        db,
        company_id,
        TaskFields(name="記帳", department_id=dept.id, frequency="1/week", minutes_per_occurrence=60),
    )
    daily = create_task(
        db,
        company_id,
        TaskFields(name="日報", frequency="1/day", minutes_per_occurrence=15, performer="社長"),
    )
    assert missing_details(weekly) == ("performer",)
    assert missing_details(daily) == ()
    set_ecrs(db, weekly.id, "simplify", "CSVを取り込む", 120)
    set_ecrs(db, daily.id, "keep", "", 0)
    state = progress(db, company_id)
    assert (state.areas, state.tasks, state.complete_tasks, state.incomplete_tasks) == (2, 2, 1, 1)
    assert state.decided_tasks == 2
    assert state.monthly_hours == pytest.approx(52 / 12 + 5)
    assert state.ecrs_saved_minutes == 120 and state.ecrs_saved_hours == 2
    # Savings never count for more than the task takes, even after its time was shortened.
    current = get_task(db, weekly.id).fields  # TaskFields carries the saved minutes too
    update_task(db, weekly.id, replace(current, minutes_per_occurrence=10, ecrs_decision="simplify"))
    assert progress(db, company_id).ecrs_saved_minutes == monthly_minutes("1/week", 10) == 43


def test_set_ecrs_validates_the_saved_minutes(db: Database, company_id: str) -> None:
    task = create_task(
        db, company_id, TaskFields(name="請求書", frequency="1/month", minutes_per_occurrence=60)
    )
    assert set_ecrs(db, task.id, "eliminate", "", 60).saved_minutes == 60
    with pytest.raises(ValidationError) as info:
        set_ecrs(db, task.id, "combine", "", 61)
    assert codes(info) == {("ecrs_saved_minutes", "out_of_range")}
    with pytest.raises(ValidationError) as info:
        set_ecrs(db, task.id, "keep", "", 10)  # keeping the task as it is saves nothing
    assert codes(info) == {("ecrs_saved_minutes", "out_of_range")}
    with pytest.raises(ValidationError) as info:
        set_ecrs(db, task.id, "later", "x" * 10_001, -1)
    assert codes(info) == {
        ("ecrs_decision", "invalid"),
        ("ecrs_note", "too_long"),
        ("ecrs_saved_minutes", "out_of_range"),
    }
    assert get_ecrs(db, task.id).decision == "eliminate"  # nothing refused was written
    assert get_task(db, task.id).fields.ecrs_decision == "eliminate"
    set_task_deleted(db, task.id, True)
    with pytest.raises(NotFound):
        set_ecrs(db, task.id, "keep", "", 0)


def test_tasks_are_listed_in_area_order(db: Database, company_id: str) -> None:
    second = create_department(db, company_id, "B")
    first = create_department(db, company_id, "A")
    create_task(db, company_id, TaskFields(name="あ", department_id=first.id))
    create_task(db, company_id, TaskFields(name="い"))
    create_task(db, company_id, TaskFields(name="う", department_id=second.id))
    assert [t.row.fields.name for t in list_inventory_tasks(db, company_id)] == ["う", "あ", "い"]


def test_procedure_steps_edit_move_and_delete(db: Database, company_id: str) -> None:
    task = create_task(db, company_id, TaskFields(name="請求書"))
    a, b, c = (add_step(db, task.id, text) for text in ("開く", "入力する", "送る"))
    texts = lambda: [s.text for s in list_steps(db, task.id)]  # noqa: E731
    updated = update_step(db, b.id, " 金額を入力する ", True)
    assert (updated.text, updated.internal_only) == ("金額を入力する", True)
    assert [s.text for s in list_steps(db, task.id, shareable_only=True)] == ["開く", "送る"]
    assert [s.text for s in move_step(db, c.id, -1)] == ["開く", "送る", "金額を入力する"]
    move_step(db, a.id, +5)  # clamped at the end
    assert texts() == ["送る", "金額を入力する", "開く"]
    move_step(db, a.id, -10)
    assert texts() == ["開く", "送る", "金額を入力する"]
    set_step_deleted(db, c.id, True)
    assert texts() == ["開く", "金額を入力する"]
    set_step_deleted(db, c.id, False)
    assert texts() == ["開く", "送る", "金額を入力する"]
    with pytest.raises(ValidationError):
        update_step(db, a.id, "  ", False)
    set_step_deleted(db, a.id, True)
    with pytest.raises(NotFound):
        move_step(db, a.id, 1)
    with pytest.raises(NotFound):
        set_step_deleted(db, "no-step", True)


def test_a_step_move_writes_only_the_moved_positions(db: Database, company_id: str) -> None:
    task = create_task(db, company_id, TaskFields(name="請求書"))
    steps = [add_step(db, task.id, f"手順{i}") for i in range(5)]
    with db.read() as session:
        before = session.scalar(select(func.max(OutboxChange.device_seq))) or 0
    move_step(db, steps[3].id, -1)
    with db.read() as session:
        query = select(OutboxChange.row_id, OutboxChange.col).where(OutboxChange.device_seq > before)
        written = {(row_id, col) for row_id, col in session.execute(query)}
    assert written == {(steps[2].id, "position"), (steps[3].id, "position")}
    assert [s.text for s in list_steps(db, task.id)] == ["手順0", "手順1", "手順3", "手順2", "手順4"]
