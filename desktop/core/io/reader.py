"""Reading a spreadsheet (xlsx) or CSV into a plain table, whatever its name says it is.

The kind is told from the bytes (an xlsx is a zip), CSV encodings are tried in order (UTF-8 with BOM,
UTF-16 with BOM, UTF-8, Shift_JIS/cp932), the delimiter is sniffed, and the header row is the row near
the top that names the most known columns. Every limit ends in :class:`ImportFileError`.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.io.columns import match_header
from desktop.core.io.common import (
    ERROR,
    HEADER_SCAN_ROWS,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_SCAN_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    WARNING,
    CellValue,
    ImportFileError,
    Message,
    cell_text,
    clean_text,
)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also a password-protected .xlsx
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OTHER_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"SQLite format 3", b"{\\rtf", b"\x1f\x8b")
# A CSV cell our export neutralised against formula injection: "'=..." is read back as "=...".
NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r＝＋－＠])")
MAX_MERGE_NOTES = 2_000
MAX_MERGED_RANGES = 100_000
MB = 1024 * 1024


@dataclass(frozen=True)
class RawTable:
    """A sheet as read: the header row, the non-blank rows under it, and what was noticed on the way.

    ``row_numbers[i]`` is the spreadsheet row number of ``rows[i]``; ``notes`` are messages about
    the file (``row`` None) or about single cells (merged cells, cells too long).
    """

    kind: str
    headers: tuple[str, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    row_numbers: tuple[int, ...]
    header_row: int
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[Message, ...] = ()

    def cell(self, index: int, column: int) -> CellValue:
        row = self.rows[index]
        return row[column] if column < len(row) else None


def read_table(path: Path | str) -> RawTable:
    """Read the file at ``path``; raises :class:`ImportFileError` for anything that is not a table."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ImportFileError("not_found")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("too_large", limit_mb=MAX_FILE_BYTES // MB)
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError("unreadable", detail=str(exc)) from exc
    return parse_table(data)


