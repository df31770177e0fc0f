"""The task inventory page (業務棚卸し): the current company's tasks, with add, edit, delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.companies import DepartmentData, list_departments
from desktop.core.services.tasks import (
    TaskRow,
    list_tasks,
)
from desktop.gui import messages, table_selection
from desktop.gui.context import AppContext
from desktop.gui.first_window import CarriedOver
from desktop.gui.forms import shortcut_action
from desktop.gui.match_dialog import open_match_dialog
from desktop.gui.page_loader import PageLoader
from desktop.gui.task_commands import AddTaskCommand, DeleteTaskCommand, EditTaskCommand, _TaskCommand
from desktop.gui.task_dialog import TaskDialog
from desktop.gui.task_table import TaskTableModel, size_columns

_RELOAD_ON = frozenset({"task", "department", "company"})


@dataclass(frozen=True)
class _Loaded:
    company_id: str
    rows: list[TaskRow]
    departments: list[DepartmentData]


def _load(db: Database, company_id: str) -> _Loaded:
    return _Loaded(company_id, list_tasks(db, company_id), list_departments(db, company_id))


class TaskPage(QWidget):
    """The current company's task list with filters, a summary, and undoable add/edit/delete."""

    sig_rows_loaded = Signal()
    """The table shows freshly loaded rows of the current company."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._departments: list[DepartmentData] = []
        self._select_id: str | None = None
        self._sized = False
        self.loader: PageLoader[_Loaded] = PageLoader(
            self, ctx.runner, self.tr("Loading tasks"), again=self.reload, show=self._show,
            failed=self._show_error, wanted=lambda loaded: loaded.company_id == self._ctx.company_id,
        )  # fmt: skip

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter tasks…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            self.tr("Words in name, description, performer, tools, skills or note (Ctrl+F)")
        )
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.department_filter = QComboBox()
        self.department_filter.setMinimumContentsLength(12)
        department_label = QLabel(self.tr("&Area:"))
        department_label.setBuddy(self.department_filter)

        self.model = TaskTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.add_action = self._action(self.tr("&Add"), self.tr("Add a task (Ctrl+N)"), self.add_task, self)
        self.add_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.edit_action = self._action(self.tr("&Edit"), self.tr("Edit the task (Enter)"), self.edit_task)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)]
        )
        self.delete_action = self._action(
            self.tr("&Delete"), self.tr("Delete the task (Del)"), self.delete_selected
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.match_action = self._action(
            self.tr("Find &workers…"),
            self.tr("Rank workers for the task and assign them (Ctrl+M)"),
            self.find_workers,
        )
        self.match_action.setShortcut(QKeySequence("Ctrl+M"))
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(self._focus_filter)
        self.addAction(find_action)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 2)
        top.addWidget(department_label)
        top.addWidget(self.department_filter, 1)
        top.addSpacing(12)
        for action in (self.add_action, self.edit_action, self.delete_action, self.match_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.empty_label = QLabel(self.tr("First register a company on the “Company profile” page."))
        self.empty_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.message_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.department_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda _index: self.edit_task())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_summary)
        self.model.layoutChanged.connect(self._update_summary)
        ctx.sig_company_changed.connect(self._company_changed)
        ctx.sig_data_changed.connect(self._data_changed)
        self._fill_department_filter([])
        self.reload()

    def page_title(self) -> str:
        return self.tr("Task inventory")

    # --- building ---------------------------------------------------------------------------------

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], owner: QWidget | None = None
    ) -> QAction:
        """An action whose shortcut works while ``owner`` (by default the table) has the focus."""
        if owner is None:
            return shortcut_action(self.table, text, tip, slot)
        return shortcut_action(owner, text, tip, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _fill_department_filter(self, departments: list[DepartmentData]) -> None:
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All areas of work"), None)
        for dept in departments:
            self.department_filter.addItem(dept.name, dept.id)
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(current), 0))
        self.department_filter.blockSignals(False)

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the current company's rows in the background; ``sig_rows_loaded`` tells when shown."""
        if self.loader.busy():
            return
        company_id = self._ctx.company_id
        has_company = bool(company_id)
        self.empty_label.setVisible(not has_company)
        for widget in (self.filter_edit, self.department_filter, self.table):
            widget.setEnabled(has_company)
        if not has_company:
            self._show(_Loaded("", [], []))
            return
        db = self._ctx.db
        self.loader.submit(lambda: _load(db, company_id))

    def _show(self, loaded: _Loaded) -> None:
        keep = self._select_id or self._current_id()
        self._select_id = None
        self._departments = loaded.departments
        self._fill_department_filter(loaded.departments)
        self.model.set_filter(self.filter_edit.text(), self.department_filter.currentData())
        self.model.set_rows(loaded.rows)
        if keep:
            self._select(keep)
        if loaded.rows and not self._sized:
            self._size_columns()
        self._update_actions()
        self.sig_rows_loaded.emit()

    def take_over(self, carried: CarriedOver) -> None:
        """Show what the first window showed (its rows, filter, sort, column widths and selection)
        until this page's own load, already under way, replaces the rows."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(carried.filter_text)
        self.filter_edit.blockSignals(False)
        self.table.horizontalHeader().setSortIndicator(carried.sort_column, carried.sort_order)
        self.model.set_filter(carried.filter_text)
        self.model.set_rows(carried.rows)
        if carried.rows:
            self._sized = True
            for col, width in enumerate(carried.column_widths):
                self.table.setColumnWidth(col, width)
        if carried.selected_id:
            self.select_task(carried.selected_id)

    def _size_columns(self) -> None:
        self._sized = True
        size_columns(self.table)

    def _company_changed(self, company_id: str) -> None:
        self.message_label.clear()
        self.reload()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    # --- selection and summary ----------------------------------------------------------------------

    def selected_rows(self) -> list[TaskRow]:
        return table_selection.selected_rows(self.table, self.model)

    def _current_id(self) -> str | None:
        return table_selection.current_id(self.table, self.model)

    def select_task(self, task_id: str) -> None:
        """Select that row now, or as soon as the rows being loaded are shown."""
        self._select_id = task_id
        self._select(task_id)

    def _select(self, task_id: str) -> None:
        table_selection.select_id(self.table, self.model, task_id)

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.add_action.setEnabled(bool(self._ctx.company_id))
        self.edit_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count >= 1)
        self.match_action.setEnabled(count == 1)

    def _update_summary(self) -> None:
        hours = QLocale().toString(self.model.visible_hours(), "f", 1)
        self.summary_label.setText(
            self.tr("{shown} of {total} tasks shown — {hours} hours a month").format(
                shown=self.model.rowCount(), total=self.model.total_count(), hours=hours
            )
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.department_filter.currentData())
        self._update_actions()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- add, edit, delete --------------------------------------------------------------------------

    def find_workers(self) -> None:
        """Open the ranked list of workers for the selected task, to assign one or a team."""
        task_id = self._current_id()
        if task_id is not None:
            open_match_dialog(self._ctx, task_id, self)

    def add_task(self) -> TaskDialog | None:
        """Open the form for a new task (window-modal); returns it, or None without a company."""
        company_id = self._ctx.company_id
        if not company_id:
            return None
        dialog = TaskDialog(self._departments, None, self)

        def save() -> None:
            command = AddTaskCommand(self._ctx, company_id, dialog.fields(), self._show_error)
            self._push(command, command.task_id)

        return self._open(dialog, save)

    def edit_task(self) -> TaskDialog | None:
        """Open the form on the selected task; returns it, or None when no single task is selected."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        dialog = TaskDialog(self._departments, row.fields, self)

        def save() -> None:
            new = dialog.fields()
            if new != row.fields:
                self._push(EditTaskCommand(self._ctx, row.id, row.fields, new, self._show_error), row.id)

        return self._open(dialog, save)

    def _open(self, dialog: TaskDialog, save: Callable[[], None]) -> TaskDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(save)
        dialog.open()  # window-modal without a nested event loop
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected tasks; no question asked, because Ctrl+Z brings them back."""
        rows = self.selected_rows()
        if not rows:
            return
        gone = {r.id for r in rows}
        last = max(i.row() for i in self.table.selectionModel().selectedRows())
        after = [r.id for r in self.model.visible_rows()[last + 1 :] if r.id not in gone]
        # The next row gets the selection, so a keyboard user keeps their place in the list.
        self._push(DeleteTaskCommand(self._ctx, rows, self._show_error), after[0] if after else None)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        if len(rows) == 1:
            text = self.tr("Deleted “{name}”. Undo: {keys}").format(name=rows[0].fields.name, keys=undo)
        else:
            text = self.tr("Deleted {n} tasks. Undo: {keys}").format(n=len(rows), keys=undo)
        self.message_label.setText(text)

    def _push(self, command: _TaskCommand, select_id: str | None) -> None:
        """Do ``command`` through the undo stack; ``select_id`` is selected once rows reload."""
        self.message_label.clear()
        self._select_id = select_id
        self._ctx.undo_stack.push(command)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(messages.field_error(e) for e in exc.errors)
        elif isinstance(exc, NotFound):
            text = self.tr(
                "The task, its company or its area of work no longer exists. The list was reloaded."
            )
            self.reload()
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.page_title(), text)
