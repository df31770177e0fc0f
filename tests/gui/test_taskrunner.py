"""The background task runner: results on the GUI thread, progress, cancel, errors, order."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import Cancelled
from desktop.gui.taskrunner import JobContext, TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_is_delivered_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    got: list[tuple[object, bool]] = []
    main = threading.get_ident()

    def job(ctx: JobContext) -> int:
        assert threading.get_ident() != main
        return 42

    with qtbot.waitSignal(runner.sig_idle):
        runner.submit("answer", job, lambda r: got.append((r, threading.get_ident() == main)))
    assert got == [(42, True)]


def test_jobs_run_one_at_a_time_in_order(runner: TaskRunner, qtbot: QtBot) -> None:
    order: list[int] = []
    active = [0]

    def make(i: int) -> Callable[[JobContext], int]:
        def job(ctx: JobContext) -> int:
            active[0] += 1
            assert active[0] == 1
            order.append(i)
            active[0] -= 1
            return i

        return job

    with qtbot.waitSignal(runner.sig_idle):
        for i in range(5):
            runner.submit(f"job {i}", make(i))
    assert order == [0, 1, 2, 3, 4]


def test_progress_and_cancel(runner: TaskRunner, qtbot: QtBot) -> None:
    started = threading.Event()
    progress: list[tuple[int, int]] = []
    runner.sig_progress.connect(lambda _id, d, t: progress.append((d, t)))

    def job(ctx: JobContext) -> None:
        ctx.progress(1, 10)
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.005)
        raise Cancelled()

    done: list[object] = []
    with qtbot.waitSignal(runner.sig_cancelled):
        job_id = runner.submit("long", job, done.append)
        assert started.wait(5)
        runner.cancel(job_id)
    assert done == []
    qtbot.waitUntil(lambda: progress == [(1, 10)])
    assert not runner.is_busy()


def test_errors_reach_the_error_callback(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def job(ctx: JobContext) -> None:
        raise OSError("disk full")

    with qtbot.waitSignal(runner.sig_idle):
        runner.submit("fails", job, on_error=errors.append)
    assert len(errors) == 1 and str(errors[0]) == "disk full"