def parse_table(data: bytes) -> RawTable:
    """Read a table from the bytes of a file (see :func:`read_table`)."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError("too_large", limit_mb=MAX_FILE_BYTES // MB)
    if not data.strip():
        raise ImportFileError("empty")
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data)
    if data.startswith(OLE2_MAGIC):
        # Excel encrypts a password-protected workbook into an OLE2 file with these streams.
        encrypted = "EncryptedPackage".encode("utf-16-le") in data
        raise ImportFileError("password_protected" if encrypted else "old_excel")
    if data.startswith(OTHER_MAGIC):
        raise ImportFileError("not_a_spreadsheet")
    return _read_csv(data)


# --- building the table -----------------------------------------------------------------------


def _is_blank(row: Sequence[CellValue]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _build(
    kind: str, physical: Iterable[tuple[int, Sequence[Any]]], **extra: Any
) -> tuple[RawTable, list[Message]]:
    """Cap rows, columns and cells, find the header row and keep the non-blank rows under it."""
    notes: list[Message] = []
    rows: list[tuple[int, tuple[CellValue, ...]]] = []
    wide = False
    for scanned, (number, raw) in enumerate(physical, start=1):
        if scanned > MAX_SCAN_ROWS:
            raise ImportFileError("too_many_rows", limit=MAX_ROWS)
        end = len(raw)
        while end and (raw[end - 1] is None or raw[end - 1] == ""):
            end -= 1  # rows often come padded with empty cells
        if end > MAX_COLUMNS:
            wide, end = True, MAX_COLUMNS
        cells = tuple(_cell(raw[column], number, column, notes) for column in range(end))
        if not _is_blank(cells):
            rows.append((number, cells))
    if wide:
        notes.append(Message(WARNING, "columns_ignored", params={"limit": MAX_COLUMNS}))
    if not rows:
        raise ImportFileError("empty")
    header_at = _header_index(rows)
    header_number, header_cells = rows[header_at]
    data = rows[header_at + 1 :]
    if len(data) > MAX_ROWS:
        raise ImportFileError("too_many_rows", limit=MAX_ROWS)
    width = max(len(cells) for _, cells in rows[header_at:])
    table = RawTable(
        kind=kind,
        headers=tuple(cell_text(v) for v in header_cells) + ("",) * (width - len(header_cells)),
        rows=tuple(cells for _, cells in data),
        row_numbers=tuple(number for number, _ in data),
        header_row=header_number,
        **extra,
    )
    data_notes = [n for n in notes if n.row is None or n.row > header_number]
    return table, data_notes


def _cell(value: Any, row: int, column: int, notes: list[Message]) -> CellValue:
    if isinstance(value, str):
        text = clean_text(value)
        if len(text) > MAX_CELL_CHARS:
            notes.append(Message(ERROR, "cell_too_long", row, column, params={"limit": MAX_CELL_CHARS}))
            text = text[:MAX_CELL_CHARS]
        return text
    if value is None or isinstance(value, int | float | dt.date | dt.time | dt.timedelta):
        return value
    return clean_text(str(value))[:MAX_CELL_CHARS]


def header_score(cells: Iterable[object]) -> int:
    """How much a row looks like a header: per known column named, 2 for a header word, 1 for a
    cell that contains one (so a title such as 業務一覧 loses to the header row's 業務名)."""
    found: dict[str, int] = {}
    for cell in cells:
        if isinstance(cell, str):
            target, strength = match_header(cell)
            if target is not None:
                found[target] = max(found.get(target, 0), strength)
    return sum(found.values())


def _header_index(rows: Sequence[tuple[int, tuple[CellValue, ...]]]) -> int:
    """The first of the top rows that looks most like a header (0 when none does)."""
    best, best_score = 0, 0
    for index, (_, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(cells)
        if score > best_score:
            best, best_score = index, score
    return best


# --- CSV --------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    candidates: list[tuple[bytes, str]]
    if data.startswith(codecs.BOM_UTF8):
        candidates = [(data[len(codecs.BOM_UTF8) :], "utf-8-sig")]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [(data, "utf-16")]
    elif b"\x00" in data[: 64 * 1024]:
        raise ImportFileError("not_a_spreadsheet")
    else:
        candidates = [(data, "utf-8"), (data, "cp932")]
    for payload, encoding in candidates:
        try:
            return payload.decode("utf-8" if encoding == "utf-8-sig" else encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError("unknown_encoding")


def _sniff_delimiter(text: str) -> str:
    sample = [line for line in text[: 64 * 1024].splitlines()[:50] if line.strip()]
    counts = {d: sum(line.count(d) for line in sample) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(data: bytes) -> RawTable:
    text, encoding = _decode(data)
    if "\x00" in text:
        raise ImportFileError("not_a_spreadsheet")
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def physical() -> Iterable[tuple[int, list[str | None]]]:
        for number, row in enumerate(reader, start=1):
            yield number, [NEUTRALISED.sub("", cell) if cell.strip() else None for cell in row]

    try:
        table, notes = _build("csv", physical(), encoding=encoding, delimiter=delimiter)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ImportFileError("cell_too_long", limit=MAX_CELL_CHARS) from exc
        raise ImportFileError("broken") from exc
    return _with_notes(table, notes)


def _with_notes(table: RawTable, notes: list[Message]) -> RawTable:
    return replace(table, notes=tuple(notes))


# --- xlsx -------------------------------------------------------------------------------------


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception as exc:  # BadZipFile, and NotImplementedError for zip features it lacks, ...
        raise ImportFileError("broken") from exc
    if len(infos) > MAX_ZIP_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise ImportFileError("too_complex")
    if any(i.flag_bits & 0x1 for i in infos):
        raise ImportFileError("password_protected")
    names = {i.filename for i in infos}
    if not any(name.startswith("xl/") for name in names):
        known = "[Content_Types].xml" in names or "mimetype" in names
        raise ImportFileError("unsupported_format" if known else "not_a_spreadsheet")


def _read_xlsx(data: bytes) -> RawTable:
    _check_zip(data)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a hostile file can make the parser raise nearly anything
        raise ImportFileError("broken") from exc
    try:
        sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"] or workbook.worksheets
        if not sheets:
            raise ImportFileError("empty")
        sheet = max(sheets, key=lambda ws: (_sheet_score(ws), -sheets.index(ws)))
        sheet.reset_dimensions()  # never trust the size the file claims
        rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
        table, notes = _build("xlsx", enumerate(rows, start=1), sheet=str(sheet.title))
        notes.extend(_merge_notes(data, getattr(sheet, "_worksheet_path", None), table))
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError("broken") from exc
    finally:
        workbook.close()
    return _with_notes(table, notes)


def _sheet_score(sheet: Any) -> int:
    sheet.reset_dimensions()
    rows = sheet.iter_rows(max_row=HEADER_SCAN_ROWS, max_col=MAX_COLUMNS, values_only=True)
    return max((header_score(row) for row in rows), default=0)


_MERGE = re.compile(
    rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)"'
)


def _merged_ranges(data: bytes, sheet_path: str) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every merged range, streamed from the sheet's XML."""
    from openpyxl.utils.cell import range_boundaries

    found: list[tuple[int, int, int, int]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(sheet_path.lstrip("/")) as source:
        buffer = b""
        while chunk := source.read(MB):
            buffer += chunk
            end = 0
            for match in _MERGE.finditer(buffer):
                ref = match.group(1).decode("ascii")
                found.append(tuple(range_boundaries(ref if ":" in ref else f"{ref}:{ref}")))
                end = match.end()
            if len(found) > MAX_MERGED_RANGES:
                break
            buffer = buffer[max(end, len(buffer) - 512) :]
    return found


def _merge_notes(data: bytes, sheet_path: object, table: RawTable) -> list[Message]:
    """A warning on every data cell a merged range covers but the first: only that cell has the value."""
    if not isinstance(sheet_path, str) or not table.rows:
        return []
    from openpyxl.utils.cell import get_column_letter

    numbers = table.row_numbers
    width = len(table.headers)
    notes: list[Message] = []
    for min_col, min_row, max_col, max_row in _merged_ranges(data, sheet_path):
        if min_col > width:
            continue
        first = f"{get_column_letter(min_col)}{min_row}"
        # Only the data rows the range covers (a range may claim a million rows).
        for number in numbers[bisect.bisect_left(numbers, min_row) : bisect.bisect_right(numbers, max_row)]:
            for col in range(min_col, min(max_col, width) + 1):
                if (number, col) == (min_row, min_col):
                    continue
                if len(notes) >= MAX_MERGE_NOTES:
                    return [*notes, Message(WARNING, "merged_cells_many")]
                notes.append(Message(WARNING, "merged_cell", number, col - 1, params={"first": first}))
    return notes
