"""Selection of whole rows in a table whose model finds rows by id (``row_at`` / ``index_of``), as
the task and worker pages use it."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView


class RowsById(Protocol):
    def row_at(self, index: QModelIndex) -> Any: ...

    def index_of(self, row_id: str, column: int = 0) -> QModelIndex: ...


def selected_rows(table: QTableView, model: RowsById) -> list[Any]:
    return [model.row_at(i) for i in table.selectionModel().selectedRows()]


def current_id(table: QTableView, model: RowsById) -> str | None:
    """The id of the current row when it is selected, else of the first selected row."""
    selection = table.selectionModel()
    current = table.currentIndex()
    if current.isValid() and selection.isRowSelected(current.row()):
        return str(model.row_at(current).id)
    selected = selection.selectedRows()
    return str(model.row_at(selected[0]).id) if selected else None


def select_id(table: QTableView, model: RowsById, row_id: str) -> bool:
    """Make the row of ``row_id`` the current, selected one and scroll to it (False when absent)."""
    index = model.index_of(row_id)
    if not index.isValid():
        return False
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
    return True
