"""What an import would do, row by row, before anything is written (DESIGN section 7, bad input).

Every cell is read into a :class:`TaskFields` candidate; what could not be understood, was guessed,
or breaks a rule becomes a :class:`Message` (a code with parameters, on a row and a column).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.db import Database
from desktop.core.errors import Cancelled, FieldError, ValidationError
from desktop.core.io.columns import ColumnMapping, frequency_unit_hint
from desktop.core.io.common import ERROR, INFO, WARNING, CellValue, Message, cell_text, normalise
from desktop.core.io.reader import RawTable
from desktop.core.io.words import (
    CHOICE_CODES,
    EXCEL_ERRORS,
    WordError,
    parse_bool,
    parse_choice,
    parse_frequency,
    parse_minutes,
)
from desktop.core.services.companies import get_company, list_departments
from desktop.core.services.tasks import TaskFields, list_tasks, validate_task

Progress = Callable[[int, int], None]

TEXT_TARGETS = ("name", "description", "performer", "skills", "tools", "ecrs_note", "note")
BOOL_TARGETS = ("personal_data", "single_person")
DEPARTMENT_MAX = 100
_DEFAULTS = TaskFields(name="")
# Warnings whose original words are kept in the task's note, so nothing the file said is lost.
_KEEP_IN_NOTE = frozenset({"unknown_choice", "assumed_yes"})
_UNKNOWN = {"frequency": "unknown_frequency", "minutes_per_occurrence": "unknown_minutes"}


def field_of(target: str) -> str:
    """The task field a mapping target fills."""
    return {"department": "department_id", "hours_per_occurrence": "minutes_per_occurrence"}.get(
        target, target
    )


@dataclass(frozen=True)
class RowPreview:
    """One source row: the task it would become and what to say about it.

    ``index`` is its position in :attr:`RawTable.rows`, ``source_row`` its spreadsheet row number.
    ``duplicate``: same name and area of work as an existing task or an earlier row (skipped unless
    the user includes duplicates).
    """

    index: int
    source_row: int
    fields: TaskFields
    department: str
    messages: tuple[Message, ...] = ()
    duplicate: bool = False

    @property
    def status(self) -> str:
        """ "error", "warning" or "ok" (info messages do not count)."""
        severities = {m.severity for m in self.messages}
        if ERROR in severities:
            return ERROR
        return WARNING if WARNING in severities or self.duplicate else "ok"


@dataclass(frozen=True)
class PreviewCounts:
    ok: int
    warnings: int
    errors: int
    duplicates: int
    to_import: int


@dataclass(frozen=True)
class ImportPreview:
    """The whole file's preview; :func:`commit` writes it only when it has no errors."""

    company_id: str
    rows: tuple[RowPreview, ...]
    messages: tuple[Message, ...] = ()
    new_departments: tuple[str, ...] = ()
    include_duplicates: bool = False

    @property
    def has_errors(self) -> bool:
        return any(m.severity == ERROR for m in self.messages) or any(r.status == ERROR for r in self.rows)

    def with_duplicates(self, include: bool) -> ImportPreview:
        """The same preview with rows that duplicate existing tasks included (or skipped)."""
        return replace(self, include_duplicates=include)

    def rows_to_import(self) -> list[RowPreview]:
        return [r for r in self.rows if self.include_duplicates or not r.duplicate]

    @property
    def counts(self) -> PreviewCounts:
        statuses = [r.status for r in self.rows]
        return PreviewCounts(
            ok=statuses.count("ok"),
            warnings=statuses.count(WARNING),
            errors=statuses.count(ERROR),
            duplicates=sum(r.duplicate for r in self.rows),
            to_import=len(self.rows_to_import()),
        )

    def all_messages(self) -> list[Message]:
        """File messages first, then every row's, in row order."""
        return [*self.messages, *(m for r in self.rows for m in r.messages)]


