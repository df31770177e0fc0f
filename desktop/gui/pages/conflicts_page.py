"""Reviewing sync conflicts (競合の確認): which value was kept, which was lost, who wrote each and when.

Resolving is an ordinary write (see :mod:`desktop.core.services.conflicts`), so the decision reaches
every device of the company with the next sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Database
from desktop.core.services.conflicts import ConflictData, list_conflicts, resolve_conflict, row_names
from desktop.core.sync.hlc import wall_ms
from desktop.core.sync.merge import DELETED_COLUMN
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.page_loader import PageLoader

_CHOICE_KINDS = ("medium", "onsite", "confidentiality", "documented", "seasonality", "deadline")
_TASK_CHOICE_KINDS = (*_CHOICE_KINDS, "ecrs_decision", "status")
_MAX_TEXT = 80
# Columns, the reason early so it is seen without scrolling.
WHAT, REASON, KEPT, KEPT_BY, LOST, LOST_BY, STATE = range(7)
_MAX_WIDTHS = (280, 200)  # of the "what" column, of the others: long values are elided (full in tooltips)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ConflictRow:
    """One conflict and, when cheap to find, the name of the row it is about."""

    data: ConflictData
    row_name: str | None


def load_conflicts(db: Database, include_resolved: bool) -> list[ConflictRow]:
    """Open (or all) conflicts with the names of their rows; runs on the task runner."""
    conflicts = list_conflicts(db, include_resolved)
    names = row_names(db, conflicts)
    return [ConflictRow(c, names.get((c.tbl, c.row_id))) for c in conflicts]


class ConflictTableModel(QAbstractTableModel):
    """Conflicts as rows: what, reason, kept value (by whom, when), lost value (by whom, when), state."""

    def __init__(self, own_device: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own_device = own_device  # asked each time: a sync may give this database a new device id
        self._rows: list[ConflictRow] = []
        self._headers = {
            WHAT: self.tr("What"),
            REASON: self.tr("Reason"),
            KEPT: self.tr("Kept value"),
            KEPT_BY: self.tr("Kept: by, when"),
            LOST: self.tr("Lost value"),
            LOST_BY: self.tr("Lost: by, when"),
            STATE: self.tr("State"),
        }

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ConflictRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(row, index.column())
            return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.data.resolved:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, row: ConflictRow, column: int) -> str:
        c = row.data
        if column == WHAT:
            return self._what(row)
        if column == KEPT:
            return self._value(c.tbl, c.col, c.winner_value)
        if column == KEPT_BY:
            return self._who_when(c.winner_device, c.winner_hlc)
        if column == LOST:
            return self._value(c.tbl, c.col, c.loser_value)
        if column == LOST_BY:
            return self._who_when(c.loser_device, c.loser_hlc)
        if column == REASON:
            if c.reason == "deleted_row":
                return self.tr("Edited a deleted row")
            return self.tr("Edited at the same time")
        return self.tr("Resolved") if c.resolved else self.tr("Open")

    def details(self, row: int) -> str:
        """The selected conflict in full, for the text under the table (values are not elided)."""
        conflict = self._rows[row]
        return "\n".join(
            [
                self._what(conflict),
                self.tr("Kept value: {value} — {who_when}").format(
                    value=self._text(conflict, KEPT), who_when=self._text(conflict, KEPT_BY)
                ),
                self.tr("Lost value: {value} — {who_when}").format(
                    value=self._text(conflict, LOST), who_when=self._text(conflict, LOST_BY)
                ),
            ]
        )

    def _what(self, row: ConflictRow) -> str:
        c = row.data
        tables = {
            "partner": self.tr("Partner"),
            "company": self.tr("Company"),
            "department": self.tr("Area of work"),
            "task": self.tr("Task"),
            "task_step": self.tr("Procedure step"),
        }
        table = tables.get(c.tbl, c.tbl)
        field = self.tr("Deleted") if c.col == DELETED_COLUMN else messages.field_label(c.col)
        if row.row_name:
            return self.tr("{table} “{name}”: {field}").format(table=table, name=row.row_name, field=field)
        return self.tr("{table}: {field}").format(table=table, field=field)

    def _value(self, tbl: str, col: str, value: Any) -> str:
        if col == DELETED_COLUMN:
            return self.tr("Deleted") if value else self.tr("Not deleted")
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return messages.yes_no(value)
        if col == "frequency" and isinstance(value, str):
            return messages.frequency_label(value)
        kinds = _TASK_CHOICE_KINDS if tbl == "task" else ()
        if col in kinds and isinstance(value, str):
            return messages.choice_label(col, value)
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def _who_when(self, device: str, hlc: int) -> str:
        who = self.tr("this PC") if device == self._own_device() else self.tr("PC {id}").format(id=device[:8])
        when = QDateTime.fromMSecsSinceEpoch(wall_ms(hlc)).toLocalTime()
        return self.tr("{when} ({who})").format(
            when=QLocale().toString(when, QLocale.FormatType.ShortFormat), who=who
        )


class ConflictsPage(QWidget):
    """Open conflicts, with "keep the kept value" and "restore the lost value"."""

    sig_rows_loaded = Signal()
    """The table shows freshly loaded conflicts."""
    sig_conflict_resolved = Signal(str)
    """A conflict was resolved (and, for "restore", the lost value written back): its id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loader: PageLoader[list[ConflictRow]] = PageLoader(
            self, ctx.runner, self.tr("Loading conflicts"), again=self.reload, show=self._loaded,
            failed=self._show_error,
        )  # fmt: skip

        self.model = ConflictTableModel(ctx.db.sync.require_device, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.page_title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)

        intro = QLabel(
            self.tr(
                "When two people changed the same thing before syncing, one value was kept and the "
                "other is listed here. Keep the kept value, or put the lost value back."
            )
        )
        intro.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("S&how resolved conflicts too"))
        self.empty_label = QLabel(self.tr("There are no conflicts to review."))
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_button = QPushButton(self.tr("&Keep the kept value"))
        self.restore_button = QPushButton(self.tr("&Restore the lost value"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_resolved)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)

        self.keep_button.clicked.connect(lambda: self.resolve_selected(restore_loser=False))
        self.restore_button.clicked.connect(lambda: self.resolve_selected(restore_loser=True))
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.sig_data_changed.connect(self._data_changed)
        self._update_buttons()
        self.reload()

    def page_title(self) -> str:
        return self.tr("Review conflicts")

    def reload(self) -> None:
        """Load the conflicts in the background; ``sig_rows_loaded`` tells when they are shown."""
        if self.loader.busy():
            return
        db, include = self._ctx.db, self.show_resolved.isChecked()
        self.loader.submit(lambda: load_conflicts(db, include))

    def _loaded(self, rows: list[ConflictRow]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        if keep is not None:
            self.select(keep.data.id)
        self.table.setColumnHidden(STATE, not self.show_resolved.isChecked())
        if rows:
            self._size_columns()
        self._update_buttons()
        self.sig_rows_loaded.emit()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), _MAX_WIDTHS[min(col, 1)]))

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "conflict" in tables:
            self.reload()

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, conflict_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).data.id == conflict_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        self.detail_label.setText(self.model.details(selected[0].row()) if selected else "")
        self.detail_label.setVisible(bool(selected))
        row = self.selected()
        open_row = row is not None and not row.data.resolved
        self.keep_button.setEnabled(open_row)
        self.restore_button.setEnabled(open_row)

    def resolve_selected(self, restore_loser: bool) -> int | None:
        """Resolve the selected conflict on the task runner; returns the job id."""
        row = self.selected()
        if row is None or row.data.resolved:
            return None
        db, conflict = self._ctx.db, row.data
        self.keep_button.setEnabled(False)
        self.restore_button.setEnabled(False)

        def done(resolved: ConflictData) -> None:
            self._ctx.notify("conflict", resolved.tbl)
            if shiboken6.isValid(self):
                self.sig_conflict_resolved.emit(resolved.id)

        return self._ctx.runner.submit(
            self.tr("Resolving the conflict"),
            lambda job: resolve_conflict(db, conflict.id, restore_loser),
            done,
            self._resolve_failed,
        )

    def _resolve_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._update_buttons()
            self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self, self.page_title(), self.tr("The operation failed: {error}").format(error=exc)
        )
