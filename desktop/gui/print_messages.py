"""Words for printing documents (task sheets, interview sheets, connection cards); GUI and CLI share them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.documents import DocumentResult, SheetProblem

translate = QCoreApplication.translate


def problem_text(problem: SheetProblem) -> str:
    """What went wrong with one sheet, in a sentence (the sheet's name is said separately)."""
    texts = {
        "replaced_chars": translate(
            "Messages",
            "Characters missing from the printing font were printed as 〓 (a warning on the sheet names"
            " them): {detail}",
        ),
        "no_steps": translate(
            "Messages",
            "The task has no procedure steps a worker may see; the sheet says to ask how to do it.",
        ),
        "no_contact": translate("Messages", "No contact is registered for: {detail}"),
        "failed": translate(
            "Messages", "The sheet could not be made; a page saying so is in its place. Reason: {detail}"
        ),
    }
    text = texts.get(problem.code, "{detail}")
    return text.format(detail=problem.detail)


def problem_line(problem: SheetProblem) -> str:
    """ "請求書の発行 – 佐藤 花子 (FEK-XD03): …" for a list of problems."""
    return translate("Messages", "{name}: {problem}").format(name=problem.name, problem=problem_text(problem))


def printed(kind: str, result: DocumentResult) -> str:
    """The CLI's last line: what was written where."""
    texts = {
        "task-sheets": translate("Messages", "{sheets} task sheet(s), {pages} page(s), written to {path}"),
        "interview": translate("Messages", "Interview sheet, {pages} page(s), written to {path}"),
        "card": translate("Messages", "Connection card written to {path}"),
        "kpi": translate("Messages", "KPI report, {pages} page(s), written to {path}"),
    }
    return texts[kind].format(sheets=result.sheets, pages=result.pages, path=result.path)


def problems_heading(count: int) -> str:
    return translate("Messages", "Problems on {n} sheet(s):").format(n=count)


def failed_sheets(count: int) -> str:
    return translate("Messages", "{n} sheet(s) could not be made (see above).").format(n=count)


def making_sheets(count: int) -> str:
    return translate("Messages", "Making {n} task sheet(s)…").format(n=count)


def nothing_to_print() -> str:
    return translate("Messages", "There is nothing to print: no current assignment matches.")


def unknown_code(code: str) -> str:
    return translate("Messages", "No assignment has the code “{code}”.").format(code=code)


def unknown_worker(value: str) -> str:
    return translate("Messages", "No assignment is held by the worker “{value}”.").format(value=value)


def choose_worker(choices: Sequence[tuple[str, str]]) -> str:
    """Several workers have the name given: their ids to choose from."""
    lines = [translate("Messages", "Several workers have this name; choose one with --worker ID:")]
    lines += [f"  {worker_id}  {name}" for worker_id, name in choices]
    return "\n".join(lines)


def pdf_suffix(path: Path) -> str:
    return translate("Messages", "The output file must end in .pdf: {path}").format(path=path)


def write_failed(path: Path, error: BaseException | str) -> str:
    return translate("Messages", "The PDF {path} could not be written: {error}").format(
        path=path, error=error
    )


def interview_needs_company() -> str:
    return translate(
        "Messages",
        "A pre-filled interview sheet needs a company (--company NAME or ID); use --blank for an empty one.",
    )


def card_needs_values() -> str:
    return translate(
        "Messages", "A connection card needs the server's address (--server) and the code (--code)."
    )


def table_written(path: Path) -> str:
    return translate("Messages", "KPI table (.xlsx) written to {path}").format(path=path)


def bad_period(value: str) -> str:
    return translate(
        "Messages",
        "The period must be whole months, e.g. 2026-04..2027-03 or 2026-04 (at most 120 months): {value}",
    ).format(value=value)


def xlsx_suffix(path: Path) -> str:
    return translate("Messages", "The table file must end in .xlsx: {path}").format(path=path)


def file_write_failed(path: Path, error: BaseException | str) -> str:
    return translate("Messages", "The file {path} could not be written: {error}").format(
        path=path, error=error
    )
