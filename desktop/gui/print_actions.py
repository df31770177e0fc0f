"""Printing from the app: make a document on the task runner (with progress and cancel) into a
temporary folder, then open the preview, from which the user prints or saves it.

Every function returns at once; the preview opens when the document is ready. A failure is shown as
a message box in words; a cancelled job leaves nothing behind (no preview, no message, no file).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.db import Database
from desktop.core.documents import (
    DocumentResult,
    assignment_ids_for,
    connection_card,
    interview_sheet,
    task_sheets,
)
from desktop.core.errors import NotFound
from desktop.core.services.companies import get_company
from desktop.core.services.workers import get_worker
from desktop.gui.context import AppContext
from desktop.gui.print_preview import PreviewDialog, open_preview
from desktop.gui.taskrunner import JobContext

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_MAX_STEM = 80
PROGRESS_DELAY_MS = 400  # a quick document never flashes a progress window


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Made:
    """What a print job hands back: the document (None when there was nothing to print), the words
    for the preview's title and the suggested file name."""

    result: DocumentResult | None
    title: str
    file_stem: str


Make = Callable[[Path, JobContext], Made]
"""Writes the document to the given path (checking the job's cancel flag, reporting progress)."""


def file_stem(*parts: str) -> str:
    """ "作業指示書", "茶畑 / 本店" -> "作業指示書_茶畑 _ 本店_2026-04-12": safe on every file system."""
    words = [_UNSAFE.sub("_", p).strip(" .") for p in parts if p and p.strip()]
    stem = "_".join(w for w in words if w)[:_MAX_STEM].rstrip(" .")
    return f"{stem}_{date.today().isoformat()}" if stem else date.today().isoformat()


def error_text(exc: BaseException) -> str:
    """Why a document could not be made, in words."""
    if isinstance(exc, NotFound):
        return translate(
            "PrintActions",
            "Something to print no longer exists (deleted on another PC?). Reload the list and try again.",
        )
    if isinstance(exc, OSError):
        return translate("PrintActions", "The PDF could not be written: {error}").format(
            error=exc.strerror or exc
        )
    return translate("PrintActions", "The document could not be made: {error}").format(error=exc)


