"""A dialog whose slow steps run on the task runner: one step at a time, a progress bar, an error
and a "done" line, and cancel on close. The import dialogs (tasks, hours) are built on it."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QProgressBar, QWidget

from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, SAVED_COLOR, message_label


class RunnerDialog(QDialog):
    """Subclasses lay out ``busy``, ``error_label`` and ``done_label`` and implement
    ``_update_buttons`` and ``_failed``; ``_submit`` runs a step."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._job: int | None = None
        self.busy = QProgressBar()
        self.busy.hide()
        self.error_label = message_label(ERROR_COLOR)
        self.done_label = message_label(SAVED_COLOR)
        ctx.runner.sig_progress.connect(self._progress)
        ctx.runner.sig_cancelled.connect(self._cancelled)

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _submit(self, label: str, job: Any, on_done: Any, always: Any = None) -> int:
        """Run ``job`` on the runner; ``on_done`` gets its result while this dialog is open,
        ``always`` whether or not it still is."""
        self._show_error("")
        self._say("")
        self.busy.setRange(0, 0)
        self.busy.show()

        def done(value: object) -> None:
            if always is not None:
                always(value)
            if shiboken6.isValid(self):
                self._job = None
                self.busy.hide()
                on_done(value)
                self._update_buttons()

        self._job = self._ctx.runner.submit(label, job, done, self._failed)
        self._update_buttons()
        return self._job

    def _cancelled(self, job_id: int) -> None:
        if job_id == self._job and shiboken6.isValid(self):
            self._job = None
            self.busy.hide()
            self._show_error(self.tr("Cancelled. Nothing was changed."))
            self._update_buttons()

    def reject(self) -> None:
        """Close; a step still running is cancelled (an import being written is rolled back)."""
        if self._job is not None:
            self._ctx.runner.cancel(self._job)
        super().reject()

    def _progress(self, job_id: int, done: int, total: int) -> None:
        if job_id == self._job and shiboken6.isValid(self):
            self.busy.setRange(0, max(total, 1))
            self.busy.setValue(done)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.setVisible(bool(text))
