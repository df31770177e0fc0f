"""Step 4, the details: who does each task, how often and how long, and how it is done (手順)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.services.companies import list_departments
from desktop.core.services.inventory import list_inventory_tasks
from desktop.core.services.tasks import TaskFields, TaskRow, validate_task
from desktop.gui.context import AppContext
from desktop.gui.task_commands import EditTaskCommand
from desktop.gui.task_dialog import TaskDialog
from desktop.gui.wizard.common import BOLD, StepWidget, error_text, field_error, show_status, status_label
from desktop.gui.wizard.details_model import NAME, DetailsDelegate, DetailsModel
from desktop.gui.wizard.procedure import ProcedureEditor


class DetailsStep(StepWidget):
    """The company's tasks with the key fields editable in place, and the selected task's procedure."""

    code = "details"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = DetailsModel(self)
        self.model.sig_edit_requested.connect(self.save_fields)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tasks and their details"))
        self.delegate = DetailsDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_task_dialog())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        edit = QAction(self.tr("Edit every field"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(lambda: self.open_task_dialog())
        self.table.addAction(edit)

        self.remaining = QLabel()
        self.remaining.setWordWrap(True)
        self.remaining.setStyleSheet(BOLD)
        self.only_incomplete = QCheckBox(self.tr("&Show only tasks with something missing"))
        self.only_incomplete.toggled.connect(lambda _on: self.refresh())
        self.dialog_button = QPushButton(self.tr("&Open the full form…"))
        self.dialog_button.setToolTip(self.tr("Open the full form of the task (Enter or double-click)"))
        self.dialog_button.clicked.connect(lambda: self.open_task_dialog())
        self.status = status_label()
        self.status.hide()
        self.procedure = ProcedureEditor(ctx)

        top = QHBoxLayout()
        top.addWidget(self.remaining, 1)
        top.addWidget(self.only_incomplete)
        top.addWidget(self.dialog_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.procedure)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._sized = False

    def title(self) -> str:
        return self.tr("Who, how often, how long")

    def instructions(self) -> str:
        return self.tr(
            "For each task, check who does it, how often and how many minutes each time: click a cell "
            "to change it. Below the table, write down how the selected task is done, step by step."
        )

    def first_focus(self) -> QWidget | None:
        return self.table

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        company_id = self.ctx.company_id
        tasks = list_inventory_tasks(self.ctx.db, company_id) if company_id else []
        keep = self.current_task_id()
        shown = [t for t in tasks if t.missing] if self.only_incomplete.isChecked() else tasks
        self.model.set_tasks(shown)
        performers = sorted({t.row.fields.performer for t in tasks if t.row.fields.performer})
        self.delegate.performers = performers
        if keep and not self.select_task(keep):
            keep = None
        if keep is None and shown:
            self.select_task(shown[0].row.id)
        if shown and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(NAME, min(self.table.columnWidth(NAME), 340))
        missing = sum(1 for t in tasks if t.missing)
        if not tasks:
            self.remaining.setText(self.tr("No tasks yet: pick them in the previous step."))
        elif missing:
            self.remaining.setText(
                self.tr("%n task(s) still have something missing (marked ⚠).", "", missing)
            )
        else:
            self.remaining.setText(self.tr("✓ Every task has its details."))
        self._current_changed()

    def current_task_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.task_at(index.row()).row.id if index.isValid() else None

    def select_task(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else NAME
        self.table.selectionModel().setCurrentIndex(self.model.index(row, column), flags)
        self.table.scrollTo(self.model.index(row, column))
        return True

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            task = self.model.task_at(index.row())
            self.procedure.set_task(task.row.id, task.row.fields.name)
        else:
            self.procedure.set_task("", "")
        self.dialog_button.setEnabled(index.isValid())

    # --- changing -------------------------------------------------------------------------------

    def save_fields(self, row: TaskRow, new: TaskFields) -> None:
        """Save a task edited in the table, undoably; a refusal is shown in words and nothing changes."""
        try:
            validate_task(new)
        except ValidationError as exc:
            show_status(self.status, "\n".join(field_error(e) for e in exc.errors), error=True)
            self.refresh()
            return
        self.ctx.undo_stack.push(EditTaskCommand(self.ctx, row.id, row.fields, new, self._failed))
        show_status(self.status, self.tr("Saved: “{name}”.").format(name=new.name))

    def open_task_dialog(self) -> TaskDialog | None:
        """The full task form on the selected task (window-modal); returns it, or None."""
        task_id = self.current_task_id()
        if task_id is None:
            return None
        row = self.model.task_at(self.model.row_of(task_id)).row
        dialog = TaskDialog(list_departments(self.ctx.db, self.ctx.company_id), row.fields, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            new = replace(dialog.fields())
            if new != row.fields:
                self.save_fields(row, new)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
        self.refresh()