def _mapping_messages(table: RawTable, mapping: ColumnMapping) -> list[Message]:
    if len(mapping.targets) != len(table.headers):
        raise ValueError("the mapping does not fit the table's columns")
    found: list[Message] = []
    for target, columns in mapping.duplicates().items():
        found.append(Message(ERROR, "target_twice", field=field_of(target), params={"columns": len(columns)}))
    minutes, hours = mapping.column_of("minutes_per_occurrence"), mapping.column_of("hours_per_occurrence")
    if minutes is not None and hours is not None:
        found.append(Message(ERROR, "target_twice", field="minutes_per_occurrence", params={"columns": 2}))
    if mapping.column_of("name") is None:
        found.append(Message(ERROR, "name_not_mapped", field="name"))
    if mapping.column_of("frequency") is None:
        found.append(
            Message(WARNING, "column_missing", field="frequency", params={"value": _DEFAULTS.frequency})
        )
    if minutes is None and hours is None:
        found.append(
            Message(
                WARNING,
                "column_missing",
                field="minutes_per_occurrence",
                params={"value": _DEFAULTS.minutes_per_occurrence},
            )
        )
    if not table.rows:
        found.append(Message(WARNING, "no_rows"))
    return found


def _cell_message(
    severity: str, code: str, row: int, column: int, name: str, text: str, value: object = None
) -> Message:
    params = {"text": text[:100], "value": None if value is None else str(value)}
    return Message(severity, code, row, column, name, params)


class _RowReader:
    """Turns one source row into a :class:`RowPreview` (without duplicate detection)."""

    def __init__(self, table: RawTable, mapping: ColumnMapping) -> None:
        self.table = table
        self.mapping = mapping
        freq = mapping.column_of("frequency")
        self.unit_hint = frequency_unit_hint(table.headers[freq]) if freq is not None else None
        self.cell_notes: dict[int, list[Message]] = {}
        for note in table.notes:
            if note.row is not None and note.column is not None and self._mapped(note.column):
                target = mapping.targets[note.column]
                assert target is not None
                self.cell_notes.setdefault(note.row, []).append(replace(note, field=field_of(target)))

    def _mapped(self, column: int) -> bool:
        return column < len(self.mapping.targets) and self.mapping.targets[column] is not None

    def blank(self, index: int) -> bool:
        """Whether no imported column of the row has anything in it."""
        row = self.table.rows[index]
        return all(
            cell_text(row[c]) == ""
            for c, t in enumerate(self.mapping.targets)
            if t is not None and c < len(row)
        )

    def read(self, index: int) -> RowPreview:
        number = self.table.row_numbers[index]
        messages = list(self.cell_notes.get(number, ()))
        values: dict[str, Any] = {}
        kept: list[str] = []
        failed: set[str] = {m.field for m in messages if m.severity == ERROR and m.field}
        for column, target in enumerate(self.mapping.targets):
            if target is None:
                continue
            name = field_of(target)
            raw = self.table.cell(index, column)
            text = cell_text(raw)
            try:
                value, warning = self._parse(target, raw, text)
            except (WordError, ValueError, ArithmeticError) as exc:
                code = exc.code if isinstance(exc, WordError) else _UNKNOWN.get(name, "invalid")
                messages.append(_cell_message(ERROR, code, number, column, name, text))
                failed.add(name)
                continue
            if value is not None:
                values[name] = value
            if warning:
                messages.append(_cell_message(WARNING, warning, number, column, name, text, value))
                if warning in _KEEP_IN_NOTE:
                    kept.append(f"{self.table.headers[column] or name}: {text}")
        department = str(values.pop("department_id", ""))
        if kept:
            values["note"] = "\n".join(filter(None, [values.get("note", ""), *kept]))
        fields = TaskFields(**{"name": "", **values})
        messages.extend(self._validate(fields, department, number, failed))
        return RowPreview(index, number, fields, department, tuple(messages))

    def _parse(self, target: str, raw: CellValue, text: str) -> tuple[Any, str | None]:
        if text.upper() in EXCEL_ERRORS:
            raise WordError("excel_error")
        if target in TEXT_TARGETS or target == "department":
            return text, None
        if target in BOOL_TARGETS:
            return parse_bool(raw)
        if target in CHOICE_CODES:
            return parse_choice(target, raw, getattr(_DEFAULTS, target))
        if not text:
            default = _DEFAULTS.frequency if target == "frequency" else _DEFAULTS.minutes_per_occurrence
            return default, "missing_value"
        if target == "frequency":
            return parse_frequency(raw, self.unit_hint)
        return parse_minutes(raw, hours=target == "hours_per_occurrence")

    def _validate(self, fields: TaskFields, department: str, number: int, failed: set[str]) -> list[Message]:
        found: list[Message] = []
        errors: list[FieldError] = []
        try:
            validate_task(fields)
        except ValidationError as exc:
            errors = exc.errors
        if len(department) > DEPARTMENT_MAX:
            errors.append(FieldError("department_id", "too_long", DEPARTMENT_MAX))
        for error in errors:
            if error.field in failed:
                continue  # already said why this cell could not be read
            column = self._column_of(error.field)
            params = {"limit": error.limit}
            found.append(Message(ERROR, error.code, number, column, error.field, params))
        return found

    def _column_of(self, name: str) -> int | None:
        for index, target in enumerate(self.mapping.targets):
            if target is not None and field_of(target) == name:
                return index
        return None


