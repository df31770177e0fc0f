"""The outsourcing candidates page (外注・テレワーク候補): every task's suitability score with its
reasons, the owner's override, totals in hours and yen, and what must happen first."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.suitability import Candidate, CandidateReport, candidates
from desktop.core.services.tasks import get_task, update_task
from desktop.core.suitability import CATEGORIES, OVERRIDE_CATEGORIES
from desktop.gui import messages
from desktop.gui import suitability_text as words
from desktop.gui.candidate_table import COLUMNS, CandidateTableModel
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.match_dialog import open_match_dialog
from desktop.gui.page_loader import PageLoader

_RELOAD_ON = frozenset({"task", "company", "setting"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OverrideCommand(ServiceCommand):
    """Sets or clears the owner's suitability decision of one task; undo puts the old one back.

    Only the override cell is written: the rest of the task is read fresh, so edits made meanwhile
    on another page are kept.
    """

    def __init__(
        self,
        ctx: AppContext,
        task_id: str,
        name: str,
        old: dict[str, Any] | None,
        new: dict[str, Any] | None,
        on_error: ErrorHandler,
    ) -> None:
        if new is None:
            text = QCoreApplication.translate("CandidatesPage", "Remove the decision on “{name}”")
        else:
            text = QCoreApplication.translate("CandidatesPage", "Decide “{name}”")
        super().__init__(ctx, text.format(name=name), ("task",), on_error)
        self.task_id, self.old, self.new = task_id, old, new

    def _write(self, value: dict[str, Any] | None) -> None:
        fields = get_task(self._db, self.task_id).fields
        update_task(self._db, self.task_id, replace(fields, suitability_override=value))

    def forward(self) -> None:
        self._write(self.new)

    def backward(self) -> None:
        self._write(self.old)


class CandidatesPage(QWidget):
    """Which tasks of the current company could go to local remote workers, and why."""

    sig_report_loaded = Signal()
    """A freshly computed candidates report of the current company is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._report: CandidateReport | None = None
        self.loader: PageLoader[CandidateReport] = PageLoader(
            self, ctx.runner, self.tr("Scoring tasks"), again=self.reload, show=self._show,
            failed=self._load_failed, wanted=lambda report: report.company_id == self._ctx.company_id,
        )  # fmt: skip
        self._select_id: str | None = None
        self._sized = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter tasks…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All judgements"), None)
        for code in CATEGORIES:
            self.category_filter.addItem(words.category_label(code), code)
        category_label = QLabel(self.tr("&Judgement:"))
        category_label.setBuddy(self.category_filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 2)
        top.addWidget(category_label)
        top.addWidget(self.category_filter, 1)

        self.model = CandidateTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Outsourcing candidates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # best first
        self.table.setSortingEnabled(True)

        self.empty_label = QLabel(self.tr("First register a company on the “Company profile” page."))
        self.empty_label.setWordWrap(True)
        self.totals_grid = QGridLayout()
        self.totals_grid.setHorizontalSpacing(16)
        self.totals_note = QLabel()
        self.totals_note.setWordWrap(True)
        totals_box = QGroupBox(self.tr("Totals a month"))
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.addLayout(self.totals_grid)
        totals_layout.addWidget(self.totals_note)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(totals_box)
        side_layout.addWidget(self._build_first_steps(), 1)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self._build_details())
        below.addWidget(side)
        below.setSizes([560, 440])
        # The list on top keeps every column visible; the explanation and totals sit underneath.
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setSizes([280, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.category_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.reason_edit.textChanged.connect(lambda _t: self._update_override_buttons())
        self.override_combo.currentIndexChanged.connect(lambda _i: self._update_override_buttons())
        self.set_override_button.clicked.connect(self.set_override)
        self.clear_override_button.clicked.connect(self.clear_override)
        self.steps_view.activated.connect(self._step_activated)
        self.steps_view.clicked.connect(self._step_activated)
        ctx.sig_company_changed.connect(lambda _id: self.reload())
        ctx.sig_data_changed.connect(self._data_changed)
        self.reload()

    def page_title(self) -> str:
        return self.tr("Outsourcing candidates")

    # --- building ---------------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        box = QGroupBox(self.tr("Why this judgement"))
        self.details_title = QLabel()
        title_font = QFont(self.details_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.details_title.setFont(title_font)
        self.details_title.setWordWrap(True)
        self.details_summary = QLabel(self.tr("Choose a task in the list to see why."))
        self.details_summary.setWordWrap(True)
        self.factor_model = QStandardItemModel(0, 2, self)
        self.factor_model.setHorizontalHeaderLabels([self.tr("Points"), self.tr("Reason")])
        self.factor_view = QTreeView()
        self.factor_view.setModel(self.factor_model)
        self.factor_view.setRootIsDecorated(False)
        self.factor_view.setWordWrap(True)
        self.factor_view.setAlternatingRowColors(True)
        self.factor_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factor_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.factor_view.setAccessibleName(self.tr("Points and reasons"))

        self.override_combo = QComboBox()
        for code in OVERRIDE_CATEGORIES:
            self.override_combo.addItem(words.category_label(code), code)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Reason (required)"))
        self.set_override_button = QPushButton(self.tr("&Decide"))
        self.set_override_button.setToolTip(self.tr("Use your own judgement instead of the computed one"))
        self.clear_override_button = QPushButton(self.tr("&Use computed"))
        self.clear_override_button.setToolTip(self.tr("Remove your judgement (Ctrl+Z undoes)"))
        self.match_button = QPushButton(self.tr("Find &workers…"))
        self.match_button.setToolTip(self.tr("Rank workers for this task and assign them"))
        self.match_button.clicked.connect(self.find_workers)
        self.override_group = QGroupBox(self.tr("Your judgement"))
        row = QHBoxLayout(self.override_group)
        row.addWidget(self.override_combo)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.set_override_button)
        row.addWidget(self.clear_override_button)

        layout = QVBoxLayout(box)
        layout.addWidget(self.details_title)
        layout.addWidget(self.details_summary)
        layout.addWidget(self.factor_view, 1)
        layout.addWidget(self.override_group)
        match_row = QHBoxLayout()
        match_row.addStretch(1)
        match_row.addWidget(self.match_button)
        layout.addLayout(match_row)
        return box

    def _build_first_steps(self) -> QWidget:
        box = QGroupBox(self.tr("What must happen first"))
        self.steps_model = QStandardItemModel(self)
        self.steps_view = QTreeView()
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setHeaderHidden(True)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setAccessibleName(box.title())
        self.steps_empty = QLabel()
        self.steps_empty.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.steps_empty)
        layout.addWidget(self.steps_view, 1)
        return box

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the current company's report in the background; ``sig_report_loaded`` tells when shown."""
        if self.loader.busy():
            return
        company_id = self._ctx.company_id
        self.empty_label.setVisible(not company_id)
        if not company_id:
            self._show(None)
            return
        db = self._ctx.db
        self.loader.submit(lambda: candidates(db, company_id))

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):  # the company went away meanwhile
            self._show(None)
        else:
            self._show_error(exc)

    def _show(self, report: CandidateReport | None) -> None:
        keep = self._select_id or self.current_task_id()
        self._select_id = None
        self._report = report
        self.model.set_items(list(report.items) if report else [])
        if report and report.items and not self._sized:
            self._size_columns()
        if keep and self.model.row_of(keep) >= 0:
            self.select_task(keep)
        self._show_details()
        self._show_totals()
        self._show_first_steps()
        self.sig_report_loaded.emit()

    def _size_columns(self) -> None:
        """Fit the columns once; long names are elided and the reasons take the width left over."""
        self._sized = True
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 280))
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("reasons"), QHeaderView.ResizeMode.Stretch
        )

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    # --- selection and details --------------------------------------------------------------------

    def current_item(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def current_task_id(self) -> str | None:
        item = self.current_item()
        return item.row.id if item else None

    def select_task(self, task_id: str) -> bool:
        """Select a task in the table (clearing the filters if they hide it)."""
        if self.model.row_of(task_id) < 0:
            self.filter_edit.clear()
            self.category_filter.setCurrentIndex(0)
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _apply_filter(self) -> None:
        self.model.set_filter(self.category_filter.currentData(), self.filter_edit.text())
        self._show_details()

    def _show_details(self) -> None:
        item = self.current_item()
        self.factor_model.removeRows(0, self.factor_model.rowCount())
        self.override_group.setEnabled(item is not None)
        if item is None:
            self.details_title.clear()
            self.details_summary.setText(self.tr("Choose a task in the list to see why."))
            self._update_override_buttons()
            return
        result = item.suitability
        self.details_title.setText(item.row.fields.name)
        self.details_summary.setText(words.explanation(item))
        rows = [(float(result.base), self.tr("Starting points"))]
        rows += [(f.points, words.factor_reason(f)) for f in result.factors]
        for points, reason in rows:
            self._add_factor_row(points, reason)
        _bold(self._add_factor_row(float(result.score), self.tr("Score"), signed=False))
        excluded = item.suitability.category in ("eliminate", "discontinued")
        self.override_group.setEnabled(not excluded)
        override = item.row.fields.suitability_override or {}
        code = override.get("category") if item.effective.overridden else item.category
        self.override_combo.setCurrentIndex(max(self.override_combo.findData(code), 0))
        self.reason_edit.setText(item.effective.override_reason or "")
        self._update_override_buttons()

    def _add_factor_row(self, points: float, reason: str, signed: bool = True) -> list[QStandardItem]:
        number = QStandardItem(words.points_text(points) if signed else str(int(points)))
        number.setData(points, Qt.ItemDataRole.UserRole)
        number.setTextAlignment(Qt.AlignmentFlag(_RIGHT))
        cells = [number, QStandardItem(reason)]
        if signed and not points:  # lines that change nothing stay readable but step back
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            for cell in cells:
                cell.setForeground(muted)
        self.factor_model.appendRow(cells)
        return cells

    # --- totals and first steps -------------------------------------------------------------------

    def _show_totals(self) -> None:
        while (item := self.totals_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        rows = words.totals_rows(self._report) if self._report else []
        if rows:
            headers = (self.tr("Judgement"), self.tr("Tasks"), self.tr("Hours"), self.tr("In-house"))
            rows.insert(0, (*headers, self.tr("Outsourced")))
        for number, texts in enumerate(rows):
            for col, text in enumerate(texts):
                label = QLabel(text)
                if col:
                    label.setAlignment(Qt.AlignmentFlag(_RIGHT))
                if number in (0, len(rows) - 1):  # the headings, and the candidates together
                    label.setFont(_bold_font(label.font()))
                self.totals_grid.addWidget(label, number, col)
        self.totals_note.setText(words.totals_note(self._report) if self._report else "")

    def _show_first_steps(self) -> None:
        self.steps_model.clear()
        needs = self._report.prerequisites if self._report else ()
        for need in needs:
            parent = QStandardItem(words.need_title(need))
            parent.setToolTip(parent.text())
            for task in need.tasks:
                child = QStandardItem(words.need_task(task))
                child.setToolTip(self.tr("Click to show this task in the list"))
                child.setData(task.task_id, Qt.ItemDataRole.UserRole)
                parent.appendRow(child)
            self.steps_model.appendRow(parent)
        self.steps_view.expandAll()
        self.steps_empty.setText(
            self.tr("The candidate tasks need no preparation.") if self._report and not needs else ""
        )
        self.steps_empty.setVisible(bool(self.steps_empty.text()))

    def _step_activated(self, index: QModelIndex) -> None:
        task_id = index.data(Qt.ItemDataRole.UserRole)
        if task_id:
            self.select_task(task_id)

    # --- the owner's judgement (override) ---------------------------------------------------------

    def _update_override_buttons(self) -> None:
        item = self.current_item()
        enabled = item is not None and self.override_group.isEnabled()
        self.set_override_button.setEnabled(enabled and bool(self.reason_edit.text().strip()))
        self.clear_override_button.setEnabled(enabled and item is not None and item.effective.overridden)
        self.match_button.setEnabled(item is not None)

    def find_workers(self) -> None:
        """Open the ranked list of workers for the selected task, to assign one or a team."""
        item = self.current_item()
        if item is not None:
            open_match_dialog(self._ctx, item.row.id, self)

    def set_override(self) -> None:
        """Record the owner's judgement (category and a required reason) on the selected task."""
        item = self.current_item()
        reason = self.reason_edit.text().strip()
        if item is None or not reason:
            return
        self._push(item, {"category": self.override_combo.currentData(), "reason": reason})

    def clear_override(self) -> None:
        """Go back to the computed judgement for the selected task."""
        item = self.current_item()
        if item is not None and item.row.fields.suitability_override is not None:
            self._push(item, None)

    def _push(self, item: Candidate, new: dict[str, Any] | None) -> None:
        old = item.row.fields.suitability_override
        self._select_id = item.row.id
        command = OverrideCommand(self._ctx, item.row.id, item.row.fields.name, old, new, self._show_error)
        self._ctx.undo_stack.push(command)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(messages.field_error(e) for e in exc.errors)
        elif isinstance(exc, NotFound):
            text = self.tr("The task or its company no longer exists. The list was reloaded.")
            self.reload()
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.page_title(), text)


def _bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _bold(cells: list[QStandardItem]) -> None:
    for cell in cells:
        cell.setFont(_bold_font(cell.font()))
