"""What every page gets: the database, settings, the task runner, the undo stack, and the one
``sig_data_changed`` signal that views refresh from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.db import Database
from desktop.gui.settings import Settings
from desktop.gui.taskrunner import TaskRunner


class AppContext(QObject):
    """Shared state of one open database window."""

    sig_data_changed = Signal(object)
    """Rows changed: a frozenset of table names ("company", "department", "task", ...)."""
    sig_company_changed = Signal(str)
    """The current company changed: its id ("" when there is none)."""

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self._company_id = ""

    @property
    def company_id(self) -> str:
        return self._company_id

    def set_company(self, company_id: str) -> None:
        if company_id != self._company_id:
            self._company_id = company_id
            self.sig_company_changed.emit(company_id)

    def notify(self, *tables: str) -> None:
        """Tell every view that rows of ``tables`` changed."""
        self.sig_data_changed.emit(frozenset(tables))
