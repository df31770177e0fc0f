"""Start-up in two steps: the first window (sqlite3 only) and the main window that replaces it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.services.tasks import TaskFields, create_task
from desktop.gui.app import Startup
from desktop.gui.first_window import FirstWindow
from desktop.gui.main_window import MainWindow
from desktop.gui.navigation import LAZY_PAGES, eager_titles
from desktop.gui.settings import Settings

SECOND = ("在庫の確認", "請求書の発行", "日報の集計")


@pytest.fixture
def two_companies(db_path: Path) -> tuple[Path, str]:
    """The small demo plus a second company with three tasks; returns (path, second company id)."""
    db = open_database(db_path)
    demo.load_small(db)
    company = create_company(db, CompanyData(name="龍の里"))  # sorts after the demo companies
    for name in SECOND:
        create_task(db, company.id, TaskFields(name=name))
    assert list_companies(db)[0].id != company.id
    db.close()
    return db_path, company.id


def _names(first: FirstWindow) -> list[str]:
    model = first.model
    return sorted(model.row_at(model.index(r, 0)).fields.name for r in range(model.rowCount()))


def test_the_main_window_takes_over_what_the_first_window_showed(
    gui_app: QApplication, settings: Settings, qtbot: QtBot, two_companies: tuple[Path, str]
) -> None:
    path, company_id = two_companies
    startup = Startup(path, settings)
    firsts: list[FirstWindow] = []
    startup.sig_first_shown.connect(firsts.append)
    with qtbot.waitSignal(startup.sig_ready, timeout=30_000) as ready:
        startup.start()
        first = firsts[0]
        qtbot.addWidget(first)
        # Readable at once: the first company's tasks, read without the database layer.
        assert first.has_rows() and first.isVisible()
        # Switch to the second company, filter and select, all before the database is open.
        first.company_combo.setCurrentIndex(first.company_combo.findData(company_id))
        assert _names(first) == sorted(SECOND)
        first.filter_edit.setText("請求")
        assert _names(first) == ["請求書の発行"]
        first.table.selectRow(0)
        # Pages that need the open database say "opening"; the main window opens on that page.
        workers_row = 3 + list(LAZY_PAGES).index("workers_page")
        first.nav.setCurrentRow(workers_row)
        assert first.pages.currentWidget() is first.opening_label
    window = ready.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.isVisible() and not first.isVisible()
    assert window.ctx.company_id == company_id
    page = window.task_page
    assert page.filter_edit.text() == "請求"
    qtbot.waitUntil(lambda: not page.loader.loading, timeout=10_000)
    assert [r.fields.name for r in page.selected_rows()] == ["請求書の発行"]
    assert window.page_titles()[:3] == eager_titles()
    assert window.nav.currentRow() == workers_row and window.pages.currentWidget() is window.workers_page
    window.ctx.runner.shutdown()
    window.close()
    assert startup.db is not None
    startup.db.close()


def test_a_file_that_is_no_database_is_explained_and_left_alone(
    gui_app: QApplication, settings: Settings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    photo = tmp_path / "写真.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    startup = Startup(photo, settings)
    firsts: list[FirstWindow] = []
    startup.sig_first_shown.connect(firsts.append)
    with qtbot.waitSignal(startup.sig_failed, timeout=30_000):
        startup.start()
        qtbot.addWidget(firsts[0])
        assert not firsts[0].has_rows()  # nothing to read: "opening the database…" only
    assert len(shown) == 1 and str(photo) in shown[0] and "データベース" in shown[0]
    assert not firsts[0].isVisible() and startup.window is None and startup.db is None
    assert photo.read_bytes() == b"\xff\xd8\xff\xe0 jpeg"
