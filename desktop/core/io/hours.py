"""Importing hours from a spreadsheet (xlsx or CSV): one row per assignment and day.

Same rule as the inventory import: read, preview every row, write only a clean preview the user
confirmed, in one transaction. Columns are found by their header words::

    table = read_hours_table(path)               # ImportFileError for anything unreadable
    result = preview_hours(db, table, year=2026)  # codes + params per row and cell, reads only
    commit_hours(db, result)                      # set_days(..., source="csv"), all or nothing

The hours in the file *set* each day's value (they are not added), so importing the same file twice
changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import and_, select

from desktop.core import workforce
from desktop.core.backup import make_backup
from desktop.core.db import Database
from desktop.core.errors import Cancelled
from desktop.core.io.common import (
    ERROR,
    HEADER_SCAN_ROWS,
    INFO,
    WARNING,
    CellValue,
    ImportFileError,
    Message,
    cell_text,
    normalise,
)
from desktop.core.io.reader import RawTable, read_table
from desktop.core.io.words import EXCEL_ERRORS
from desktop.core.models import Assignment, Company, Task, WorkerCard
from desktop.core.services import hours as hours_service

Progress = Callable[[int, int], None]

TARGETS = ("code", "date", "hours", "note")
REQUIRED = ("code", "date", "hours")
# The model field each column fills (for the words of the GUI: messages.field_label).
FIELDS = {"code": "code", "date": "work_date", "hours": "minutes", "note": "note"}
HEADERS = {"code": "短縮コード", "date": "日付", "hours": "時間", "note": "メモ"}
_ALIASES: dict[str, str] = {
    "code": "短縮コード コード 割当コード 割り当てコード 割当番号 code shortcode",
    "date": "日付 作業日 年月日 実施日 日 date day",
    "hours": "時間 作業時間 時間数 労働時間 稼働時間 実働時間 時間(h) hours",
    "note": "メモ 備考 コメント 作業内容 note",
}
ALIASES = {normalise(word): target for target, words in _ALIASES.items() for word in words.split()}
_BY_LENGTH = sorted(ALIASES, key=len, reverse=True)
NOTE_MAX = 1000

# Codes of the hours preview's messages (the GUI words them); validation codes of core
# (negative, too_many_hours, outside_period) are used as they are.
MESSAGE_CODES = frozenset({
    "column_missing", "no_rows", "blank_rows_skipped", "code_missing", "unknown_code", "date_missing",
    "not_a_date", "year_missing", "bad_hours", "negative", "too_many_hours", "outside_period",
    "duplicate_day", "hours_missing", "excel_error", "note_too_long",
})  # fmt: skip


def match_hours_header(header: str) -> str | None:
    """The column a header names (code, date, hours, note), or None."""
    text = normalise(header)
    if not text:
        return None
    if text in ALIASES:
        return ALIASES[text]
    for word in _BY_LENGTH:
        if len(word) >= 2 and word in text:
            return ALIASES[word]
    return None


def map_hours_columns(headers: Sequence[str]) -> dict[str, int]:
    """target -> the first column whose header names it."""
    found: dict[str, int] = {}
    for column, header in enumerate(headers):
        target = match_hours_header(header)
        if target is not None and target not in found:
            found[target] = column
    return found


def _score(cells: Sequence[CellValue]) -> int:
    return len(map_hours_columns([c if isinstance(c, str) else "" for c in cells]))


def find_hours_header(table: RawTable) -> RawTable:
    """The table with its header row chosen for hours columns: the reader looks for inventory
    headers, so a title line above 短縮コード／日付／時間 may have been taken for the header."""
    candidates: list[tuple[int, Sequence[CellValue]]] = [(-1, table.headers)]
    candidates += list(enumerate(table.rows[:HEADER_SCAN_ROWS]))
    best, best_score = -1, _score(table.headers)
    for index, cells in candidates[1:]:
        score = _score(cells)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        return table
    headers = tuple(cell_text(c) for c in table.rows[best])
    width = max([len(headers), *(len(r) for r in table.rows[best + 1 :])])
    header_row = table.row_numbers[best]
    return replace(
        table,
        headers=headers + ("",) * (width - len(headers)),
        rows=table.rows[best + 1 :],
        row_numbers=table.row_numbers[best + 1 :],
        header_row=header_row,
        notes=tuple(n for n in table.notes if n.row is None or n.row > header_row),
    )


def read_hours_table(path: Path | str) -> RawTable:
    """Read an hours file (xlsx or CSV, any usual encoding) with its header row found."""
    return find_hours_header(read_table(path))


# --- cells ------------------------------------------------------------------------------------------


class CellProblem(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_WEEKDAY = re.compile(r"[(（][^)）]*[)）]$|[月火水木金土日]曜日?$")
_YMD = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")
_REIWA = re.compile(r"^(?:令和|r)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$")
_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[t ]\d")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_work_date(raw: CellValue, year: int | None = None) -> dt.date:
    """A day as people write it: 2026-04-01, 2026/4/1, 2026年4月1日, 20260401, 令和8年4月1日, an
    Excel date, or 4/1 (4月1日) when ``year`` is given. :class:`CellProblem` ``not_a_date`` or
    ``year_missing`` otherwise."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 20_000 <= raw <= 80_000 and float(raw).is_integer():  # an Excel serial day number
            return _EXCEL_EPOCH + dt.timedelta(days=int(raw))
        raise CellProblem("not_a_date")
    text = unicodedata.normalize("NFKC", cell_text(raw)).strip().lower()
    if _WITH_TIME.match(text):
        text = text[:10]  # a date with a time of day
    text = _WEEKDAY.sub("", text.replace(" ", ""))
    try:
        if m := _YMD.match(text) or _COMPACT.match(text):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _REIWA.match(text):
            era_year = 1 if m.group(1) == "元" else int(m.group(1))
            return dt.date(2018 + era_year, int(m.group(2)), int(m.group(3)))
        if m := _MD.match(text):
            if year is None:
                raise CellProblem("year_missing")
            return dt.date(year, int(m.group(1)), int(m.group(2)))
    except ValueError as exc:
        if isinstance(exc, CellProblem):
            raise
        raise CellProblem("not_a_date") from exc
    raise CellProblem("not_a_date")


