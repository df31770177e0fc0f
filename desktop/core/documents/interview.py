"""The inventory interview sheet (業務棚卸し ヒアリングシート): the guided inventory on paper.

Landscape A4, one table per area of work, one task a line, with the columns in the order the app
asks for them (task, who, how often, minutes, paper or digital, on site, confidentiality, personal
data, only one person knows it, note), so that what was written at the owner's table is keyed in
later line by line. Pre-filled: the company's areas with the template tasks of each area (and the
tasks the company already has there), plus empty lines for what the templates lack. Blank: the
areas of the template library to tick, and empty tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.core.db import Database
from desktop.core.documents import words
from desktop.core.documents.fonts import Glyphs
from desktop.core.documents.layout import (
    INK,
    SHADE,
    PageInfo,
    PdfWriter,
    grid_style,
    replaced_warning,
    table_style,
)
from desktop.core.documents.task_sheet import today_text
from desktop.core.services.companies import get_company, list_departments
from desktop.core.services.tasks import list_tasks
from desktop.core.templates import Template, library, normalise

if TYPE_CHECKING:
    from desktop.core.documents import DocumentResult

EMPTY_ROWS_PER_AREA = 5
BLANK_AREAS = 3
BLANK_ROWS_PER_AREA = 12
AREA_COLUMNS = 4
# Column widths (mm) of the task table; the note takes what is left of the landscape frame.
TITLE_FILL = colors.HexColor("#d9e2ec")
WIDTHS_MM = (7, 8, 48, 19, 23, 12, 14, 23, 26, 30, 14, 14)


@dataclass
class Area:
    name: str
    own: list[str] = field(default_factory=list)  # the company's tasks in this area (registered)
    templates: list[str] = field(default_factory=list)  # the area's template tasks it does not have yet


def _area_key(name: str) -> str:
    """An area's name without a bracketed note: "営業・顧客対応(直販・通販)" -> "営業・顧客対応"."""
    return normalise(re.split(r"[(（]", name, maxsplit=1)[0]).strip()


def _templates_for(name: str, grouped: dict[str, list[Template]]) -> list[Template]:
    if name in grouped:
        return grouped[name]
    wanted = _area_key(name)
    for area, templates in grouped.items():
        if _area_key(area) == wanted:
            return templates
    return []


def load_areas(db: Database, company_id: str) -> list[Area]:
    """The company's areas in their order, each with its template tasks and registered tasks."""
    grouped = library().by_area()
    tasks = list_tasks(db, company_id)
    keys_registered = {t.fields.template_key for t in tasks if t.fields.template_key}
    areas: list[Area] = []
    for dept in list_departments(db, company_id):
        own = [t.fields.name for t in tasks if t.fields.department_id == dept.id]
        templates = [t.name for t in _templates_for(dept.name, grouped) if t.key not in keys_registered]
        areas.append(Area(dept.name, own, templates))
    known = {d.id for d in list_departments(db, company_id)}
    loose = [t.fields.name for t in tasks if t.fields.department_id not in known]
    if loose:
        areas.append(Area("", loose, []))
    return areas


def write(
    db: Database, out: Path, company_id: str | None, *, prefilled: bool, lang: str, today: date | None
) -> DocumentResult:
    from desktop.core.documents import DocumentResult, SheetProblem

    company_name = get_company(db, company_id).name if company_id else ""
    areas = load_areas(db, company_id) if company_id and prefilled else []
    writer = PdfWriter(out, title=words.word(lang, "interview"), lang=lang, landscape_pages=True)
    try:
        g = writer.glyphs()
        story = _story(writer, g, lang, company_name, areas)
        name = words.word(lang, "interview") + (f" – {company_name}" if company_name else "")
        info = PageInfo(
            title=words.word(lang, "interview"),
            subtitle=g.clean(company_name),
            company=g.clean(company_name),
            printed=today_text(lang, today),
            bookmark=name,
        )
        warning = replaced_warning(g, writer.styles, lang, writer.frame_width)
        if warning is not None:
            story[1:1] = [warning, Spacer(1, 2 * mm)]  # under the title
        writer.add(info, story)
        path = writer.finish()
    except BaseException:
        writer.discard()
        raise
    problems = (SheetProblem(name, "replaced_chars", g.replaced_text),) if g.replaced else ()
    return DocumentResult(path, writer.pages, writer.sheets, problems)


