"""The main window: navigation, status bar, demo data and backup on the task runner, settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.services.companies import list_companies
from desktop.core.services.info import pending_changes
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings


@pytest.fixture
def window(gui_app: QApplication, db: Database, settings: Settings, qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.ctx.runner.shutdown()


def test_japanese_navigation_and_status_bar(window: MainWindow, qtbot: QtBot) -> None:
    assert window.page_titles() == [
        "会社情報",
        "かんたん業務棚卸し",
        "業務一覧",
        "外部化の候補",
        "人材",
        "育成パイプライン",
        "割り当て",
        "作業時間",
        "価値の見える化",
    ]
    assert window.connection_label.text() == "未接続"
    assert str(window.ctx.db.path) in window.db_label.text()
    qtbot.waitUntil(lambda: window.pending_label.text() == "送信待ちの変更 0 件")  # counted on the runner


def test_bundled_font_is_the_application_font(window: MainWindow) -> None:
    assert QApplication.font().family() == "BIZ UDGothic"


def test_demo_data_runs_in_the_background_and_refreshes(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.ctx.runner.sig_idle, timeout=30_000):
        window.add_demo_data("small")
    companies = list_companies(window.ctx.db)
    assert len(companies) == 1
    assert window.company_combo.currentText() == companies[0].name
    assert window.ctx.company_id == companies[0].id
    waiting = pending_changes(window.ctx.db)
    assert waiting > 0
    qtbot.waitUntil(lambda: str(waiting) in window.pending_label.text())


def test_backup_runs_in_the_background(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dest = tmp_path / "manual-backup.sqlite3"
    with qtbot.waitSignal(window.ctx.runner.sig_idle, timeout=30_000):
        window.backup(dest)
    assert dest.exists() and dest.stat().st_size > 0
    assert str(dest) in window.statusBar().currentMessage()


def test_font_scale_is_applied_and_saved(window: MainWindow, settings: Settings) -> None:
    before = QApplication.font().pointSizeF()
    window.set_font_scale(1.5)
    assert settings.font_scale == 1.5
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
    window.set_font_scale(1.0)


def test_undo_redo_actions_have_standard_shortcuts(window: MainWindow) -> None:
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]


def test_unopenable_database_is_explained_in_japanese(
    gui_app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.app import open_or_explain

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "写真.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    assert open_or_explain(bad) is None
    assert len(shown) == 1 and str(bad) in shown[0] and "データベース" in shown[0]
    assert bad.read_bytes() == b"\xff\xd8\xff\xe0 jpeg"
