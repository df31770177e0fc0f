"""The task inventory page: loading, filters, sorting, add/edit/delete with undo, the task form."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.services.companies import CompanyData, create_company, create_department
from desktop.core.services.tasks import TaskFields, TaskRow, create_task, get_task, list_tasks
from desktop.gui.context import AppContext
from desktop.gui.pages.task_page import TaskPage
from desktop.gui.task_dialog import TaskDialog
from desktop.gui.task_table import TaskTableModel, column, normalise


@dataclass(frozen=True)
class Farm:
    company_id: str
    accounting_id: str
    tourism_id: str


@pytest.fixture
def farm(db: Database) -> Farm:
    company = create_company(db, CompanyData(name="テスト茶園"))
    accounting = create_department(db, company.id, "経理")
    tourism = create_department(db, company.id, "観光")
    tasks = [
        TaskFields(name="請求書の発行", department_id=accounting.id, minutes_per_occurrence=120),
        TaskFields(
            name="日報の入力", department_id=accounting.id, frequency="1/day", minutes_per_occurrence=10
        ),
        TaskFields(
            name="茶摘み体験の予約受付",
            department_id=tourism.id,
            frequency="3/week",
            minutes_per_occurrence=20,
            performer="佐藤",
            tools="Googleカレンダー",
        ),
    ]
    for data in tasks:
        create_task(db, company.id, data)
    return Farm(company.id, accounting.id, tourism.id)


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, farm: Farm) -> TaskPage:
    widget = TaskPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_rows_loaded):
        ctx.set_company(farm.company_id)
    return widget


def shown_names(page: TaskPage) -> list[str]:
    return [row.fields.name for row in page.model.visible_rows()]


def live_names(db: Database, company_id: str) -> set[str]:
    return {row.fields.name for row in list_tasks(db, company_id)}


def select(page: TaskPage, name: str) -> TaskRow:
    row = next(r for r in page.model.visible_rows() if r.fields.name == name)
    page.table.selectRow(page.model.index_of(row.id).row())
    return row


def focus_table(page: TaskPage, qtbot: QtBot) -> None:
    page.show()
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())


def test_page_shows_the_company_tasks(page: TaskPage) -> None:
    assert page.model.rowCount() == 3
    assert set(shown_names(page)) == {"請求書の発行", "日報の入力", "茶摘み体験の予約受付"}
    assert page.add_action.isEnabled()
    assert page.empty_label.isHidden()
    assert "3" in page.summary_label.text()


def test_without_company_the_page_explains_and_cannot_add(ctx: AppContext, qtbot: QtBot) -> None:
    widget = TaskPage(ctx)
    qtbot.addWidget(widget)
    assert not widget.empty_label.isHidden()
    assert widget.empty_label.text()
    assert not widget.add_action.isEnabled()
    assert widget.add_task() is None


def test_text_and_department_filters_narrow_the_rows(page: TaskPage, farm: Farm) -> None:
    page.filter_edit.setText("予約")
    assert shown_names(page) == ["茶摘み体験の予約受付"]
    page.filter_edit.setText("ｇｏｏｇｌｅ")  # full-width letters match the half-width tool name
    assert shown_names(page) == ["茶摘み体験の予約受付"]
    page.filter_edit.clear()
    page.department_filter.setCurrentIndex(page.department_filter.findData(farm.accounting_id))
    assert set(shown_names(page)) == {"請求書の発行", "日報の入力"}
    page.filter_edit.setText("日報")
    assert shown_names(page) == ["日報の入力"]
    assert "1" in page.summary_label.text()
    page.filter_edit.clear()
    page.department_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 3


def test_sorting_by_monthly_hours_both_ways(page: TaskPage, qtbot: QtBot) -> None:
    ascending = ["請求書の発行", "日報の入力", "茶摘み体験の予約受付"]  # 2.0, 3.3, 4.3 hours a month
    hours = column("monthly_hours")
    page.resize(1400, 500)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(hours) + header.sectionSize(hours) // 2
    middle = QPoint(x, header.height() // 2)
    for _ in range(2):  # each header click sorts the other way round
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        assert header.sortIndicatorSection() == hours
        up = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert shown_names(page) == (ascending if up else ascending[::-1])
    page.table.sortByColumn(hours, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ascending[::-1]
    assert page.model.data(page.model.index(0, hours)) == "4.3"


def test_add_through_the_dialog_then_undo_and_redo(page: TaskPage, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = page.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.name_edit.setText("茶葉の出荷")
    dialog.count_spin.setValue(2)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("week"))
    dialog.minutes_spin.setValue(90)
    dialog.combos["medium"].setCurrentIndex(dialog.combos["medium"].findData("paper"))
    dialog.single_person_check.setChecked(True)
    with qtbot.waitSignal(page.sig_rows_loaded):
        dialog.accept()
    [added] = [r for r in list_tasks(ctx.db, ctx.company_id) if r.fields.name == "茶葉の出荷"]
    assert (added.fields.frequency, added.fields.minutes_per_occurrence) == ("2/week", 90)
    assert (added.fields.medium, added.fields.single_person) == ("paper", True)
    assert page.model.rowCount() == 4
    assert page.selected_rows()[0].id == added.id  # the new task is selected

    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.undo()
    assert "茶葉の出荷" not in live_names(ctx.db, ctx.company_id)
    assert get_task(ctx.db, added.id).deleted  # tombstoned, not erased
    assert page.model.rowCount() == 3

    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.redo()
    assert [r.id for r in list_tasks(ctx.db, ctx.company_id) if r.fields.name == "茶葉の出荷"] == [added.id]
    assert page.model.rowCount() == 4


def test_edit_then_undo_restores_the_old_value(page: TaskPage, ctx: AppContext, qtbot: QtBot) -> None:
    row = select(page, "日報の入力")
    dialog = page.edit_task()
    assert isinstance(dialog, TaskDialog)
    assert dialog.name_edit.text() == "日報の入力"
    dialog.minutes_spin.setValue(25)
    dialog.performer_edit.setText("山田")
    with qtbot.waitSignal(page.sig_rows_loaded):
        dialog.accept()
    assert get_task(ctx.db, row.id).fields.minutes_per_occurrence == 25
    assert page.selected_rows()[0].id == row.id  # the selection survives the reload

    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.undo()
    restored = get_task(ctx.db, row.id).fields
    assert (restored.minutes_per_occurrence, restored.performer) == (10, "")
    assert ctx.undo_stack.undoText() == ""


def test_delete_key_deletes_and_ctrl_z_restores(page: TaskPage, ctx: AppContext, qtbot: QtBot) -> None:
    # The main window's Edit menu owns Undo; stand in for it here.
    undo = ctx.undo_stack.createUndoAction(page)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    page.addAction(undo)
    focus_table(page, qtbot)
    row = select(page, "請求書の発行")

    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "請求書の発行" not in live_names(ctx.db, ctx.company_id)
    assert "請求書の発行" not in shown_names(page)
    assert page.message_label.text()  # the "undo with Ctrl+Z" hint instead of a confirmation

    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "請求書の発行" in live_names(ctx.db, ctx.company_id)
    assert page.model.index_of(row.id).isValid()


def test_enter_on_the_table_opens_the_form(page: TaskPage, qtbot: QtBot) -> None:
    focus_table(page, qtbot)
    select(page, "日報の入力")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(TaskDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == "日報の入力"
    dialog.reject()


def test_dialog_refuses_empty_name_and_impossible_frequency(
    page: TaskPage, ctx: AppContext, qtbot: QtBot
) -> None:
    before = live_names(ctx.db, ctx.company_id)
    dialog = page.add_task()
    assert isinstance(dialog, TaskDialog)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert dialog.name_edit.property("invalid") is True

    dialog.name_edit.setText("茶園の見回り")
    dialog.count_spin.setValue(100)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("day"))
    dialog.minutes_spin.setValue(60)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert dialog.count_spin.property("invalid") is True
    assert dialog.name_edit.property("invalid") is False
    assert dialog.name_edit.text() == "茶園の見回り"  # nothing the user typed is lost
    assert live_names(ctx.db, ctx.company_id) == before
    assert ctx.undo_stack.count() == 0
    dialog.reject()


def test_ctrl_enter_saves_from_a_text_box(page: TaskPage, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = page.add_task()
    assert isinstance(dialog, TaskDialog)
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("在庫の確認")
    dialog.description_edit.setFocus()
    qtbot.waitUntil(dialog.description_edit.hasFocus)
    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "在庫の確認" in live_names(ctx.db, ctx.company_id)


def test_monthly_hours_label_follows_the_spin_boxes(qtbot: QtBot, gui_app: object) -> None:
    dialog = TaskDialog([], TaskFields(name="日報", frequency="1/month", minutes_per_occurrence=30))
    qtbot.addWidget(dialog)
    assert "0.5" in dialog.hours_label.text()
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("week"))
    dialog.count_spin.setValue(2)
    assert "4.3" in dialog.hours_label.text()  # 2 x 52/12 x 30 min
    dialog.minutes_spin.setValue(90)
    assert "13.0" in dialog.hours_label.text()


def test_dialog_passes_the_suitability_override_through(qtbot: QtBot, gui_app: object) -> None:
    override = {"category": "internal", "reason": "顧客の個人情報"}
    dialog = TaskDialog([], TaskFields(name="顧客台帳", suitability_override=override))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("顧客台帳の更新")
    assert dialog.fields().suitability_override == override
    assert dialog.fields().name == "顧客台帳の更新"


def synthetic_rows(count: int) -> list[TaskRow]:
    rnd = random.Random(20240601)
    units = ("day", "week", "month", "year")
    return [
        TaskRow(
            id=f"task-{i:05d}",
            company_id="c",
            company_name="テスト茶園",
            department_name=f"部署{i % 9}",
            fields=TaskFields(
                name=f"業務{rnd.randint(0, 1500):04d}",
                department_id=f"dept-{i % 9}",
                frequency=f"{rnd.randint(1, 5)}/{rnd.choice(units)}",
                minutes_per_occurrence=rnd.choice((5, 10, 15, 30, 60, 120)),
                performer=rnd.choice(("佐藤", "山田", "鈴木", "")),
                tools="Excel" if i % 4 == 0 else "紙の台帳",
            ),
        )
        for i in range(count)
    ]


def test_model_sorts_and_filters_5000_rows_correctly(gui_app: object) -> None:
    rows = synthetic_rows(5000)
    model = TaskTableModel()
    model.set_rows(rows)
    hours = column("monthly_hours")

    model.sort(hours, Qt.SortOrder.AscendingOrder)
    shown = model.visible_rows()
    assert len(shown) == 5000
    keys = [(r.monthly_hours, normalise(r.fields.name), r.id) for r in shown]
    assert keys == sorted(keys)  # ties by name

    model.sort(hours, Qt.SortOrder.DescendingOrder)
    shown = model.visible_rows()
    assert [r.monthly_hours for r in shown] == sorted((r.monthly_hours for r in rows), reverse=True)
    for a, b in itertools.pairwise(shown):
        if a.monthly_hours == b.monthly_hours:
            assert normalise(a.fields.name) <= normalise(b.fields.name)  # ties stay by name

    model.set_filter("山田 excel", "dept-4")  # every word must match; the sort is kept
    expected = [
        r
        for r in rows
        if r.fields.performer == "山田" and r.fields.tools == "Excel" and r.fields.department_id == "dept-4"
    ]
    shown = model.visible_rows()
    assert {r.id for r in shown} == {r.id for r in expected} and expected
    assert [r.monthly_hours for r in shown] == sorted((r.monthly_hours for r in expected), reverse=True)
    assert model.rowCount() == len(expected)
    assert model.visible_hours() == pytest.approx(sum(r.monthly_hours for r in expected))

    model.sort(column("name"), Qt.SortOrder.AscendingOrder)
    assert [normalise(r.fields.name) for r in model.visible_rows()] == sorted(
        normalise(r.fields.name) for r in expected
    )
    model.set_filter("", None)
    assert model.rowCount() == 5000
    first = model.visible_rows()[0]
    assert model.data(model.index_of(first.id), Qt.ItemDataRole.UserRole) == first.id
    assert model.row_at(model.index_of(first.id)) == first
    hidden_id = rows[1].id
    model.set_filter("no such task", None)
    assert model.rowCount() == 0 and not model.index_of(hidden_id).isValid()

    model.set_filter("", None)
    model.set_rows(list(reversed(rows)))  # a reload keeps the sort
    assert [normalise(r.fields.name) for r in model.visible_rows()] == sorted(
        normalise(r.fields.name) for r in rows
    )