def parse_cell_hours(raw: CellValue) -> int:
    """Minutes from an hours cell (3, 3.5, 3:30, 3時間30分, a time or duration cell of Excel)."""
    text = cell_text(raw)
    if unicodedata.normalize("NFKC", text).strip().startswith("-"):
        raise CellProblem("negative")
    try:
        minutes = workforce.parse_hours(text)
    except ValueError as exc:
        raise CellProblem("bad_hours") from exc
    if minutes is None:
        raise CellProblem("hours_missing")
    return minutes


# --- preview ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursRow:
    """One source row: the day it would set and what to say about it.

    ``label`` names the assignment the code found (task, worker, company); ``changes`` is False when
    the day already has these hours (importing it changes nothing); ``skipped`` rows (no hours in
    them) are left out of the import.
    """

    index: int
    source_row: int
    code_text: str
    assignment_id: str | None
    label: str
    work_date: dt.date | None
    minutes: int | None
    note: str
    messages: tuple[Message, ...] = ()
    skipped: bool = False
    changes: bool = True

    @property
    def status(self) -> str:
        """ "error", "warning", "skipped" or "ok"."""
        severities = {m.severity for m in self.messages}
        if ERROR in severities:
            return ERROR
        if self.skipped:
            return "skipped"
        return WARNING if WARNING in severities else "ok"


@dataclass(frozen=True)
class HoursCounts:
    rows: int
    errors: int
    to_import: int
    changing: int
    unchanged: int
    skipped: int


