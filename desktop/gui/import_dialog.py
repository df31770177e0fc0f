"""Importing an inventory sheet (xlsx or CSV): choose the file, map its columns, check the preview,
import. Reading, previewing and writing run on the task runner; nothing is written before the user
presses 取り込む on a preview without errors. Also the export of a company's tasks."""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound
from desktop.core.io import (
    ERROR,
    TARGETS,
    ColumnMapping,
    ImportFileError,
    ImportPreview,
    ImportResult,
    RawTable,
    commit,
    export_tasks_csv,
    export_tasks_xlsx,
    header_signature,
    map_columns,
    preview,
    read_table,
    write_template,
)
from desktop.core.io.common import cell_text
from desktop.core.services.companies import get_company
from desktop.gui import import_messages as words
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR
from desktop.gui.import_preview_model import PreviewModel
from desktop.gui.runner_dialog import RunnerDialog
from desktop.gui.taskrunner import JobContext

MAPPING_KEY = "import/mapping/"
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.csv *.tsv *.txt);;* (*)"


def _settings_store(ctx: AppContext) -> QSettings:
    # Settings keeps its QSettings private; mappings live next to the user's other preferences.
    store = getattr(ctx.settings, "_store", None)
    return store if isinstance(store, QSettings) else QSettings("Machishigoto", "Machishigoto")


