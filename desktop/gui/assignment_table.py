"""The assignments list as a Qt table model that sorts and filters by itself (fast at 5,000 rows):
sort keys and a search text per row are computed once in ``set_rows``."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core import workforce
from desktop.core.services.assignments import AssignmentRow
from desktop.gui import messages

COLUMNS = ("code", "company", "task", "worker", "role", "period", "rate", "hours", "status")
_NUMERIC = frozenset({"rate", "hours"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex


def column(key: str) -> int:
    return COLUMNS.index(key)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class AssignmentTableModel(QAbstractTableModel):
    """Rows of :class:`AssignmentRow`; ``Qt.UserRole`` is the assignment id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._rows: list[AssignmentRow] = []
        self._visible: list[int] = []
        self._search: list[str] = []
        self._codes: list[str] = []
        self._keys: list[list[Any]] = [[] for _ in COLUMNS]
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[str] = []
        self._code: str | None = None
        self._role_rank = {code: i for i, (code, _) in enumerate(messages.choices("role"))}
        self._status_rank = {code: i for i, (code, _) in enumerate(messages.choices("assignment_status"))}
        self._headers = {
            "code": self.tr("Code"),
            "company": self.tr("Company"),
            "task": self.tr("Task"),
            "worker": self.tr("Worker"),
            "role": self.tr("Role"),
            "period": self.tr("Period"),
            "rate": self.tr("Rate (yen/h)"),
            "hours": self.tr("Hours/month"),
            "status": self.tr("Status"),
        }

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and key == "task" and row.note:
            return row.note
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _NUMERIC:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._relayout(self._sorted(self._visible))

    # --- our interface ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AssignmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [
            normalise("\n".join((r.task_name, r.worker_name, r.company_name, r.code, r.note)))
            for r in self._rows
        ]
        self._codes = [r.code for r in self._rows]
        self._keys = [self._column_keys(key) for key in COLUMNS]
        self._visible = self._sorted(self._matching())
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Rows whose texts contain every word of ``text``; a typed short code finds its row."""
        self._words = normalise(text).split()
        self._code = workforce.normalise_code(text) if text.strip() else None
        self._relayout(self._sorted(self._matching()))

    def row_at(self, index: _Index | int) -> AssignmentRow:
        number = index if isinstance(index, int) else index.row()
        return self._rows[self._visible[number]]

    def row_of(self, assignment_id: str) -> int:
        return next((p for p, n in enumerate(self._visible) if self._rows[n].id == assignment_id), -1)

    def visible_rows(self) -> list[AssignmentRow]:
        return [self._rows[n] for n in self._visible]

    def total_count(self) -> int:
        return len(self._rows)

    # --- internals ----------------------------------------------------------------------------------

    def _display(self, row: AssignmentRow, key: str) -> str:
        if key == "code":
            return row.display_code
        if key == "company":
            return row.company_name
        if key == "task":
            return row.task_name
        if key == "worker":
            return row.worker_name
        if key == "role":
            return messages.choice_label("role", row.role)
        if key == "period":
            return period_text(row)
        if key == "rate":
            return self._locale.toString(row.rate_yen)
        if key == "hours":
            return self._locale.toString(row.planned_hours)
        return messages.choice_label("assignment_status", row.status)

    def _column_keys(self, key: str) -> list[Any]:
        out: list[Any] = []
        for r in self._rows:
            if key == "code":
                out.append(r.code)
            elif key == "company":
                out.append(normalise(r.company_name))
            elif key == "task":
                out.append(normalise(r.task_name))
            elif key == "worker":
                out.append(normalise(r.worker_name))
            elif key == "role":
                out.append(self._role_rank.get(r.role, 99))
            elif key == "period":
                out.append(r.period.start if r.period else date.min)
            elif key == "rate":
                out.append(r.rate_yen)
            elif key == "hours":
                out.append(r.planned_hours)
            else:
                out.append(self._status_rank.get(r.status, 99))
        return out

    def _matching(self) -> list[int]:
        if self._code is not None:
            found = [n for n, c in enumerate(self._codes) if c == self._code]
            if found:
                return found
        words, search = self._words, self._search
        return [n for n in range(len(self._rows)) if all(w in search[n] for w in words)]

    def _sorted(self, numbers: list[int]) -> list[int]:
        if not 0 <= self._sort_column < len(COLUMNS):
            return numbers
        keys = self._keys[self._sort_column]
        ordered = sorted(numbers)  # the service's order (company, task, role, worker) breaks ties
        ordered.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return ordered

    def _relayout(self, visible: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        numbers = [
            self._visible[i.row()] if i.isValid() and i.row() < len(self._visible) else -1 for i in old
        ]
        self._visible = visible
        position = {n: p for p, n in enumerate(visible)}
        new = [
            self.index(position[n], i.column()) if n in position else QModelIndex()
            for n, i in zip(numbers, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def period_text(row: AssignmentRow) -> str:
    """ "2026-04-01 – 2026-06-30", or "2026-04-01 –" for an open end."""
    if row.period is None:
        return "?"
    start = row.period.start.isoformat()
    return f"{start} – {row.period.end.isoformat()}" if row.period.end else f"{start} –"
