"""The KPI report's tables as .xlsx (for the municipality's own 交付金 KPI sheets).

Sheets: "KPI" (group, key, name, value, unit, definition, what is missing), "月次推移" (the monthly
trend), "企業別" (a few figures per company) and "報告情報" (period, as-of day, reporter). Numbers
are numbers with number formats; a figure without a value is an empty cell with its reason beside
it. Every text cell is a string, never a formula: it goes through :func:`~desktop.core.io.export.
neutralise` and is written with the string type. Like the PDF, no worker and no task is named.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.documents import words
from desktop.core.documents.kpi_report import (
    KPI_WORDS,
    definition,
    figure_name,
    missing_text,
    period_text,
    unit_text,
)
from desktop.core.io.export import neutralise
from desktop.core.kpi import KpiReport

if TYPE_CHECKING:
    from desktop.core.documents.kpi_report import ReportHead

__all__ = ["SHEETS", "write_xlsx"]

SHEETS = ("KPI", "月次推移", "企業別", "報告情報")
HOURS_FORMAT = "#,##0.0"
YEN_FORMAT = "#,##0"
RATIO_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
DAYS_FORMAT = "#,##0.#"
MONTH_FORMAT = 'yyyy"年"m"月"'
FORMATS = {
    "hours_per_month": HOURS_FORMAT,
    "hours": HOURS_FORMAT,
    "yen": YEN_FORMAT,
    "yen_per_month": YEN_FORMAT,
    "ratio": RATIO_FORMAT,
    "days": DAYS_FORMAT,
}

HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "KPI": ("区分", "キー", "指標", "値", "単位", "定義", "不足データ"),
        "月次推移": (
            "月",
            "外部委託した時間（時間）",
            "社外人材への支払額（円）",
            "うち地域人材への支払額（円）",
            "作業した地域人材（人）",
            "備考",
        ),
        "企業別": (
            "企業名",
            "棚卸しした業務時間（時間/月）",
            "外部委託した時間（時間/月）",
            "月間削減額（円/月）",
            "就業した地域人材（人）",
            "備考",
        ),
        "報告情報": ("項目", "内容"),
    },
    "en": {
        "KPI": ("group", "key", "name", "value", "unit", "definition", "missing"),
        "月次推移": (
            "month",
            "hours outsourced",
            "paid to outside workers (yen)",
            "of which to local workers (yen)",
            "local workers who worked",
            "note",
        ),
        "企業別": (
            "company",
            "inventoried hours (a month)",
            "hours outsourced (a month)",
            "saving (yen a month)",
            "local workers",
            "note",
        ),
        "報告情報": ("item", "value"),
    },
}
NOTES = {
    "ja": {"future": "集計基準日より後", "unpriced": "単価未設定", "blank": "空欄はデータ不足"},
    "en": {"future": "after the as-of day", "unpriced": "rate not set", "blank": "empty: not enough data"},
}
WIDTHS = {
    "KPI": (12, 30, 34, 14, 10, 70, 40),
    "月次推移": (12, 16, 18, 22, 16, 18),
    "企業別": (34, 18, 18, 16, 14, 18),
    "報告情報": (16, 60),
}


def _words(lang: str, key: str) -> str:
    return KPI_WORDS[words.lang_of(lang)][key]


def write_xlsx(report: KpiReport, path: Path, head: ReportHead, *, lang: str = "ja") -> Path:
    """Write the report's tables to ``path`` (replacing it only once complete); returns the path."""
    from openpyxl import Workbook

    lang = words.lang_of(lang)
    workbook = Workbook()
    sheets = [workbook.active, *(workbook.create_sheet() for _ in SHEETS[1:])]
    for sheet, title in zip(sheets, SHEETS, strict=True):
        sheet.title = title
        _header(sheet, HEADERS[lang][title], WIDTHS[title])
    _kpi_rows(sheets[0], report, lang)
    _trend_rows(sheets[1], report, lang)
    _company_rows(sheets[2], report, lang)
    _info_rows(sheets[3], report, head, lang)
    workbook.properties.title = f"{_words(lang, 'kicker')} {_words(lang, 'title')}"
    workbook.properties.creator = "Machishigoto"
    return _save(workbook, Path(path))


