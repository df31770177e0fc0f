"""The details table of the guided inventory: a model over the company's tasks whose key fields
(who, how often, how long) are edited in place, and the delegate that gives each its editor."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core import inventory
from desktop.core.inventory import Frequency
from desktop.core.services.inventory import InventoryTask, monthly_minutes
from desktop.gui import messages
from desktop.gui.wizard.common import hours_text

_Index = QModelIndex | QPersistentModelIndex
AREA, NAME, PERFORMER, COUNT, UNIT, MINUTES, HOURS, MISSING = range(8)
_EDITABLE = frozenset({PERFORMER, COUNT, UNIT, MINUTES})
_MISSING_BACKGROUND = QColor("#fff4d6")


def _frequency(task: InventoryTask) -> Frequency:
    try:
        return Frequency.parse(task.row.fields.frequency)
    except ValueError:
        return Frequency(1, "month")


class DetailsModel(QAbstractTableModel):
    """Rows of :class:`InventoryTask`; an edit is handed to ``sig_edit_requested``, never written here."""

    sig_edit_requested = Signal(object, object)
    """The user changed a task in the table: (its TaskRow as loaded, the new TaskFields)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[InventoryTask] = []
        self._headers = (
            self.tr("Area"),
            self.tr("Task"),
            self.tr("Who does it"),
            self.tr("Times"),
            self.tr("Per"),
            self.tr("Minutes each"),
            self.tr("Hours a month"),
            self.tr("Missing"),
        )

    def set_tasks(self, tasks: list[InventoryTask]) -> None:
        """Show ``tasks``; the same tasks in the same order only repaint (selection and editors stay)."""
        if [t.row.id for t in tasks] == [t.row.id for t in self._tasks]:
            self._tasks = tasks
            if tasks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(tasks) - 1, MISSING))
            return
        self.beginResetModel()
        self._tasks = tasks
        self.endResetModel()

    def task_at(self, row: int) -> InventoryTask:
        return self._tasks[row]

    def row_of(self, task_id: str) -> int:
        return next((i for i, t in enumerate(self._tasks) if t.row.id == task_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in _EDITABLE else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self._tasks[index.row()]
        fields, column = task.row.fields, index.column()
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.BackgroundRole and task.missing:
            return QBrush(_MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return fields.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COUNT, MINUTES, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _edit_value(self, task: InventoryTask, column: int) -> Any:
        fields = task.row.fields
        values = {
            PERFORMER: fields.performer,
            COUNT: _frequency(task).count,
            UNIT: _frequency(task).unit,
            MINUTES: fields.minutes_per_occurrence,
        }
        return values.get(column)

    def _text(self, task: InventoryTask, column: int) -> str:
        fields = task.row.fields
        if column == AREA:
            return task.row.department_name
        if column == NAME:
            return fields.name
        if column == PERFORMER:
            return fields.performer or self.tr("(who?)")
        if column == COUNT:
            return str(_frequency(task).count)
        if column == UNIT:
            return messages.choice_label("frequency_unit", _frequency(task).unit)
        if column == MINUTES:
            return str(fields.minutes_per_occurrence)
        if column == HOURS:
            return hours_text(monthly_minutes(fields.frequency, fields.minutes_per_occurrence) / 60)
        if not task.missing:
            return "✓"
        return "⚠ " + "・".join(messages.field_label(name) for name in task.missing)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in _EDITABLE:
            return False
        task = self._tasks[index.row()]
        fields, frequency = task.row.fields, _frequency(task)
        column = index.column()
        if column == PERFORMER:
            new = replace(fields, performer=str(value).strip())
        elif column == COUNT:
            new = replace(fields, frequency=f"{int(value)}/{frequency.unit}")
        elif column == UNIT:
            new = replace(fields, frequency=f"{frequency.count}/{value}")
        else:
            new = replace(fields, minutes_per_occurrence=int(value))
        if new != fields:
            self.sig_edit_requested.emit(task.row, new)
        return True


class DetailsDelegate(QStyledItemDelegate):
    """Editors of the details table: a name with suggestions, numbers in range, the period as a list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.performers: list[str] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == PERFORMER:
            edit = QLineEdit(parent)
            edit.setMaxLength(100)
            completer = QCompleter(self.performers, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
            return edit
        if column in (COUNT, MINUTES):
            spin = QSpinBox(parent)
            spin.setRange(1, 1000 if column == COUNT else inventory.MAX_MINUTES)
            return spin
        if column == UNIT:
            combo = QComboBox(parent)
            for code, label in messages.choices("frequency_unit"):
                combo.addItem(label, code)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)
