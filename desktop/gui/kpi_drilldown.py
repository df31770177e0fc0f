"""The drill-down of one KPI figure: the rows behind it (tasks, assignments, workers, companies),
sortable, with the figure's definition and what is missing. Double-click or Enter on a row asks
to open it (``sig_open_row(kind, id)``); Ctrl+C copies the rows for a spreadsheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.kpi import Evidence, Figure
from desktop.gui import kpi_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OPENABLE_KINDS = frozenset({"task", "assignment", "worker", "company"})
"""Evidence rows that stand for a row of the database (not a kind of worker or a cost part)."""
KIND, LABEL, VALUE, DETAIL = range(4)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class EvidenceModel(QAbstractTableModel):
    """The evidence rows of one figure: kind, what, value (in the figure's unit), detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._rows: tuple[Evidence, ...] = ()
        self._texts: list[tuple[str, str, str, str]] = []

    def set_figure(self, figure: Figure) -> None:
        """Show the evidence of ``figure`` (its words are made once here, not on every paint)."""
        self.beginResetModel()
        self._figure = figure
        self._rows = figure.evidence
        self._texts = [
            (
                kpi_text.kind_label(row.kind),
                kpi_text.evidence_label(figure.key, row),
                kpi_text.evidence_value(figure, row),
                kpi_text.evidence_detail(figure.key, row),
            )
            for row in figure.evidence
        ]
        self.endResetModel()

    def evidence_at(self, row: int) -> Evidence:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("What"), self.tr("Amount"), self.tr("Detail"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][column]
        if role == SORT_ROLE:
            if column == VALUE:
                return float("-inf") if row.value is None else float(row.value)
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return _RIGHT
        return None


class EvidenceProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers (unknown values last when descending); the drill-down's rows and
    the dashboard's per-company table both sort with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, float) and isinstance(b, float):
            return a < b
        return super().lessThan(left, right)


class DrilldownDialog(QDialog):
    """What one figure is made of; non-modal, so the owner can keep it open beside the page."""

    sig_open_row = Signal(str, str)
    """Open the row behind an evidence line: (kind, id); kind is one of OPENABLE_KINDS."""

    def __init__(self, figure: Figure, scope_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setWindowTitle(
            self.tr("Behind the figure: {name}").format(name=kpi_text.figure_label(figure.key))
        )
        title = QLabel(kpi_text.figure_label(figure.key))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        if figure.value is None:
            value = self.tr("Not enough data")
        else:
            value = kpi_text.value_text(figure.value, figure.unit)
        self.value_label = QLabel(value)
        value_font = self.value_label.font()
        value_font.setPointSizeF(value_font.pointSizeF() * 1.3)
        self.value_label.setFont(value_font)
        scope = QLabel(scope_text)
        definition = QLabel(kpi_text.figure_definition(figure.key))
        definition.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #8a4b00;")
        if figure.missing:
            lines = "\n".join("・" + kpi_text.missing_text(code) for code in figure.missing)
            if figure.value is None:
                head = self.tr("Not enough data. What is missing:")
            else:
                head = self.tr("Computed from part of the data. What is missing:")
            self.missing_label.setText(head + "\n" + lines)
        self.missing_label.setVisible(bool(figure.missing))

        self.model = EvidenceModel(self)
        self.model.set_figure(figure)
        self.proxy = EvidenceProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Rows behind the figure"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(LABEL, min(max(self.table.columnWidth(LABEL), 160), 320))
        self.count_label = QLabel(self.tr("{n} rows").format(n=self.model.rowCount()))
        self.empty_label = QLabel(self.tr("No rows: nothing was counted for this figure in the period."))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        hint = QLabel(self.tr("Double-click or Enter: open the row · Ctrl+C: copy for a spreadsheet"))
        hint.setStyleSheet("color: palette(mid);")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.value_label)
        layout.addWidget(scope)
        layout.addWidget(definition)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 520)

        open_action = QAction(self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda _checked=False: self.open_current())
        self.table.addAction(open_action)
        copy_action = QAction(self.table)
        copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(lambda _checked=False: self.copy_rows())
        self.table.addAction(copy_action)
        self.table.doubleClicked.connect(self._open_index)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def shown_rows(self) -> list[Evidence]:
        """The evidence in the table's current (sorted) order."""
        return [
            self.model.evidence_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.evidence_at(self.proxy.mapToSource(index).row())
        if row.id and row.kind in OPENABLE_KINDS:
            self.sig_open_row.emit(row.kind, row.id)

    def copy_rows(self) -> str:
        """Copy the selected rows (or all) as tab-separated text; returns it."""
        selected = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        rows = selected or list(range(self.proxy.rowCount()))
        lines = ["\t".join(str(self.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(4))]
        for r in rows:
            lines.append("\t".join(str(self.proxy.index(r, c).data() or "") for c in range(4)))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text
