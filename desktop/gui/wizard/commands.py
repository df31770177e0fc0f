"""Undoable changes of the guided inventory: areas picked, templates added, ECRS, procedure steps."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.services.companies import DepartmentData, set_department_deleted
from desktop.core.services.inventory import EcrsData, add_from_templates, set_ecrs
from desktop.core.services.tasks import add_step, move_step, set_step_deleted, set_task_deleted, update_step
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext


class PickAreaCommand(ServiceCommand):
    """An area of work picked (already created or restored); undo removes it again."""

    def __init__(
        self, ctx: AppContext, department: DepartmentData, text: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(ctx, text, ("department",), on_error, done=True)
        self.department = department

    def forward(self) -> None:
        set_department_deleted(self._db, self.department.id, False)

    def backward(self) -> None:
        set_department_deleted(self._db, self.department.id, True)


class AddTemplatesCommand(ServiceCommand):
    """Library entries added to an area in one transaction; undo removes the tasks, redo restores them."""

    def __init__(
        self,
        ctx: AppContext,
        company_id: str,
        department_id: str,
        keys: Sequence[str],
        text: str,
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(ctx, text, ("task",), on_error)
        self.company_id = company_id
        self.department_id = department_id
        self.keys = list(keys)
        self.task_ids: list[str] = []
        self._added = False

    def forward(self) -> None:
        if self._added:
            for task_id in self.task_ids:
                set_task_deleted(self._db, task_id, False)
            return
        self.task_ids = add_from_templates(self._db, self.company_id, self.department_id, self.keys)
        self._added = True
        if not self.task_ids:
            self.setObsolete(True)  # all were there already: nothing to undo

    def backward(self) -> None:
        for task_id in self.task_ids:
            set_task_deleted(self._db, task_id, True)


class EcrsCommand(ServiceCommand):
    """A task's ECRS decision, note and minutes saved; undo writes the old ones back."""

    def __init__(
        self, ctx: AppContext, task_id: str, old: EcrsData, new: EcrsData, text: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(ctx, text, ("task",), on_error, done=True)
        self.task_id, self.old, self.new = task_id, old, new

    def _write(self, data: EcrsData) -> None:
        set_ecrs(self._db, self.task_id, data.decision, data.note, data.saved_minutes)

    def forward(self) -> None:
        self._write(self.new)

    def backward(self) -> None:
        self._write(self.old)


class AddStepCommand(ServiceCommand):
    """A procedure step appended; undo removes it, redo brings the same row back."""

    def __init__(
        self,
        ctx: AppContext,
        task_id: str,
        text: str,
        internal_only: bool,
        label: str,
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(ctx, label, ("task_step",), on_error)
        self.task_id, self.step_text, self.internal_only = task_id, text, internal_only
        self.step_id = ""

    def forward(self) -> None:
        if self.step_id:
            set_step_deleted(self._db, self.step_id, False)
        else:
            self.step_id = add_step(self._db, self.task_id, self.step_text, self.internal_only).id

    def backward(self) -> None:
        set_step_deleted(self._db, self.step_id, True)


class EditStepCommand(ServiceCommand):
    """A step's text or internal-only flag changed; undo restores both."""

    def __init__(
        self,
        ctx: AppContext,
        step_id: str,
        old: tuple[str, bool],
        new: tuple[str, bool],
        label: str,
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(ctx, label, ("task_step",), on_error)
        self.step_id, self.old, self.new = step_id, old, new

    def forward(self) -> None:
        update_step(self._db, self.step_id, *self.new)

    def backward(self) -> None:
        update_step(self._db, self.step_id, *self.old)


class MoveStepCommand(ServiceCommand):
    """A step moved one place up or down; undo moves it back."""

    def __init__(
        self, ctx: AppContext, step_id: str, offset: int, label: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(ctx, label, ("task_step",), on_error)
        self.step_id, self.offset = step_id, offset

    def forward(self) -> None:
        move_step(self._db, self.step_id, self.offset)

    def backward(self) -> None:
        move_step(self._db, self.step_id, -self.offset)


class DeleteStepCommand(ServiceCommand):
    """A step removed (tombstoned); undo restores it in its place."""

    def __init__(self, ctx: AppContext, step_id: str, label: str, on_error: ErrorHandler) -> None:
        super().__init__(ctx, label, ("task_step",), on_error)
        self.step_id = step_id

    def forward(self) -> None:
        set_step_deleted(self._db, self.step_id, True)

    def backward(self) -> None:
        set_step_deleted(self._db, self.step_id, False)
