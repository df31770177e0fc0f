"""The backups of the open database (date, kind, size) and restoring one, without leaving the app.

Restoring checks the backup first, keeps the current file (as a "before-restore" backup), puts the
backup in place, and reopens the same ``Database`` object so every page simply reloads.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backup import BackupInfo, integrity_problems, list_backups, make_backup, restore_backup
from desktop.core.db import Database, open_database
from desktop.core.errors import DatabaseOpenError
from desktop.core.models import SYNCED_MODELS
from desktop.gui import messages
from desktop.gui.context import AppContext


def restore_in_place(db: Database, chosen: BackupInfo) -> None:
    """Put ``chosen`` in place of the open database and reopen it under the same object (a job of
    the task runner: nothing else uses the database meanwhile). A damaged backup is refused with
    ``DatabaseOpenError("damaged")`` before anything is touched."""
    problems = integrity_problems(chosen.path)
    if problems:
        raise DatabaseOpenError("damaged", chosen.path, "; ".join(problems[:2]))
    db.close()
    try:
        restore_backup(db.path, chosen.path)
    finally:
        fresh = open_database(db.path)
        db.engine, db.sessions, db.sync = fresh.engine, fresh.sessions, fresh.sync


class RestoreDialog(QDialog):
    """Lists the backups newest first; Restore puts the selected one back."""

    sig_finished = Signal(bool)
    """A backup or a restore ended: whether it worked (the message says how)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Backups and restore"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Backups are made every day at the first start, and before every upgrade, import and "
                "restore. Restoring keeps the current data as a backup too, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Backups"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self._ctx.db.path)
        self.table.setRowCount(len(self.backups))
        kinds = {
            "daily": self.tr("Daily"),
            "before-upgrade": self.tr("Before an upgrade"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "manual": self.tr("Made by hand"),
        }
        for row, info in enumerate(self.backups):
            cells = (
                info.created.strftime("%Y-%m-%d %H:%M"),
                kinds.get(info.kind, info.kind),
                self.tr("{mb:.1f} MB").format(mb=info.size / 1_000_000),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not self.backups:
            self.message.setText(self.tr("No backups yet."))
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> int | None:
        """A backup made by hand, on the task runner (a large file takes a few seconds)."""
        if self._ctx.runner.is_busy():
            self.message.setText(self.tr("Wait until the running job has finished, then try again."))
            return None
        path = self._ctx.db.path

        def done(made: Path) -> None:
            if shiboken6.isValid(self):
                self.message.setText(messages.backup_done(made))
                self.reload()
                self.sig_finished.emit(True)

        return self._ctx.runner.submit(
            self.tr("Backing up"), lambda job: make_backup(path, "manual", job.progress), done, self._failed
        )

    def restore_selected(self, confirm: bool = True) -> bool:
        """Start restoring the selected backup (on the task runner); False when it did not start."""
        chosen = self.selected()
        if chosen is None:
            return False
        if self._ctx.runner.is_busy():
            self.message.setText(self.tr("Wait until the running job has finished, then try again."))
            return False
        when = chosen.created.strftime("%Y-%m-%d %H:%M")
        if confirm:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Go back to the backup of {when}? Work done after it will not be in the data; the "
                    "current data is kept as a backup first."
                ).format(when=when),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ctx = self._ctx

        def done(_result: object) -> None:
            ctx.undo_stack.clear()  # the edits it holds were made on the replaced file
            ctx.notify(*(m.__table__.name for m in SYNCED_MODELS))  # type: ignore[attr-defined]
            if shiboken6.isValid(self):
                self.message.setText(self.tr("The backup of {when} is back in place.").format(when=when))
                self.reload()
                self.sig_finished.emit(True)

        self.message.setText(self.tr("Restoring…"))
        ctx.runner.submit(
            self.tr("Restoring a backup"), lambda job: restore_in_place(ctx.db, chosen), done, self._failed
        )
        return True

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, DatabaseOpenError) and exc.code == "damaged":
            text = self.tr("This backup is damaged and cannot be restored: {detail}").format(
                detail=exc.detail
            )
        else:
            text = self.tr("The backup could not be restored: {error}").format(error=exc)
        self.message.setText(text)
        self.reload()
        self.sig_finished.emit(False)
