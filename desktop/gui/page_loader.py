"""How a page loads its rows on the task runner: one load at a time, never a stale answer shown.

Every page that lists rows follows the same rules, kept here once:

- a reload asked for while a load runs is remembered, and however many come, exactly one more load
  runs after the current one (with the page's state at that time: company, filters);
- an answer no longer wanted when it arrives (another company chosen meanwhile) is dropped and
  loaded again, never shown;
- an answer for a page already closed is ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.gui.taskrunner import TaskRunner

T = TypeVar("T")


class PageLoader(Generic[T]):
    """The background loads of one page (see the module's docstring)."""

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        label: str,
        *,
        again: Callable[[], None],
        show: Callable[[T], None],
        failed: Callable[[BaseException], None],
        wanted: Callable[[T], bool] = lambda _result: True,
    ) -> None:
        self._page = page
        self._runner = runner
        self._label = label
        self._again = again  # the page's reload(): reads its current state and loads again
        self._show = show
        self._failed = failed
        self._wanted = wanted
        self.loading = False
        self._stale = False

    def busy(self) -> bool:
        """Whether a load runs now; if so, one more is remembered for after it."""
        if self.loading:
            self._stale = True
        return self.loading

    def submit(self, load: Callable[[], T]) -> None:
        """Run ``load`` on the task runner; its result goes to ``show`` if still wanted."""
        self.loading, self._stale = True, False
        self._runner.submit(self._label, lambda _job: load(), self._done, self._error)

    def _done(self, result: T) -> None:
        if not shiboken6.isValid(self._page):  # the page closed while its rows were loading
            return
        self.loading = False
        if self._stale or not self._wanted(result):
            self._again()
            return
        self._show(result)

    def _error(self, exc: BaseException) -> None:
        if shiboken6.isValid(self._page):
            self.loading = False
            self._failed(exc)