def _text(sheet: Any, row: int, column: int, value: str) -> None:
    """A text cell that stays text: formula triggers neutralised, typed as a string (empty: none)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not value:
        return
    cell = sheet.cell(row=row, column=column)
    cell.value = neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # openpyxl would otherwise write "=..." as a formula


def _number(sheet: Any, row: int, column: int, value: float | datetime | None, number_format: str) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    cell.number_format = number_format


def _header(sheet: Any, headers: Sequence[str], widths: Sequence[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for column, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        _text(sheet, 1, column, title)
        cell = sheet.cell(row=1, column=column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _kpi_rows(sheet: Any, report: KpiReport, lang: str) -> None:
    from openpyxl.styles import Alignment

    for row, f in enumerate(report.figures, start=2):
        _text(sheet, row, 1, _words(lang, f.group) if f.group in ("economic", "social") else f.group)
        _text(sheet, row, 2, f.key)
        _text(sheet, row, 3, figure_name(f.key, lang))
        _number(sheet, row, 4, f.value, FORMATS.get(f.unit, COUNT_FORMAT))
        _text(sheet, row, 5, unit_text(f.unit, lang))
        _text(sheet, row, 6, definition(f.key, lang))
        note = ""
        if f.value is None:
            note = _words(lang, "no_data")
            if f.missing:
                note += ("：" if lang == "ja" else ": ") + missing_text(f.missing, lang)
        elif f.partial:
            note = _words(lang, "partial").format(items=missing_text(f.missing, lang))
        _text(sheet, row, 7, note)
        for column in (3, 6, 7):
            sheet.cell(row=row, column=column).alignment = Alignment(vertical="top", wrap_text=True)
    sheet.auto_filter.ref = sheet.dimensions


def _trend_rows(sheet: Any, report: KpiReport, lang: str) -> None:
    as_of = report.as_of or report.period.last
    for row, p in enumerate(report.trend, start=2):
        _number(sheet, row, 1, datetime(p.month.year, p.month.month, 1), MONTH_FORMAT)
        _number(sheet, row, 2, p.hours_outsourced, HOURS_FORMAT)
        _number(sheet, row, 3, p.yen_paid, YEN_FORMAT)
        _number(sheet, row, 4, p.yen_paid_local, YEN_FORMAT)
        _number(sheet, row, 5, p.local_workers_active, COUNT_FORMAT)
        note = ""
        if p.month > as_of:
            note = NOTES[lang]["future"]
        elif p.yen_paid is None or p.yen_paid_local is None:
            note = NOTES[lang]["unpriced"]
        _text(sheet, row, 6, note)


def _company_rows(sheet: Any, report: KpiReport, lang: str) -> None:
    for row, c in enumerate(report.per_company, start=2):
        if None in (c.inventoried_hours, c.outsourced_hours, c.monthly_saving_yen):
            _text(sheet, row, 6, NOTES[lang]["blank"])
        _text(sheet, row, 1, c.name)
        _number(sheet, row, 2, c.inventoried_hours, HOURS_FORMAT)
        _number(sheet, row, 3, c.outsourced_hours, HOURS_FORMAT)
        _number(sheet, row, 4, c.monthly_saving_yen, YEN_FORMAT)
        _number(sheet, row, 5, c.local_workers, COUNT_FORMAT)


def _info_rows(sheet: Any, report: KpiReport, head: ReportHead, lang: str) -> None:
    as_of: date = report.as_of or report.period.last
    rows = [
        (_words(lang, "title"), _words(lang, "kicker")),
        (_words(lang, "period"), f"{period_text(report.period, lang)} [{report.period}]"),
        (_words(lang, "as_of"), words.date_text(lang, as_of)),
        (_words(lang, "scope"), head.scope),
        (_words(lang, "reporter"), head.reporter),
        (_words(lang, "prepared"), words.date_text(lang, head.prepared)),
    ]
    for row, (item, value) in enumerate(rows, start=2):
        _text(sheet, row, 1, item)
        _text(sheet, row, 2, value)


def _save(workbook: Any, path: Path) -> Path:
    """Save beside ``path`` under a temporary name, then move it over ``path``; an OSError names
    ``path`` (not the temporary file)."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    return path
