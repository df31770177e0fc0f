"""One serialized background task runner for database, file and PDF work (DESIGN section 6).

Jobs run one at a time on a single worker thread, so they never race each other on the database,
and hand plain data back to the GUI thread through queued signals.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import Cancelled


@dataclass
class JobContext:
    """What a job function gets: progress reporting and the cancel flag."""

    job_id: int
    _runner: TaskRunner
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int) -> None:
        self._runner.sig_progress.emit(self.job_id, int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Job:
    label: str
    fn: Callable[[JobContext], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    context: JobContext


class TaskRunner(QObject):
    """Runs ``fn(context)`` jobs in the background, in submission order."""

    sig_started = Signal(int, str)
    """A job began: (job id, label)."""
    sig_progress = Signal(int, int, int)
    """A job reported progress: (job id, done, total)."""
    sig_finished = Signal(int, object)
    """A job returned: (job id, result)."""
    sig_failed = Signal(int, object)
    """A job raised: (job id, exception)."""
    sig_cancelled = Signal(int)
    """A job stopped because it was cancelled."""
    sig_idle = Signal()
    """No job is queued or running any more."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="machishigoto-task")
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self.sig_finished.connect(self._deliver_result)
        self.sig_failed.connect(self._deliver_error)
        self.sig_cancelled.connect(self._forget)

    def submit(
        self,
        label: str,
        fn: Callable[[JobContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Queue a job; ``on_done``/``on_error`` are called later on the GUI thread."""
        job_id = next(self._ids)
        job = _Job(label, fn, on_done, on_error, JobContext(job_id, self))
        self._jobs[job_id] = job
        self._pool.submit(self._run, job_id, job)
        return job_id

    def cancel(self, job_id: int | None = None) -> None:
        """Ask one job (or every queued and running job) to stop."""
        targets = [self._jobs[job_id]] if job_id in self._jobs else list(self._jobs.values())
        for job in targets:
            job.context._cancel.set()

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def label(self, job_id: int) -> str:
        job = self._jobs.get(job_id)
        return job.label if job else ""

    def shutdown(self) -> None:
        """Cancel what is queued, wait for the running job, and stop the thread."""
        self.cancel()
        self._pool.shutdown(wait=True)

    def _run(self, job_id: int, job: _Job) -> None:
        if job.context.cancelled():
            self.sig_cancelled.emit(job_id)
            return
        self.sig_started.emit(job_id, job.label)
        try:
            result = job.fn(job.context)
        except Cancelled:
            self.sig_cancelled.emit(job_id)
        except BaseException as exc:  # handed to the GUI, which shows it; the thread lives on
            self.sig_failed.emit(job_id, exc)
        else:
            self.sig_finished.emit(job_id, result)

    def _deliver_result(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job.on_done is not None:
            job.on_done(result)
        self._maybe_idle()

    def _deliver_error(self, job_id: int, exc: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job.on_error is not None and isinstance(exc, BaseException):
            job.on_error(exc)
        self._maybe_idle()

    def _forget(self, job_id: int) -> None:
        self._jobs.pop(job_id, None)
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self._jobs:
            self.sig_idle.emit()
