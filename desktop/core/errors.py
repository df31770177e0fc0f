"""Errors core raises with a code the GUI and CLI turn into words (never a traceback for users)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class Cancelled(Exception):
    """A long operation stopped because the user cancelled it."""


class DatabaseOpenError(Exception):
    """The database cannot be opened or written safely.

    Codes: ``not_a_database``, ``not_machishigoto`` (some other program's SQLite file),
    ``newer_schema`` (made by a newer version of the app), ``locked``, ``read_only``,
    ``exists`` (a target file is already there), ``disk_full`` (a write did not fit: nothing of it
    was kept), ``damaged``, ``io_error``.
    """

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = Path(path)
        self.detail = detail


@dataclass(frozen=True)
class FieldError:
    """One invalid field: ``code`` names the rule (``required``, ``too_long``, ``out_of_range``...)."""

    field: str
    code: str
    limit: int | None = None


class ValidationError(Exception):
    """Input refused by core validation; carries every field error at once."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors


class NotFound(Exception):
    """The row asked for does not exist (or is deleted)."""
