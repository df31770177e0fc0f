"""The value dashboard: figures side by side from the real KPI service, "not enough data" with what
is missing, drill-down rows, period and view switches, keyboard access, loading that never shows
an overtaken result, programme costs with undo, the charts, and the large dataset."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Database
from desktop.core.kpi import Evidence, Figure, KpiReport, MonthRange, ProgramCosts, fiscal_year_of
from desktop.core.models import Company
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    get_company,
    list_companies,
    update_company,
)
from desktop.core.services.kpi import kpi_report, load_program_costs
from desktop.gui import kpi_text
from desktop.gui.charts import BAR, BLUE, LINE, MonthlyChart, Series, nice_ticks
from desktop.gui.context import AppContext
from desktop.gui.kpi_drilldown import VALUE, DrilldownDialog
from desktop.gui.pages.dashboard_page import DashboardPage

TODAY = date(2026, 11, 16)
SHOTS = Path("/tmp/shots")


def today() -> date:
    return TODAY


@pytest.fixture
def small(db: Database) -> str:
    """The small demo (one partner, one company); returns the company id."""
    demo.load_small(db, today=TODAY)
    return list_companies(db)[0].id


def wait_loaded(page: DashboardPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: page.report is not None and not page.is_loading(), timeout=30_000)


def reloaded(page: DashboardPage, qtbot: QtBot, action: object) -> None:
    """Run ``action`` and wait until the page shows the figures it asked for."""
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        action()  # type: ignore[operator]
    assert not page.is_loading()


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, small: str) -> DashboardPage:
    ctx.set_company(small)
    widget = DashboardPage(ctx, today=today)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    widget.activateWindow()
    wait_loaded(widget, qtbot)
    return widget


def save_shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"kpi_{name}.png"))  # type: ignore[attr-defined]


# --- the page -------------------------------------------------------------------------------------


def test_the_page_shows_every_figure_of_the_real_service(
    page: DashboardPage, ctx: AppContext, small: str
) -> None:
    assert page.page_title()
    report = page.report
    assert report is not None and report.scope == "company" and report.company_id == small
    expected = kpi_report(ctx.db, MonthRange.fiscal_year(2026), small, TODAY)
    assert [f.key for f in report.figures] == [f.key for f in expected.figures]
    assert report.figures == expected.figures  # the page asked for this fiscal year and company
    assert [t.key for t in page.tiles()] == [f.key for f in report.figures]
    for figure in report.figures:
        tile = page.tile(figure.key)
        assert tile is not None and tile.figure == figure
        if figure.value is None:
            assert tile.value_label.text() == tile.tr("Not enough data")
        else:
            assert tile.value_label.text() == kpi_text.number_text(figure.value, figure.unit)
            assert tile.unit_label.text() == kpi_text.unit_text(figure.unit)
        assert tile.title_label.text() == kpi_text.figure_label(figure.key)
        assert kpi_text.figure_definition(figure.key) in tile.toolTip()
    # Economic and social side by side: two columns at the same height.
    assert page.economic_box.isVisible() and page.social_box.isVisible()
    assert page.economic_box.geometry().right() < page.social_box.geometry().left()
    assert page.economic_box.geometry().top() == page.social_box.geometry().top()
    economic = [f.key for f in report.figures if f.group == "economic"]
    assert all(page.economic_box.isAncestorOf(page.tile(k)) for k in economic)  # type: ignore[arg-type]
    assert all(not page.social_box.isAncestorOf(page.tile(k)) for k in economic)  # type: ignore[arg-type]
    # The trend: one bar per month of the fiscal year, April first.
    assert [m.month for m in page.hours_chart.months] == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    # Months up to today carry the trend; December to March have not happened yet: no values, "not yet".
    assert report.as_of == TODAY
    assert page.hours_chart.series[0].values[:8] == tuple(p.hours_outsourced for p in report.trend[:8])
    assert page.yen_chart.series[1].values[:8] == tuple(p.yen_paid_local for p in report.trend[:8])
    assert page.hours_chart.series[0].values[8:] == (None,) * 4
    assert page.hours_chart.is_future(8) and not page.hours_chart.is_future(7)
    assert QCoreApplication.translate("Charts", "Not yet") in page.hours_chart.tooltip_text(9)
    assert page.tr("(so far: up to {date})").split("{date}")[0] in page.heading_label.text()
    assert not page.busy_label.isVisible()
    assert not page.companies_box.isVisible()  # the company view has no per-company table
    save_shot(page, "company")


def test_a_company_without_costs_says_what_is_missing(
    page: DashboardPage, ctx: AppContext, qtbot: QtBot, small: str
) -> None:
    data = get_company(ctx.db, small)

    def drop_cost() -> None:
        update_company(ctx.db, replace(data, hourly_cost_yen=None))
        ctx.notify("company")

    reloaded(page, qtbot, drop_cost)
    report = page.report
    assert report is not None
    figure = report.figure("internal_cost_yen")
    assert figure.value is None and "company_hourly_cost" in figure.missing
    tile = page.tile("internal_cost_yen")
    assert tile is not None
    assert tile.value_label.text() == tile.tr("Not enough data")
    assert tile.value_label.text() != "0"
    assert tile.unit_label.text() == ""
    assert tile.missing_label.isVisible()
    assert kpi_text.missing_text("company_hourly_cost") in tile.missing_label.text()
    assert kpi_text.missing_text("company_hourly_cost") in tile.toolTip()
    assert tile.tr("Not enough data") in tile.accessibleName()
    save_shot(page, "missing_costs")


def test_missing_words_are_plain_and_never_a_bare_code() -> None:
    for code in (
        "company_hourly_cost",
        "worker_rate",
        "no_time_entries",
        "no_trainees",
        "program_costs",
        "worker_municipality",
        "no_assignments",
    ):
        text = kpi_text.missing_text(code)
        assert text and code not in text
    assert "mystery_code" in kpi_text.missing_text("mystery_code")  # unknown codes are still shown


def test_the_drill_down_shows_the_evidence_of_the_figure(page: DashboardPage, qtbot: QtBot) -> None:
    report = page.report
    assert report is not None
    figure = max(report.figures, key=lambda f: len(f.evidence))
    assert figure.evidence, "the demo data gives some figure evidence rows"
    dialog = page.open_drilldown(figure.key)
    assert isinstance(dialog, DrilldownDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert page.drilldown() is dialog
    rows = dialog.shown_rows()
    assert sorted(rows, key=repr) == sorted(figure.evidence, key=repr)
    assert dialog.model.rowCount() == len(figure.evidence)
    known = [r.value for r in rows if r.value is not None]
    assert known == sorted(known, reverse=True)  # biggest first
    dialog.table.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    known = [r.value for r in dialog.shown_rows() if r.value is not None]
    assert known == sorted(known)
    # Double-click (or Enter) asks to open the row.
    first = dialog.shown_rows()[0]
    with qtbot.waitSignal(page.sig_open_row) as blocker:
        dialog.table.doubleClicked.emit(dialog.proxy.index(0, 1))
    assert blocker.args == [first.kind, first.id]
    dialog.table.selectRow(1)
    second = dialog.shown_rows()[1]
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    with qtbot.waitSignal(page.sig_open_row) as blocker:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert blocker.args == [second.kind, second.id]
    dialog.table.clearSelection()
    text = dialog.copy_rows()  # nothing selected: every row, for a spreadsheet
    assert len(text.splitlines()) == len(rows) + 1 and all(r.label in text for r in rows)
    save_shot(dialog, "drilldown")


def test_drill_down_of_a_made_up_figure_lists_each_row(ctx: AppContext, qtbot: QtBot) -> None:
    evidence = (
        Evidence("task", "t1", "請求書の入力", 12.5, "月12.5時間"),
        Evidence("task", "t2", "受注データの整理", None, "時間が未入力"),
        Evidence("assignment", "a1", "佐藤 — 請求書の入力", 30.0, ""),
    )
    figure = Figure("inventoried_hours", "economic", "hours_per_month", 42.5, ("task_hours",), evidence, True)
    dialog = DrilldownDialog(figure, "テスト")
    qtbot.addWidget(dialog)
    assert dialog.shown_rows() == [evidence[2], evidence[0], evidence[1]]  # unknown value last
    assert dialog.proxy.index(1, VALUE).data() == kpi_text.value_text(12.5, "hours_per_month")
    assert dialog.proxy.index(2, VALUE).data() == "—"
    assert kpi_text.missing_text("task_hours") in dialog.missing_label.text()


def test_changing_the_period_reloads(page: DashboardPage, qtbot: QtBot) -> None:
    assert page.year_combo.currentData() == fiscal_year_of(TODAY) == 2026
    assert str(page.report.period) == "2026-04..2027-03"  # type: ignore[union-attr]
    reloaded(page, qtbot, lambda: page.set_fiscal_year(2025))
    assert str(page.report.period) == "2025-04..2026-03"  # type: ignore[union-attr]
    assert page.from_edit.date().month() == 4 and page.to_edit.date().year() == 2026
    reloaded(page, qtbot, lambda: page.set_months(date(2026, 6, 1), date(2026, 8, 1)))
    report = page.report
    assert report is not None and str(report.period) == "2026-06..2026-08"
    assert len(report.trend) == 3 and len(page.hours_chart.months) == 3
    assert page.year_combo.currentData() is None  # "Chosen months"
    # Typing the months of a fiscal year selects it in the list again.
    reloaded(page, qtbot, lambda: page.set_months(date(2024, 4, 1), date(2025, 3, 1)))
    assert page.year_combo.currentData() == 2024
    # An empty period is refused in words and nothing is loaded.
    shown = page.report
    page.to_edit.setDate(page.from_edit.date().addMonths(-2))
    assert page.period() is None
    assert page.message_label.isVisible() and page.message_label.text()
    assert not page.is_loading() and page.report is shown


def test_partner_and_company_views(page: DashboardPage, ctx: AppContext, qtbot: QtBot, small: str) -> None:
    assert page.partner_id is not None and page.partner_radio.isVisible()
    reloaded(page, qtbot, lambda: page.partner_radio.click())
    report = page.report
    assert report is not None and report.scope == "partner" and report.company_id is None
    assert page.companies_box.isVisible()
    assert page.company_model.rowCount() == len(report.per_company) >= 1
    assert page.company_model.row_at(0).company_id == small
    assert str(len(report.companies)) in page.heading_label.text()
    save_shot(page, "partner")
    # Double-click a company: its own view.
    reloaded(page, qtbot, lambda: page.company_table.doubleClicked.emit(page.company_proxy.index(0, 0)))
    assert page.company_radio.isChecked() and ctx.company_id == small
    assert page.report is not None and page.report.scope == "company"
    assert not page.companies_box.isVisible()


def test_the_company_switch_reloads(page: DashboardPage, ctx: AppContext, qtbot: QtBot) -> None:
    other = create_company(ctx.db, CompanyData(name="株式会社 川根製茶"))
    reloaded(page, qtbot, lambda: ctx.set_company(other.id))
    report = page.report
    assert report is not None and report.company_id == other.id
    assert other.name in page.heading_label.text()
    # In the partner view the company switch changes nothing.
    reloaded(page, qtbot, lambda: page.set_partner_view(True))
    loads: list[object] = []
    page.sig_loaded.connect(lambda: loads.append(page.report))
    ctx.set_company(list_companies(ctx.db)[0].id)
    qtbot.wait(200)
    assert loads == [] and page.report is not None and page.report.scope == "partner"


def test_an_owners_pc_has_no_partner_view(ctx: AppContext, qtbot: QtBot) -> None:
    company = create_company(ctx.db, CompanyData(name="有限会社 山田農園"))
    ctx.set_company(company.id)
    page = DashboardPage(ctx, today=today)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(page, qtbot)
    assert page.partner_id is None and not page.partner_radio.isVisible()
    assert page.report is not None and page.report.scope == "company"
    for figure in page.report.figures:  # an empty company: nothing is shown as a made-up 0
        if figure.value is None:
            assert figure.missing


def test_no_company_chosen_explains(ctx: AppContext, qtbot: QtBot, small: str) -> None:
    page = DashboardPage(ctx, today=today)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        page.show()
    assert page.report is None and page.empty_label.isVisible() and page.tiles() == []
    assert page.partner_radio.isVisible()
    reloaded(page, qtbot, lambda: page.set_partner_view(True))
    assert page.report is not None and page.report.scope == "partner" and page.tiles()


def test_keyboard_tab_to_a_tile_and_enter_opens_the_drill_down(page: DashboardPage, qtbot: QtBot) -> None:
    page.to_edit.setFocus()
    qtbot.waitUntil(page.to_edit.hasFocus)
    first = page.tiles()[0]
    for _ in range(3):  # Tab first steps through the year and month sections of the date edit
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if first.hasFocus():
            break
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = page.tiles()[1]
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    dialog = page.drilldown()
    assert dialog is not None and dialog.figure.key == second.key
    assert dialog.isVisible()
    dialog.close()
    # After the last tile, Tab goes on to the programme costs (the per-company table is hidden here).
    last = page.tiles()[-1]
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert page.cost_edits["training_yen_per_trainee"].hasFocus()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    dialog = page.drilldown()
    assert dialog is not None and dialog.figure.key == first.key


def test_loading_keeps_the_figures_and_never_shows_an_overtaken_result(
    page: DashboardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    shown = page.report
    tile = page.tiles()[0]
    before = tile.value_text()
    gate = threading.Event()
    ctx.runner.submit("hold", lambda _job: gate.wait(10))  # keeps the runner busy meanwhile
    periods: list[str] = []
    page.sig_loaded.connect(lambda: periods.append(str(page.report.period)))  # type: ignore[union-attr]
    page.set_fiscal_year(2025)
    assert page.is_loading() and page.busy_label.isVisible()
    assert page.report is shown and tile.value_text() == before  # the old figures stay meanwhile
    page.set_fiscal_year(2024)  # a newer request overtakes the first one
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        gate.set()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=30_000)
    assert periods == ["2024-04..2025-03"]
    assert not page.busy_label.isVisible()


def test_months_made_invalid_while_loading_keep_the_last_figures(
    page: DashboardPage, ctx: AppContext, qtbot: QtBot
) -> None:
    shown = page.report
    gate = threading.Event()
    ctx.runner.submit("hold", lambda _job: gate.wait(10))
    page.set_fiscal_year(2025)
    page.set_fiscal_year(2024)  # overtakes the first request...
    page.to_edit.setDate(page.from_edit.date().addMonths(-1))  # ...and then the months become invalid
    assert page.period() is None and page.message_label.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=30_000)
    qtbot.wait(50)
    assert page.report is shown and not page.is_loading() and not page.busy_label.isVisible()
    assert page.message_label.isVisible()
    reloaded(page, qtbot, lambda: page.set_fiscal_year(2026))  # choosing again loads again
    assert str(page.report.period) == "2026-04..2027-03"  # type: ignore[union-attr]
    assert not page.message_label.isVisible()


def test_a_hidden_page_loads_when_shown(ctx: AppContext, qtbot: QtBot, small: str) -> None:
    ctx.set_company(small)
    page = DashboardPage(ctx, today=today)
    qtbot.addWidget(page)
    qtbot.wait(100)
    assert page.report is None and not page.is_loading()  # nothing computed while never shown
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        page.show()
    page.hide()
    ctx.notify("time_entry")
    assert not page.is_loading()  # hidden: remembered, not computed
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        page.show()


def test_programme_costs_are_saved_and_undone(
    page: DashboardPage, ctx: AppContext, qtbot: QtBot, small: str
) -> None:
    reloaded(page, qtbot, lambda: page.set_partner_view(True))
    scope = page.partner_id
    assert scope is not None and page.costs_box.isEnabled()
    roi = page.report.figure("roi")  # type: ignore[union-attr]
    assert roi.value is None and "program_costs" in roi.missing
    assert kpi_text.missing_text("program_costs") in page.tile("roi").missing_label.text()  # type: ignore[union-attr]
    before = load_program_costs(ctx.db, scope)
    page.cost_edits["training_yen_per_trainee"].setText("１２０,０００")  # full-width digits as typed
    page.cost_edits["setup_yen_per_company"].setText("300000")
    page.cost_edits["other_yen"].setText("")
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        assert page.save_costs()
    assert load_program_costs(ctx.db, scope) == ProgramCosts(120000, 300000, None)
    assert page.cost_edits["training_yen_per_trainee"].text() == kpi_text.number_text(120000, "yen")
    roi = page.report.figure("roi")  # type: ignore[union-attr]
    assert roi.value is not None and "program_costs" not in roi.missing  # the ROI now has its costs
    assert page.tile("roi").value_label.text() == kpi_text.number_text(roi.value, "ratio")  # type: ignore[union-attr]
    assert ctx.undo_stack.canUndo()
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        ctx.undo_stack.undo()
    assert load_program_costs(ctx.db, scope) == before
    assert page.report.figure("roi").value is None  # type: ignore[union-attr]
    assert page.cost_edits["setup_yen_per_company"].text() == ""
    # Bad input: words, a red field, nothing written.
    page.cost_edits["other_yen"].setText("たくさん")
    assert not page.save_costs()
    assert page.costs_message.isVisible() and page.cost_edits["other_yen"].property("invalid")
    assert load_program_costs(ctx.db, scope) == before
    page.cost_edits["other_yen"].setText("-5")
    assert not page.save_costs()
    assert page.cost_edits["other_yen"].property("invalid") and page.costs_message.text()
    assert load_program_costs(ctx.db, scope) == before
    # The company view edits the company's own costs.
    reloaded(page, qtbot, lambda: page.set_partner_view(False))
    page.cost_edits["other_yen"].setText("50000")
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        assert page.save_costs()
    assert load_program_costs(ctx.db, small).other_yen == 50000
    assert load_program_costs(ctx.db, scope) == before


def test_the_page_reloads_when_hours_change(page: DashboardPage, ctx: AppContext, qtbot: QtBot) -> None:
    loads: list[KpiReport | None] = []
    page.sig_loaded.connect(lambda: loads.append(page.report))
    ctx.notify("department_unrelated")
    qtbot.wait(100)
    assert loads == []
    with qtbot.waitSignal(page.sig_loaded, timeout=30_000):
        ctx.notify("time_entry")


def test_the_large_dataset_loads(ctx: AppContext, qtbot: QtBot, db: Database) -> None:
    demo.load_large(db, companies=10, tasks_per_company=50, workers=200, time_entries=10000, today=TODAY)
    with db.read() as session:
        first = session.query(Company).order_by(Company.name).first()
        assert first is not None
        company_id = first.id
    ctx.set_company(company_id)
    page = DashboardPage(ctx, today=today)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    errors: list[BaseException] = []
    ctx.runner.sig_failed.connect(lambda _id, exc: errors.append(exc))
    page.show()
    wait_loaded(page, qtbot)
    assert errors == [] and not page.message_label.isVisible()
    assert page.report is not None and len(page.tiles()) == len(page.report.figures)
    assert page.hours_chart.has_values()
    reloaded(page, qtbot, lambda: page.set_partner_view(True))
    assert errors == []
    assert page.report is not None and len(page.report.per_company) == 10
    assert page.company_model.rowCount() == 10
    save_shot(page, "large_partner")


# --- charts and words -----------------------------------------------------------------------------


def test_nice_ticks() -> None:
    assert nice_ticks(0) == [0.0, 1.0]
    assert nice_ticks(95) == [0.0, 50.0, 100.0]
    assert nice_ticks(8) == [0.0, 2.0, 4.0, 6.0, 8.0]
    ticks = nice_ticks(1234567)
    assert ticks[0] == 0 and ticks[-1] >= 1234567 and len(ticks) <= 6


def test_a_bar_chart_has_tooltips_and_a_text_summary(qtbot: QtBot, gui_app: QApplication) -> None:
    months = MonthRange.fiscal_year(2026).months()
    values = tuple(float(i) * 2.5 if i != 3 else None for i in range(12))
    chart = MonthlyChart("外注した時間", "hours", BAR)
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.set_data(months, [Series("外注した時間", values, BLUE)])
    chart.show()
    # Taller bars for bigger values; the unknown month has no bar.
    assert chart.bar_rect(3).isEmpty()
    assert chart.bar_rect(11).height() > chart.bar_rect(5).height() > 0
    # Each bar has its tooltip; a point above the bar is in its month.
    centre = chart.bar_rect(5).center()
    assert chart.index_at(centre) == 5
    assert chart.index_at(QPointF(centre.x(), chart.plot_rect().top() + 1)) == 5
    assert chart.index_at(QPointF(1, 1)) == -1
    tip = chart.tooltip_text(5)
    assert kpi_text.month_year_label(months[5]) in tip and kpi_text.value_text(12.5, "hours") in tip
    description = chart.accessibleDescription()
    assert "外注した時間" in description and kpi_text.value_text(12.5, "hours") in description
    assert f", {kpi_text.month_label(months[3])} " not in description  # the unknown month is not listed
    chart.set_data(months[:2], [Series("x", (None, None), BLUE)])
    assert not chart.has_values() and chart.accessibleDescription()
    with pytest.raises(ValueError):
        chart.set_data(months, [Series("x", (1.0,), BLUE)])
    # Painting at a high device pixel ratio works (offscreen grab at 2x).
    chart.set_data(months, [Series("外注した時間", values, BLUE)])
    image = chart.grab()
    assert not image.isNull()


def test_a_line_chart_summary_names_each_series(qtbot: QtBot, gui_app: QApplication) -> None:
    months = MonthRange.parse("2026-04..2026-06").months()
    chart = MonthlyChart("支払額", "yen", LINE)
    qtbot.addWidget(chart)
    chart.set_data(
        months,
        [Series("合計", (1000.0, 2000.0, 3000.0), BLUE), Series("地域内", (500.0, None, 2500.0), BLUE)],
    )
    description = chart.accessibleDescription()
    assert "合計" in description and "地域内" in description
    assert kpi_text.value_text(6000.0, "yen") in description  # the total of the first series
    tip = chart.tooltip_text(1)
    assert "地域内" in tip and QCoreApplication.translate("Charts", "no data") in tip
    chart.resize(500, 240)
    chart.show()
    event_pos = chart.slot_rect(2).center().toPoint()
    assert chart.index_at(QPointF(event_pos)) == 2
    assert isinstance(event_pos, QPoint)


def test_numbers_are_written_as_owners_read_them(gui_app: QApplication) -> None:
    assert kpi_text.number_text(1234567.4, "yen") == "1,234,567"
    assert kpi_text.number_text(12.345, "hours") == "12.3"
    assert kpi_text.number_text(0.425, "ratio") in ("42.5", "42.4")
    assert kpi_text.value_text(0.5, "ratio") == "50.0%"
    assert kpi_text.value_text(None, "yen") == "—"
    # The app runs in Japanese (gui_app): yen in 万 on chart labels, months as 4月.
    assert kpi_text.compact_text(123456, "yen") == "12万"
    assert kpi_text.compact_text(25000, "yen") == "2.5万"
    assert kpi_text.compact_text(980, "yen") == "980"
    assert kpi_text.compact_text(789.04, "hours") == "789"
    assert kpi_text.compact_text(32.34, "hours") == "32.3"
    assert kpi_text.month_label(date(2026, 4, 1)) == "4月"
    for key in ("inventoried_hours", "roi", "retention_180", "companies_engaged"):
        assert kpi_text.figure_label(key) != key and kpi_text.figure_definition(key)
