"""The outsourcing candidates (外注・テレワーク候補) as a small Qt table model.

A company has tens to a few hundred tasks, so filtering and sorting simply rebuild the list of
shown rows; the default order puts the best candidates first (by category, then score).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.services.suitability import Candidate
from desktop.core.suitability import CATEGORIES
from desktop.gui import suitability_text as words
from desktop.gui.task_table import normalise

COLUMNS = ("name", "category", "score", "reasons", "hours", "internal_yen", "outsourced_yen")
"""Column keys in display order."""

_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = frozenset({"score", "hours", "internal_yen", "outsourced_yen"})


class CandidateTableModel(QAbstractTableModel):
    """Scored tasks, filtered by category and words, sorted by any column (best candidates first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Candidate] = []
        self._visible: list[Candidate] = []
        self._category: str | None = None
        self._words: list[str] = []
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Task"),
            self.tr("Judgement"),
            self.tr("Score"),
            self.tr("Main reasons"),
            self.tr("Hours/month"),
            self.tr("In-house ¥/month"),
            self.tr("Outsourced ¥/month"),
        )
        self._tips = {
            "category": self.tr("“(owner)”: your own judgement, which counts instead of the computed one"),
            "score": self.tr("Points out of 100. “41 → 86”: now, and once the preparation is done"),
            "hours": self.tr("Hours a month: times a month × minutes each (a month has 20 working days)"),
            "internal_yen": self.tr("Hours a month × the company's internal hourly cost"),
            "outsourced_yen": self.tr("Hours a month × the hourly rate of outsourced work"),
        }

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        item, key = self._visible[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.UserRole:
            return item.row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "category":
                return words.category_help(item.category)
            return item.row.department_name if key == "name" else self._display(item, key)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _NUMERIC:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def set_items(self, items: list[Candidate]) -> None:
        self._items = items
        self._refresh(reset=True)

    def set_filter(self, category: str | None, text: str) -> None:
        self._category, self._words = category, normalise(text).split()
        self._refresh()

    def item_at(self, row: int) -> Candidate:
        return self._visible[row]

    def visible_items(self) -> list[Candidate]:
        return list(self._visible)

    def row_of(self, task_id: str) -> int:
        return next((n for n, c in enumerate(self._visible) if c.row.id == task_id), -1)

    def _display(self, item: Candidate, key: str) -> str:
        if key == "name":
            return item.row.fields.name
        if key == "score":
            return words.score_text(item)
        if key == "category":
            label = words.category_label(item.category)
            return self.tr("{label} (owner)").format(label=label) if item.effective.overridden else label
        if key == "hours":
            return words.hours_text(item.monthly_hours)
        if key in ("internal_yen", "outsourced_yen"):
            return words.yen_text(getattr(item, key))
        return words.main_reasons(item)

    def _key(self, item: Candidate) -> Any:
        column = COLUMNS[self._sort[0]]
        if column in ("name", "reasons"):
            return normalise(self._display(item, column))
        if column == "score":
            return item.suitability.score
        if column == "category":
            return CATEGORIES.index(item.category) if item.category in CATEGORIES else len(CATEGORIES)
        return getattr(item, "monthly_hours" if column == "hours" else column) or 0

    def _refresh(self, reset: bool = False) -> None:
        shown = [
            c
            for c in self._items
            if (self._category is None or c.category == self._category)
            and all(w in normalise(f"{c.row.fields.name}\n{c.row.department_name}") for w in self._words)
        ]
        # Default order: by category (suitable first), then the highest score.
        shown.sort(key=lambda c: (CATEGORIES.index(c.category), -c.suitability.score, c.row.fields.name))
        if self._sort[0] >= 0:
            shown.sort(key=self._key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        if reset:
            self.beginResetModel()
            self._visible = shown
            self.endResetModel()
        else:
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            ids = [self._visible[i.row()].row.id if i.isValid() else "" for i in old]
            self._visible = shown
            rows = {c.row.id: n for n, c in enumerate(shown)}
            new = [
                self.index(rows[t], i.column()) if t in rows else _ROOT for t, i in zip(ids, old, strict=True)
            ]
            self.changePersistentIndexList(old, new)
            self.layoutChanged.emit()
