"""The pages' one rule for background loads (desktop/gui/page_loader.py)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.page_loader import PageLoader
from desktop.gui.taskrunner import TaskRunner


class Page(QWidget):
    """A page that loads "the value of ``self.source``" and records what it showed."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.source = 0
        self.loads = 0
        self.shown: list[int] = []
        self.errors: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.loader: PageLoader[int] = PageLoader(
            self, runner, "loading", again=self.reload, show=self.shown.append,
            failed=lambda exc: self.errors.append(str(exc)), wanted=lambda value: value == self.source,
        )  # fmt: skip

    def reload(self) -> None:
        if self.loader.busy():
            return
        wanted = self.source

        def load() -> int:
            self.loads += 1
            self.gate.wait(10)
            if wanted < 0:
                raise ValueError("broken")
            return wanted

        self.loader.submit(load)


def test_requests_during_a_load_become_exactly_one_more(gui_app: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    page = Page(runner)
    page.gate.clear()
    page.reload()
    for value in (1, 2, 3):  # three requests while the first load waits
        page.source = value
        page.reload()
    page.gate.set()
    qtbot.waitUntil(lambda: page.shown == [3] and not page.loader.loading, timeout=10_000)
    assert page.loads == 2  # the first (0, no longer wanted, never shown) and one more (3)
    runner.shutdown()


def test_an_answer_no_longer_wanted_is_loaded_again_not_shown(gui_app: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    page = Page(runner)
    page.gate.clear()
    page.reload()
    page.source = 7  # e.g. another company chosen, without asking for a reload
    page.gate.set()
    qtbot.waitUntil(lambda: page.shown == [7], timeout=10_000)
    assert page.loads == 2
    runner.shutdown()


def test_a_failed_load_is_reported_and_the_next_one_runs(gui_app: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    page = Page(runner)
    page.source = -1
    page.reload()
    qtbot.waitUntil(lambda: page.errors == ["broken"], timeout=10_000)
    assert not page.loader.loading and page.shown == []
    page.source = 5
    page.reload()
    qtbot.waitUntil(lambda: page.shown == [5], timeout=10_000)
    runner.shutdown()


def test_an_answer_for_a_closed_page_is_ignored(gui_app: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    page = Page(runner)
    shown = page.shown
    page.gate.clear()
    page.reload()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=10_000)
    page.gate.set()
    with qtbot.waitSignal(runner.sig_idle, timeout=10_000):
        pass
    assert shown == []
    runner.shutdown()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
