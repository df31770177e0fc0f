"""Importing hours from an Excel or CSV file: choose the file, check the preview, import.

Reading, checking and writing run on the task runner. Nothing is written before the user presses
Import on a preview without errors; the import is one undoable change (corrections back to the
hours the days had before).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.errors import FieldError, ValidationError
from desktop.core.io.common import ERROR, INFO, WARNING, ImportFileError, Message, cell_text
from desktop.core.io.hours import (
    HEADERS,
    HoursImportResult,
    HoursPreview,
    HoursRow,
    commit_hours,
    preview_hours,
    read_hours_table,
)
from desktop.core.io.reader import RawTable
from desktop.core.services.hours import DayInput
from desktop.gui import import_messages, messages
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR
from desktop.gui.hours_grid import SetDaysCommand
from desktop.gui.import_preview_model import ERROR_BACKGROUND, WARNING_BACKGROUND
from desktop.gui.runner_dialog import RunnerDialog
from desktop.gui.taskrunner import JobContext

FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.csv *.tsv *.txt);;* (*)"
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def describe(msg: Message) -> str:
    """One sentence for a message of the hours preview."""
    text = str(msg.params.get("text") or "")
    label = messages.field_label(msg.field) if msg.field else ""
    texts = {
        "column_missing": translate(
            "HoursImport", "No column for {label}: name its header “{value}” (or a word like it)."
        ),
        "no_rows": translate("HoursImport", "There are no rows under the header row."),
        "blank_rows_skipped": translate("HoursImport", "{value} empty rows are left out."),
        "code_missing": translate("HoursImport", "The short code is empty."),
        "unknown_code": translate("HoursImport", "No assignment has the code “{text}”."),
        "date_missing": translate("HoursImport", "The date is empty."),
        "not_a_date": translate(
            "HoursImport", "“{text}” is not a date. Write it like 2026-04-01 or 2026/4/1."
        ),
        "year_missing": translate(
            "HoursImport", "“{text}” has no year: choose the year of the dates below the table."
        ),
        "bad_hours": translate(
            "HoursImport", "“{text}” is not a number of hours. Write it like 3, 3.5 or 3:30."
        ),
        "negative": translate("HoursImport", "Hours cannot be negative."),
        "too_many_hours": translate(
            "HoursImport",
            "More than 24 hours for this person on this day, counting the hours already entered for all "
            "their assignments.",
        ),
        "outside_period": translate("HoursImport", "The date is outside the assignment's period."),
        "duplicate_day": translate(
            "HoursImport", "Same code and date as row {value}: keep only one of them."
        ),
        "hours_missing": translate("HoursImport", "No hours: the row is left out."),
        "excel_error": translate(
            "HoursImport", "The cell shows an Excel error ({text}); fix the formula in the file."
        ),
        "note_too_long": translate("HoursImport", "The note is long and is cut to 1,000 characters."),
    }
    if msg.code in texts:
        params = {k: v for k, v in msg.params.items() if v is not None}
        params.update(label=label, text=text)
        params.setdefault("value", "")
        return texts[msg.code].format_map(params)
    return import_messages.describe(msg)  # the reader's notes (merged cells, long cells...)


class HoursPreviewModel(QAbstractTableModel):
    """Preview rows: row number, status, code, date, hours, note, the assignment found, problems."""

    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HoursRow] = []
        self._table: RawTable | None = None
        self._columns: dict[str, int] = {}

    def set_preview(self, table: RawTable, result: HoursPreview, only_problems: bool) -> None:
        self.beginResetModel()
        self._table = table
        self._columns = result.columns
        self._rows = [r for r in result.rows if not only_problems or r.status != "ok"]
        self.endResetModel()

    def row_at(self, row: int) -> HoursRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Status"),
            messages.field_label("code"),
            messages.field_label("work_date"),
            messages.field_label("minutes"),
            messages.field_label("note"),
            self.tr("Assignment"),
            self.tr("Problem"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        severities = {m.severity for m in row.messages}
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.source_row
            if column == 1:
                return self._status(row)
            if column == 2:
                return row.code_text
            if column == 3:
                return row.work_date.isoformat() if row.work_date else self._raw(row, "date")
            if column == 4:
                return (
                    workforce.format_hours(row.minutes)
                    if row.minutes is not None
                    else self._raw(row, "hours")
                )
            if column == 5:
                return row.note.replace("\n", " ")[:80]
            if column == 6:
                return row.label
            return " ".join(describe(m) for m in row.messages if m.severity != INFO) or (
                " ".join(describe(m) for m in row.messages)
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if ERROR in severities:
                return ERROR_BACKGROUND
            if WARNING in severities or row.skipped:
                return WARNING_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
            ERROR in severities or WARNING in severities or row.skipped
        ):
            return QColor("black")
        if role == Qt.ItemDataRole.ToolTipRole and row.messages:
            return "\n".join(
                f"{import_messages.severity_word(m.severity)}: {describe(m)}" for m in row.messages
            )
        return None

    def _raw(self, row: HoursRow, target: str) -> str:
        column = self._columns.get(target)
        if self._table is None or column is None:
            return ""
        return cell_text(self._table.cell(row.index, column))

    def _status(self, row: HoursRow) -> str:
        if row.status == ERROR:
            return self.tr("Error")
        if row.skipped:
            return self.tr("Left out")
        if not row.changes:
            return self.tr("Unchanged")
        return self.tr("Warning") if row.status == WARNING else self.tr("OK")


class HoursImportDialog(RunnerDialog):
    """Choose a file, check every row, import a clean preview in one transaction."""

    sig_preview_ready = Signal(object)
    """The preview is shown: the :class:`HoursPreview`."""
    sig_imported = Signal(object)
    """The hours were written: the :class:`HoursImportResult`."""
    sig_failed = Signal(str)
    """A step failed: the sentence shown (nothing was changed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.path = Path()
        self.table: RawTable | None = None
        self.preview: HoursPreview | None = None
        self.setWindowTitle(self.tr("Import hours"))
        self.resize(980, 620)

        intro = QLabel(
            self.tr(
                "Choose an Excel (.xlsx) or CSV file with one row per assignment and day: columns {code}, "
                "{date} and {hours} (and {note} if you like). The hours set the day (they are not added), "
                "so importing a file twice changes nothing. Nothing is saved before you press Import."
            ).format(code=HEADERS["code"], date=HEADERS["date"], hours=HEADERS["hours"], note=HEADERS["note"])
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(date.today().year)
        self.year_box.setToolTip(self.tr("Used for dates written without a year, such as 4/1"))
        year_label = QLabel(self.tr("&Year of dates like 4/1:"))
        year_label.setBuddy(self.year_box)
        self.year_box.valueChanged.connect(lambda _year: self.make_preview())
        self.file_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(year_label)
        top.addWidget(self.year_box)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.file_messages = QLabel()
        self.file_messages.setWordWrap(True)
        self.file_messages.hide()
        self.model = HoursPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Preview of the hours"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(100)
        header.setMaximumSectionSize(360)
        self.problems_box = QCheckBox(self.tr("Show only rows with problems"))
        self.problems_box.toggled.connect(lambda _checked: self._show_preview())

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(lambda: self.import_rows())
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems_box)
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_messages)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- steps ---------------------------------------------------------------------------------

    def choose_file(self) -> int | None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import hours"), "", FILE_FILTER)
        return self.load_file(Path(chosen)) if chosen else None

    def load_file(self, path: Path) -> int:
        """Read ``path`` and check every row, in the background; returns the job id."""
        self.path = path
        self.file_label.setText(path.name)
        db, year = self._ctx.db, self.year_box.value()

        def job(context: JobContext) -> tuple[RawTable, HoursPreview]:
            table = read_hours_table(path)
            return table, preview_hours(
                db, table, year=year, progress=context.progress, cancelled=context.cancelled
            )

        return self._submit(self.tr("Checking {name}").format(name=path.name), job, self._preview_ready)

    def make_preview(self) -> int | None:
        """Check the rows again (the year changed); returns the job id."""
        table = self.table
        if table is None or self._job is not None:
            return None
        db, year = self._ctx.db, self.year_box.value()

        def job(context: JobContext) -> tuple[RawTable, HoursPreview]:
            return table, preview_hours(
                db, table, year=year, progress=context.progress, cancelled=context.cancelled
            )

        return self._submit(self.tr("Checking rows"), job, self._preview_ready)

    def import_rows(self) -> int | None:
        """Write the previewed hours in one transaction, in the background; returns the job id."""
        result = self.preview
        if result is None or not self.import_button.isEnabled():
            return None
        ctx = self._ctx
        grid_before = {(r.assignment_id, r.work_date): r for r in result.rows_to_import()}
        on_error = self._undo_failed

        def job(context: JobContext) -> HoursImportResult:
            return commit_hours(ctx.db, result)

        def record(done: object) -> None:  # even when the dialog was closed meanwhile
            assert isinstance(done, HoursImportResult)
            if done.changes:
                new: list[DayInput] = []
                old: list[DayInput] = []
                for change in done.changes:
                    source_row = grid_before.get((change.assignment_id, change.day))
                    new.append(
                        (change.assignment_id, change.day, change.new, source_row.note if source_row else "")
                    )
                    old.append((change.assignment_id, change.day, change.old))
                text = translate("HoursImport", "Import hours ({n} days)").format(n=len(done.changes))
                ctx.undo_stack.push(SetDaysCommand(ctx, text, new, old, on_error, source="csv"))
            ctx.notify("time_entry")

        return self._submit(self.tr("Importing hours"), job, self._imported, always=record)

    # --- results -------------------------------------------------------------------------------

    def _preview_ready(self, found: tuple[RawTable, HoursPreview]) -> None:
        self.table, self.preview = found
        self._show_preview()
        self.sig_preview_ready.emit(self.preview)

    def _show_preview(self) -> None:
        result, table = self.preview, self.table
        if result is None or table is None:
            return
        self.model.set_preview(table, result, self.problems_box.isChecked())
        self.view.resizeColumnsToContents()
        counts = result.counts
        text = self.tr(
            "{rows} rows: {errors} with errors, {changing} days to set, {unchanged} already as in the file, "
            "{skipped} left out."
        ).format(
            rows=counts.rows,
            errors=counts.errors,
            changing=counts.changing,
            unchanged=counts.unchanged,
            skipped=counts.skipped,
        )
        if result.has_errors:
            text += " " + self.tr("Fix the errors in the file, then choose it again.")
        self.summary_label.setText(text)
        lines = [f"{import_messages.severity_word(m.severity)}: {describe(m)}" for m in result.messages]
        self.file_messages.setText("\n".join(lines))
        self.file_messages.setVisible(bool(lines))
        file_errors = any(m.severity == ERROR for m in result.messages)
        self.file_messages.setStyleSheet(f"color: {ERROR_COLOR};" if file_errors else "")
        self._update_buttons()

    def _imported(self, result: HoursImportResult) -> None:
        self.preview = None
        self._say(
            self.tr("Imported: {changed} days set, {unchanged} were already as in the file.").format(
                changed=result.changed, unchanged=result.unchanged
            )
        )
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self.sig_imported.emit(result)

    def _undo_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._show_error(self._error_text(exc))

    # --- plumbing ------------------------------------------------------------------------------

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, ImportFileError):
            return import_messages.file_error(exc, self.path)
        if isinstance(exc, ValidationError):
            lines = [messages.field_error(FieldError(e.field, e.code, e.limit)) for e in exc.errors]
            return "\n".join(
                [
                    self.tr(
                        "The hours changed since the preview; nothing was imported. Check the file again."
                    ),
                    *dict.fromkeys(lines),
                ]
            )
        return self.tr("This did not work: {error}. Nothing was changed.").format(error=exc)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.busy.hide()
        text = self._error_text(exc)
        if isinstance(exc, ValidationError) and self.table is not None:
            self.preview = None
            self.make_preview()  # show the rows as they are now
        self._show_error(text)
        self._update_buttons()
        self.sig_failed.emit(text)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        result = self.preview
        clean = result is not None and not result.has_errors and result.counts.to_import > 0
        self.import_button.setEnabled(clean and not busy)
        self.choose_button.setEnabled(not busy)
        self.year_box.setEnabled(not busy)
