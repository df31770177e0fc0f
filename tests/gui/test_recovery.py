"""The window's side of data safety: a damaged file after a crash is never opened, the newest good
backup is offered; a second window is refused in words; the daily backup runs in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import backup
from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.session_lock import SessionLock
from desktop.gui.app import recover_if_damaged, schedule_daily_backup, take_lock_or_explain
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from tests.core.test_data_safety import _damage


class Boxes:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.shown: list[tuple[str, str]] = []

        def record(kind: str, result: QMessageBox.StandardButton | None = None):  # type: ignore[no-untyped-def]
            def show(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
                self.shown.append((kind, text))
                return result or QMessageBox.StandardButton.Ok

            return show

        monkeypatch.setattr(QMessageBox, "question", record("question", answer))
        monkeypatch.setattr(QMessageBox, "critical", record("critical"))
        monkeypatch.setattr(QMessageBox, "information", record("information"))


@pytest.fixture
def damaged_with_backup(db_path: Path) -> Path:
    db = open_database(db_path)
    for n in range(30):
        create_company(db, CompanyData(name=f"会社{n:02d}", note="メモ" * 200))
    db.close()
    backup.make_backup(db_path, "daily")
    _damage(db_path)
    return db_path


def test_damaged_file_offers_the_newest_good_backup_and_keeps_the_damaged_one(
    gui_app: QApplication, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert recover_if_damaged(damaged_with_backup)
    assert [k for k, _ in boxes.shown] == ["question", "information"]
    assert "バックアップ" in boxes.shown[0][1] and "壊れて" in boxes.shown[0][1]
    db = open_database(damaged_with_backup)
    assert len(list_companies(db)) == 30
    db.close()
    assert list(damaged_with_backup.parent.glob("*.damaged-*"))


def test_declining_the_restore_changes_nothing(
    gui_app: QApplication, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = damaged_with_backup.read_bytes()
    Boxes(monkeypatch, QMessageBox.StandardButton.No)
    assert not recover_if_damaged(damaged_with_backup)
    assert damaged_with_backup.read_bytes() == before


def test_damaged_without_a_backup_is_explained_and_untouched(
    gui_app: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    for n in range(30):
        create_company(db, CompanyData(name=f"会社{n:02d}", note="メモ" * 200))
    db.close()
    _damage(db_path)
    before = db_path.read_bytes()
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not recover_if_damaged(db_path)
    assert boxes.shown[0][0] == "critical" and "バックアップがありません" in boxes.shown[0][1]
    assert db_path.read_bytes() == before


def test_a_second_window_is_told_why(
    gui_app: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = SessionLock.acquire(db_path)
    monkeypatch.setattr("desktop.core.session_lock._alive", lambda pid: True)
    monkeypatch.setattr("os.getpid", lambda: 999_999)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    try:
        assert take_lock_or_explain(db_path) is None
    finally:
        monkeypatch.undo()
        first.release()
    assert boxes.shown and "使用中" in boxes.shown[0][1]


def test_the_daily_backup_runs_on_the_runner(
    db: Database, settings: Settings, gui_app: QApplication, qtbot: QtBot
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ctx.runner.sig_idle, timeout=10_000):
        schedule_daily_backup(window, delay_ms=0)
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in backup.list_backups(db.path)), timeout=10_000)
    window.ctx.runner.shutdown()


def test_a_command_the_disk_refuses_is_explained_and_dropped_from_undo(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.errors import DatabaseOpenError
    from desktop.gui.commands import ServiceCommand

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    class Full(ServiceCommand):
        def forward(self) -> None:
            raise DatabaseOpenError("disk_full", ctx.db.path, "database or disk is full")

        def backward(self) -> None:
            raise AssertionError("never made, never undone")

    ctx.undo_stack.push(Full(ctx, "追加", ("company",), lambda exc: None))
    qtbot.waitUntil(lambda: bool(shown))
    assert "ディスク" in shown[0] and "空き" in shown[0]
    assert ctx.undo_stack.count() == 0  # nothing to undo: nothing was made
