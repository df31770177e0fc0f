"""The weekly hours grid: its table model, the in-cell editor, the keyboard view and the undo command.

Keyboard entry uses Qt's own item-view machinery: typing starts editing (``AnyKeyPressed``), the
delegate checks the text and commits, and ``closeEditor(..., EditNextItem)`` moves on to the next day
through :meth:`HoursTableView.moveCursor`, which only visits day cells that can take hours (after
Sunday comes the next row's Monday). Invalid text keeps the editor open with a message.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core import workforce
from desktop.core.services.hours import (
    CONCURRENT,
    MAX_DAY_HOURS,
    DayInput,
    GridRow,
    HistoryEntry,
    WeekGrid,
    set_days,
)
from desktop.core.workforce import MAX_DAY_MINUTES
from desktop.gui import messages
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext

CODE, TASK, WORKER = 0, 1, 2
FIRST_DAY = 3
TOTAL = FIRST_DAY + 7
PLANNED = TOTAL + 1
COLUMN_COUNT = PLANNED + 1

ALERT_BACKGROUND = QColor("#ffe0b2")
FLAG_BACKGROUND = QColor("#e1bee7")
OUTSIDE_BACKGROUND = QColor("#e0e0e0")
ZERO_FOREGROUND = QColor("#757575")
ALERT_MARK = "⚠"
FLAG_MARK = "※"
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex

HistoryProvider = Callable[[str, date], list[HistoryEntry]]
Committer = Callable[[GridRow, date, int | None], bool]


class HoursInputError(ValueError):
    """Text in a day cell that is not hours: ``code`` is ``bad_hours``, ``negative`` or
    ``too_many_hours``."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(code)
        self.code = code
        self.text = text


def parse_cell_text(text: str) -> int | None:
    """Minutes from what was typed in a day cell (empty: None, the day cleared)."""
    raw = unicodedata.normalize("NFKC", text).strip()
    if raw.startswith("-"):
        raise HoursInputError("negative", text)
    try:
        minutes = workforce.parse_hours(raw)
    except ValueError as exc:
        raise HoursInputError("bad_hours", text) from exc
    if minutes is not None and minutes > MAX_DAY_MINUTES:
        raise HoursInputError("too_many_hours", text)
    return minutes


def input_error_text(error: HoursInputError) -> str:
    """The sentence for text that is not hours."""
    if error.code == "negative":
        return QCoreApplication.translate("HoursGrid", "Hours cannot be negative: “{text}”.").format(
            text=error.text
        )
    if error.code == "too_many_hours":
        return QCoreApplication.translate(
            "HoursGrid", "“{text}” is more than a day: a day has at most {limit} hours."
        ).format(text=error.text, limit=MAX_DAY_HOURS)
    return QCoreApplication.translate(
        "HoursGrid", "“{text}” is not a number of hours. Type it like 3, 3.5, 3:30 or 90m."
    ).format(text=error.text)


def is_day_column(column: int) -> bool:
    return FIRST_DAY <= column < TOTAL


