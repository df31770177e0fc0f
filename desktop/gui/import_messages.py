"""Words for the spreadsheet import and export codes of :mod:`desktop.core.io`; the GUI and CLI share them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import FieldError
from desktop.core.io import ERROR, INFO, ImportFileError, ImportPreview, ImportResult, Message
from desktop.core.io.common import VALIDATION_CODES
from desktop.core.io.words import CHOICE_CODES
from desktop.gui import messages

translate = QCoreApplication.translate


class _Params(dict[str, object]):
    """Format parameters where a missing one reads as empty (never a KeyError in a message)."""

    def __missing__(self, key: str) -> str:
        return ""


def file_error(exc: ImportFileError, path: Path | str) -> str:
    """Why a whole file cannot be imported; nothing was changed."""
    texts = {
        "not_found": translate("Import", "The file {path} does not exist."),
        "unreadable": translate("Import", "The file {path} could not be read ({detail})."),
        "empty": translate("Import", "The file {path} is empty: there is no table in it."),
        "too_large": translate(
            "Import", "The file {path} is larger than {limit_mb} MB. Split it into smaller files."
        ),
        "too_complex": translate(
            "Import",
            "The file {path} unpacks to too much data to be an inventory sheet. Save it again from Excel.",
        ),
        "not_a_spreadsheet": translate("Import", "The file {path} is not an Excel (.xlsx) or CSV file."),
        "unsupported_format": translate(
            "Import",
            "The file {path} is not an Excel workbook (.xlsx). Save it from its program as .xlsx or CSV.",
        ),
        "old_excel": translate(
            "Import",
            "The file {path} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.",
        ),
        "password_protected": translate(
            "Import",
            "The file {path} is protected by a password. Remove the password in Excel, then import it.",
        ),
        "broken": translate(
            "Import", "The file {path} is damaged or not a valid spreadsheet. Open and save it again."
        ),
        "unknown_encoding": translate(
            "Import",
            "The characters of {path} could not be read (not UTF-8 or Shift_JIS). Save it as CSV UTF-8.",
        ),
        "too_many_rows": translate(
            "Import", "The file {path} has more than {limit} rows. Split it into smaller files."
        ),
        "cell_too_long": translate("Import", "A cell of {path} is longer than {limit} characters."),
        "has_errors": translate("Import", "The preview still has errors, so nothing was imported."),
    }
    return texts.get(exc.code, texts["broken"]).format_map(_Params(exc.params, path=path))


def target_label(target: str | None) -> str:
    """A mapping choice: a task field, or not imported."""
    if target is None:
        return translate("Import", "(not imported)")
    if target == "department":
        return messages.field_label("department_id")
    if target == "hours_per_occurrence":
        return translate("Import", "Hours each time")
    return messages.field_label(target)


def value_text(field: str | None, value: str | int | None) -> str:
    """A value as read, in words: "3/week" -> 週3回, "paper" -> 紙."""
    if value is None:
        return ""
    text = str(value)
    if field == "frequency":
        return messages.frequency_label(text)
    if field == "minutes_per_occurrence":
        return translate("Import", "{n} min").format(n=text)
    if field in CHOICE_CODES:
        return messages.choice_label(field, text)
    if field in ("personal_data", "single_person"):
        return messages.yes_no(text == "True")
    return text


def column_name(column: int, headers: Sequence[str]) -> str:
    """ "「作業名」" or, for a column without a header, its letter."""
    header = headers[column] if column < len(headers) else ""
    if header:
        return f"「{header}」"
    letters, n = "", column + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return translate("Import", "column {letter}").format(letter=letters)


def location(msg: Message, headers: Sequence[str]) -> str:
    """Where a message points: "Row 5, 「頻度」", "Row 5", or "File"."""
    if msg.row is None:
        return translate("Import", "File")
    if msg.column is None:
        return translate("Import", "Row {row}").format(row=msg.row)
    return translate("Import", "Row {row}, {column}").format(
        row=msg.row, column=column_name(msg.column, headers)
    )


def describe(msg: Message) -> str:
    """One sentence for one message."""
    params = _Params({k: v for k, v in msg.params.items() if v is not None})
    field = msg.field
    if msg.code in VALIDATION_CODES and field:
        limit = msg.params.get("limit")
        return messages.field_error(FieldError(field, msg.code, limit if isinstance(limit, int) else None))
    shown = value_text(field, msg.params.get("value"))
    label = messages.field_label(field) if field else ""
    texts = {
        "cell_too_long": translate("Import", "The cell is longer than {limit} characters."),
        "columns_ignored": translate("Import", "Columns after the first {limit} were not read."),
        "merged_cell": translate(
            "Import", "Merged cell: the value is taken only in its first cell ({first}); this cell is empty."
        ),
        "merged_cells_many": translate(
            "Import", "Many more merged cells: their values are taken only in their first cells."
        ),
        "target_twice": translate(
            "Import", "{label} is chosen for {columns} columns; choose it for one column only."
        ),
        "name_not_mapped": translate("Import", "Choose the column that holds the task names."),
        "column_missing": translate("Import", "No column for {label}: every task gets {shown}."),
        "no_rows": translate("Import", "There are no rows under the header row."),
        "excel_error": translate(
            "Import", "The cell shows an Excel error ({text}); fix the formula in the file."
        ),
        "unknown_frequency": translate(
            "Import", "“{text}” is not a frequency. Write it like 毎日, 週3回, 月1回 or 年4回."
        ),
        "frequency_unit_missing": translate(
            "Import", "“{text}”: per day, week, month or year? Write it like 週3回 or 月1回."
        ),
        "unknown_minutes": translate(
            "Import", "“{text}” is not a duration. Write minutes (30) or like 1時間半."
        ),
        "rounded": translate("Import", "“{text}” was rounded to {shown}."),
        "range_midpoint": translate("Import", "“{text}” is a range: the middle, {shown}, is used."),
        "minutes_assumed": translate("Import", "“{text}” is taken as {shown}."),
        "frequency_irregular": translate(
            "Import", "“{text}” has no fixed frequency: {shown} is assumed; please check."
        ),
        "unknown_choice": translate(
            "Import",
            "“{text}” is not one of the choices of {label}: {shown} is used, the words go to the note.",
        ),
        "assumed_yes": translate("Import", "“{text}” is taken as yes; the words go to the note."),
        "missing_value": translate("Import", "{label} is empty: {shown} is used."),
        "new_department": translate(
            "Import", "The area of work “{value}” does not exist yet and will be created."
        ),
        "duplicate_existing": translate(
            "Import", "A task with this name and area of work already exists: the row is skipped."
        ),
        "blank_rows_skipped": translate(
            "Import", "{value} rows have nothing in the imported columns and are left out."
        ),
        "duplicate_in_file": translate(
            "Import", "Same name and area of work as row {value}: the row is skipped."
        ),
    }
    text = texts.get(msg.code, translate("Import", "Problem: {code}"))
    params.update(label=label, shown=shown, code=msg.code)
    return text.format_map(params)


def full_text(msg: Message, headers: Sequence[str]) -> str:
    """ "Row 5, 「頻度」: …" for lists and the CLI."""
    return f"{location(msg, headers)}: {describe(msg)}"


def severity_word(severity: str) -> str:
    if severity == ERROR:
        return translate("Import", "Error")
    return translate("Import", "Note") if severity == INFO else translate("Import", "Warning")


def summary(preview: ImportPreview) -> str:
    """Counts of the preview and what importing it would do."""
    counts = preview.counts
    text = translate(
        "Import", "{rows} rows: {ok} OK, {warnings} with warnings, {errors} with errors."
    ).format(rows=len(preview.rows), ok=counts.ok, warnings=counts.warnings, errors=counts.errors)
    if preview.has_errors:
        return text + " " + translate("Import", "Fix the errors in the file (or the columns) to import it.")
    text += " " + translate("Import", "{n} tasks will be imported.").format(n=counts.to_import)
    if counts.duplicates:
        extra = (
            translate("Import", "{n} duplicate rows are included.")
            if preview.include_duplicates
            else translate("Import", "{n} duplicate rows are skipped.")
        )
        text += " " + extra.format(n=counts.duplicates)
    if preview.new_departments:
        names = "、".join(preview.new_departments)
        text += " " + translate("Import", "New areas of work: {names}.").format(names=names)
    return text


def import_done(result: ImportResult) -> str:
    return translate(
        "Import", "Imported {tasks} tasks ({departments} new areas of work, {skipped} rows skipped)."
    ).format(tasks=result.tasks, departments=result.departments, skipped=result.skipped)


def export_done(path: Path, count: int) -> str:
    return translate("Import", "{n} tasks written to {path}").format(n=count, path=path)


def template_done(path: Path) -> str:
    return translate("Import", "Blank inventory template written to {path}").format(path=path)


def file_exists(path: Path) -> str:
    return translate(
        "Import", "The file {path} already exists. Choose a new file name; nothing was overwritten."
    ).format(path=path)


def write_failed(path: Path, error: BaseException) -> str:
    return translate("Import", "The file {path} could not be written: {error}").format(path=path, error=error)


def no_company() -> str:
    return translate("Import", "There is no company yet. Create the company first, then import its tasks.")


def choose_company(choices: Sequence[tuple[str, str]]) -> str:
    """The CLI's answer when --company is needed: the companies to choose from."""
    lines = [translate("Import", "This database has several companies; choose one with --company ID:")]
    lines += [f"  {company_id}  {name}" for company_id, name in choices]
    return "\n".join(lines)


def unknown_company(value: str) -> str:
    return translate("Import", "There is no company “{value}”.").format(value=value)


def confirm_question() -> str:
    return translate("Import", "Import these tasks? [y/N] ")


def not_imported() -> str:
    return translate("Import", "Nothing was imported.")


def nothing_to_import() -> str:
    return translate("Import", "There is nothing to import.")


def import_title() -> str:
    return translate("Import", "Import tasks")


def export_title() -> str:
    return translate("Import", "Export tasks")


def exporting() -> str:
    return translate("Import", "Exporting tasks")


def export_suffix(path: Path) -> str:
    return translate("Import", "Give a file name ending in .xlsx or .csv (not {path}).").format(path=path)
