"""The task list (業務一覧) as a Qt table model that sorts and filters by itself.

A QSortFilterProxyModel would call ``data()`` for every comparison, which is too slow for a
company with thousands of tasks. This model instead precomputes a sort key per row and column and
a normalised search text per row once (in ``set_rows``), and sorts or filters a list of row numbers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from desktop.core.inventory import Frequency
from desktop.core.task_rows import TaskRow
from desktop.gui import messages

COLUMNS = (
    "name",
    "department",
    "performer",
    "frequency",
    "minutes",
    "monthly_hours",
    "medium",
    "onsite",
    "confidentiality",
    "single_person",
    "documented",
    "ecrs_decision",
    "status",
)
"""Column keys in display order."""

# Columns that show a coded TaskFields value, and the messages.choices kind that names it.
_CODED = {
    "medium": "medium",
    "onsite": "onsite",
    "confidentiality": "confidentiality",
    "documented": "documented",
    "ecrs_decision": "ecrs_decision",
    "status": "status",
}
_NUMERIC = frozenset({"minutes", "monthly_hours"})
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex


def column(key: str) -> int:
    """The column number of a column key of :data:`COLUMNS`."""
    return COLUMNS.index(key)


def normalise(text: str) -> str:
    """Search form of a text: full-width letters and digits folded to half-width, case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _monthly_hours(row: TaskRow) -> float:
    try:
        return row.monthly_hours
    except ValueError:  # a malformed frequency from an old sync peer: show it, count it as 0
        return 0.0


def _per_month(frequency: str) -> float:
    try:
        return Frequency.parse(frequency).per_month
    except ValueError:
        return 0.0


