"""The guided inventory driven end to end on a fresh database, and how it resumes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.services.companies import get_company, list_departments
from desktop.core.services.inventory import (
    EcrsData,
    get_ecrs,
    list_inventory_tasks,
    monthly_minutes,
    progress,
)
from desktop.core.services.tasks import list_steps
from desktop.core.templates import library
from desktop.gui.context import AppContext
from desktop.gui.settings import Settings
from desktop.gui.wizard import InventoryWizardPage
from desktop.gui.wizard.details_model import COUNT, MINUTES, PERFORMER, UNIT

ACCOUNTING, FARMING = "経理・会計", "農業・生産"


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> InventoryWizardPage:
    widget = InventoryWizardPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def next_step(page: InventoryWizardPage, qtbot: QtBot, expected: str) -> None:
    with qtbot.waitSignal(page.sig_step_changed) as blocker:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [expected]


def numbers(text: str) -> list[str]:
    """The numbers in a text, whatever words the translation puts around them."""
    return re.findall(r"\d+(?:\.\d+)?", text)


def ime_commit(widget: QWidget, text: str) -> None:
    """Enter ``text`` as a Japanese input method does: one committed string (QTest types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` and press Enter, as a user finishing a field does."""
    widget.setFocus()
    ime_commit(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def fill_profile(page: InventoryWizardPage, qtbot: QtBot) -> None:
    step = page.profile
    type_into(qtbot, step.inputs["name"], "山里茶園")
    type_into(qtbot, step.inputs["municipality"], "川根本町")
    type_into(qtbot, step.inputs["industry"], "茶の栽培・直売所")
    type_into(qtbot, step.inputs["employees"], "１２")  # full-width digits, as a Japanese IME types them
    type_into(qtbot, step.inputs["hourly_cost_yen"], "1,800")


def tick(page: InventoryWizardPage, area: str, count: int) -> list[str]:
    """Tick the first ``count`` typical tasks of ``area``; returns their names."""
    page.tasks.select_area(area)
    items = [i for i in page.tasks.items() if i.data(0, Qt.ItemDataRole.UserRole)[0] == "template"]
    for item in items[:count]:
        item.setCheckState(0, Qt.CheckState.Checked)
    return [item.text(0) for item in items[:count]]


def test_the_whole_inventory_end_to_end(page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot) -> None:
    db = ctx.db
    assert page.current_step() == "profile" and numbers(page.position_label.text()) == ["1", "6"]
    assert not page.back_button.isEnabled()

    # 1. Profile: the company is created by typing its name; every field is saved when left.
    fill_profile(page, qtbot)
    company_id = ctx.company_id
    assert company_id
    company = get_company(db, company_id)
    assert (company.name, company.municipality, company.employees, company.hourly_cost_yen) == (
        "山里茶園",
        "川根本町",
        12,
        1800,
    )
    next_step(page, qtbot, "areas")
    assert progress(db, company_id).step == "areas"

    # 2. Areas: nothing ticked at first; two are picked.
    assert not any(box.isChecked() for box in page.areas.boxes.values())
    page.areas.boxes[ACCOUNTING].click()
    page.areas.boxes[FARMING].click()
    assert [d.name for d in list_departments(db, company_id)] == [ACCOUNTING, FARMING]
    next_step(page, qtbot, "tasks")

    # 3. Tasks: 5 typical tasks in two areas and one of the company's own.
    picked = tick(page, ACCOUNTING, 3) + tick(page, FARMING, 2)
    page.tasks.select_area(FARMING)
    ime_commit(page.tasks.own_name, "直売所の棚の補充")
    qtbot.mouseClick(page.tasks.own_button, Qt.MouseButton.LeftButton)
    tasks = list_inventory_tasks(db, company_id)
    assert {t.row.fields.name for t in tasks} == {*picked, "直売所の棚の補充"}
    assert sum(1 for t in tasks if t.template_key) == 5
    total = sum(monthly_minutes(t.row.fields.frequency, t.row.fields.minutes_per_occurrence) for t in tasks)
    assert f"{total / 60:.1f}" in page.tasks.summary.text()  # the monthly hours, shown live
    next_step(page, qtbot, "details")

    # 4. Details: every task still lacks who does it; fill one in, partly by typing in the table.
    details = page.details
    assert progress(db, company_id).incomplete_tasks == 6
    assert numbers(details.remaining.text()) == ["6"]
    own_row = details.model.row_of(next(t.row.id for t in tasks if not t.template_key))
    details.table.setFocus()
    details.table.setCurrentIndex(details.model.index(own_row, PERFORMER))
    qtbot.keyClick(details.table, Qt.Key.Key_F2)  # edits the cell in place
    ime_commit(QApplication.focusWidget(), "社長")
    with qtbot.waitSignal(ctx.sig_data_changed):  # the delegate commits after the key press returns
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    model = details.model
    model.setData(model.index(own_row, COUNT), 2)
    model.setData(model.index(own_row, UNIT), "week")
    model.setData(model.index(own_row, MINUTES), 45)
    own = next(t for t in list_inventory_tasks(db, company_id) if not t.template_key)
    assert (own.row.fields.performer, own.row.fields.frequency, own.row.fields.minutes_per_occurrence) == (
        "社長",
        "2/week",
        45,
    )
    assert own.missing == ()
    assert progress(db, company_id).incomplete_tasks == 5
    assert numbers(details.remaining.text()) == ["5"]

    # ... and its procedure: three steps, one internal-only.
    assert details.current_task_id() == own.row.id
    editor = details.procedure
    for text, internal in (
        ("棚の空きを確かめる", False),
        ("倉庫の鍵を開ける(番号は社長)", True),
        ("値札を付ける", False),
    ):
        editor.new_internal.setChecked(internal)
        editor.new_text.setFocus()
        ime_commit(editor.new_text, text)
        qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
    steps = list_steps(db, own.row.id)
    assert [s.text for s in steps] == ["棚の空きを確かめる", "倉庫の鍵を開ける(番号は社長)", "値札を付ける"]
    assert [s.internal_only for s in steps] == [False, True, False]
    assert len(list_steps(db, own.row.id, shareable_only=True)) == 2
    assert editor.model.rowCount() == 3
    next_step(page, qtbot, "ecrs")

    # 5. ECRS: two decisions with the minutes they save.
    ecrs = page.ecrs
    first, second = ecrs.model.tasks[0], ecrs.model.tasks[1]
    ecrs.select_task(first.row.id)
    ecrs.radios["simplify"].click()
    ecrs.saved_spin.setValue(30)
    ecrs.saved_spin.editingFinished.emit()
    ecrs.select_task(second.row.id)
    ecrs.radios["eliminate"].click()  # stopping a task saves all of its time
    second_minutes = monthly_minutes(second.row.fields.frequency, second.row.fields.minutes_per_occurrence)
    assert get_ecrs(db, first.row.id).saved_minutes == 30
    assert get_ecrs(db, second.row.id) == EcrsData("eliminate", "", second_minutes)
    state = progress(db, company_id)
    assert state.decided_tasks == 2
    assert state.ecrs_saved_minutes == 30 + second_minutes
    assert f"{state.ecrs_saved_hours:.1f}" in ecrs.summary.text()
    next_step(page, qtbot, "results")

    # 6. Results: the totals, and the suitability categories with a way to the candidates.
    results = page.results
    state = progress(db, company_id)
    assert numbers(results.tasks_figure.value.text()) == ["6"]
    assert f"{state.monthly_hours:.1f}" in results.hours_figure.value.text()
    assert f"{state.ecrs_saved_hours:.1f}" in results.saved_figure.value.text()
    assert results.area_model.rowCount() == 2
    shown = results.category_counts()
    assert sum(count for count, _hours in shown.values()) == 6
    assert not page.next_button.isVisible()
    with qtbot.waitSignal(page.sig_show_candidates_requested):
        if results.candidates_button.isEnabled():
            results.candidates_button.click()
        else:
            results.sig_show_candidates_requested.emit()
    assert page.done_steps() >= {"profile", "areas", "tasks"}
    assert progress(db, company_id).step == "results"


def test_a_new_page_resumes_at_the_saved_step(
    page: InventoryWizardPage, ctx: AppContext, db: Database, settings: Settings, qtbot: QtBot
) -> None:
    fill_profile(page, qtbot)
    next_step(page, qtbot, "areas")
    page.areas.boxes[ACCOUNTING].click()
    next_step(page, qtbot, "tasks")
    other = AppContext(db, settings)
    try:
        other.set_company(ctx.company_id)
        reopened = InventoryWizardPage(other)
        qtbot.addWidget(reopened)
        assert reopened.current_step() == "tasks"
        assert numbers(reopened.position_label.text()) == ["3", "6"]
        assert reopened.bar.value() == 3
        assert {"profile", "areas"} <= reopened.done_steps()
        assert "tasks" not in reopened.done_steps()
    finally:
        other.runner.shutdown()


def test_next_is_refused_with_a_reason_until_the_step_has_what_it_needs(
    page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    assert not page.next()  # no company name yet
    assert page.current_step() == "profile"
    assert page.profile.status.isVisible() and page.profile.status.text()
    fill_profile(page, qtbot)
    assert page.next()
    assert not page.next()  # no area ticked
    assert page.areas.status.text()
    page.areas.boxes[ACCOUNTING].click()
    assert page.next()
    assert not page.next()  # no task ticked
    assert page.current_step() == "tasks"
    assert page.back() and page.current_step() == "areas"  # going back is always allowed


def test_alt_n_and_alt_b_move_between_steps(page: InventoryWizardPage, qtbot: QtBot) -> None:
    fill_profile(page, qtbot)
    with qtbot.waitSignal(page.sig_step_changed):
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.current_step() == "areas"
    with qtbot.waitSignal(page.sig_step_changed):
        qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.current_step() == "profile"


def test_every_control_is_reachable_by_tab(page: InventoryWizardPage, qtbot: QtBot) -> None:
    fill_profile(page, qtbot)
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.next()

    def chain() -> set[QWidget]:
        seen: set[QWidget] = set()
        widget: QWidget = page.step_list
        while widget not in seen:
            seen.add(widget)
            widget = widget.nextInFocusChain()
        return seen

    reachable = chain()
    step = page.tasks
    for widget in (
        page.step_list,
        page.back_button,
        page.next_button,
        step.area_list,
        step.search_edit,
        step.tree,
        step.tick_all_button,
        step.own_name,
        step.own_count,
        step.own_unit,
        step.own_minutes,
        step.own_button,
    ):
        assert widget in reachable
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_ticking_twice_adds_once_and_undo_takes_it_back(
    page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    fill_profile(page, qtbot)
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.next()
    (name,) = tick(page, ACCOUNTING, 1)
    item = next(i for i in page.tasks.items() if i.text(0) == name)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    item.setCheckState(0, Qt.CheckState.Checked)  # restores the same task
    assert [t.row.fields.name for t in list_inventory_tasks(ctx.db, ctx.company_id)] == [name]
    ctx.undo_stack.undo()
    assert list_inventory_tasks(ctx.db, ctx.company_id) == []
    assert page.tasks.checked_names() == []
    ctx.undo_stack.redo()
    assert page.tasks.checked_names() == [name]
    # "Tick all" adds the rest of the area in one transaction, one undo step.
    page.tasks.tick_all()
    count = len(library().by_area()[ACCOUNTING])
    assert len(list_inventory_tasks(ctx.db, ctx.company_id)) == count
    ctx.undo_stack.undo()
    assert len(list_inventory_tasks(ctx.db, ctx.company_id)) == 1


def test_an_area_with_tasks_is_not_removed(page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot) -> None:
    fill_profile(page, qtbot)
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.areas.boxes[FARMING].click()
    page.areas.boxes[FARMING].click()  # unticked again: removed, undoable
    assert [d.name for d in list_departments(ctx.db, ctx.company_id)] == [ACCOUNTING]
    page.next()
    tick(page, ACCOUNTING, 1)
    page.back()
    page.areas.boxes[ACCOUNTING].click()
    assert page.areas.boxes[ACCOUNTING].isChecked()  # still there, with the reason shown
    assert page.areas.status.text()
    assert [d.name for d in list_departments(ctx.db, ctx.company_id)] == [ACCOUNTING]
    page.areas.own_edit.setText("直売所")
    page.areas.add_own_area()
    assert "直売所" in page.areas.picked()


def test_procedure_steps_move_edit_and_delete_with_undo(
    page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    fill_profile(page, qtbot)
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.next()
    tick(page, ACCOUNTING, 1)
    page.next()
    editor = page.details.procedure
    for text in ("開く", "入力する", "送る"):
        editor.new_text.setText(text)
        editor.add_step()
    task_id = editor.task_id
    texts = lambda: [s.text for s in list_steps(ctx.db, task_id)]  # noqa: E731
    editor.select_step(editor.model.steps[2].id)
    editor.move_step(-1)
    assert texts() == ["開く", "送る", "入力する"]
    assert editor.current_step() is not None and editor.current_step().text == "送る"  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    assert texts() == ["開く", "入力する", "送る"]
    model = editor.model
    model.setData(model.index(1, 1), "金額を入力する")
    model.setData(model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [(s.text, s.internal_only) for s in list_steps(ctx.db, task_id)][1] == ("金額を入力する", True)
    editor.select_step(model.steps[0].id)
    editor.remove_step()
    assert texts() == ["金額を入力する", "送る"]
    ctx.undo_stack.undo()
    assert texts() == ["開く", "金額を入力する", "送る"]


def test_the_full_task_form_opens_from_the_details_table(
    page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    fill_profile(page, qtbot)
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.next()
    tick(page, ACCOUNTING, 1)
    page.next()
    dialog = page.details.open_task_dialog()
    assert dialog is not None
    dialog.performer_edit.setText("専務")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (task,) = list_inventory_tasks(ctx.db, ctx.company_id)
    assert task.row.fields.performer == "専務" and task.missing == ()
    assert page.done_steps() >= {"details"}


@pytest.fixture
def no_company_ctx(ctx: AppContext) -> Iterator[AppContext]:
    assert ctx.company_id == ""
    yield ctx


def test_profile_errors_are_words_and_nothing_is_saved(
    page: InventoryWizardPage, no_company_ctx: AppContext, qtbot: QtBot
) -> None:
    type_into(qtbot, page.profile.inputs["municipality"], "川根本町")
    assert no_company_ctx.company_id == ""  # without a name nothing is created
    assert page.profile.status.text()
    type_into(qtbot, page.profile.inputs["name"], "x" * 201)
    assert no_company_ctx.company_id == ""
    assert "200" in page.profile.status.text()


def test_profile_and_ecrs_edits_are_undoable(
    page: InventoryWizardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    fill_profile(page, qtbot)
    type_into(qtbot, page.profile.inputs["municipality"], "島田市")
    assert get_company(ctx.db, ctx.company_id).municipality == "川根本町島田市"
    ctx.undo_stack.undo()
    assert get_company(ctx.db, ctx.company_id).municipality == "川根本町"
    assert page.profile.inputs["municipality"].text() == "川根本町"
    page.next()
    page.areas.boxes[ACCOUNTING].click()
    page.next()
    tick(page, ACCOUNTING, 1)
    page.go_to("ecrs")
    (task,) = page.ecrs.model.tasks
    page.ecrs.radios["eliminate"].click()
    page.ecrs.note_edit.setText("税理士に任せている")
    page.ecrs.note_edit.editingFinished.emit()
    assert get_ecrs(ctx.db, task.row.id).note == "税理士に任せている"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert get_ecrs(ctx.db, task.row.id) == EcrsData("undecided", "", 0)
    assert page.ecrs.decision() == "undecided"
    assert not page.ecrs.saved_spin.isEnabled()
