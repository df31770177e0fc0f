"""Exporting a company's inventory (業務一覧) to xlsx or CSV, and the blank xlsx template.

Files never overwrite anything (``FileExistsError``) and never carry a live formula: a CSV cell that
a spreadsheet would run as a formula gets a leading apostrophe, and xlsx text cells are always
written as strings.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from desktop.core.db import Database
from desktop.core.inventory import Frequency, monthly_hours
from desktop.core.io.columns import EXPORT_COLUMNS, HEADERS
from desktop.core.io.common import CellValue
from desktop.core.io.words import (
    BOOL_WORDS,
    CHOICE_CODES,
    CHOICE_WORDS,
    format_bool,
    format_choice,
    format_frequency,
)
from desktop.core.services.companies import list_departments
from desktop.core.services.tasks import TaskRow, list_tasks

# OWASP's formula-injection triggers, plus their full-width forms a Japanese IME may type.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
SHEET_TITLE = "業務一覧"
TEMPLATE_ROWS = 1000
_WIDTHS = {"name": 28, "description": 40, "department": 14, "ecrs_note": 30, "note": 30, "tools": 24}
_PROMPTS = {
    "frequency": "例: 毎日、週3回、月1回、年4回、随時",
    "minutes_per_occurrence": "1回にかかる分数。例: 30、1時間半",
}


def neutralise(text: str) -> str:
    """A CSV cell a spreadsheet would take for a formula, made plain text with a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _ordered_tasks(db: Database, company_id: str) -> list[TaskRow]:
    positions = {d.id: d.position for d in list_departments(db, company_id)}
    rows = list_tasks(db, company_id)
    return sorted(
        rows,
        key=lambda r: (
            r.fields.department_id not in positions,
            positions.get(r.fields.department_id or "", 0),
            r.department_name,
            r.fields.name,
        ),
    )


def task_cells(row: TaskRow) -> list[CellValue]:
    """One task as the values of :data:`EXPORT_COLUMNS`, coded fields in words."""
    data = row.fields
    values: list[CellValue] = []
    for key, _ in EXPORT_COLUMNS:
        if key == "department":
            values.append(row.department_name)
        elif key == "frequency":
            values.append(format_frequency(data.frequency))
        elif key == "monthly_hours":
            try:
                hours = monthly_hours(Frequency.parse(data.frequency), data.minutes_per_occurrence)
            except ValueError:
                hours = 0.0
            values.append(round(hours, 1))
        elif key in CHOICE_WORDS:
            values.append(format_choice(key, getattr(data, key)))
        elif key in ("personal_data", "single_person"):
            values.append(format_bool(bool(getattr(data, key))))
        else:
            values.append(getattr(data, key))
    return values


@contextmanager
def _new_file(path: Path, **open_args: Any) -> Iterator[IO[Any]]:
    """Create ``path`` (FileExistsError if it is there); a failed write leaves no half file behind."""
    fh: IO[Any] = open(path, "x" + ("" if "encoding" in open_args else "b"), **open_args)  # noqa: SIM115
    try:
        with fh:
            yield fh
    except BaseException:
        os.unlink(path)
        raise


def export_tasks_csv(db: Database, company_id: str, path: Path | str) -> int:
    """Write the company's live tasks to a new CSV (UTF-8 with BOM, for Excel); returns how many."""
    rows = _ordered_tasks(db, company_id)
    with _new_file(Path(path), encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in task_cells(row)])
    return len(rows)


def _sheet(title: str) -> tuple[Any, Any]:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(HEADERS))
    for index, (key, _) in enumerate(EXPORT_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(key, 12)
    sheet.freeze_panes = "A2"
    return workbook, sheet


def _add_validations(sheet: Any, last_row: int) -> None:
    """Drop-down lists of the words each coded column accepts (a warning, not a refusal, otherwise)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for index, (key, header) in enumerate(EXPORT_COLUMNS, start=1):
        words: Sequence[str] | None = None
        if key in CHOICE_CODES:
            words = [CHOICE_WORDS[key][code] for code in CHOICE_CODES[key]]
        elif key in ("personal_data", "single_person"):
            words = [BOOL_WORDS[True], BOOL_WORDS[False]]
        if words is not None:
            rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
            rule.errorStyle = "warning"
            rule.errorTitle = header
            rule.error = "一覧から選んでください: " + "、".join(words)
        elif key in _PROMPTS:
            rule = DataValidation(allow_blank=True)
        else:
            continue
        if key in _PROMPTS:
            rule.promptTitle = header
            rule.prompt = _PROMPTS[key]
        letter = get_column_letter(index)
        sheet.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{last_row}")


def _save(workbook: Any, path: Path) -> None:
    with _new_file(path) as fh:
        workbook.save(fh)


def export_tasks_xlsx(
    db: Database, company_id: str, path: Path | str, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write the company's live tasks to a new xlsx; text cells are strings, never formulas."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    rows = _ordered_tasks(db, company_id)
    workbook, sheet = _sheet(SHEET_TITLE)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(task_cells(row), start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # "=..." stays text: openpyxl would otherwise write a formula
            else:
                cell.value = value
        if progress is not None and number % 500 == 0:
            progress(number - 1, len(rows))
    sheet.auto_filter.ref = sheet.dimensions
    _add_validations(sheet, max(len(rows) + 1, TEMPLATE_ROWS))
    _save(workbook, Path(path))
    return len(rows)


def write_template(path: Path | str) -> None:
    """A blank inventory sheet with our headers and drop-down lists for the coded columns."""
    workbook, sheet = _sheet(SHEET_TITLE)
    _add_validations(sheet, TEMPLATE_ROWS + 1)
    _save(workbook, Path(path))