class PrintJob(QObject):
    """One document being made on the runner: its progress window, its temporary folder, and the
    preview it opens when done."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, label: str, make: Make, empty_text: str
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._empty_text = empty_text
        self.folder = Path(tempfile.mkdtemp(prefix="machishigoto-print-"))
        self._over = False
        self.cancel_requested = False
        self.preview: PreviewDialog | None = None

        self.progress = QProgressDialog(label, translate("PrintActions", "Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(translate("PrintActions", "Printing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)

        folder = self.folder

        def job(context: JobContext) -> Made:
            return make(folder / "document.pdf", context)

        runner = ctx.runner
        runner.sig_progress.connect(self._progress)
        runner.sig_cancelled.connect(self._cancelled)
        self.job_id = runner.submit(label, job, self._done, self._failed)

    def cancel(self) -> None:
        """Stop making the document: no preview, nothing left behind."""
        if self._over or self.cancel_requested:
            return
        self.cancel_requested = True
        self._ctx.runner.cancel(self.job_id)  # the job is still the runner's: only it is cancelled

    def _progress(self, job_id: int, done: int, total: int) -> None:
        if job_id == self.job_id and not self._over and shiboken6.isValid(self.progress):
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _done(self, made: Made) -> None:
        if not self._finish(keep_folder=True):
            return
        if made.result is None:
            shutil.rmtree(self.folder, ignore_errors=True)
            QMessageBox.information(self._live_parent(), translate("PrintActions", "Print"), self._empty_text)
            return
        try:
            # The preview owns the folder from now on and removes it when it closes.
            self.preview = open_preview(
                made.result, made.title, f"{made.file_stem}.pdf", self._live_parent(), cleanup_dir=self.folder
            )
        except Exception as exc:  # a PDF pdfium cannot open: said in words, like any failure
            shutil.rmtree(self.folder, ignore_errors=True)
            QMessageBox.warning(self._live_parent(), translate("PrintActions", "Print"), error_text(exc))

    def _failed(self, exc: BaseException) -> None:
        if self._finish():
            QMessageBox.warning(self._live_parent(), translate("PrintActions", "Print"), error_text(exc))

    def _cancelled(self, job_id: int) -> None:
        if job_id == self.job_id:
            self._finish()

    def _finish(self, *, keep_folder: bool = False) -> bool:
        """Close the progress window and disconnect; False when the outcome is not wanted any more
        (cancelled, or the window that asked is gone): then nothing more is shown."""
        self._over = True
        runner = self._ctx.runner
        for signal, slot in ((runner.sig_progress, self._progress), (runner.sig_cancelled, self._cancelled)):
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                signal.disconnect(slot)
        if shiboken6.isValid(self.progress):
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
        wanted = not self.cancel_requested and (self._parent is None or shiboken6.isValid(self._parent))
        if not (wanted and keep_folder):
            shutil.rmtree(self.folder, ignore_errors=True)
        if shiboken6.isValid(self):
            self.setParent(None)  # done: whoever keeps a reference keeps the job, Qt no longer does
        return wanted

    def _live_parent(self) -> QWidget | None:
        return self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None


def _start(ctx: AppContext, parent: QWidget | None, label: str, make: Make, empty_text: str = "") -> PrintJob:
    return PrintJob(ctx, parent, label, make, empty_text)


def _company_name(db: Database, company_id: str | None) -> str:
    return get_company(db, company_id).name if company_id else ""


def _sheets_title(made: DocumentResult, who: str) -> str:
    sheets = made.sheets  # a plain name: lupdate does not see a numerus call with an attribute
    count = translate("PrintActions", "%n task sheet(s)", "", sheets)
    return f"{count} — {who}" if who else count


# --- the documents ------------------------------------------------------------------------------------


def print_task_sheets(
    ctx: AppContext, assignment_ids: list[str], parent: QWidget | None, *, name_hint: str = ""
) -> PrintJob:
    """The task sheets of these assignments, in this order, as one PDF."""
    db, ids = ctx.db, list(assignment_ids)

    def make(out: Path, job: JobContext) -> Made:
        if not ids:
            return Made(None, "", "")
        result = task_sheets(db, out, ids, progress=job.progress, cancelled=job.cancelled)
        return Made(
            result,
            _sheets_title(result, name_hint),
            file_stem(translate("PrintActions", "Task sheets"), name_hint),
        )

    return _start(
        ctx,
        parent,
        translate("PrintActions", "Making task sheets"),
        make,
        translate("PrintActions", "There are no assignments to print."),
    )


def print_company_sheets(ctx: AppContext, company_id: str, parent: QWidget | None) -> PrintJob:
    """The task sheets of every current assignment of a company."""
    db = ctx.db
    return _current_sheets(
        ctx,
        parent,
        lambda: _company_name(db, company_id),
        lambda: assignment_ids_for(db, company_id=company_id),
        translate(
            "PrintActions", "This company has no current assignments, so there are no task sheets to print."
        ),
    )


def print_worker_sheets(ctx: AppContext, worker_id: str, parent: QWidget | None) -> PrintJob:
    """The task sheets of every current assignment of a worker (in any company)."""
    db = ctx.db
    return _current_sheets(
        ctx,
        parent,
        lambda: get_worker(db, worker_id).fields.name,
        lambda: assignment_ids_for(db, worker_id=worker_id),
        translate(
            "PrintActions", "This worker has no current assignments, so there are no task sheets to print."
        ),
    )


def _current_sheets(
    ctx: AppContext,
    parent: QWidget | None,
    name_of: Callable[[], str],
    ids_of: Callable[[], list[str]],
    nothing: str,
) -> PrintJob:
    """The task sheets of the current assignments ``ids_of`` finds, titled with ``name_of``; both
    read on the task runner. ``nothing``: what to say when there are none."""
    db = ctx.db

    def make(out: Path, job: JobContext) -> Made:
        name = name_of()
        ids = ids_of()
        if not ids:
            return Made(None, "", "")
        result = task_sheets(db, out, ids, progress=job.progress, cancelled=job.cancelled)
        return Made(
            result, _sheets_title(result, name), file_stem(translate("PrintActions", "Task sheets"), name)
        )

    return _start(ctx, parent, translate("PrintActions", "Making task sheets"), make, nothing)


def print_interview(
    ctx: AppContext, company_id: str | None, prefilled: bool, parent: QWidget | None
) -> PrintJob:
    """The inventory interview sheet: blank, or pre-filled with the company's areas and tasks."""
    db = ctx.db
    filled = prefilled and bool(company_id)

    def make(out: Path, job: JobContext) -> Made:
        name = _company_name(db, company_id) if filled else ""
        result = interview_sheet(db, out, company_id if filled else None, prefilled=filled)
        kind = (
            translate("PrintActions", "Interview sheet (pre-filled)")
            if filled
            else translate("PrintActions", "Interview sheet (blank)")
        )
        title = f"{kind} — {name}" if name else kind
        return Made(result, title, file_stem(translate("PrintActions", "Interview sheet"), name))

    return _start(ctx, parent, translate("PrintActions", "Making the interview sheet"), make)


def make_card(
    ctx: AppContext, server_url: str, code: str, company_name: str, parent: QWidget | None
) -> PrintJob:
    """The connection card with these values."""

    def make(out: Path, job: JobContext) -> Made:
        result = connection_card(out, server_url=server_url, code=code, company_name=company_name)
        return Made(
            result,
            translate("PrintActions", "Connection card"),
            file_stem(translate("PrintActions", "Connection card"), company_name),
        )

    return _start(ctx, parent, translate("PrintActions", "Making the connection card"), make)


def print_card(ctx: AppContext, parent: QWidget | None) -> QWidget:
    """Ask for the server, the code and the company, then make the connection card."""
    from desktop.gui.card_dialog import CardDialog

    dialog = CardDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def create() -> None:
        values = dialog.values()
        make_card(ctx, values.server_url, values.code, values.company_name, parent)

    dialog.accepted.connect(create)
    dialog.open()
    return dialog
