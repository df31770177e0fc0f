"""Undoable task changes: add, edit, delete (tombstone)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core import ids
from desktop.core.services.tasks import TaskFields, TaskRow, create_task, set_task_deleted, update_task
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext


class _TaskCommand(ServiceCommand):
    def __init__(self, ctx: AppContext, text: str, on_error: ErrorHandler) -> None:
        super().__init__(ctx, text, ("task",), on_error)


class AddTaskCommand(_TaskCommand):
    """Adds a task; redoing after an undo restores the same row instead of creating another."""

    def __init__(self, ctx: AppContext, company_id: str, data: TaskFields, on_error: ErrorHandler) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("TaskPage", "Add task “{name}”").format(name=data.name.strip()),
            on_error,
        )
        self.company_id = company_id
        self.data = data
        self.task_id = ids.new_id()  # fixed, so undo/redo and sync always mean the same row
        self._created = False

    def forward(self) -> None:
        if self._created:
            set_task_deleted(self._db, self.task_id, False)
        else:
            create_task(self._db, self.company_id, self.data, self.task_id)
            self._created = True

    def backward(self) -> None:
        set_task_deleted(self._db, self.task_id, True)


class EditTaskCommand(_TaskCommand):
    """Saves new fields of a task; undo saves the old ones back."""

    def __init__(
        self, ctx: AppContext, task_id: str, old: TaskFields, new: TaskFields, on_error: ErrorHandler
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("TaskPage", "Edit task “{name}”").format(name=new.name.strip()),
            on_error,
        )
        self.task_id, self.old, self.new = task_id, old, new

    def forward(self) -> None:
        update_task(self._db, self.task_id, self.new)

    def backward(self) -> None:
        update_task(self._db, self.task_id, self.old)


class DeleteTaskCommand(_TaskCommand):
    """Tombstones tasks (nothing is erased); undo restores them."""

    def __init__(self, ctx: AppContext, rows: Sequence[TaskRow], on_error: ErrorHandler) -> None:
        if len(rows) == 1:
            text = QCoreApplication.translate("TaskPage", "Delete task “{name}”")
            text = text.format(name=rows[0].fields.name)
        else:
            text = QCoreApplication.translate("TaskPage", "Delete {n} tasks").format(n=len(rows))
        super().__init__(ctx, text, on_error)
        self.task_ids = [r.id for r in rows]

    def _set(self, deleted: bool) -> None:
        for task_id in self.task_ids:
            set_task_deleted(self._db, task_id, deleted)

    def forward(self) -> None:
        self._set(True)

    def backward(self) -> None:
        self._set(False)