class HoursGridModel(QAbstractTableModel):
    """Rows of :class:`GridRow`; day cells edit through ``committer`` (set by the page), which
    writes the day and says whether it was accepted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: WeekGrid | None = None
        self._rows: list[GridRow] = []
        self._ids: dict[str, int] = {}
        self._days: list[date] = []
        self._show_company = False
        self.committer: Committer | None = None
        self.history: HistoryProvider | None = None
        self._locale = QLocale()
        self._role_labels = dict(messages.choices("role"))
        self._status_labels = dict(messages.choices("assignment_status"))

    # --- content -------------------------------------------------------------------------------

    def set_grid(self, grid: WeekGrid, show_company: bool) -> None:
        """Show ``grid``; when it has the same rows as now only the cells that changed are updated
        (an editor open elsewhere keeps what is being typed)."""
        same = (
            self._grid is not None
            and grid.monday == self._grid.monday
            and show_company == self._show_company
            and [r.assignment_id for r in grid.rows] == [r.assignment_id for r in self._rows]
        )
        if not same:
            self.beginResetModel()
            self._set(grid, show_company)
            self.endResetModel()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
            return
        old = self._rows
        self._set(grid, show_company)
        self._announce(old)

    def update_rows(self, rows: Sequence[GridRow]) -> None:
        """Replace the rows of the same assignments (freshly read after a write), in place."""
        if self._grid is None:
            return
        old = list(self._rows)
        for row in rows:
            number = self._ids.get(row.assignment_id)
            if number is not None:
                self._rows[number] = row
        self._grid = WeekGrid(self._grid.monday, tuple(self._rows))
        self._announce(old)

    def _announce(self, old: list[GridRow]) -> None:
        """dataChanged for the cells that differ from ``old`` (same rows in the same order)."""
        for number, (before, after) in enumerate(zip(old, self._rows, strict=True)):
            if before == after:
                continue
            changed = [c for c in range(COLUMN_COUNT) if self._cell(before, c) != self._cell(after, c)]
            if before.no_hours_alert != after.no_hours_alert or before.flags != after.flags:
                changed = list(range(COLUMN_COUNT))
            if changed:
                self.dataChanged.emit(self.index(number, min(changed)), self.index(number, max(changed)))

    def _set(self, grid: WeekGrid, show_company: bool) -> None:
        self._grid = grid
        self._rows = list(grid.rows)
        self._ids = {r.assignment_id: i for i, r in enumerate(self._rows)}
        self._days = grid.days
        self._show_company = show_company

    @property
    def grid(self) -> WeekGrid | None:
        return self._grid

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def day_of(self, column: int) -> date:
        return self._days[column - FIRST_DAY]

    def row_of(self, assignment_id: str) -> int:
        return self._ids.get(assignment_id, -1)

    def can_edit(self, row: int, column: int) -> bool:
        return (
            0 <= row < len(self._rows)
            and is_day_column(column)
            and self._rows[row].in_period[column - FIRST_DAY]
        )

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.can_edit(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if is_day_column(section) and self._days:
                day = self.day_of(section)
                name = self._locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                return f"{name}\n{day.month}/{day.day}"
            return {
                CODE: self.tr("Code"),
                TASK: self.tr("Task"),
                WORKER: self.tr("Worker"),
                TOTAL: self.tr("Week"),
                PLANNED: self.tr("Planned\n/month"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_day_column(section) and self._days:
                day = self.day_of(section)
                return self._locale.toString(
                    QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
                )
            return {
                TOTAL: self.tr("Hours entered this week"),
                PLANNED: self.tr("Planned hours a month of the assignment"),
                CODE: self.tr("Short code printed on the task sheet"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIRST_DAY:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if is_day_column(column):
                value = row.days[column - FIRST_DAY]
                return "" if value is None else workforce.format_hours(value)
            return self._cell(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.assignment_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= FIRST_DAY:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_day_column(column) and row.days[column - FIRST_DAY] == 0:
                return ZERO_FOREGROUND
            if self._background(row, column) is not None:
                return QColor("black")  # readable on the light colours in a dark theme too
            return None
        if role == Qt.ItemDataRole.FontRole and column == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._cell(row, column)
            if is_day_column(column):
                return f"{self.headerData(column, Qt.Orientation.Horizontal)}: {text}".replace("\n", " ")
            return text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Write a day: ``value`` is minutes or None (cleared), already parsed by the delegate."""
        if role != Qt.ItemDataRole.EditRole or not self.can_edit(index.row(), index.column()):
            return False
        if self.committer is None:
            return False
        row = self._rows[index.row()]
        return self.committer(row, self.day_of(index.column()), value)

    # --- cells ---------------------------------------------------------------------------------

    def _cell(self, row: GridRow, column: int) -> str:
        if column == CODE:
            return workforce.display_code(row.code) if len(row.code) == workforce.CODE_LENGTH else row.code
        if column == TASK:
            return f"{row.task_name} — {row.company_name}" if self._show_company else row.task_name
        if column == WORKER:
            if row.role == "supervisor":
                return f"{row.worker_name}（{self._role_labels.get(row.role, row.role)}）"
            return row.worker_name
        if is_day_column(column):
            value = row.days[column - FIRST_DAY]
            text = "" if value is None else workforce.format_hours(value)
            return f"{text} {FLAG_MARK}" if row.flags[column - FIRST_DAY] else text
        if column == TOTAL:
            if row.no_hours_alert:
                return self.no_hours_text()
            return workforce.format_hours(row.total_minutes)
        if column == PLANNED:
            return str(row.planned_hours) if row.planned_hours else ""
        return ""

    def _background(self, row: GridRow, column: int) -> QColor | None:
        if is_day_column(column):
            day = column - FIRST_DAY
            if row.flags[day]:
                return FLAG_BACKGROUND
            if not row.in_period[day]:
                return OUTSIDE_BACKGROUND
        return ALERT_BACKGROUND if row.no_hours_alert else None

    def _tooltip(self, row: GridRow, column: int) -> str | None:
        if column in (CODE, TASK, WORKER):
            lines = [
                f"{row.company_name} / {row.task_name}",
                f"{row.worker_name} · {self._role_labels.get(row.role, row.role)}",
                self.tr("Status: {status} · Period: {period}").format(
                    status=self._status_labels.get(row.status, row.status),
                    period=row.period.replace("/", " 〜 "),
                ),
            ]
            if row.no_hours_alert:
                lines.append(self._alert_text())
            return "\n".join(lines)
        if column == TOTAL and row.no_hours_alert:
            return self._alert_text()
        if not is_day_column(column):
            return None
        index = column - FIRST_DAY
        if not row.in_period[index]:
            return self.tr("Outside the assignment's period ({period}): no hours can be entered.").format(
                period=row.period.replace("/", " 〜 ")
            )
        if row.days[index] is None or self.history is None:
            return None
        lines = []
        if row.flags[index] == CONCURRENT:
            lines.append(
                self.tr(
                    "{mark} Corrected on two devices at the same time: the newest correction counts. "
                    "Type the right hours to settle it."
                ).format(mark=FLAG_MARK)
            )
        elif row.flags[index]:
            lines.append(
                self.tr(
                    "{mark} Entered separately on two devices: the entries are added up. "
                    "Type the right hours to settle it."
                ).format(mark=FLAG_MARK)
            )
        lines += [self._history_line(h) for h in self.history(row.assignment_id, self.day_of(column))]
        return "\n".join(lines)

    def no_hours_text(self) -> str:
        """What the week total shows for an assignment with the no-hours alert."""
        return self.tr("{mark} No hours").format(mark=ALERT_MARK)

    def _alert_text(self) -> str:
        return self.tr("{mark} Active, but no hours were entered for this week.").format(mark=ALERT_MARK)

    def _history_line(self, entry: HistoryEntry) -> str:
        when = self._locale.toString(
            QDateTime.fromMSecsSinceEpoch(entry.entered_at_ms), QLocale.FormatType.ShortFormat
        )
        sources = {
            "app": self.tr("app"),
            "grid": self.tr("weekly grid"),
            "csv": self.tr("file import"),
            "sheet": self.tr("paper sheet"),
        }
        who = self.tr("this PC") if entry.this_device else self.tr("another device")
        if entry.counted:
            part = self.tr("counted")
        elif entry.live:
            part = self.tr("not counted (older concurrent correction)")
        else:
            part = self.tr("replaced")
        text = self.tr("{when} · {who} · {source}: {hours} h ({part})").format(
            when=when,
            who=who,
            source=sources.get(entry.source, entry.source),
            hours=workforce.format_hours(entry.minutes),
            part=part,
        )
        return f"{text} — {entry.note}" if entry.note else text


