"""The first window: companies and a task list on screen while the database layer loads.

Built from Qt and the standard library only (its rows come from :mod:`desktop.core.first_view`),
so it appears about as fast as a bare window. It can be read, sorted, filtered and switched to
another company; adding or editing waits for the main window, which takes its place (same
geometry, company, filter, sort and selection) as soon as the database is open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.first_view import FirstView, read_first_view
from desktop.core.task_rows import TaskRow
from desktop.gui.navigation import LAZY_PAGES, NAV_STYLE, TASK_PAGE_ROW, eager_titles, lazy_title
from desktop.gui.settings import Settings
from desktop.gui.task_table import TaskTableModel, size_columns

WIZARD_PAGE_ROW = 1


def window_title() -> str:
    return QCoreApplication.translate("MainWindow", "Machishigoto — workflow inventory and local telework")


@dataclass
class CarriedOver:
    """What the main window takes over from the first window, so the swap goes unnoticed."""

    company_id: str = ""
    rows: list[TaskRow] = field(default_factory=list)
    filter_text: str = ""
    sort_column: int = 0
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    selected_id: str | None = None
    nav_row: int = TASK_PAGE_ROW
    column_widths: list[int] = field(default_factory=list)


class FirstWindow(QMainWindow):
    """The window shown while the database opens (read-only; see the module's docstring)."""

    def __init__(
        self, db_path: Path, view: FirstView | None, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._view = view
        self.setWindowTitle(window_title())
        self.resize(1200, 760)

        self.company_combo = QComboBox()
        self.company_combo.setMinimumWidth(260)
        self.company_combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Company"))
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Company"))
        toolbar.setObjectName("company_toolbar")
        toolbar.setMovable(False)
        company_label = QLabel(QCoreApplication.translate("MainWindow", "&Company:"))
        company_label.setBuddy(self.company_combo)
        toolbar.addWidget(company_label)
        toolbar.addWidget(self.company_combo)
        self.addToolBar(toolbar)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(NAV_STYLE)
        for title in eager_titles() + [lazy_title(attr) for attr in LAZY_PAGES]:
            self.nav.addItem(title)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("TaskPage", "Filter tasks…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(QCoreApplication.translate("TaskPage", "&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.model = TaskTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("TaskPage", "Tasks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filter_edit.setFocus)

        task_view = QWidget()
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(task_view)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.opening_label = QLabel(QCoreApplication.translate("FirstWindow", "Opening the database…"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening_label)
        self.pages.addWidget(task_view)
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.addWidget(self.nav)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        busy = QProgressBar()
        busy.setRange(0, 0)  # busy, no percentage: the open takes as long as the file needs
        busy.setMaximumWidth(120)
        self.statusBar().addWidget(
            QLabel(QCoreApplication.translate("FirstWindow", "Opening the database…")), 1
        )
        self.statusBar().addPermanentWidget(busy)

        self._fill(view)
        self.company_combo.currentIndexChanged.connect(self._company_chosen)
        self.nav.currentRowChanged.connect(self._show_page)
        self.filter_edit.textChanged.connect(lambda text: self.model.set_filter(text))
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _fill(self, view: FirstView | None) -> None:
        self._view = view
        self.company_combo.blockSignals(True)
        self.company_combo.clear()
        for company in view.companies if view else []:
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.setCurrentIndex(self.company_combo.findData(view.company_id) if view else -1)
        self.company_combo.blockSignals(False)
        self.model.set_rows(view.tasks if view else [])
        self.model.set_filter(self.filter_edit.text())
        self.nav.setCurrentRow(TASK_PAGE_ROW if self._has_company() else WIZARD_PAGE_ROW)
        self._show_page(self.nav.currentRow())
        if self._has_company():
            size_columns(self.table)

    def _has_company(self) -> bool:
        return self._view is not None and bool(self._view.company_id)

    def _show_page(self, row: int) -> None:
        """The task list, or "opening…" for a page that needs the open database."""
        self.pages.setCurrentIndex(1 if row == TASK_PAGE_ROW and self._has_company() else 0)

    def _company_chosen(self, index: int) -> None:
        company_id = str(self.company_combo.itemData(index)) if index >= 0 else ""
        view = read_first_view(self._db_path, company_id)
        if view is not None:  # the file could not be read this way any more: keep what is shown
            self._fill(view)

    def has_rows(self) -> bool:
        """Whether a company's task list is on screen."""
        return self._has_company() and self.model.total_count() > 0

    def carried_over(self) -> CarriedOver:
        header = self.table.horizontalHeader()
        selected = self.table.selectionModel().selectedRows()
        return CarriedOver(
            company_id=self._view.company_id if self._view else "",
            rows=list(self._view.tasks) if self._view else [],
            filter_text=self.filter_edit.text(),
            sort_column=header.sortIndicatorSection(),
            sort_order=header.sortIndicatorOrder(),
            selected_id=self.model.row_at(selected[0]).id if selected else None,
            nav_row=self.nav.currentRow(),
            column_widths=[self.table.columnWidth(c) for c in range(self.model.columnCount())],
        )
