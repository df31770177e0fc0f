"""Undoable changes of the worker pool and the training pipeline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core import ids
from desktop.core.services import pipeline
from desktop.core.services.pipeline import AlertSettings, StageChange
from desktop.core.services.workers import (
    SkillInput,
    WorkerFields,
    WorkerRow,
    create_worker,
    set_worker_deleted,
    update_worker,
)
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext

WORKER_TABLES = ("worker", "worker_skill", "skill")
STAGE_TABLES = ("training_stage",)


class AddWorkerCommand(ServiceCommand):
    """Adds a worker with their skills; redoing after an undo restores the same row."""

    def __init__(
        self,
        ctx: AppContext,
        partner_id: str,
        data: WorkerFields,
        skills: Sequence[SkillInput],
        on_error: ErrorHandler,
    ) -> None:
        text = QCoreApplication.translate("WorkersPage", "Add worker “{name}”").format(name=data.name.strip())
        super().__init__(ctx, text, WORKER_TABLES, on_error)
        self.partner_id, self.data, self.skills = partner_id, data, tuple(skills)
        self.worker_id = ids.new_id()  # fixed, so undo/redo and sync always mean the same row
        self._created = False

    def forward(self) -> None:
        if self._created:
            set_worker_deleted(self._db, self.worker_id, False)
        else:
            create_worker(self._db, self.partner_id, self.data, self.worker_id, self.skills)
            self._created = True

    def backward(self) -> None:
        set_worker_deleted(self._db, self.worker_id, True)


class EditWorkerCommand(ServiceCommand):
    """Saves a worker's fields and skills; undo saves the old ones back."""

    def __init__(
        self,
        ctx: AppContext,
        old: WorkerRow,
        data: WorkerFields,
        skills: Sequence[SkillInput],
        on_error: ErrorHandler,
    ) -> None:
        text = QCoreApplication.translate("WorkersPage", "Edit worker “{name}”").format(
            name=data.name.strip()
        )
        super().__init__(ctx, text, WORKER_TABLES, on_error)
        self.worker_id = old.id
        self.old_data, self.old_skills = old.fields, old.skill_inputs()
        self.data, self.skills = data, tuple(skills)

    def forward(self) -> None:
        update_worker(self._db, self.worker_id, self.data, self.skills)

    def backward(self) -> None:
        update_worker(self._db, self.worker_id, self.old_data, self.old_skills)


class DeleteWorkersCommand(ServiceCommand):
    """Tombstones workers (nothing is erased); undo restores them."""

    def __init__(self, ctx: AppContext, rows: Sequence[WorkerRow], on_error: ErrorHandler) -> None:
        if len(rows) == 1:
            text = QCoreApplication.translate("WorkersPage", "Delete worker “{name}”").format(
                name=rows[0].fields.name
            )
        else:
            text = QCoreApplication.translate("WorkersPage", "Delete {n} workers").format(n=len(rows))
        super().__init__(ctx, text, WORKER_TABLES, on_error)
        self.worker_ids = [r.id for r in rows]

    def _set(self, deleted: bool) -> None:
        for worker_id in self.worker_ids:
            set_worker_deleted(self._db, worker_id, deleted)

    def forward(self) -> None:
        self._set(True)

    def backward(self) -> None:
        self._set(False)


class StageChangeCommand(ServiceCommand):
    """A pipeline move already made (start of a course, moving on or back): undo writes the touched
    stage rows back as they were, redo as the move left them."""

    def __init__(self, ctx: AppContext, text: str, change: StageChange, on_error: ErrorHandler) -> None:
        super().__init__(ctx, text, STAGE_TABLES, on_error, done=True)
        self.change = change

    def forward(self) -> None:
        pipeline.restore_stages(self._db, self.change.after)

    def backward(self) -> None:
        pipeline.restore_stages(self._db, self.change.before)


class SaveAlertSettingsCommand(ServiceCommand):
    """Saves the pipeline alert thresholds; undo saves the old ones back."""

    def __init__(
        self, ctx: AppContext, partner_id: str, old: AlertSettings, new: AlertSettings, on_error: ErrorHandler
    ) -> None:
        text = QCoreApplication.translate("PipelinePage", "Change the alert thresholds")
        super().__init__(ctx, text, ("setting",), on_error)
        self.partner_id, self.old, self.new = partner_id, old, new

    def forward(self) -> None:
        pipeline.save_alert_settings(self._db, self.partner_id, self.new)

    def backward(self) -> None:
        pipeline.save_alert_settings(self._db, self.partner_id, self.old)
