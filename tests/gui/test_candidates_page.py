"""The outsourcing candidates page on the demo tea farm: list, filters, explanation, override + undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Database
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.services.tasks import get_task, list_tasks
from desktop.gui.context import AppContext
from desktop.gui.pages.candidates_page import CandidatesPage

KEEP = "Googleの口コミへの返信"  # a conditional demo task: digital, needs a written procedure


@pytest.fixture
def page(ctx: AppContext, db: Database, qtbot: QtBot) -> CandidatesPage:
    demo.load_small(db)
    widget = CandidatesPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_report_loaded):
        ctx.set_company(list_companies(db)[0].id)
    return widget


def names(page: CandidatesPage) -> list[str]:
    return [c.row.fields.name for c in page.model.visible_items()]


def select(page: CandidatesPage, name: str) -> str:
    task_id = next(c.row.id for c in page.model.visible_items() if c.row.fields.name == name)
    assert page.select_task(task_id)
    return task_id


def test_lists_every_demo_task_best_candidates_first(page: CandidatesPage, ctx: AppContext) -> None:
    assert sorted(names(page)) == sorted(r.fields.name for r in list_tasks(ctx.db, ctx.company_id))
    first = page.model.item_at(0)
    assert first.category == "suitable"
    assert page.model.index(0, 0).data() == first.row.fields.name
    assert page.empty_label.isHidden()
    assert page.totals_grid.count() > 0  # the totals table is filled
    assert page.totals_note.text()  # the demo has no outsourcing rate: "not enough data" is said
    assert page.steps_model.rowCount() > 0  # what must happen first


def test_filter_by_category_and_by_words(page: CandidatesPage) -> None:
    page.category_filter.setCurrentIndex(page.category_filter.findData("internal"))
    internal = page.model.visible_items()
    assert internal and all(c.category == "internal" for c in internal)
    page.filter_edit.setText("摘採")
    assert names(page) == ["一番茶の摘採・荒茶製造"]
    page.category_filter.setCurrentIndex(page.category_filter.findData("suitable"))
    assert names(page) == []
    page.filter_edit.clear()
    page.category_filter.setCurrentIndex(0)
    assert len(names(page)) == page.model.rowCount() > len(internal)


def test_details_list_every_factor_and_add_up_to_the_score(page: CandidatesPage) -> None:
    select(page, KEEP)
    item = page.current_item()
    assert item is not None and page.details_title.text() == KEEP
    model = page.factor_model
    points = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    reasons = [model.index(r, 1).data() for r in range(model.rowCount())]
    *lines, total = points
    assert sum(lines) == total == item.suitability.score
    assert len(lines) == 1 + len(item.suitability.factors)  # the starting points, then every factor
    assert all(reasons)
    assert item.suitability.category == "conditional" and page.details_summary.text()


def test_override_needs_a_reason_and_ctrl_z_restores(
    page: CandidatesPage, ctx: AppContext, qtbot: QtBot
) -> None:
    undo = ctx.undo_stack.createUndoAction(page)  # the main window's Edit menu owns Undo
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    page.addAction(undo)
    page.show()
    task_id = select(page, KEEP)
    page.override_combo.setCurrentIndex(page.override_combo.findData("internal"))
    assert not page.set_override_button.isEnabled()  # a reason is required
    page.reason_edit.setText("口コミへの返事は社長が自分で書きたい")
    assert page.set_override_button.isEnabled()

    with qtbot.waitSignal(page.sig_report_loaded):
        qtbot.mouseClick(page.set_override_button, Qt.MouseButton.LeftButton)
    override = get_task(ctx.db, task_id).fields.suitability_override
    assert override == {"category": "internal", "reason": "口コミへの返事は社長が自分で書きたい"}
    item = page.current_item()
    assert item is not None and item.row.id == task_id  # the selection stayed on the task
    assert item.category == "internal" and item.effective.computed == "conditional"
    assert page.clear_override_button.isEnabled()
    assert "口コミへの返事" in page.details_summary.text()

    page.table.setFocus()
    with qtbot.waitSignal(page.sig_report_loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_task(ctx.db, task_id).fields.suitability_override is None
    item = page.current_item()
    assert item is not None and item.category == "conditional" and not item.effective.overridden


def test_clearing_an_override_is_undoable_too(page: CandidatesPage, ctx: AppContext, qtbot: QtBot) -> None:
    task_id = select(page, KEEP)
    page.override_combo.setCurrentIndex(page.override_combo.findData("suitable"))
    page.reason_edit.setText("手順書はもうある")
    with qtbot.waitSignal(page.sig_report_loaded):
        page.set_override()
    with qtbot.waitSignal(page.sig_report_loaded):
        page.clear_override()
    assert get_task(ctx.db, task_id).fields.suitability_override is None
    with qtbot.waitSignal(page.sig_report_loaded):
        ctx.undo_stack.undo()
    assert get_task(ctx.db, task_id).fields.suitability_override == {
        "category": "suitable",
        "reason": "手順書はもうある",
    }


def test_excluded_tasks_cannot_be_overridden(page: CandidatesPage) -> None:
    select(page, "FAXでの新茶案内の一斉送信")  # discontinued in the demo
    assert not page.override_group.isEnabled()


def test_reloads_when_the_company_changes(page: CandidatesPage, ctx: AppContext, qtbot: QtBot) -> None:
    other = create_company(ctx.db, CompanyData(name="空の会社"))
    with qtbot.waitSignal(page.sig_report_loaded):
        ctx.set_company(other.id)
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.sig_report_loaded):
        ctx.set_company("")
    assert not page.empty_label.isHidden()