class TaskTableModel(QAbstractTableModel):
    """Rows of :class:`TaskRow`, sorted and filtered inside the model; ``Qt.UserRole`` is the task id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._labels = {kind: dict(messages.choices(kind)) for kind in _CODED.values()}
        self._ranks = {
            kind: {code: i for i, (code, _) in enumerate(messages.choices(kind))} for kind in _CODED.values()
        }
        self._rows: list[TaskRow] = []
        self._hours: list[float] = []
        self._search: list[str] = []
        self._keys: list[list[Any]] = [[] for _ in COLUMNS]
        self._by_name: list[int] = []  # row numbers ordered by name, then id: the tie-breaker
        self._name_rank: list[int] = []  # row number -> position in _by_name
        self._visible: list[int] = []
        self._position: list[int] = []  # row number -> visible position, or -1 when filtered out
        self._ids: dict[str, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._filter_words: list[str] = []
        self._filter_department: str | None = None
        self._headers = {
            "name": (self.tr("Task"), messages.field_label("name")),
            "department": (self.tr("Area"), messages.field_label("department_id")),
            "performer": (self.tr("Done by"), messages.field_label("performer")),
            "frequency": (self.tr("Frequency"), messages.field_label("frequency")),
            "minutes": (self.tr("Min."), messages.field_label("minutes_per_occurrence")),
            "monthly_hours": (
                self.tr("Hours/month"),
                self.tr("Hours a month: times a month × minutes each (a month has 20 working days)"),
            ),
            "medium": (self.tr("Medium"), messages.field_label("medium")),
            "onsite": (self.tr("On-site"), messages.field_label("onsite")),
            "confidentiality": (self.tr("Confidential"), messages.field_label("confidentiality")),
            "single_person": (self.tr("One person"), messages.field_label("single_person")),
            "documented": (self.tr("Procedure"), messages.field_label("documented")),
            "ecrs_decision": (self.tr("ECRS"), messages.field_label("ecrs_decision")),
            "status": (self.tr("Status"), messages.field_label("status")),
        }

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        number = self._visible[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(number, key)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[number].id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            row = self._rows[number]
            return row.fields.description or row.fields.name
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
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by ``column`` (ties by name); the order survives filtering and reloads."""
        self._sort_column, self._sort_order = column, order
        self._relayout(self._sorted(self._visible))

    # --- our interface ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        """Replace all rows, keeping the current sort and filter."""
        self.beginResetModel()
        self._rows = list(rows)
        self._hours = [_monthly_hours(r) for r in self._rows]
        self._search = [
            normalise(
                "\n".join(
                    (
                        r.fields.name,
                        r.fields.description,
                        r.fields.performer,
                        r.fields.tools,
                        r.fields.skills,
                        r.department_name,
                        r.fields.note,
                    )
                )
            )
            for r in self._rows
        ]
        self._keys = [self._column_keys(key) for key in COLUMNS]
        self._by_name = sorted(range(len(self._rows)), key=lambda n: (self._keys[0][n], self._rows[n].id))
        self._name_rank = self._positions(self._by_name)
        self._ids = {r.id: n for n, r in enumerate(self._rows)}
        self._visible = self._sorted(self._matching())
        self._position = self._positions(self._visible)
        self.endResetModel()

    def set_filter(self, text: str, department_id: str | None = None) -> None:
        """Show only rows whose texts contain every word of ``text`` (and in ``department_id``)."""
        self._filter_words = normalise(text).split()
        self._filter_department = department_id
        self._relayout(self._sorted(self._matching()))

    def row_at(self, index: _Index) -> TaskRow:
        """The task shown at ``index`` (any column)."""
        return self._rows[self._visible[index.row()]]

    def index_of(self, task_id: str, column: int = 0) -> QModelIndex:
        """Where the task is shown, or an invalid index when it is absent or filtered out."""
        number = self._ids.get(task_id)
        if number is None or self._position[number] < 0:
            return QModelIndex()
        return self.index(self._position[number], column)

    def visible_rows(self) -> list[TaskRow]:
        """The shown rows, in display order."""
        return [self._rows[n] for n in self._visible]

    def total_count(self) -> int:
        return len(self._rows)

    def visible_hours(self) -> float:
        """Monthly hours of the shown rows together."""
        return float(sum(self._hours[n] for n in self._visible))

    # --- internals ----------------------------------------------------------------------------------

    def _display(self, number: int, key: str) -> str:
        row = self._rows[number]
        f = row.fields
        if key == "name":
            return f.name
        if key == "department":
            return row.department_name
        if key == "performer":
            return f.performer
        if key == "frequency":
            return messages.frequency_label(f.frequency)
        if key == "minutes":
            return self._locale.toString(f.minutes_per_occurrence)
        if key == "monthly_hours":
            return self._locale.toString(self._hours[number], "f", 1)
        if key == "single_person":
            return messages.yes_no(f.single_person)
        kind = _CODED[key]
        code = str(getattr(f, kind))
        return self._labels[kind].get(code, code)

    def _column_keys(self, key: str) -> list[Any]:
        rows = self._rows
        getter: Callable[[TaskRow], Any]
        if key == "name":
            getter = lambda r: normalise(r.fields.name)  # noqa: E731
        elif key == "department":
            getter = lambda r: normalise(r.department_name)  # noqa: E731
        elif key == "performer":
            getter = lambda r: normalise(r.fields.performer)  # noqa: E731
        elif key == "frequency":
            getter = lambda r: _per_month(r.fields.frequency)  # noqa: E731
        elif key == "minutes":
            getter = lambda r: r.fields.minutes_per_occurrence  # noqa: E731
        elif key == "monthly_hours":
            return list(self._hours)
        elif key == "single_person":
            getter = lambda r: r.fields.single_person  # noqa: E731
        else:
            kind = _CODED[key]
            ranks = self._ranks[kind]
            getter = lambda r: ranks.get(getattr(r.fields, kind), len(ranks))  # noqa: E731
        return [getter(r) for r in rows]

    def _matching(self) -> list[int]:
        """Row numbers passing the filter, in name order."""
        words, department = self._filter_words, self._filter_department
        search, rows = self._search, self._rows
        return [
            n
            for n in self._by_name
            if (department is None or rows[n].fields.department_id == department)
            and all(w in search[n] for w in words)
        ]

    def _sorted(self, numbers: list[int]) -> list[int]:
        if not 0 <= self._sort_column < len(COLUMNS):
            return numbers
        keys = self._keys[self._sort_column]
        # Two stable sorts: name order first, so equal keys stay by name whichever way we sort.
        ordered = sorted(numbers, key=self._name_rank.__getitem__)
        ordered.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return ordered

    def _positions(self, visible: list[int]) -> list[int]:
        position = [-1] * len(self._rows)
        for p, n in enumerate(visible):
            position[n] = p
        return position

    def _relayout(self, visible: list[int]) -> None:
        """Show ``visible`` instead of the current rows; selections follow their tasks."""
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


_MAX_WIDTHS = (320, 180)  # of the name column, of the others: long texts are elided, not shown whole


def size_columns(table: QTableView) -> None:
    """Fit the columns to their contents, the long texts elided at a readable width."""
    table.resizeColumnsToContents()
    for col in range(table.model().columnCount()):
        table.setColumnWidth(col, min(table.columnWidth(col), _MAX_WIDTHS[min(col, 1)]))
