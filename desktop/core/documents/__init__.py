"""Printed documents (DESIGN section 5): task sheets, the inventory interview sheet, connection cards.

Every PDF is A4 with the bundled BIZ UDGothic embedded as a subset, Japanese line breaking
(``wordWrap='CJK'``), a header naming the document, and a footer with the company name, "n / N" page
numbers (per sheet) and the print date. Nothing here raises for bad data in one sheet: the sheet
prints as well as it can (or as a notice, when it cannot be made at all) and the problem is reported
in :attr:`DocumentResult.problems` with the sheet's name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core.db import Database
from desktop.core.documents import words
from desktop.core.errors import Cancelled

__all__ = [
    "DocumentResult",
    "SheetProblem",
    "assignment_ids_for",
    "connection_card",
    "enrolment_payload",
    "interview_sheet",
    "task_sheets",
    "words",
]

PROBLEM_CODES = ("replaced_chars", "no_steps", "no_contact", "failed")


@dataclass(frozen=True)
class SheetProblem:
    """Something the user should know about one sheet of a printed PDF (never fatal)."""

    name: str  # which sheet: e.g. "請求書の発行 – 佐藤 花子 (FEK-XD03)"
    code: str  # "replaced_chars" | "no_steps" | "no_contact" | "failed"
    detail: str = ""  # the replaced characters, what contact is missing, or the error for "failed"


@dataclass(frozen=True)
class DocumentResult:
    path: Path
    pages: int
    sheets: int  # sheets (documents) written into the PDF
    problems: tuple[SheetProblem, ...]  # shown to the user after printing, never fatal


def assignment_ids_for(
    db: Database, *, company_id: str | None = None, worker_id: str | None = None
) -> list[str]:
    """Live, not-ended assignments (of a company, of a worker — via the worker id — or all), in
    print order (company, task, role, worker)."""
    from desktop.core.services.assignments import list_assignments

    rows = list_assignments(db, company_id=company_id, worker_id=worker_id)
    return [r.id for r in rows if r.status != "ended" and not r.deleted]


def task_sheets(
    db: Database,
    out: Path,
    assignment_ids: Sequence[str],
    *,
    lang: str = "ja",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> DocumentResult:
    """One PDF with one 作業指示書 per assignment (a sheet may run over several pages). Writes to a
    temporary file beside ``out`` and replaces ``out`` only when complete; raises
    :class:`~desktop.core.errors.Cancelled` (leaving no file) when ``cancelled()`` turns true. A
    sheet that fails is replaced by a one-page notice naming it, and reported as code "failed".
    An empty ``assignment_ids`` is a ValueError (there would be nothing to print)."""
    from desktop.core.documents import task_sheet
    from desktop.core.documents.layout import PdfWriter

    ids = list(dict.fromkeys(assignment_ids))
    if not ids:
        raise ValueError("no assignments to print")
    lang = words.lang_of(lang)
    printed = task_sheet.today_text(lang, today)
    total = len(ids)
    if progress is not None:
        progress(0, total)
    data = task_sheet.load_sheets(db, ids)
    writer = PdfWriter(Path(out), title=words.word(lang, "task_sheet"), lang=lang)
    problems: list[SheetProblem] = []
    try:
        for done, assignment_id in enumerate(ids, 1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            sheet = data.get(assignment_id)
            name = task_sheet.sheet_name(sheet, lang) if sheet is not None else assignment_id
            try:
                if sheet is None:
                    raise LookupError(words.word(lang, "not_found"))
                built = task_sheet.build(sheet, writer, lang, printed)
                writer.add(built.info, built.story)
            except Exception as exc:
                problems.append(SheetProblem(name, "failed", _error_text(exc)))
                info, story = task_sheet.failure_story(name, _error_text(exc), writer, lang, printed)
                with contextlib.suppress(Exception):  # the notice is plain; if even it fails, go on
                    writer.add(info, story)
            else:
                if built.glyphs.replaced:
                    problems.append(SheetProblem(name, "replaced_chars", built.glyphs.replaced_text))
                if built.no_steps:
                    problems.append(SheetProblem(name, "no_steps"))
                if built.missing_contacts:
                    sep = words.word(lang, "list_sep")
                    problems.append(SheetProblem(name, "no_contact", sep.join(built.missing_contacts)))
            if progress is not None:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise Cancelled()
        path = writer.finish(outline=total > 1)
    except BaseException:
        writer.discard()
        raise
    return DocumentResult(path, writer.pages, writer.sheets, tuple(problems))


def interview_sheet(
    db: Database,
    out: Path,
    company_id: str | None,
    *,
    prefilled: bool,
    lang: str = "ja",
    today: date | None = None,
) -> DocumentResult:
    """The 業務棚卸し interview sheet: blank (``company_id`` None or ``prefilled`` False), or
    pre-filled with the company's areas (departments) and the template tasks of those areas."""
    from desktop.core.documents import interview

    return interview.write(
        db, Path(out), company_id, prefilled=prefilled, lang=words.lang_of(lang), today=today
    )


def enrolment_payload(server_url: str, code: str) -> str:
    """What the connection card's QR code carries: "machishigoto://enrol?server=<url>&code=<code>"."""
    from urllib.parse import urlencode

    return "machishigoto://enrol?" + urlencode({"server": server_url.strip(), "code": code.strip()})


def connection_card(
    out: Path, *, server_url: str, code: str, company_name: str, lang: str = "ja", today: date | None = None
) -> DocumentResult:
    """The enrolment code as large text and a QR code (payload: a URL-like string
    "machishigoto://enrol?server=<url>&code=<code>"), with three lines of instructions."""
    from desktop.core.documents import card

    return card.write(
        Path(out),
        server_url=server_url,
        code=code,
        company_name=company_name,
        lang=words.lang_of(lang),
        today=today,
    )


def _error_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return (
        f"{type(exc).__name__}: {text}"
        if text and not isinstance(exc, LookupError)
        else (text or type(exc).__name__)
    )
