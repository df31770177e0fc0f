"""The backups dialog: listing, backing up by hand, and restoring in place while the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import backup
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.gui.context import AppContext
from desktop.gui.restore_dialog import RestoreDialog
from tests.core.test_data_safety import _damage


def test_back_up_now_then_restore_it_in_place(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_company(ctx.db, CompanyData(name="元の会社"))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.sig_finished, timeout=10_000) as backed_up:
        assert dialog.back_up_now() is not None
    assert backed_up.args == [True]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "手動"
    create_company(ctx.db, CompanyData(name="後から追加した会社"))
    seen: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(seen.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.sig_finished, timeout=10_000) as restored:
        assert dialog.restore_selected()
    assert restored.args == [True]
    assert [c.name for c in list_companies(ctx.db)] == ["元の会社"]  # the same Database object works
    assert seen and "company" in seen[-1]
    kinds = [b.kind for b in backup.list_backups(ctx.db.path)]
    assert kinds.count("before-restore") == 1  # what was replaced is kept
    kept = next(b for b in backup.list_backups(ctx.db.path) if b.kind == "before-restore")
    assert kept.size > 0 and Path(kept.path).exists()


def test_a_damaged_backup_is_refused_in_words(ctx: AppContext, qtbot: QtBot) -> None:
    for n in range(30):
        create_company(ctx.db, CompanyData(name=f"会社{n:02d}", note="メモ" * 200))
    made = backup.make_backup(ctx.db.path, "daily")
    _damage(made)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.sig_finished, timeout=10_000) as refused:
        assert dialog.restore_selected(confirm=False)  # started; the check runs on the runner
    assert refused.args == [False]
    assert "壊れて" in dialog.message.text()
    assert len(list_companies(ctx.db)) == 30