def preview(
    db: Database,
    company_id: str,
    table: RawTable,
    mapping: ColumnMapping,
    *,
    include_duplicates: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Read every row of ``table`` as ``mapping`` says, into a preview of the import into a company.

    Reads the database (areas of work, tasks for duplicates) and never writes to it.
    """
    get_company(db, company_id)  # NotFound for a company that is not there
    file_messages = [n for n in table.notes if n.row is None] + _mapping_messages(table, mapping)
    departments = {normalise(d.name): d.name for d in list_departments(db, company_id)}
    existing = {(normalise(t.fields.name), normalise(t.department_name)) for t in list_tasks(db, company_id)}
    reader = _RowReader(table, mapping)
    rows: list[RowPreview] = []
    first_seen: dict[tuple[str, str], int] = {}
    new_departments: list[str] = []
    total = len(table.rows)
    skipped = 0
    for index in range(total):
        if index % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        if reader.blank(index):
            skipped += 1  # e.g. a template's numbered rows not filled in yet
            continue
        row = reader.read(index)
        extra: list[Message] = []
        name_column = mapping.column_of("name")
        if row.department:
            known = departments.get(normalise(row.department))
            if known is None:
                departments[normalise(row.department)] = row.department
                new_departments.append(row.department)
                extra.append(
                    Message(
                        INFO,
                        "new_department",
                        row.source_row,
                        mapping.column_of("department"),
                        "department_id",
                        {"value": row.department},
                    )
                )
            else:
                row = replace(row, department=known)
        key = (normalise(row.fields.name), normalise(row.department))
        duplicate = False
        if key[0]:
            if key in existing:
                duplicate = True
                extra.append(Message(WARNING, "duplicate_existing", row.source_row, name_column, "name"))
            elif key in first_seen:
                duplicate = True
                extra.append(
                    Message(
                        WARNING,
                        "duplicate_in_file",
                        row.source_row,
                        name_column,
                        "name",
                        {"value": first_seen[key]},
                    )
                )
            else:
                first_seen[key] = row.source_row
        rows.append(replace(row, messages=row.messages + tuple(extra), duplicate=duplicate))
    if progress is not None:
        progress(total, total)
    if skipped:
        file_messages.append(Message(INFO, "blank_rows_skipped", params={"value": skipped}))
    return ImportPreview(
        company_id,
        tuple(rows),
        tuple(file_messages),
        tuple(new_departments),
        include_duplicates,
    )