def _story(writer: PdfWriter, g: Glyphs, lang: str, company_name: str, areas: list[Area]) -> list[Flowable]:
    st = writer.styles
    w = writer.frame_width
    story: list[Flowable] = [Paragraph(words.word(lang, "interview"), st.title), Spacer(1, 2 * mm)]
    company_cell = Paragraph(g.markup(company_name), st.cell) if company_name else ""
    head = Table(
        [
            [
                Paragraph(words.word(lang, "interview_company"), st.label),
                company_cell,
                Paragraph(words.word(lang, "interview_date"), st.label),
                Paragraph(words.word(lang, "date_blank_full"), st.cell),
            ],
            [
                Paragraph(words.word(lang, "interview_interviewer"), st.label),
                "",
                Paragraph(words.word(lang, "interview_interviewee"), st.label),
                "",
            ],
        ],
        colWidths=[30 * mm, w / 2 - 30 * mm, 42 * mm, w / 2 - 42 * mm],
        rowHeights=[10 * mm, 10 * mm],
    )
    head.setStyle(
        table_style(
            [*grid_style(0), ("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, -1), SHADE)]
        )
    )
    story += [head, Spacer(1, 2 * mm), Paragraph(words.word(lang, "interview_hint"), st.small)]
    ts = _table_styles(writer)
    if areas:
        for area in areas:
            story.append(_area_table(writer, ts, g, lang, area.name, area, EMPTY_ROWS_PER_AREA))
    else:
        story.append(_area_checklist(writer, lang))
        for _ in range(BLANK_AREAS):
            story.append(_area_table(writer, ts, g, lang, None, Area(""), BLANK_ROWS_PER_AREA))
    return story


def _area_checklist(writer: PdfWriter, lang: str) -> Flowable:
    st = writer.styles
    names = [*library().area_names(), None]
    cells: list[object] = [
        Paragraph(f"□ {name}" if name else f"□ {words.word(lang, 'interview_other_area')}", st.cell)
        for name in names
    ]
    rows = [cells[i : i + AREA_COLUMNS] for i in range(0, len(cells), AREA_COLUMNS)]
    rows[-1] += [""] * (AREA_COLUMNS - len(rows[-1]))
    title = [Paragraph(f"<b>{words.word(lang, 'interview_areas')}</b>", st.cell), "", "", ""]
    table = Table([title, *rows], colWidths=[writer.frame_width / AREA_COLUMNS] * AREA_COLUMNS)
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BOX", (0, 0), (-1, -1), 1, INK),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class _TableStyles:
    tiny: ParagraphStyle
    tiny_right: ParagraphStyle
    task: ParagraphStyle
    mark: ParagraphStyle
    title: ParagraphStyle


def _table_styles(writer: PdfWriter) -> _TableStyles:
    st = writer.styles
    tiny = ParagraphStyle("interview_tiny", parent=st.cell_center, fontSize=8, leading=10)
    return _TableStyles(
        tiny=tiny,
        tiny_right=ParagraphStyle("interview_tiny_right", parent=tiny, alignment=TA_RIGHT),
        task=ParagraphStyle("interview_task", parent=st.cell, fontSize=9.5, leading=12),
        mark=st.cell_center,
        title=st.cell,
    )


def _area_table(
    writer: PdfWriter, ts: _TableStyles, g: Glyphs, lang: str, name: str | None, area: Area, empty: int
) -> Flowable:
    """One area: a title row naming it (repeated on every page the table runs onto), the column
    headings, a line per registered task, per template task, and ``empty`` lines to write in."""
    widths = [v * mm for v in WIDTHS_MM]
    widths.append(writer.frame_width - sum(widths))
    if name is None:
        title_text = f"<b>{words.word(lang, 'area_blank')}</b>"
    else:
        title_text = f"<b>{words.word(lang, 'area_heading', name=g.markup(name) if name else '—')}</b>"
    title_row: list[object] = [Paragraph(title_text, ts.title)] + [""] * (len(widths) - 1)
    head_keys = (
        "col_no", "col_done", "col_task", "col_who", "col_often", "col_count", "col_minutes", "col_medium",
        "col_onsite", "col_confidentiality", "col_personal", "col_single", "col_memo",
    )  # fmt: skip
    header: list[object] = [Paragraph(words.word(lang, key), ts.tiny) for key in head_keys]
    answers: list[object] = [
        "",  # who
        Paragraph(words.word(lang, "often_units"), ts.tiny),
        Paragraph(words.word(lang, "often_count"), ts.tiny_right),
        Paragraph(words.word(lang, "minutes_unit"), ts.tiny_right),
        Paragraph(words.word(lang, "medium_choices"), ts.tiny),
        Paragraph(words.word(lang, "onsite_choices"), ts.tiny),
        Paragraph(words.word(lang, "confidentiality_choices"), ts.tiny),
        Paragraph("□", ts.mark),
        Paragraph("□", ts.mark),
        "",  # note
    ]
    registered = f" <font size=7>{words.word(lang, 'own_task')}</font>"
    lines: list[tuple[str, object]] = [("✓", Paragraph(g.markup(n) + registered, ts.task)) for n in area.own]
    lines += [("□", Paragraph(g.markup(n), ts.task)) for n in area.templates]
    lines += [("□", "")] * empty
    rows: list[list[object]] = [title_row, header]
    for number, (mark, task) in enumerate(lines, 1):
        rows.append([str(number), Paragraph(mark, ts.mark), task, *answers])
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(
        table_style(
            [
                *grid_style(2),
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL),
                ("FONTSIZE", (0, 2), (0, -1), 8),
                ("ALIGN", (0, 2), (0, -1), "CENTER"),
                ("TOPPADDING", (0, 2), (-1, -1), 5.5),
                ("BOTTOMPADDING", (0, 2), (-1, -1), 6.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.spaceBefore = 4 * mm
    return table
