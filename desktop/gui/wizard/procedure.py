"""A task's procedure (手順): ordered steps with add, edit, move up/down, delete and 社内のみ."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services.tasks import StepData, list_steps
from desktop.gui.context import AppContext
from desktop.gui.wizard.commands import AddStepCommand, DeleteStepCommand, EditStepCommand, MoveStepCommand
from desktop.gui.wizard.common import error_text, hint, show_status, status_label, undo_keys

_Index = QModelIndex | QPersistentModelIndex
NUMBER, TEXT, INTERNAL = range(3)


class StepsModel(QAbstractTableModel):
    """A task's live steps; edits are handed to ``sig_edit_requested`` rather than written here."""

    sig_edit_requested = Signal(object, str, bool)
    """The user changed a step in the table: (StepData, new text, new internal-only flag)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[StepData] = []

    def set_steps(self, steps: list[StepData]) -> None:
        """Show ``steps``; the same steps in the same order only repaint, so an open editor and the
        selection survive a change made from inside the table."""
        if [s.id for s in steps] == [s.id for s in self.steps]:
            self.steps = steps
            if steps:
                self.dataChanged.emit(self.index(0, 0), self.index(len(steps) - 1, INTERNAL))
            return
        self.beginResetModel()
        self.steps = steps
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Step"), self.tr("Internal only"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        step = self.steps[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return str(index.row() + 1)
            if column == TEXT:
                return step.text
        if role == Qt.ItemDataRole.CheckStateRole and column == INTERNAL:
            return Qt.CheckState.Checked if step.internal_only else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == INTERNAL:
            return self.tr("Internal only: never printed on a worker's task sheet nor shown to a worker")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TEXT:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == INTERNAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.steps[index.row()]
        if index.column() == TEXT and role == Qt.ItemDataRole.EditRole and str(value) != step.text:
            self.sig_edit_requested.emit(step, str(value), step.internal_only)
            return True
        if index.column() == INTERNAL and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != step.internal_only:
                self.sig_edit_requested.emit(step, step.text, checked)
            return True
        return False


class ProcedureEditor(QGroupBox):
    """The procedure of one task, each change saved at once and undoable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = ""
        self.model = StepsModel(self)
        self.model.sig_edit_requested.connect(self._edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Procedure steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(INTERNAL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        delete = QAction(self.tr("Remove step"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_step)
        self.table.addAction(delete)

        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(self.tr("Next step, e.g. 請求書を印刷して封筒に入れる"))
        self.new_text.setAccessibleName(self.tr("New step"))
        self.new_text.returnPressed.connect(self.add_step)
        self.new_internal = QCheckBox(self.tr("&Internal only"))
        self.new_internal.setToolTip(self.tr("Passwords, bank details and the like: kept in the company"))
        self.add_button = QPushButton(self.tr("Add ste&p"))
        self.add_button.clicked.connect(self.add_step)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove step"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        self.remove_button.clicked.connect(self.remove_step)
        self.setTitle(self.tr("Procedure"))
        self.task_label = QLabel()
        self.task_label.setWordWrap(True)
        self.empty_hint = hint()
        self.status = status_label()
        self.status.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_internal)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.status)
        self.set_task("", "")

    def set_task(self, task_id: str, name: str) -> None:
        if task_id != self.task_id:
            show_status(self.status, "")
        self.task_id = task_id
        if task_id:
            self.task_label.setText(self.tr("How “{name}” is done, step by step:").format(name=name))
        else:
            self.task_label.setText("")
        self.task_label.setVisible(bool(task_id))
        self.reload()

    def reload(self) -> None:
        current = self.current_step()
        steps = list_steps(self.ctx.db, self.task_id) if self.task_id else []
        if steps != self.model.steps:
            self.model.set_steps(steps)
            if current is not None:
                self.select_step(current.id)
        if not self.task_id:
            self.empty_hint.setText(self.tr("Choose a task in the table above to write down its steps."))
        elif not steps:
            self.empty_hint.setText(
                self.tr(
                    "No steps yet. Write the first step below and press Enter; tick “Internal only” for "
                    "passwords or bank details."
                )
            )
        self.empty_hint.setVisible(not steps)
        for widget in (self.new_text, self.new_internal, self.add_button):
            widget.setEnabled(bool(self.task_id))
        self._update_buttons()

    def current_step(self) -> StepData | None:
        index = self.table.currentIndex()
        return (
            self.model.steps[index.row()] if index.isValid() and index.row() < len(self.model.steps) else None
        )

    def select_step(self, step_id: str) -> None:
        for row, step in enumerate(self.model.steps):
            if step.id == step_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, TEXT))

    def _update_buttons(self) -> None:
        step = self.current_step()
        row = self.model.steps.index(step) if step is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.model.steps) - 1)
        self.remove_button.setEnabled(step is not None)

    # --- changing -------------------------------------------------------------------------------

    def add_step(self) -> None:
        text = self.new_text.text().strip()
        if not self.task_id:
            return
        if not text:
            show_status(self.status, self.tr("Type the step first."), error=True)
            return
        label = self.tr("Add step “{text}”").format(text=text)
        command = AddStepCommand(
            self.ctx, self.task_id, text, self.new_internal.isChecked(), label, self._failed
        )
        self.ctx.undo_stack.push(command)
        self.new_text.clear()
        self.new_internal.setChecked(False)
        self.select_step(command.step_id)
        show_status(self.status, self.tr("Step added."))
        self.new_text.setFocus()

    def _edit(self, step: StepData, text: str, internal_only: bool) -> None:
        if not text.strip():
            show_status(
                self.status, self.tr("A step cannot be empty; use “Remove step” instead."), error=True
            )
            return
        label = self.tr("Edit step")
        old, new = (step.text, step.internal_only), (text, internal_only)
        self.ctx.undo_stack.push(EditStepCommand(self.ctx, step.id, old, new, label, self._failed))
        show_status(self.status, self.tr("Saved."))

    def move_step(self, offset: int) -> None:
        step = self.current_step()
        if step is None:
            return
        row = self.model.steps.index(step)
        if not 0 <= row + offset < len(self.model.steps):
            return
        self.ctx.undo_stack.push(
            MoveStepCommand(self.ctx, step.id, offset, self.tr("Move step"), self._failed)
        )
        self.select_step(step.id)
        show_status(self.status, "")

    def remove_step(self) -> None:
        step = self.current_step()
        if step is None:
            return
        label = self.tr("Remove step “{text}”").format(text=step.text)
        self.ctx.undo_stack.push(DeleteStepCommand(self.ctx, step.id, label, self._failed))
        show_status(self.status, self.tr("Step removed. Undo: {keys}").format(keys=undo_keys()))

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
        self.reload()