class HoursDelegate(QStyledItemDelegate):
    """The day-cell editor: checks what was typed, commits it, and moves on only when it was taken.

    Enter and Tab commit and go to the next day, Shift+Tab to the previous one; text that is not
    hours, or that core refuses, keeps the editor open and ``sig_invalid`` carries the sentence."""

    sig_invalid = Signal(str)
    """Typed text was refused: the sentence to show (nothing was written)."""
    sig_committed = Signal()
    """A day's text was accepted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepted = True

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        editor.setMaxLength(20)
        editor.setAccessibleName(self.tr("Hours of the day"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # never overwrite what is being typed when the row is refreshed
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        self._accepted = False
        try:
            minutes = parse_cell_text(editor.text())
        except HoursInputError as exc:
            self.sig_invalid.emit(input_error_text(exc))
            return
        if not editor.isModified():
            self._accepted = True  # opened and left as it was: nothing to write
            self.sig_committed.emit()
            return
        if model.setData(index, minutes, Qt.ItemDataRole.EditRole):
            self._accepted = True
            editor.setModified(False)
            self.sig_committed.emit()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            hints = {
                Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Return: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Enter: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            }
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if key in hints and plain:
                back = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                hint = hints[Qt.Key.Key_Backtab] if back else hints[key]
                self.commitData.emit(editor)
                if self._accepted:
                    self.closeEditor.emit(editor, hint)
                else:
                    editor.selectAll()
                return True
        return super().eventFilter(editor, event)


class HoursTableView(QTableView):
    """The grid's view: Tab, Enter and the editor's "next item" go through the day cells that take
    hours only, row after row (Sunday → the next row's Monday)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)

    def _grid(self) -> HoursGridModel | None:
        model = self.model()
        return model if isinstance(model, HoursGridModel) else None

    def step(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) day cell after ``index`` that can take hours, in reading order
        (Sunday → the next row's Monday); ``index`` itself when there is none."""
        model = self._grid()
        if model is None or not index.isValid():
            return index
        row, column = index.row(), index.column()
        if is_day_column(column):
            position = row * 7 + column - FIRST_DAY
            start = position + 1 if forward else position - 1
        elif column < FIRST_DAY:
            start = row * 7 if forward else row * 7 - 1
        else:
            start = row * 7 + 7 if forward else row * 7 + 6
        end, delta = (model.rowCount() * 7, 1) if forward else (-1, -1)
        for at in range(start, end, delta):
            target_row, target_column = divmod(at, 7)
            if model.can_edit(target_row, target_column + FIRST_DAY):
                return model.index(target_row, target_column + FIRST_DAY)
        return index

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction == QAbstractItemView.CursorAction.MoveNext:
            return self.step(self.currentIndex(), True)
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious:
            return self.step(self.currentIndex(), False)
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a cell that is not being edited goes to the next day, as after typing hours.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            target = self.step(self.currentIndex(), not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if target.isValid():
                self.setCurrentIndex(target)
            event.accept()
            return
        super().keyPressEvent(event)


class SetDaysCommand(ServiceCommand):
    """Days set in the grid, by paste or by an import; undo writes corrections back to the old values."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        new: Sequence[DayInput],
        old: Sequence[DayInput],
        on_error: ErrorHandler,
        source: str = "grid",
        done: bool = True,
    ) -> None:
        super().__init__(ctx, text, ("time_entry",), on_error, done=done)
        self.new, self.old, self.source = list(new), list(old), source

    def forward(self) -> None:
        set_days(self._db, self.new, self.source)

    def backward(self) -> None:
        set_days(self._db, self.old, self.source)
