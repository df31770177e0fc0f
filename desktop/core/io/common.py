"""What the spreadsheet import and export share: limits, the one error type, messages, cell text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# Limits: a file past one of these is refused with a clear code, never half read.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_CELL_CHARS = 10_000
MAX_COLUMNS = 200
HEADER_SCAN_ROWS = 20
# Rows looked at in all (blank ones included) before a file counts as too long.
MAX_SCAN_ROWS = MAX_ROWS + 5_000
# An xlsx is a zip: bound what it unpacks to (zip bombs) and how many parts it has.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None

ERROR = "error"
WARNING = "warning"
INFO = "info"

# Codes of :class:`ImportFileError` (the whole file) and of :class:`Message` (file, row or cell).
# Messages also carry the codes of core validation (``FieldError.code``) for the field concerned.
FILE_ERROR_CODES = frozenset({
    "not_found", "unreadable", "empty", "too_large", "too_complex", "not_a_spreadsheet",
    "unsupported_format", "old_excel", "password_protected", "broken", "unknown_encoding",
    "too_many_rows", "cell_too_long", "has_errors",
})  # fmt: skip
MESSAGE_CODES = frozenset({
    "cell_too_long", "columns_ignored", "merged_cell", "merged_cells_many", "target_twice",
    "name_not_mapped", "column_missing", "no_rows", "excel_error", "unknown_frequency",
    "frequency_unit_missing", "unknown_minutes", "rounded", "range_midpoint", "minutes_assumed",
    "frequency_irregular", "unknown_choice", "assumed_yes", "missing_value", "new_department",
    "duplicate_existing", "duplicate_in_file", "blank_rows_skipped",
})  # fmt: skip
VALIDATION_CODES = frozenset({"required", "too_long", "out_of_range", "invalid", "impossible"})


class ImportFileError(Exception):
    """A file that cannot be imported at all; ``code`` says why, ``params`` fill in the sentence.

    Codes: ``not_found``, ``unreadable``, ``empty``, ``too_large`` (limit_mb), ``not_a_spreadsheet``,
    ``unsupported_format`` (another zip-based format, e.g. .ods/.docx), ``old_excel`` (.xls),
    ``password_protected``, ``broken``, ``unknown_encoding``, ``too_many_rows`` (limit),
    ``cell_too_long`` (limit), ``has_errors`` (commit of a preview with errors).

    Named apart from the built-in ``ImportError`` so ``except ImportError`` keeps its meaning.
    """

    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code + "".join(f" {k}={v}" for k, v in params.items()))
        self.code = code
        self.params: dict[str, str | int] = dict(params)


@dataclass(frozen=True)
class Message:
    """One thing to tell the user about the file, a row or a cell, as a code with parameters.

    ``row`` is the row number as the spreadsheet shows it (1-based; None: the whole file);
    ``column`` the 0-based source column (None: the whole row); ``field`` the task field concerned.
    """

    severity: str
    code: str
    row: int | None = None
    column: int | None = None
    field: str | None = None
    params: Mapping[str, str | int | None] = dataclasses.field(default_factory=dict)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Line ends as ``\\n``, control characters other than tab and newline removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cell_text(value: CellValue) -> str:
    """A cell as the text a user would read in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return clean_text(str(value)).strip()


def normalise(text: str) -> str:
    """For matching words and headers: NFKC (full-width ⇄ half-width), lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
