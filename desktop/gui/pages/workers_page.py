"""The worker registry (人材登録): the partner's pool of workers, with add, edit, delete and undo.

Only a partner's PC has a pool; on an owner's PC the page says so instead of showing a table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from desktop.core.services.partners import current_partner_id
from desktop.core.services.workers import SkillData, WorkerRow, list_skills, list_workers
from desktop.gui import messages, table_selection
from desktop.gui.commands import ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.forms import shortcut_action
from desktop.gui.page_loader import PageLoader
from desktop.gui.print_actions import PrintJob, print_worker_sheets
from desktop.gui.worker_commands import AddWorkerCommand, DeleteWorkersCommand, EditWorkerCommand
from desktop.gui.worker_dialog import WorkerDialog
from desktop.gui.worker_table import WorkerTableModel

_RELOAD_ON = frozenset({"worker", "worker_skill", "skill", "training_stage", "partner"})
_MAX_WIDTH = 260


@dataclass(frozen=True)
class _Loaded:
    partner_id: str | None
    rows: list[WorkerRow]
    skills: list[SkillData]


def _load(db: Database) -> _Loaded:
    partner_id = current_partner_id(db)
    if partner_id is None:
        return _Loaded(None, [], [])
    return _Loaded(partner_id, list_workers(db, partner_id), list_skills(db, partner_id))


class WorkersPage(QWidget):
    """The partner's workers with a filter and undoable add/edit/delete."""

    sig_rows_loaded = Signal()
    """The table shows freshly loaded rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._partner_id: str | None = None
        self._skills: list[SkillData] = []
        self.loader: PageLoader[_Loaded] = PageLoader(
            self, ctx.runner, self.tr("Loading workers"), again=self.reload, show=self._loaded,
            failed=self._show_error,
        )  # fmt: skip
        self._select_id: str | None = None
        self._sized = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter workers…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            self.tr("Words in name, kana, municipality, skills, kind, stage or note (Ctrl+F)")
        )
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)

        self.model = WorkerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Workers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.add_action = self._action(
            self.tr("&Add"), self.tr("Add a worker (Ctrl+N)"), self.add_worker, self
        )
        self.add_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.edit_action = self._action(
            self.tr("&Edit"), self.tr("Edit the worker (Enter)"), self.edit_worker
        )
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)]
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.tr("Delete the worker (Del); Ctrl+Z brings them back"),
            self.delete_selected,
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.print_action = self._action(
            self.tr("&Print this worker's sheets…"),
            self.tr("Print the task sheets of every current assignment of the selected worker (Ctrl+P)"),
            self.print_sheets,
            self,
        )
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(self._focus_filter)
        self.addAction(find_action)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addSpacing(12)
        for action in (self.add_action, self.edit_action, self.delete_action, self.print_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.no_pool_label = QLabel(
            self.tr(
                "This PC has no worker pool: workers are managed on the partner's PC. "
                "A company sees only the workers assigned to its tasks."
            )
        )
        self.no_pool_label.setWordWrap(True)
        self.no_pool_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_pool_label.hide()
        self.summary_label = QLabel()
        self.message_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.message_label)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(self.table, 1)
        content_layout.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_pool_label, 1)
        layout.addWidget(self.content, 1)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda _index: self.edit_worker())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_summary)
        self.model.layoutChanged.connect(self._update_summary)
        ctx.sig_data_changed.connect(self._data_changed)
        self._update_actions()
        self.reload()

    def page_title(self) -> str:
        return self.tr("Workers")

    @property
    def partner_id(self) -> str | None:
        return self._partner_id

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], owner: QWidget | None = None
    ) -> QAction:
        """An action whose shortcut works while ``owner`` (by default the table) has the focus."""
        if owner is None:
            return shortcut_action(self.table, text, tip, slot)
        return shortcut_action(owner, text, tip, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the pool in the background; ``sig_rows_loaded`` tells when it is shown."""
        if self.loader.busy():
            return
        db = self._ctx.db
        self.loader.submit(lambda: _load(db))

    def _loaded(self, loaded: _Loaded) -> None:
        self._partner_id = loaded.partner_id
        self._skills = loaded.skills
        has_pool = loaded.partner_id is not None
        self.no_pool_label.setVisible(not has_pool)
        self.content.setVisible(has_pool)
        keep = self._select_id or self._current_id()
        self._select_id = None
        self.model.set_filter(self.filter_edit.text())
        self.model.set_rows(loaded.rows)
        if keep:
            self._select(keep)
        if loaded.rows and not self._sized:
            self._size_columns()
        self._update_actions()
        self.sig_rows_loaded.emit()

    def _size_columns(self) -> None:
        self._sized = True
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), _MAX_WIDTH))

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    # --- selection --------------------------------------------------------------------------------

    def selected_rows(self) -> list[WorkerRow]:
        return table_selection.selected_rows(self.table, self.model)

    def _current_id(self) -> str | None:
        return table_selection.current_id(self.table, self.model)

    def select_worker(self, worker_id: str) -> None:
        """Select that row now, or as soon as the rows being loaded are shown."""
        self._select_id = worker_id
        self._select(worker_id)

    def _select(self, worker_id: str) -> None:
        table_selection.select_id(self.table, self.model, worker_id)

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.add_action.setEnabled(self._partner_id is not None)
        self.edit_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count >= 1)
        self.print_action.setEnabled(count == 1)

    def _update_summary(self) -> None:
        self.summary_label.setText(
            self.tr("{shown} of {total} workers shown").format(
                shown=self.model.rowCount(), total=self.model.total_count()
            )
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text())
        self._update_actions()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- add, edit, delete ------------------------------------------------------------------------

    def add_worker(self) -> WorkerDialog | None:
        """Open the form for a new worker (window-modal); None on a PC without a pool."""
        partner_id = self._partner_id
        if partner_id is None:
            return None
        dialog = WorkerDialog(self._skills, None, self)

        def save() -> None:
            command = AddWorkerCommand(
                self._ctx, partner_id, dialog.fields(), dialog.skills(), self._show_error
            )
            self._push(command, command.worker_id)

        return self._open(dialog, save)

    def edit_worker(self) -> WorkerDialog | None:
        """Open the form on the selected worker; None unless exactly one is selected."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        dialog = WorkerDialog(self._skills, row, self)

        def save() -> None:
            fields, skills = dialog.fields(), dialog.skills()
            unchanged_skills = [(s.name, s.level) for s in skills] == [(s.name, s.level) for s in row.skills]
            if fields != row.fields or not unchanged_skills or any(s.expert is not None for s in skills):
                self._push(EditWorkerCommand(self._ctx, row, fields, skills, self._show_error), row.id)

        return self._open(dialog, save)

    def _open(self, dialog: WorkerDialog, save: Callable[[], None]) -> WorkerDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete (tombstone) the selected workers; no question asked, because Ctrl+Z undoes it."""
        rows = self.selected_rows()
        if not rows:
            return
        gone = {r.id for r in rows}
        last = max(i.row() for i in self.table.selectionModel().selectedRows())
        after = [r.id for r in self.model.visible_rows()[last + 1 :] if r.id not in gone]
        self._push(DeleteWorkersCommand(self._ctx, rows, self._show_error), after[0] if after else None)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        if len(rows) == 1:
            text = self.tr("Deleted “{name}”. Undo: {keys}").format(name=rows[0].fields.name, keys=undo)
        else:
            text = self.tr("Deleted {n} workers. Undo: {keys}").format(n=len(rows), keys=undo)
        self.message_label.setText(text)

    def _push(self, command: ServiceCommand, select_id: str | None) -> None:
        self.message_label.clear()
        self._select_id = select_id
        self._ctx.undo_stack.push(command)

    def print_sheets(self) -> PrintJob | None:
        """Make the task sheets of the selected worker's current assignments, then preview them."""
        rows = self.selected_rows()
        return print_worker_sheets(self._ctx, rows[0].id, self) if len(rows) == 1 else None

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(messages.field_error(e) for e in exc.errors)
        elif isinstance(exc, NotFound):
            text = self.tr("The worker no longer exists (deleted on another device?). The list was reloaded.")
            self.reload()
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.page_title(), text)
