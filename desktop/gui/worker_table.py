"""The partner's workers as a Qt table model that sorts and filters by itself.

Like the task table, display texts, sort keys and a normalised search text are computed once per
row in ``set_rows``; sorting and filtering then only reorder a list of row numbers, so a pool of
thousands of workers stays instant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core import workforce
from desktop.core.services.workers import WorkerRow
from desktop.gui import messages
from desktop.gui.task_table import normalise

COLUMNS = ("name", "kind", "municipality", "skills", "hours_per_week", "hourly_rate_yen", "stage", "status")
_NUMERIC = frozenset({"hours_per_week", "hourly_rate_yen"})
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def column(key: str) -> int:
    return COLUMNS.index(key)


class WorkerTableModel(QAbstractTableModel):
    """Rows of :class:`WorkerRow`; ``Qt.UserRole`` is the worker id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._rows: list[WorkerRow] = []
        self._display: list[tuple[str, ...]] = []
        self._keys: list[list[Any]] = [[] for _ in COLUMNS]
        self._search: list[str] = []
        self._visible: list[int] = []
        self._position: list[int] = []
        self._ids: dict[str, int] = {}
        self._words: list[str] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            "name": (messages.field_label("name"), self.tr("Name (sorted by kana)")),
            "kind": (self.tr("Kind"), messages.field_label("kind")),
            "municipality": (messages.field_label("municipality"), messages.field_label("municipality")),
            "skills": (
                self.tr("Skills"),
                self.tr("Skills and levels (1 learning, 2 can do the work, 3 can teach)"),
            ),
            "hours_per_week": (self.tr("Hours/week"), messages.field_label("hours_per_week")),
            "hourly_rate_yen": (self.tr("Rate (yen)"), messages.field_label("hourly_rate_yen")),
            "stage": (self.tr("Training"), messages.field_label("stage")),
            "status": (messages.field_label("status"), messages.field_label("status")),
        }

    # --- Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        number = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[number][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[number].id
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._rows[number]
            key = COLUMNS[index.column()]
            if key == "name":
                return row.fields.name_kana or row.fields.name
            if key == "skills":
                return (
                    "\n".join(f"{s.name}: {messages.choice_label('level', str(s.level))}" for s in row.skills)
                    or None
                )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        label, tooltip = self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _NUMERIC:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._relayout(self._sorted(self._visible))

    # --- our interface ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[WorkerRow]) -> None:
        """Replace all rows (already in name order from core), keeping the sort and filter."""
        self.beginResetModel()
        self._rows = list(rows)
        kinds = dict(messages.choices("worker_kind"))
        stages = dict(messages.choices("stage"))
        statuses = dict(messages.choices("worker_status"))
        stage_rank = {s: i for i, s in enumerate(workforce.STAGES)}
        status_rank = {s: i for i, s in enumerate(workforce.WORKER_STATUSES)}
        kind_rank = {s: i for i, s in enumerate(workforce.KINDS)}
        none = self.tr("(not set)")
        display: list[tuple[str, ...]] = []
        keys: list[list[Any]] = [[] for _ in COLUMNS]
        search = []
        for number, row in enumerate(self._rows):
            f = row.fields
            rate = f.hourly_rate_yen
            texts = (
                f.name,
                kinds.get(f.kind, f.kind),
                f.municipality,
                row.skills_summary,
                self._locale.toString(f.hours_per_week),
                self._locale.toString(rate) if rate is not None else none,
                stages.get(row.stage, row.stage) if row.stage else "",
                statuses.get(f.status, f.status),
            )
            display.append(texts)
            for col, key in enumerate(
                (
                    number,  # core's order: kana, then name
                    kind_rank.get(f.kind, len(kind_rank)),
                    normalise(f.municipality),
                    normalise(texts[3]),
                    f.hours_per_week,
                    rate if rate is not None else -1,
                    stage_rank.get(row.stage, -1) if row.stage else -1,
                    status_rank.get(f.status, len(status_rank)),
                )
            ):
                keys[col].append(key)
            search.append(normalise("\n".join((*texts, f.name_kana, f.note))))
        self._display, self._keys, self._search = display, keys, search
        self._ids = {r.id: n for n, r in enumerate(self._rows)}
        self._visible = self._sorted(self._matching())
        self._position = self._positions(self._visible)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only workers whose texts contain every word of ``text`` (any width or case)."""
        self._words = normalise(text).split()
        self._relayout(self._sorted(self._matching()))

    def row_at(self, index: _Index) -> WorkerRow:
        return self._rows[self._visible[index.row()]]

    def index_of(self, worker_id: str, column: int = 0) -> QModelIndex:
        number = self._ids.get(worker_id)
        if number is None or self._position[number] < 0:
            return QModelIndex()
        return self.index(self._position[number], column)

    def visible_rows(self) -> list[WorkerRow]:
        return [self._rows[n] for n in self._visible]

    def total_count(self) -> int:
        return len(self._rows)

    # --- internals --------------------------------------------------------------------------------

    def _matching(self) -> list[int]:
        words, search = self._words, self._search
        return [n for n in range(len(self._rows)) if all(w in search[n] for w in words)]

    def _sorted(self, numbers: list[int]) -> list[int]:
        if not 0 <= self._sort_column < len(COLUMNS):
            return numbers
        keys = self._keys[self._sort_column]
        ordered = sorted(numbers)  # name order first: equal keys stay by name
        ordered.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return ordered

    def _positions(self, visible: list[int]) -> list[int]:
        position = [-1] * len(self._rows)
        for p, n in enumerate(visible):
            position[n] = p
        return position

    def _relayout(self, visible: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        numbers = [self._visible[i.row()] if i.isValid() else -1 for i in old]
        self._visible = visible
        self._position = self._positions(visible)
        new = [
            self.index(self._position[n], i.column()) if n >= 0 and self._position[n] >= 0 else QModelIndex()
            for n, i in zip(numbers, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
