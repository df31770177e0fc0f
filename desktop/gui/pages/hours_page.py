"""The hours page (作業時間): a week of hours per assignment, keyed in from paper with the keyboard.

One row per assignment, seven day columns. Typing starts editing, Enter or Tab commits and goes to
the next day, Delete clears, Ctrl+V pastes a block from a spreadsheet, Ctrl+J jumps to a short code
typed or scanned from a task sheet. Every change is a correction (time entries are insert-only) and
goes on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.services.hours import (
    GRID_STATUSES,
    DayInput,
    GridRow,
    WeekGrid,
    day_history,
    find_assignment_by_code,
    set_day,
    set_days,
    week_grid,
)
from desktop.core.workforce import Period
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, message_label
from desktop.gui.hours_grid import (
    CODE,
    FIRST_DAY,
    PLANNED,
    TASK,
    TOTAL,
    WORKER,
    HoursDelegate,
    HoursGridModel,
    HoursInputError,
    HoursTableView,
    SetDaysCommand,
    input_error_text,
    parse_cell_text,
)

_RELOAD_ON = frozenset({"time_entry", "assignment", "worker_card", "task", "company"})
BANNER_STYLE = (
    "background: #fff3bf; color: black; border: 1px solid #e0b000; border-radius: 3px; padding: 4px 8px;"
)


class HoursPage(QWidget):
    """The weekly hours grid of the current company (or of all companies)."""

    sig_reloaded = Signal()
    """The grid shows freshly loaded rows."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today: Callable[[], date] = today or date.today
        self.monday = workforce.week_start(self.today())
        self._sized = False
        self._own_notice = False  # this page's own change: its rows are refreshed already

        # The week bar.
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.previous_button.setToolTip(self.tr("The week before (Alt+Left)"))
        self.this_week_button = QPushButton(self.tr("T&his week"))
        self.next_button = QPushButton(self.tr("&Next week ▶"))
        self.next_button.setToolTip(self.tr("The week after (Alt+Right)"))
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.week_label.setFont(font)
        self.all_companies_box = QCheckBox(self.tr("&All companies"))
        self.all_companies_box.setToolTip(
            self.tr("Show the assignments of every company, not only the current one")
        )
        self.jump_edit = QLineEdit()
        self.jump_edit.setPlaceholderText(self.tr("e.g. ABC-DEFG"))
        self.jump_edit.setToolTip(self.tr("Type or scan the short code of a task sheet, then Enter (Ctrl+J)"))
        self.jump_edit.setMaximumWidth(160)
        self.jump_edit.setClearButtonEnabled(True)
        jump_label = QLabel(self.tr("&Jump to code:"))
        jump_label.setBuddy(self.jump_edit)
        self.import_button = QPushButton(self.tr("&Import hours…"))
        self.import_button.setToolTip(self.tr("Read hours from an Excel or CSV file (code, date, hours)"))

        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.model = HoursGridModel(self)
        self.model.committer = self._commit_day
        db = ctx.db
        self.model.history = lambda assignment_id, day: day_history(db, assignment_id, day)
        self.table = HoursTableView()
        self.table.setModel(self.model)
        self.delegate = HoursDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setAccessibleName(self.tr("Hours of the week"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = message_label(ERROR_COLOR)
        self.hint_label = QLabel(
            self.tr(
                "Type hours (3, 3.5, 3:30, 90m) · Enter or Tab: next day · Shift+Tab: back · Del: clear · "
                "Ctrl+V: paste from a spreadsheet · Ctrl+Z: undo · ※: entered on two devices, see the tooltip"
            )
        )
        self.hint_label.setWordWrap(True)

        top = QHBoxLayout()
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.week_label)
        top.addStretch(1)
        top.addWidget(self.all_companies_box)
        top.addSpacing(12)
        top.addWidget(jump_label)
        top.addWidget(self.jump_edit)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        self.setTabOrder(self.jump_edit, self.table)

        self._page_action(QKeySequence("Alt+Left"), lambda: self.go_to_week(self.monday - timedelta(days=7)))
        self._page_action(QKeySequence("Alt+Right"), lambda: self.go_to_week(self.monday + timedelta(days=7)))
        self._page_action(QKeySequence("Ctrl+J"), self._focus_jump)
        self.paste_action = self._table_action(QKeySequence(QKeySequence.StandardKey.Paste), self.paste)
        self.clear_action = self._table_action(
            QKeySequence(QKeySequence.StandardKey.Delete), self.clear_selection
        )
        self.clear_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )

        self.previous_button.clicked.connect(lambda: self.go_to_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.go_to_week(self.monday + timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.go_to_week(self.today()))
        self.all_companies_box.toggled.connect(lambda _checked: self.reload())
        self.jump_edit.returnPressed.connect(lambda: self.jump_to_code())
        self.import_button.clicked.connect(lambda: self.open_import())
        self.delegate.sig_invalid.connect(self._show_message)
        self.delegate.sig_committed.connect(self._clear_message)
        ctx.sig_company_changed.connect(self._company_changed)
        ctx.sig_data_changed.connect(self._data_changed)
        self.reload()

    def page_title(self) -> str:
        return self.tr("Hours")

    # --- building ---------------------------------------------------------------------------------

    def _page_action(self, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _table_action(self, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        """An action of the table itself: not while a cell editor has the focus (it pastes there)."""
        action = QAction(self.table)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    # --- loading ----------------------------------------------------------------------------------

    def company_filter(self) -> str | None:
        return None if self.all_companies_box.isChecked() else self._ctx.company_id

    def go_to_week(self, day: date) -> None:
        """Show the week of ``day``."""
        monday = workforce.week_start(day)
        if monday != self.monday:
            self.monday = monday
            self._clear_message()
            self.reload()

    def reload(self) -> None:
        """Load the shown week (a few indexed queries: fast at 100,000 entries) and keep the cursor."""
        keep = self._current_key()
        company = self.company_filter()
        show_all = self.all_companies_box.isChecked()
        if company == "":
            self.model.set_grid(WeekGrid(self.monday, ()), show_all)
        else:
            self.model.set_grid(week_grid(self._ctx.db, company, self.monday, self.today()), show_all)
        self._update_week_label()
        self._update_banner()
        self._restore(keep)
        self.sig_reloaded.emit()

    def _company_changed(self, _company_id: str = "") -> None:
        self._clear_message()
        if not self.all_companies_box.isChecked():
            self.reload()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON and not self._own_notice:
            self.reload()

    def _update_week_label(self) -> None:
        start, end = self.monday, self.monday + timedelta(days=6)
        if start.year != end.year:
            text = self.tr("{month}/{day}/{year} – {end_month}/{end_day}/{end_year}")
        elif start.month != end.month:
            text = self.tr("{month}/{day} – {end_month}/{end_day}, {year}")
        else:
            text = self.tr("{month}/{day}–{end_day}, {year}")
        self.week_label.setText(
            text.format(
                year=start.year,
                month=start.month,
                day=start.day,
                end_year=end.year,
                end_month=end.month,
                end_day=end.day,
            )
        )
        this_week = workforce.week_start(self.today())
        self.this_week_button.setEnabled(self.monday != this_week)

    def _update_banner(self) -> None:
        company = self.company_filter()
        grid = self.model.grid
        count = grid.alert_count if grid else 0
        self.banner.setText(
            self.tr("⚠ {n} assignments have no hours this week (marked “No hours” below).").format(n=count)
        )
        self.banner.setVisible(count > 0)
        if company == "":
            self.empty_label.setText(self.tr("Choose a company first, or tick “All companies”."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No assignment is planned, active or paused in this week. Assign workers to tasks first."
                )
            )
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount() and not self._sized:
            self._size_columns()

    def _size_columns(self) -> None:
        self._sized = True
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        day_width = max(metrics.horizontalAdvance("00:00 ※") + 16, 64)
        for column in range(FIRST_DAY, TOTAL):
            self.table.setColumnWidth(column, day_width)
        self.table.setColumnWidth(
            CODE, max(self.table.columnWidth(CODE), metrics.horizontalAdvance("ABC-DEFG") + 16)
        )
        self.table.setColumnWidth(WORKER, min(max(self.table.columnWidth(WORKER), 100), 220))
        alert = self.model.no_hours_text()
        self.table.setColumnWidth(
            TOTAL, max(self.table.columnWidth(TOTAL), day_width, metrics.horizontalAdvance(alert) + 20)
        )
        self.table.setColumnWidth(PLANNED, max(self.table.columnWidth(PLANNED), 64))

    # --- the cursor -------------------------------------------------------------------------------

    def _current_key(self) -> tuple[str, int] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).assignment_id, index.column()

    def _restore(self, key: tuple[str, int] | None) -> None:
        current = self.table.currentIndex()
        if key is not None:
            row = self.model.row_of(key[0])
            if row >= 0:
                if current.row() != row or current.column() != key[1]:
                    self._set_current(self.model.index(row, key[1]))
                return
        if not current.isValid() and self.model.rowCount():
            self._set_current(self.table.step(self.model.index(0, CODE), True))

    def _set_current(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_day(self, assignment_id: str, day: date) -> bool:
        """Put the cursor on ``day`` of the assignment's row (shown week only)."""
        row = self.model.row_of(assignment_id)
        column = FIRST_DAY + (day - self.monday).days
        if row < 0 or not FIRST_DAY <= column < TOTAL:
            return False
        self._set_current(self.model.index(row, column))
        return True

    # --- writing ----------------------------------------------------------------------------------

    def _commit_day(self, row: GridRow, day: date, minutes: int | None) -> bool:
        """Write one day typed in the grid; False (with the reason shown) when core refuses it."""
        try:
            change = set_day(self._ctx.db, row.assignment_id, day, minutes, source="grid")
        except ValidationError as exc:
            self._show_message(self._refusal(exc.errors, row, day))
            return False
        self._clear_message()
        if change is not None:
            text = self.tr("Hours of {code} on {month}/{day}").format(
                code=workforce.display_code(row.code), month=day.month, day=day.day
            )
            old: list[DayInput] = [(row.assignment_id, day, change.old)]
            self._push(text, [(row.assignment_id, day, minutes)], old)
        return True

    def _push(self, text: str, new: Sequence[DayInput], old: Sequence[DayInput]) -> None:
        """Record changes already written as one undoable command, and refresh every view (this
        page re-reads only the rows written: typing stays quick with thousands of rows)."""
        self._ctx.undo_stack.push(SetDaysCommand(self._ctx, text, new, old, self._show_error))
        company = self.company_filter()
        written = {item[0] for item in new}
        if company != "":
            fresh = week_grid(self._ctx.db, company, self.monday, self.today(), only=written)
            self.model.update_rows(fresh.rows)
            self._update_banner()
        self._own_notice = True
        try:
            self._ctx.notify("time_entry")
        finally:
            self._own_notice = False

    def _refusal(self, errors: Sequence[FieldError], row: GridRow, day: date) -> str:
        lines = []
        for error in errors:
            if error.code == "too_many_hours":
                lines.append(
                    self.tr(
                        "{name} would have more than 24 hours on {month}/{day}, counting all their "
                        "assignments that day. Nothing was saved."
                    ).format(name=row.worker_name or row.code, month=day.month, day=day.day)
                )
            elif error.code == "unknown":
                lines.append(self.tr("This assignment no longer exists. Nothing was saved."))
            else:
                lines.append(messages.field_error(error) + " " + self.tr("Nothing was saved."))
        return "\n".join(dict.fromkeys(lines))

    def _selected_days(self) -> list[QModelIndex]:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        return sorted(
            (i for i in indexes if i.isValid() and self.model.can_edit(i.row(), i.column())),
            key=lambda i: (i.row(), i.column()),
        )

    def clear_selection(self) -> None:
        """Clear the selected days (Delete): one undoable change, all or nothing."""
        new: list[DayInput] = []
        old: list[DayInput] = []
        for index in self._selected_days():
            row = self.model.row_at(index.row())
            value = row.days[index.column() - FIRST_DAY]
            if value:
                day = self.model.day_of(index.column())
                new.append((row.assignment_id, day, None))
                old.append((row.assignment_id, day, value))
        if new:
            self._write(new, old, self.tr("Clear hours"))

    def paste(self, text: str | None = None) -> bool:
        """Paste a block of hours (tab-separated rows, as a spreadsheet copies them) from the cursor
        on: every cell is checked first and the block is written all or nothing."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        start = self.table.currentIndex()
        if not start.isValid() or not FIRST_DAY <= start.column() < TOTAL:
            self._show_message(self.tr("Put the cursor on a day first, then paste."))
            return False
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        new: list[DayInput] = []
        old: list[DayInput] = []
        problems: list[str] = []
        for down, line in enumerate(lines):
            for across, cell in enumerate(line.split("\t")):
                row_number, column = start.row() + down, start.column() + across
                if row_number >= self.model.rowCount() or column >= TOTAL:
                    if cell.strip():
                        problems.append(self.tr("The pasted block reaches past the last day of the grid."))
                    continue
                row = self.model.row_at(row_number)
                day = self.model.day_of(column)
                where = f"{workforce.display_code(row.code)} {day.month}/{day.day}"
                if not self.model.can_edit(row_number, column):
                    if cell.strip():
                        problems.append(
                            self.tr("{where}: outside the assignment's period.").format(where=where)
                        )
                    continue
                try:
                    minutes = parse_cell_text(cell)
                except HoursInputError as exc:
                    problems.append(f"{where}: {input_error_text(exc)}")
                    continue
                new.append((row.assignment_id, day, minutes))
                old.append((row.assignment_id, day, row.days[column - FIRST_DAY]))
        if problems:
            self._show_message(
                "\n".join([*list(dict.fromkeys(problems))[:8], self.tr("Nothing was pasted.")])
            )
            return False
        return self._write(new, old, self.tr("Paste hours"))

    def _write(self, new: list[DayInput], old: list[DayInput], text: str) -> bool:
        try:
            changes = set_days(self._ctx.db, new, source="grid")
        except ValidationError as exc:
            lines = []
            for error in exc.errors:
                position = getattr(error, "row", 0)
                assignment_id, day = new[position][0], new[position][1]
                row = self.model.rows()[max(self.model.row_of(assignment_id), 0)]
                where = f"{workforce.display_code(row.code)} {day.month}/{day.day}"
                lines.append(f"{where}: {self._refusal([error], row, day)}")
            self._show_message("\n".join(lines[:8]))
            return False
        self._clear_message()
        if changes:
            changed = {(c.assignment_id, c.day) for c in changes}
            keep_new = [item for item in new if (item[0], item[1]) in changed]
            keep_old = [item for item in old if (item[0], item[1]) in changed]
            self._push(text, keep_new, keep_old)
        return True

    # --- jump to a code ---------------------------------------------------------------------------

    def _focus_jump(self) -> None:
        self.jump_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.jump_edit.selectAll()

    def jump_to_code(self, text: str | None = None) -> bool:
        """Show the assignment whose short code is typed (switching company and week as needed)
        and put the cursor on Monday of its row; a message when there is no such assignment."""
        typed = self.jump_edit.text() if text is None else text
        try:
            match = find_assignment_by_code(self._ctx.db, typed, self.today())
        except ValidationError:
            self._show_message(self.tr("No assignment has the code “{code}”.").format(code=typed.strip()))
            self._focus_jump()
            return False
        if match.status not in GRID_STATUSES:
            self._show_message(
                self.tr("The assignment {code} has ended, so it is not in the weekly grid.").format(
                    code=workforce.display_code(match.code)
                )
            )
            self._focus_jump()
            return False
        try:
            period = Period.parse(match.period)
        except ValueError:
            period = None
        week = Period(self.monday, self.monday + timedelta(days=6))
        if period is not None and not period.overlaps(week) and match.monday_hint is not None:
            self.monday = match.monday_hint
        if not self.all_companies_box.isChecked() and match.company_id != self._ctx.company_id:
            self._ctx.set_company(match.company_id)  # reloads through sig_company_changed
        self.reload()
        row = self.model.row_of(match.assignment_id)
        if row < 0:
            self._show_message(
                self.tr("The assignment {code} cannot be shown: its task or company was deleted.").format(
                    code=workforce.display_code(match.code)
                )
            )
            return False
        monday = self.model.index(row, FIRST_DAY)
        target = (
            monday
            if self.model.can_edit(row, FIRST_DAY)
            else self.table.step(self.model.index(row, CODE), True)
        )
        if target.row() != row:
            target = monday
        self._clear_message()
        self._set_current(target)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.jump_edit.clear()
        return True

    # --- import -----------------------------------------------------------------------------------

    def open_import(self) -> QWidget:
        """Open the hours import dialog (window-modal); returns it."""
        from desktop.gui.hours_import_dialog import HoursImportDialog

        dialog = HoursImportDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- messages ---------------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _clear_message(self) -> None:
        self._show_message("")

    def _show_error(self, exc: BaseException) -> None:
        """An undo or redo that core refused (the command left the stack)."""
        if isinstance(exc, ValidationError):
            text = "\n".join(messages.field_error(e) for e in exc.errors)
        elif isinstance(exc, NotFound):
            text = self.tr("This assignment no longer exists. Nothing was saved.")
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        self._show_message(text)
        if self.isVisible():
            QMessageBox.warning(self, self.page_title(), text)
