"""Sync without any network: write and read sync bundle files (USB stick), on the task runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.sync.bundle import BundleError, ImportResult
from desktop.core.sync.service import SyncClient
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.taskrunner import JobContext

SYNCED_TABLES = ("partner", "company", "department", "task", "task_step", "conflict")


class BundleActions(QObject):
    """The 同期 menu's "write / read a sync file" commands."""

    def __init__(self, ctx: AppContext, client: SyncClient, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client = client
        self._window = parent

    def export_to(self, path: Path | None = None) -> int | None:
        """Write a bundle (asks where unless ``path`` is given); returns the job id."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Write sync file"), "machishigoto.mshg", self.tr("Sync file (*.mshg)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        client, target = self._client, path

        def job(context: JobContext) -> int:
            return client.export_bundle(target)

        return self._ctx.runner.submit(
            self.tr("Writing sync file"),
            job,
            lambda count: self._say(messages.bundle_exported(target, count)),
            lambda exc: self._failed(exc, target),
        )

    def import_from(self, path: Path | None = None) -> int | None:
        """Read a bundle (asks which unless ``path`` is given); returns the job id."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Read sync file"), "", self.tr("Sync file (*.mshg)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        client, source = self._client, path

        def job(context: JobContext) -> ImportResult:
            return client.import_bundle(source)

        def done(result: ImportResult) -> None:
            self._ctx.notify(*SYNCED_TABLES)
            self._say(messages.bundle_imported(source, result.cells_applied, result.conflicts))

        return self._ctx.runner.submit(
            self.tr("Reading sync file"), job, done, lambda exc: self._failed(exc, source)
        )

    def _say(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("Sync file"), text)

    def _failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, BundleError):
            text = messages.bundle_error(exc.code, path)
        elif isinstance(exc, FileExistsError):
            text = messages.bundle_error("exists", path)
        elif isinstance(exc, FileNotFoundError):
            text = messages.bundle_error("missing", path)
        else:
            text = messages.bundle_error("damaged", path)
        QMessageBox.warning(self._window, self.tr("Sync file"), text)
