"""The assignments page: current company or all, filter by words or short code, edit / end / delete
with undo, reload when assignments change elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.errors import FieldError
from desktop.core.services.assignments import assign, get_assignment, get_card, list_assignments
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.workforce import Period
from desktop.gui import messages
from desktop.gui.assignment_table import column
from desktop.gui.context import AppContext
from desktop.gui.pages.assignments_page import AssignmentsPage
from tests.core.test_matching import Pool

APRIL = Period(date(2026, 4, 1))


@dataclass
class Farm:
    pool: Pool
    other_company: str
    bookkeeping: str  # assignment ids
    invoices: str
    tourism: str


@pytest.fixture
def farm(db: Database) -> Farm:
    pool = Pool.create(db)
    pool.skill("Excel")
    hanako = pool.worker("田中 花子", skills={"Excel": 2})
    ken = pool.worker("佐藤 健", kind="urban", municipality="東京都")
    other = create_company(db, CompanyData(name="川根観光", partner_id=pool.partner_id))
    bookkeeping = assign(db, pool.task("月次の記帳"), hanako, "operator", APRIL, 1200, 9).id
    invoices = assign(db, pool.task("請求書の発行"), ken, "supervisor", APRIL, 3000, 2).id
    tourism = assign(db, pool.task("予約受付", company_id=other.id), hanako, "operator", APRIL, 1100, 12).id
    return Farm(pool, other.id, bookkeeping, invoices, tourism)


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, farm: Farm) -> AssignmentsPage:
    widget = AssignmentsPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_rows_loaded, timeout=5000):
        ctx.set_company(farm.pool.company_id)
    return widget


def shown(page: AssignmentsPage) -> list[str]:
    return [r.task_name for r in page.model.visible_rows()]


def test_shows_the_current_company_and_all_companies_on_request(
    page: AssignmentsPage, farm: Farm, qtbot: QtBot
) -> None:
    assert page.page_title()
    assert sorted(shown(page)) == ["月次の記帳", "請求書の発行"]
    assert page.table.isColumnHidden(column("company"))
    row = page.model.visible_rows()[0]
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert cells[column("code")] == row.display_code and "-" in row.display_code
    assert cells[column("role")] == messages.choice_label("role", row.role)
    assert cells[column("period")] == "2026-04-01 –"
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        page.all_check.setChecked(True)
    assert sorted(shown(page)) == ["予約受付", "月次の記帳", "請求書の発行"]
    assert not page.table.isColumnHidden(column("company"))


def test_filter_by_words_and_by_short_code(page: AssignmentsPage, farm: Farm) -> None:
    page.filter_edit.setText("佐藤")
    assert shown(page) == ["請求書の発行"]
    code = get_assignment(farm.pool.db, farm.bookkeeping).code
    page.filter_edit.setText(f"{code[:3].lower()}-{code[3:].lower()}")  # typed from a printed sheet
    assert shown(page) == ["月次の記帳"]
    page.filter_edit.clear()
    assert len(shown(page)) == 2


def test_sorting_by_rate(page: AssignmentsPage) -> None:
    page.table.sortByColumn(column("rate"), Qt.SortOrder.DescendingOrder)
    assert [r.rate_yen for r in page.model.visible_rows()] == [3000, 1200]
    page.table.sortByColumn(column("rate"), Qt.SortOrder.AscendingOrder)
    assert [r.rate_yen for r in page.model.visible_rows()] == [1200, 3000]


def test_edit_through_the_form_refuses_bad_values_inline_and_undo_restores(
    page: AssignmentsPage, ctx: AppContext, farm: Farm, qtbot: QtBot
) -> None:
    assert page.select_assignment(farm.bookkeeping)
    dialog = page.edit_selected()
    assert dialog is not None
    dialog.rate_spin.setValue(0)
    dialog.accept()
    assert dialog.isVisible() and dialog.rate_spin.property("invalid")
    assert dialog.error_label.text() == messages.field_error(FieldError("rate_yen", "positive"))
    assert get_assignment(farm.pool.db, farm.bookkeeping).rate_yen == 1200
    dialog.rate_spin.setValue(1400)
    dialog.hours_spin.setValue(12)
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        dialog.accept()
    row = get_assignment(farm.pool.db, farm.bookkeeping)
    assert (row.rate_yen, row.planned_hours) == (1400, 12)
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        ctx.undo_stack.undo()
    row = get_assignment(farm.pool.db, farm.bookkeeping)
    assert (row.rate_yen, row.planned_hours) == (1200, 9)


def test_end_closes_the_period_today_and_undo_reopens(
    page: AssignmentsPage, ctx: AppContext, farm: Farm, qtbot: QtBot
) -> None:
    page.select_assignment(farm.invoices)
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        page.end_selected()
    row = get_assignment(farm.pool.db, farm.invoices)
    assert row.status == "ended" and row.period is not None
    assert row.period.end == max(date.today(), row.period.start)
    assert not page.end_action.isEnabled()  # the row is still selected, and already ended
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        ctx.undo_stack.undo()
    row = get_assignment(farm.pool.db, farm.invoices)
    assert row.status == "active" and row.period == APRIL


def test_delete_by_keyboard_tombstones_the_row_and_its_card_and_undo_restores(
    page: AssignmentsPage, ctx: AppContext, farm: Farm, qtbot: QtBot
) -> None:
    page.show()
    page.activateWindow()
    page.select_assignment(farm.invoices)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    worker_id = get_assignment(farm.pool.db, farm.invoices).worker_id
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown(page) == ["月次の記帳"]
    assert get_assignment(farm.pool.db, farm.invoices).deleted
    assert get_card(farm.pool.db, farm.pool.company_id, worker_id).deleted  # his only assignment here
    assert page.message_label.text()
    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    assert not undo.isEmpty()
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        ctx.undo_stack.undo()
    assert sorted(shown(page)) == ["月次の記帳", "請求書の発行"]
    assert not get_card(farm.pool.db, farm.pool.company_id, worker_id).deleted


def test_reloads_when_an_assignment_is_made_elsewhere(
    page: AssignmentsPage, ctx: AppContext, farm: Farm, qtbot: QtBot
) -> None:
    newcomer = farm.pool.worker("山本 さくら")
    assign(
        farm.pool.db,
        farm.pool.task("在庫の登録"),
        newcomer,
        "operator",
        Period(date.today() + timedelta(days=7)),
        1000,
        4,
    )
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=5000):
        ctx.notify("assignment", "worker_card")
    assert "在庫の登録" in shown(page)
    assert len(list_assignments(farm.pool.db, company_id=farm.pool.company_id)) == page.model.rowCount() == 3


def test_without_company_the_page_explains(ctx: AppContext, qtbot: QtBot, farm: Farm) -> None:
    widget = AssignmentsPage(ctx)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and not widget.empty_label.isHidden()
    assert widget.edit_selected() is None