@dataclass(frozen=True)
class HoursPreview:
    """The whole file's preview; :func:`commit_hours` writes it only when it has no errors."""

    headers: tuple[str, ...]
    columns: dict[str, int]
    rows: tuple[HoursRow, ...]
    messages: tuple[Message, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(m.severity == ERROR for m in self.messages) or any(r.status == ERROR for r in self.rows)

    def rows_to_import(self) -> list[HoursRow]:
        return [r for r in self.rows if r.status != ERROR and not r.skipped]

    @property
    def counts(self) -> HoursCounts:
        statuses = [r.status for r in self.rows]
        to_import = self.rows_to_import()
        changing = sum(r.changes for r in to_import)
        return HoursCounts(
            rows=len(self.rows),
            errors=statuses.count(ERROR),
            to_import=len(to_import),
            changing=changing,
            unchanged=len(to_import) - changing,
            skipped=statuses.count("skipped"),
        )

    def all_messages(self) -> list[Message]:
        return [*self.messages, *(m for r in self.rows for m in r.messages)]


@dataclass(frozen=True)
class _Found:
    id: str
    code: str
    label: str


def _assignments_by_code(db: Database, codes: set[str]) -> dict[str, _Found]:
    found: dict[str, _Found] = {}
    ordered = sorted(codes)
    with db.read() as session:
        for start in range(0, len(ordered), 500):
            query = (
                select(Assignment.id, Assignment.code, Task.name, Company.name, WorkerCard.name)
                .join(Task, Task.id == Assignment.task_id)
                .join(Company, Company.id == Task.company_id)
                .outerjoin(
                    WorkerCard,
                    and_(
                        WorkerCard.company_id == Task.company_id,
                        WorkerCard.worker_id == Assignment.worker_id,
                        WorkerCard.deleted.is_(False),
                    ),
                )
                .where(Assignment.code.in_(ordered[start : start + 500]), Assignment.deleted.is_(False))
                .order_by(Assignment.id)
            )
            for assignment_id, code, task, company, worker in session.execute(query):
                label = " / ".join(part for part in (task, worker or "", company) if part)
                found.setdefault(code, _Found(assignment_id, code, label))
    return found


def _message(
    code: str, row: int, column: int | None, target: str, text: str = "", severity: str = ERROR
) -> Message:
    return Message(severity, code, row, column, FIELDS[target], {"text": text[:100]})


def _file_messages(table: RawTable, columns: dict[str, int]) -> list[Message]:
    found = [n for n in table.notes if n.row is None]
    for target in REQUIRED:
        if target not in columns:
            found.append(
                Message(ERROR, "column_missing", field=FIELDS[target], params={"value": HEADERS[target]})
            )
    if not table.rows:
        found.append(Message(WARNING, "no_rows"))
    return found


def preview_hours(
    db: Database,
    table: RawTable,
    *,
    year: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> HoursPreview:
    """Read every row of an hours table into a preview; reads the database, never writes to it.

    ``year`` completes dates written without one (4/1). Every problem is a message on its row and
    cell: unknown code, bad date or hours, more than 24 hours for the person that day (with what is
    already stored), a day outside the assignment's period, the same code and day twice in the file.
    """
    columns = map_hours_columns(table.headers)
    file_messages = _file_messages(table, columns)
    if any(m.severity == ERROR for m in file_messages):
        return HoursPreview(table.headers, columns, (), tuple(file_messages))
    cell_notes: dict[int, list[Message]] = {}
    used = {column: target for target, column in columns.items()}
    for note in table.notes:
        if note.row is not None and note.column in used:
            cell_notes.setdefault(note.row, []).append(replace(note, field=FIELDS[used[note.column]]))

    def cell(index: int, target: str) -> CellValue:
        column = columns.get(target)
        return None if column is None else table.cell(index, column)

    codes = {
        c
        for i in range(len(table.rows))
        if (c := workforce.normalise_code(cell_text(cell(i, "code")))) is not None
    }
    known = _assignments_by_code(db, codes)
    rows: list[HoursRow] = []
    skipped_blank = 0
    total = len(table.rows)
    for index in range(total):
        if index % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        if all(cell_text(cell(index, t)) == "" for t in TARGETS):
            skipped_blank += 1
            continue
        rows.append(_read_row(table, index, cell, columns, known, year, cell_notes))
    rows = _check_against_database(db, rows, columns)
    if progress is not None:
        progress(total, total)
    if skipped_blank:
        file_messages.append(Message(INFO, "blank_rows_skipped", params={"value": skipped_blank}))
    return HoursPreview(table.headers, columns, tuple(rows), tuple(file_messages))


def _read_row(
    table: RawTable,
    index: int,
    cell: Callable[[int, str], CellValue],
    columns: dict[str, int],
    known: dict[str, _Found],
    year: int | None,
    cell_notes: dict[int, list[Message]],
) -> HoursRow:
    number = table.row_numbers[index]
    messages = list(cell_notes.get(number, ()))
    code_text = cell_text(cell(index, "code"))
    found: _Found | None = None
    for target in ("code", "date", "hours"):
        if cell_text(cell(index, target)).upper() in EXCEL_ERRORS:
            messages.append(
                _message("excel_error", number, columns[target], target, cell_text(cell(index, target)))
            )
    if any(m.code == "excel_error" for m in messages):
        return HoursRow(index, number, code_text, None, "", None, None, "", tuple(messages))
    if not code_text:
        messages.append(_message("code_missing", number, columns["code"], "code"))
    else:
        code = workforce.normalise_code(code_text)
        found = known.get(code) if code else None
        if found is None:
            messages.append(_message("unknown_code", number, columns["code"], "code", code_text))
    work_date: dt.date | None = None
    raw_date = cell(index, "date")
    if cell_text(raw_date) == "":
        messages.append(_message("date_missing", number, columns["date"], "date"))
    else:
        try:
            work_date = parse_work_date(raw_date, year)
        except CellProblem as exc:
            messages.append(_message(exc.code, number, columns["date"], "date", cell_text(raw_date)))
    minutes: int | None = None
    skipped = False
    raw_hours = cell(index, "hours")
    try:
        minutes = parse_cell_hours(raw_hours)
    except CellProblem as exc:
        if exc.code == "hours_missing":
            skipped = True
            messages.append(_message("hours_missing", number, columns["hours"], "hours", severity=INFO))
        else:
            messages.append(_message(exc.code, number, columns["hours"], "hours", cell_text(raw_hours)))
    note = cell_text(cell(index, "note"))
    if len(note) > NOTE_MAX:
        messages.append(_message("note_too_long", number, columns.get("note"), "note", severity=WARNING))
        note = note[:NOTE_MAX]
    return HoursRow(
        index=index,
        source_row=number,
        code_text=code_text,
        assignment_id=found.id if found else None,
        label=found.label if found else "",
        work_date=work_date,
        minutes=minutes,
        note=note,
        messages=tuple(messages),
        skipped=skipped,
    )


def _check_against_database(db: Database, rows: list[HoursRow], columns: dict[str, int]) -> list[HoursRow]:
    """Duplicates in the file, then what set_days would refuse (period, 24 hours a day with the
    hours already stored) and which rows would change nothing."""
    first_seen: dict[tuple[str, dt.date], int] = {}
    rows = list(rows)
    candidates: list[int] = []
    for position, row in enumerate(rows):
        if row.status == ERROR or row.skipped or row.assignment_id is None or row.work_date is None:
            continue
        key = (row.assignment_id, row.work_date)
        if key in first_seen:
            message = Message(
                ERROR,
                "duplicate_day",
                row.source_row,
                columns["date"],
                "work_date",
                {"value": first_seen[key]},
            )
            rows[position] = replace(row, messages=(*row.messages, message))
            continue
        first_seen[key] = row.source_row
        candidates.append(position)
    items: list[hours_service.DayInput] = []
    for position in candidates:
        row = rows[position]
        assert row.assignment_id is not None and row.work_date is not None
        items.append((row.assignment_id, row.work_date, row.minutes, row.note))
    check = hours_service.check_days(db, items)
    extra: dict[int, list[Message]] = {}
    for error in check.errors:
        position = candidates[error.row]
        row = rows[position]
        code = "unknown_code" if error.code == "unknown" else error.code
        target = {"work_date": "date", "minutes": "hours", "code": "code"}.get(error.field, "hours")
        params = {"text": "", "limit": error.limit}
        extra.setdefault(position, []).append(
            Message(ERROR, code, row.source_row, columns[target], FIELDS[target], params)
        )
    for item_number, position in enumerate(candidates):
        row = rows[position]
        rows[position] = replace(
            row, messages=row.messages + tuple(extra.get(position, ())), changes=check.changes[item_number]
        )
    return rows


# --- commit -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursImportResult:
    changed: int
    unchanged: int
    changes: tuple[hours_service.DayChange, ...]


def commit_hours(db: Database, result: HoursPreview) -> HoursImportResult:
    """Write a clean preview with :func:`set_days` (source ``csv``) in one transaction.

    Raises :class:`ImportFileError` ``has_errors`` for a preview with errors, and
    :class:`ValidationError` when the data changed since the preview so that a row is refused now
    (nothing is written either way)."""
    if result.has_errors:
        raise ImportFileError("has_errors")
    rows = result.rows_to_import()
    items: list[hours_service.DayInput] = []
    for row in rows:
        assert row.assignment_id is not None and row.work_date is not None
        items.append((row.assignment_id, row.work_date, row.minutes, row.note))
    make_backup(db.path, "before-import")
    changes = hours_service.set_days(db, items, source="csv")
    return HoursImportResult(len(changes), len(items) - len(changes), tuple(changes))
