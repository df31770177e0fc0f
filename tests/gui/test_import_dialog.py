"""The import dialog end to end: file, column mapping, preview, import; and the export command."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.io import read_table
from desktop.core.io.common import FILE_ERROR_CODES, MESSAGE_CODES, VALIDATION_CODES, ImportFileError, Message
from desktop.core.services.companies import CompanyData, create_company, list_departments
from desktop.core.services.tasks import TaskFields, create_task, list_tasks
from desktop.gui import import_messages as words
from desktop.gui.context import AppContext
from desktop.gui.import_dialog import ImportDialog, export_tasks
from desktop.gui.import_preview_model import ERROR_BACKGROUND, WARNING_BACKGROUND


@pytest.fixture
def company_id(ctx: AppContext, db: Database) -> str:
    company = create_company(db, CompanyData(name="テスト茶園"))
    ctx.set_company(company.id)
    return company.id


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot, company_id: str) -> ImportDialog:
    widget = ImportDialog(ctx)
    qtbot.addWidget(widget)
    return widget


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["業務一覧"])  # a title above the header
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def load(dialog: ImportDialog, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(dialog.sig_table_read, timeout=10_000):
        dialog.load_file(path)


def show_preview(dialog: ImportDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def test_a_small_sheet_is_imported_through_the_dialog(
    dialog: ImportDialog, ctx: AppContext, db: Database, company_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "tasks.xlsx",
        [
            ["作業名", "部門", "頻度", "所要時間（分）", "担当", "謎の列"],
            ["請求書の発行", "経理", "月1回", 120, "佐藤", "x"],
            ["茶摘み体験の予約受付", "観光", "週3回", "20分", "", ""],
        ],
    )
    load(dialog, qtbot, path)
    assert dialog.pages.currentIndex() == 1
    assert [c.currentData() for c in dialog.combos] == [
        "name",
        "department",
        "frequency",
        "minutes_per_occurrence",
        "performer",
        "",
    ]
    show_preview(dialog, qtbot)
    assert dialog.pages.currentIndex() == 2
    assert dialog.model.rowCount() == 2 and dialog.model.columnCount() == 2 + 5
    assert dialog.import_button.isEnabled()
    assert dialog.import_preview is not None
    assert dialog.summary_label.text() == words.summary(dialog.import_preview)
    changed: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].tasks == 2 and imported.args[0].departments == 2
    assert changed == [frozenset({"task", "department"})]
    tasks = {t.fields.name: t for t in list_tasks(db, company_id)}
    assert (
        tasks["請求書の発行"].fields.minutes_per_occurrence == 120
        and tasks["請求書の発行"].department_name == "経理"
    )
    assert tasks["茶摘み体験の予約受付"].fields.frequency == "3/week"
    assert not dialog.import_button.isVisible() or not dialog.import_button.isEnabled()


def test_errors_colour_the_cells_and_disable_the_import_button(
    dialog: ImportDialog, db: Database, company_id: str, qtbot: QtBot, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        [["業務名", "頻度", "紙／データ"], ["請求", "ときどき多い", "紙"], ["日報", "毎日", "電子化予定"]],
    )
    load(dialog, qtbot, path)
    show_preview(dialog, qtbot)
    assert dialog.import_preview is not None and dialog.import_preview.has_errors
    assert not dialog.import_button.isEnabled()
    assert dialog.import_rows() is None
    model = dialog.model
    bad = model.index(0, 3)  # row 3 of the sheet, the frequency column
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "ときどき多い" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    guessed = model.index(1, 4)
    assert model.data(guessed, Qt.ItemDataRole.BackgroundRole) == WARNING_BACKGROUND
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert model.data(model.index(1, 2), Qt.ItemDataRole.BackgroundRole) is None
    dialog.problems_box.setChecked(True)
    assert model.rowCount() == 2
    assert list_tasks(db, company_id) == [] and list_departments(db, company_id) == []
    # Choosing not to import the bad column makes the preview clean.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    dialog.combos[1].setCurrentIndex(0)
    show_preview(dialog, qtbot)
    assert dialog.import_button.isEnabled()


def test_the_chosen_mapping_is_remembered_for_the_same_headers(
    ctx: AppContext, dialog: ImportDialog, qtbot: QtBot, tmp_path: Path, company_id: str
) -> None:
    path = workbook(tmp_path / "a.xlsx", [["業務名", "ふりがな"], ["請求", "急ぎ"]])
    load(dialog, qtbot, path)
    assert dialog.combos[1].currentData() == ""
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("note"))
    show_preview(dialog, qtbot)
    again = ImportDialog(ctx)
    qtbot.addWidget(again)
    load(again, qtbot, workbook(tmp_path / "b.xlsx", [["業務名", "ふりがな"], ["日報", ""]]))
    assert [c.currentData() for c in again.combos] == ["name", "note"]


def test_a_bad_file_is_explained_and_nothing_is_lost(
    dialog: ImportDialog, qtbot: QtBot, tmp_path: Path, db: Database, company_id: str
) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as failed:
        dialog.load_file(path)
    assert str(path) in failed.args[0]
    assert dialog.error_label.text() == failed.args[0] and dialog.pages.currentIndex() == 0
    assert path.read_bytes() == b"PK\x03\x04 this is not really a workbook"
    assert dialog.choose_button.isEnabled()


def test_duplicates_can_be_included(
    dialog: ImportDialog, qtbot: QtBot, tmp_path: Path, db: Database, company_id: str
) -> None:
    create_task(db, company_id, TaskFields(name="請求"))
    load(dialog, qtbot, workbook(tmp_path / "d.xlsx", [["業務名"], ["請求"], ["日報"]]))
    show_preview(dialog, qtbot)
    assert dialog.import_preview is not None and dialog.import_preview.counts.to_import == 1
    dialog.duplicates_box.setChecked(True)
    assert dialog.import_preview.counts.to_import == 2
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        dialog.import_rows()
    assert sorted(t.fields.name for t in list_tasks(db, company_id)) == ["日報", "請求", "請求"]


def test_export_writes_a_new_file_on_the_runner(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, db: Database, company_id: str
) -> None:
    create_task(db, company_id, TaskFields(name="請求書の発行"))
    window = QMainWindow()
    qtbot.addWidget(window)
    target = tmp_path / "out.csv"
    with qtbot.waitSignal(ctx.runner.sig_idle, timeout=10_000):
        export_tasks(ctx, window, target)
    assert read_table(target).rows[0][0] == "請求書の発行"
    assert str(target) in window.statusBar().currentMessage()


def test_every_code_core_can_return_has_words() -> None:
    for code in FILE_ERROR_CODES:
        assert "{" not in words.file_error(ImportFileError(code), Path("x.xlsx"))
    fallback = words.describe(Message("error", "no_such_code"))
    for code in MESSAGE_CODES | VALIDATION_CODES:
        text = words.describe(Message("warning", code, 2, 0, "frequency", {"text": "x", "value": "3/week"}))
        assert text != fallback and "{" not in text, code


def test_closing_the_dialog_cancels_the_step_waiting(
    dialog: ImportDialog, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    gate = threading.Event()
    ctx.runner.submit("blocker", lambda context: gate.wait(5))
    job = dialog.load_file(workbook(tmp_path / "a.xlsx", [["業務名"], ["請求"]]))
    with qtbot.waitSignal(ctx.runner.sig_cancelled, timeout=10_000) as cancelled:
        dialog.reject()
        gate.set()
    assert cancelled.args == [job]
    assert dialog.table is None and not dialog.busy.isVisible()
