"""Undoable assignment changes: assign (one worker or a team), edit, end, delete (tombstone).

Assigning is done before the command is pushed (``done=True``), so the dialog learns at once whether
core refused it and can show the reasons inline; undo then puts back what was there before: nothing
(the new row is tombstoned, and the WorkerCard with it when it was the worker's last assignment in
the company), or the earlier values of an ended or deleted assignment of the same person and role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core import workforce
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.services.assignments import (
    AssignmentRow,
    assign,
    assign_team,
    end_assignment,
    get_assignment,
    set_assignment_deleted,
    update_assignment,
)
from desktop.core.workforce import Period
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext

TABLES = ("assignment", "worker_card")


@dataclass(frozen=True)
class Member:
    """One worker to assign: role, rate and planned hours a month."""

    worker_id: str
    role: str
    rate_yen: int | None
    planned_hours: int | None


def previous_state(db: Database, task_id: str, worker_id: str, role: str) -> AssignmentRow | None:
    """The row an assignment of this person and role would reuse (deterministic id), if any."""
    try:
        return get_assignment(db, workforce.assignment_id(task_id, worker_id, role))
    except NotFound:
        return None


def restore_state(db: Database, assignment_id: str, previous: AssignmentRow | None) -> None:
    """Put an assignment back as it was before a command changed it (tombstone it if it was new)."""
    if previous is None:
        set_assignment_deleted(db, assignment_id, True)
        return
    if previous.period is not None:
        update_assignment(
            db,
            assignment_id,
            previous.period,
            previous.rate_yen,
            previous.planned_hours,
            previous.status,
            previous.note,
        )
    if previous.deleted:
        set_assignment_deleted(db, assignment_id, True)


class AssignCommand(ServiceCommand):
    """Assigns one worker, or a team of an operator and a supervisor, to a task.

    Construct it, call :meth:`do` (which raises ValidationError / NotFound without touching the undo
    stack), then push it: the first redo is skipped because the change is already made."""

    def __init__(
        self,
        ctx: AppContext,
        task_id: str,
        task_name: str,
        members: Sequence[Member],
        period: Period,
        on_error: ErrorHandler,
        note: str = "",
    ) -> None:
        if len(members) > 1:
            text = QCoreApplication.translate("MatchDialog", "Assign a team to “{task}”")
        else:
            text = QCoreApplication.translate("MatchDialog", "Assign to “{task}”")
        super().__init__(ctx, text.format(task=task_name), TABLES, on_error, done=True)
        self.task_id = task_id
        self.members = tuple(members)
        self.period = period
        self.note = note
        self.ids = [workforce.assignment_id(task_id, m.worker_id, m.role) for m in self.members]
        self._previous = [previous_state(ctx.db, task_id, m.worker_id, m.role) for m in self.members]
        self.rows: list[AssignmentRow] = []

    def do(self) -> list[AssignmentRow]:
        self.forward()
        return self.rows

    def forward(self) -> None:
        if len(self.members) == 2:
            operator, supervisor = self.members
            self.rows = list(
                assign_team(
                    self._db,
                    self.task_id,
                    operator.worker_id,
                    supervisor.worker_id,
                    self.period,
                    operator.rate_yen,
                    supervisor.rate_yen,
                    operator.planned_hours,
                    supervisor.planned_hours,
                )
            )
        else:
            (member,) = self.members
            row = assign(
                self._db,
                self.task_id,
                member.worker_id,
                member.role,
                self.period,
                member.rate_yen,
                member.planned_hours,
                note=self.note,
            )
            self.rows = [row]

    def backward(self) -> None:
        for assignment_id, previous in reversed(list(zip(self.ids, self._previous, strict=True))):
            restore_state(self._db, assignment_id, previous)


@dataclass(frozen=True)
class Values:
    """The editable values of an assignment."""

    period: Period
    rate_yen: int | None
    planned_hours: int | None
    status: str
    note: str

    @classmethod
    def of(cls, row: AssignmentRow) -> Values:
        return cls(row.period or Period(date.today()), row.rate_yen, row.planned_hours, row.status, row.note)


def _save(db: Database, assignment_id: str, values: Values) -> None:
    update_assignment(
        db, assignment_id, values.period, values.rate_yen, values.planned_hours, values.status, values.note
    )


class EditAssignmentCommand(ServiceCommand):
    """Saves new values of an assignment; undo saves the old ones back."""

    def __init__(self, ctx: AppContext, row: AssignmentRow, new: Values, on_error: ErrorHandler) -> None:
        text = QCoreApplication.translate("AssignmentsPage", "Edit assignment {code}")
        super().__init__(ctx, text.format(code=row.display_code), TABLES, on_error, done=True)
        self.assignment_id = row.id
        self.old, self.new = Values.of(row), new

    def do(self) -> None:
        self.forward()

    def forward(self) -> None:
        _save(self._db, self.assignment_id, self.new)

    def backward(self) -> None:
        _save(self._db, self.assignment_id, self.old)


class EndAssignmentsCommand(ServiceCommand):
    """Ends assignments (status "ended", the period closed on ``today``); undo reopens them."""

    def __init__(
        self, ctx: AppContext, rows: Sequence[AssignmentRow], today: date, on_error: ErrorHandler
    ) -> None:
        if len(rows) == 1:
            text = QCoreApplication.translate("AssignmentsPage", "End assignment {code}")
            text = text.format(code=rows[0].display_code)
        else:
            text = QCoreApplication.translate("AssignmentsPage", "End {n} assignments").format(n=len(rows))
        super().__init__(ctx, text, TABLES, on_error)
        self.rows = list(rows)
        self.today = today

    def forward(self) -> None:
        for row in self.rows:
            end_assignment(self._db, row.id, self.today)

    def backward(self) -> None:
        for row in self.rows:
            _save(self._db, row.id, Values.of(row))


class DeleteAssignmentsCommand(ServiceCommand):
    """Tombstones assignments (and cards left without any); undo restores them."""

    def __init__(self, ctx: AppContext, rows: Sequence[AssignmentRow], on_error: ErrorHandler) -> None:
        if len(rows) == 1:
            text = QCoreApplication.translate("AssignmentsPage", "Delete assignment {code}")
            text = text.format(code=rows[0].display_code)
        else:
            text = QCoreApplication.translate("AssignmentsPage", "Delete {n} assignments").format(n=len(rows))
        super().__init__(ctx, text, TABLES, on_error)
        self.ids = [r.id for r in rows]

    def forward(self) -> None:
        for assignment_id in self.ids:
            set_assignment_deleted(self._db, assignment_id, True)

    def backward(self) -> None:
        for assignment_id in reversed(self.ids):
            set_assignment_deleted(self._db, assignment_id, False)
