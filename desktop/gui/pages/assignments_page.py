"""The assignments page (割り当て): who works on which task of the current company (or of every
company), with edit, end and delete, all undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from desktop.core.services.assignments import AssignmentRow, list_assignments
from desktop.gui import messages
from desktop.gui.assign_commands import (
    DeleteAssignmentsCommand,
    EditAssignmentCommand,
    EndAssignmentsCommand,
    Values,
)
from desktop.gui.assignment_dialog import AssignmentDialog
from desktop.gui.assignment_table import COLUMNS, AssignmentTableModel, column
from desktop.gui.commands import ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.forms import shortcut_action
from desktop.gui.page_loader import PageLoader
from desktop.gui.print_actions import PrintJob, print_task_sheets

_RELOAD_ON = frozenset({"assignment", "worker_card", "task", "company"})
_MAX_WIDTH = 260


@dataclass(frozen=True)
class _Loaded:
    company_id: str
    all_companies: bool
    rows: list[AssignmentRow]


class AssignmentsPage(QWidget):
    """Assignments of the current company (or all companies) with undoable edit, end and delete."""

    sig_rows_loaded = Signal()
    """The table shows freshly loaded rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loader: PageLoader[_Loaded] = PageLoader(
            self, ctx.runner, self.tr("Loading assignments"), again=self.reload, show=self._show,
            failed=self._show_error, wanted=self._still_wanted,
        )  # fmt: skip
        self._select_id: str | None = None
        self._sized = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Task, worker or short code…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.all_check = QCheckBox(self.tr("A&ll companies"))
        self.all_check.setToolTip(self.tr("Show the assignments of every company, not only the current one"))

        self.model = AssignmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assignments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.edit_action = self._action(
            self.tr("&Edit…"), self.tr("Edit the assignment (Enter)"), self.edit_selected
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)]
        )
        self.end_action = self._action(
            self.tr("E&nd"), self.tr("End the assignment today (Ctrl+E)"), self.end_selected
        )
        self.end_action.setShortcut(QKeySequence("Ctrl+E"))
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.tr("Delete the assignment (Del); Ctrl+Z brings it back"),
            self.delete_selected,
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.print_action = QAction(self.tr("&Print task sheets…"), self)
        self.print_action.setToolTip(
            self.tr(
                "Print the task sheets of the selected assignments, or of all current ones shown (Ctrl+P)"
            )
        )
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda _checked=False: self.print_sheets())
        self.addAction(self.print_action)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(self._focus_filter)
        self.addAction(find_action)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.all_check)
        top.addSpacing(12)
        for action in (self.edit_action, self.end_action, self.delete_action, self.print_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.empty_label = QLabel()
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
        self.all_check.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_summary)
        self.model.layoutChanged.connect(self._update_summary)
        ctx.sig_company_changed.connect(lambda _id: self._company_changed())
        ctx.sig_data_changed.connect(self._data_changed)
        self.reload()

    def page_title(self) -> str:
        return self.tr("Assignments")

    def _action(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        """An action whose shortcut works while the table has the focus."""
        return shortcut_action(self.table, text, tip, slot)

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the rows in the background; ``sig_rows_loaded`` tells when they are shown."""
        if self.loader.busy():
            return
        company_id = self._ctx.company_id
        all_companies = self.all_check.isChecked()
        self.table.setColumnHidden(column("company"), not all_companies)
        if not company_id and not all_companies:
            self._show(_Loaded("", False, []))
            return
        db = self._ctx.db
        self.loader.submit(lambda: _load(db, company_id, all_companies))

    def _still_wanted(self, loaded: _Loaded) -> bool:
        if loaded.all_companies != self.all_check.isChecked():
            return False
        return loaded.all_companies or loaded.company_id == self._ctx.company_id

    def _show(self, loaded: _Loaded) -> None:
        keep = self._select_id or self._current_id()
        self._select_id = None
        self.model.set_rows(loaded.rows)
        self.model.set_filter(self.filter_edit.text())
        if loaded.rows and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
            for col in range(len(COLUMNS)):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), _MAX_WIDTH))
        if keep:
            self._select(keep)
        if not self._ctx.company_id and not self.all_check.isChecked():
            self.empty_label.setText(self.tr("Choose a company, or tick “All companies”."))
        elif not loaded.rows:
            self.empty_label.setText(
                self.tr("No assignments yet. Use “Find workers…” on a task to assign someone.")
            )
        else:
            self.empty_label.clear()
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self._update_actions()
        self.sig_rows_loaded.emit()

    def _company_changed(self) -> None:
        self.message_label.clear()
        self.reload()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    # --- selection ----------------------------------------------------------------------------------

    def selected_rows(self) -> list[AssignmentRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def _current_id(self) -> str | None:
        selected = self.selected_rows()
        return selected[0].id if selected else None

    def select_assignment(self, assignment_id: str) -> bool:
        """Select an assignment in the table (clearing the filter if it hides it)."""
        if self.model.row_of(assignment_id) < 0 and self.filter_edit.text():
            self.filter_edit.clear()
        return self._select(assignment_id)

    def _select(self, assignment_id: str) -> bool:
        row = self.model.row_of(assignment_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        self.edit_action.setEnabled(len(rows) == 1)
        self.end_action.setEnabled(any(r.status != "ended" for r in rows))
        self.delete_action.setEnabled(bool(rows))
        self.print_action.setEnabled(bool(self.rows_to_print()))

    def _update_summary(self) -> None:
        rows = self.model.visible_rows()
        hours = sum(r.planned_hours for r in rows if r.status != "ended")
        self.summary_label.setText(
            self.tr(
                "{shown} of {total} assignments shown — {hours} planned hours a month (not ended)"
            ).format(shown=len(rows), total=self.model.total_count(), hours=hours)
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text())
        self._update_actions()

    # --- print --------------------------------------------------------------------------------------

    def rows_to_print(self) -> list[AssignmentRow]:
        """The selected rows; with none selected, the shown rows that have not ended (all shown
        rows when every one has ended), in the table's order."""
        selected = self.selected_rows()
        if selected:
            return selected
        shown = self.model.visible_rows()
        return [r for r in shown if r.status != "ended"] or shown

    def print_sheets(self) -> PrintJob | None:
        """Make the task sheets of :meth:`rows_to_print` on the task runner, then preview them."""
        rows = self.rows_to_print()
        if not rows:
            return None
        companies = {r.company_name for r in rows}
        name = companies.pop() if len(companies) == 1 else ""
        return print_task_sheets(self._ctx, [r.id for r in rows], self, name_hint=name)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- edit, end, delete --------------------------------------------------------------------------

    def edit_selected(self) -> AssignmentDialog | None:
        """Open the form on the selected assignment (window-modal); None unless exactly one is selected."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]

        def save(values: Values) -> None:
            if values == Values.of(row):
                return
            command = EditAssignmentCommand(self._ctx, row, values, self._show_error)
            command.do()  # raises: the form stays open with the reasons
            self._select_id = row.id
            self._ctx.undo_stack.push(command)
            self._ctx.notify("assignment")

        dialog = AssignmentDialog(row, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def end_selected(self) -> None:
        """End the selected assignments today (undoable)."""
        rows = [r for r in self.selected_rows() if r.status != "ended"]
        if rows:
            self._push(EndAssignmentsCommand(self._ctx, rows, date.today(), self._show_error), rows[0].id)

    def delete_selected(self) -> None:
        """Delete the selected assignments; no question asked, because Ctrl+Z brings them back."""
        rows = self.selected_rows()
        if not rows:
            return
        gone = {r.id for r in rows}
        last = max(i.row() for i in self.table.selectionModel().selectedRows())
        after = [r.id for r in self.model.visible_rows()[last + 1 :] if r.id not in gone]
        self._push(DeleteAssignmentsCommand(self._ctx, rows, self._show_error), after[0] if after else None)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        if len(rows) == 1:
            text = self.tr("Deleted {code}. Undo: {keys}").format(code=rows[0].display_code, keys=undo)
        else:
            text = self.tr("Deleted {n} assignments. Undo: {keys}").format(n=len(rows), keys=undo)
        self.message_label.setText(text)

    def _push(self, command: ServiceCommand, select_id: str | None) -> None:
        self.message_label.clear()
        self._select_id = select_id
        self._ctx.undo_stack.push(command)

    def _show_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            text = "\n".join(messages.field_error(e) for e in exc.errors)
        elif isinstance(exc, NotFound):
            text = self.tr("The assignment or its task no longer exists. The list was reloaded.")
            self.reload()
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.page_title(), text)


def _load(db: Database, company_id: str, all_companies: bool) -> _Loaded:
    rows = list_assignments(db, None if all_companies else company_id)
    return _Loaded(company_id, all_companies, rows)