class ImportDialog(RunnerDialog):
    """The three import steps on one dialog; every slow step runs on the task runner."""

    sig_table_read = Signal(object)
    """A file was read and its columns are shown for mapping: the :class:`RawTable`."""
    sig_preview_ready = Signal(object)
    """The preview is shown: the :class:`ImportPreview`."""
    sig_imported = Signal(object)
    """The tasks were written: the :class:`ImportResult`."""
    sig_failed = Signal(str)
    """A step failed; the sentence shown to the user (nothing was changed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._store = _settings_store(ctx)
        self.company_id = ctx.company_id
        self.path = Path()
        self.table: RawTable | None = None
        self.import_preview: ImportPreview | None = None
        self._mapping = ColumnMapping(())
        company = get_company(ctx.db, self.company_id).name if self.company_id else ""
        self.setWindowTitle(self.tr("Import tasks into {company}").format(company=company))
        self.resize(960, 640)

        # Step 1: the file.
        file_page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose an Excel (.xlsx) or CSV file with one task per row. The columns are matched "
                "to the inventory in the next step; nothing is saved before you confirm the preview."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.template_button = QPushButton(self.tr("Save blank template…"))
        self.template_button.clicked.connect(lambda: self.save_template())
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(intro)
        file_layout.addLayout(row)
        file_layout.addStretch(1)

        # Step 2: the column mapping.
        mapping_page = QWidget()
        self.mapping_info = QLabel()
        self.mapping_info.setWordWrap(True)
        self.mapping_form = QFormLayout()
        form_holder = QWidget()
        form_holder.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.addWidget(self.mapping_info)
        mapping_layout.addWidget(scroll, 1)
        self.combos: list[QComboBox] = []

        # Step 3: the preview.
        preview_page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.file_messages = QLabel()
        self.file_messages.setWordWrap(True)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # fit columns to the first rows, not all 20,000
        header.setMaximumSectionSize(320)
        self.duplicates_box = QCheckBox(self.tr("Also import rows that duplicate existing tasks"))
        self.duplicates_box.toggled.connect(self._duplicates_toggled)
        self.problems_box = QCheckBox(self.tr("Show only rows with warnings or errors"))
        self.problems_box.toggled.connect(lambda _checked: self._show_preview())
        checks = QHBoxLayout()
        checks.addWidget(self.duplicates_box)
        checks.addWidget(self.problems_box)
        checks.addStretch(1)
        preview_layout = QVBoxLayout(preview_page)
        for widget in (self.summary_label, self.file_messages):
            preview_layout.addWidget(widget)
        preview_layout.addWidget(self.view, 1)
        preview_layout.addLayout(checks)

        self.pages = QStackedWidget()
        for page in (file_page, mapping_page, preview_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(self.pages.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.make_preview())
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(lambda: self.import_rows())
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self.pages.currentChanged.connect(lambda _index: self._update_buttons())
        self._update_buttons()

    # --- steps ---------------------------------------------------------------------------------

    def choose_file(self) -> int | None:
        chosen, _ = QFileDialog.getOpenFileName(self, words.import_title(), "", FILE_FILTER)
        return self.load_file(Path(chosen)) if chosen else None

    def load_file(self, path: Path) -> int:
        """Read ``path`` in the background, then show its columns; returns the job id."""
        self.path = path

        def job(context: JobContext) -> RawTable:
            return read_table(path)

        return self._submit(self.tr("Reading {name}").format(name=path.name), job, self._table_read)

    def current_mapping(self) -> ColumnMapping:
        return ColumnMapping(tuple(combo.currentData() or None for combo in self.combos))

    def make_preview(self) -> int | None:
        """Check every row with the chosen mapping, in the background; returns the job id."""
        if self.table is None:
            return None
        table, mapping, db, company_id = self.table, self.current_mapping(), self._ctx.db, self.company_id
        self._store.setValue(MAPPING_KEY + header_signature(table.headers), json.dumps(list(mapping.targets)))
        include = self.duplicates_box.isChecked()
        self._mapping = mapping  # what the preview's columns are

        def job(context: JobContext) -> ImportPreview:
            return preview(
                db,
                company_id,
                table,
                mapping,
                include_duplicates=include,
                progress=context.progress,
                cancelled=context.cancelled,
            )

        return self._submit(self.tr("Checking rows"), job, self._preview_ready)

    def import_rows(self) -> int | None:
        """Write the previewed tasks in one transaction, in the background; returns the job id."""
        result = self.import_preview
        if result is None or not self.import_button.isEnabled():
            return None
        ctx, company_id = self._ctx, self.company_id

        def job(context: JobContext) -> ImportResult:
            return commit(ctx.db, company_id, result, progress=context.progress, cancelled=context.cancelled)

        def refresh(_result: object) -> None:  # even when the dialog was closed meanwhile
            ctx.notify("task", "department")

        return self._submit(self.tr("Importing tasks"), job, self._imported, always=refresh)

    def save_template(self, path: Path | None = None) -> int | None:
        """Write the blank xlsx template (asks where unless ``path`` is given)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save blank template"), "業務棚卸し表.xlsx", "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen).with_suffix(".xlsx")
        target = path

        def job(context: JobContext) -> Path:
            write_template(target)
            return target

        return self._submit(self.tr("Saving template"), job, lambda p: self._say(words.template_done(p)))

    # --- results -------------------------------------------------------------------------------

    def _table_read(self, table: RawTable) -> None:
        self.table, self.import_preview = table, None
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        remembered = self._remembered(table.headers)
        mapping = map_columns(table.headers, remembered)
        self.combos = []
        for column, target in enumerate(mapping.targets):
            combo = QComboBox()
            combo.addItem(words.target_label(None), "")
            for choice in TARGETS:
                combo.addItem(words.target_label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(target or ""), 0))
            samples = [cell_text(table.cell(i, column)) for i in range(min(len(table.rows), 20))]
            samples = [s[:30] for s in samples if s][:3]
            label = QLabel(words.column_name(column, table.headers))
            label.setToolTip("\n".join(samples))
            combo.setToolTip(self.tr("Examples: {values}").format(values=" / ".join(samples)))
            self.mapping_form.addRow(label, combo)
            self.combos.append(combo)
        where = table.sheet or table.encoding
        self.mapping_info.setText(
            self.tr(
                "{name} ({where}): header in row {row}, {count} rows. Choose which field each column fills."
            ).format(name=self.path.name, where=where, row=table.header_row, count=len(table.rows))
        )
        self.pages.setCurrentIndex(1)
        self.sig_table_read.emit(table)

    def _remembered(self, headers: tuple[str, ...]) -> list[str | None] | None:
        raw = self._store.value(MAPPING_KEY + header_signature(headers))
        try:
            found = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if isinstance(found, list) and all(t is None or isinstance(t, str) for t in found):
            return found
        return None

    def _preview_ready(self, result: ImportPreview) -> None:
        self.import_preview = result
        self.duplicates_box.setEnabled(result.counts.duplicates > 0)
        self._show_preview()
        self.pages.setCurrentIndex(2)
        self.sig_preview_ready.emit(result)

    def _show_preview(self) -> None:
        result, table = self.import_preview, self.table
        if result is None or table is None:
            return
        self.model.set_preview(table, result, self._mapping, self.problems_box.isChecked())
        self.view.resizeColumnsToContents()
        self.summary_label.setText(words.summary(result))
        lines = [f"{words.severity_word(m.severity)}: {words.describe(m)}" for m in result.messages]
        self.file_messages.setText("\n".join(lines))
        self.file_messages.setVisible(bool(lines))
        file_errors = any(m.severity == ERROR for m in result.messages)
        self.file_messages.setStyleSheet(f"color: {ERROR_COLOR};" if file_errors else "")
        self._update_buttons()

    def _duplicates_toggled(self, checked: bool) -> None:
        if self.import_preview is not None:
            self.import_preview = self.import_preview.with_duplicates(checked)
            self._show_preview()

    def _imported(self, result: ImportResult) -> None:
        self.import_preview = None
        self._say(words.import_done(result))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self.sig_imported.emit(result)

    # --- plumbing ------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        self.busy.hide()
        if isinstance(exc, ImportFileError):
            text = words.file_error(exc, self.path)
        elif isinstance(exc, NotFound):
            text = words.no_company()
        elif isinstance(exc, FileExistsError):
            text = words.file_exists(Path(exc.filename or ""))
        else:
            text = self.tr("This did not work: {error}. Nothing was changed.").format(error=exc)
        self._show_error(text)
        self._update_buttons()
        self.sig_failed.emit(text)

    def _update_buttons(self) -> None:
        page, busy = self.pages.currentIndex(), self._job is not None
        result = self.import_preview
        clean = result is not None and not result.has_errors and result.counts.to_import > 0
        self.back_button.setVisible(page > 0 and (page != 2 or result is not None))
        self.next_button.setVisible(page == 1)
        self.import_button.setVisible(page == 2 and result is not None)
        self.import_button.setEnabled(clean and not busy)
        for button in (self.back_button, self.next_button, self.choose_button, self.template_button):
            button.setEnabled(not busy)


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None) -> ImportDialog | None:
    """Open the import dialog for the current company (window-modal); None when there is none."""
    if not ctx.company_id:
        QMessageBox.information(parent, words.import_title(), words.no_company())
        return None
    dialog = ImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_tasks(ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> int | None:
    """Write the current company's tasks to a new xlsx or CSV (by extension); returns the job id."""
    if not ctx.company_id:
        QMessageBox.information(parent, words.export_title(), words.no_company())
        return None
    if path is None:
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            words.export_title(),
            "業務一覧.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
            options=QFileDialog.Option.DontConfirmOverwrite,  # never overwritten: we say so instead
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in selected.lower() else ".xlsx"))
    db, company_id, target = ctx.db, ctx.company_id, path

    def job(context: JobContext) -> int:
        if target.suffix.lower() == ".csv":
            return export_tasks_csv(db, company_id, target)
        return export_tasks_xlsx(db, company_id, target, progress=context.progress)

    def done(count: int) -> None:
        text = words.export_done(target, count)
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(text, 10_000)
        else:
            QMessageBox.information(parent, words.export_title(), text)

    def failed(exc: BaseException) -> None:
        exists = isinstance(exc, FileExistsError)
        text = words.file_exists(target) if exists else words.write_failed(target, exc)
        QMessageBox.warning(parent, words.export_title(), text)

    return ctx.runner.submit(words.exporting(), job, done, failed)
