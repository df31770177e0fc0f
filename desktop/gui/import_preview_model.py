"""The import preview as a table: one row per source row, red and yellow cells with the reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.core.io import ERROR, WARNING, ColumnMapping, ImportPreview, Message, RawTable, RowPreview
from desktop.core.io.common import cell_text
from desktop.gui import import_messages as words

ERROR_BACKGROUND = QColor("#ffcdd2")
WARNING_BACKGROUND = QColor("#fff3bf")


class PreviewModel(QAbstractTableModel):
    """Preview rows: row number, status, then the source cells of every imported column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: RawTable | None = None
        self._rows: list[RowPreview] = []
        self._columns: list[int] = []
        self._messages: dict[tuple[int, int | None], list[Message]] = {}

    def set_preview(
        self, table: RawTable, result: ImportPreview, mapping: ColumnMapping, only_problems: bool
    ) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = [r for r in result.rows if not only_problems or r.status != "ok"]
        self._columns = [i for i, t in enumerate(mapping.targets) if t is not None]
        self._messages = {}
        for position, row in enumerate(self._rows):
            for msg in row.messages:
                column = msg.column if msg.column in self._columns else None
                self._messages.setdefault((position, column), []).append(msg)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not self._table:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Status")
        return words.column_name(self._columns[section - 2], self._table.headers).strip("「」")

    def messages_at(self, row: int, column: int) -> list[Message]:
        """Messages of a view cell (the status column has those about the whole row)."""
        key = None if column < 2 else self._columns[column - 2]
        return self._messages.get((row, key), [])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = self._rows[index.row()], index.column()
        found = self.messages_at(index.row(), column)
        if column == 1:
            found = list(row.messages)
        severities = {m.severity for m in found}
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.source_row
            if column == 1:
                return self._status_text(row)
            return cell_text(self._table.cell(row.index, self._columns[column - 2])).replace("\n", " ")[:200]
        if column == 1:
            severities.add(row.status)
        background = (
            ERROR_BACKGROUND if ERROR in severities else WARNING_BACKGROUND if WARNING in severities else None
        )
        if role == Qt.ItemDataRole.BackgroundRole:
            return background
        if role == Qt.ItemDataRole.ForegroundRole and background is not None:
            return QColor("black")  # readable on the light colours in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(f"{words.severity_word(m.severity)}: {words.describe(m)}" for m in found)
        return None

    def _status_text(self, row: RowPreview) -> str:
        if row.status == ERROR:
            return self.tr("Error")
        if row.duplicate:
            return self.tr("Duplicate")
        return self.tr("Warning") if row.status == WARNING else self.tr("OK")
