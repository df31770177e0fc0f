"""The connection card: a one-time enrolment code (step 2, sync) to hand to whoever connects a PC.

An A4 page with an A6 card inside a dashed cut line: the company, the server's URL, the code in
large letters and as a QR code (see :func:`desktop.core.documents.enrolment_payload`), and three
lines saying what to do with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from desktop.core.documents import words
from desktop.core.documents.layout import (
    MUTED,
    RULE,
    PageInfo,
    PdfWriter,
    qr_code,
    replaced_warning,
    table_style,
)
from desktop.core.documents.task_sheet import today_text

if TYPE_CHECKING:
    from desktop.core.documents import DocumentResult

CARD_WIDTH = 105 * mm  # A6
CARD_HEIGHT = 148 * mm
CARD_PADDING = 7 * mm
QR_SIZE = 38 * mm


def write(
    out: Path, *, server_url: str, code: str, company_name: str, lang: str, today: date | None
) -> DocumentResult:
    from desktop.core.documents import DocumentResult, SheetProblem, enrolment_payload

    server_url, code, company_name = server_url.strip(), code.strip(), company_name.strip()
    if not server_url or not code:
        raise ValueError("a connection card needs the server URL and the code")
    writer = PdfWriter(out, title=words.word(lang, "card_title"), lang=lang)
    try:
        g = writer.glyphs()
        st = writer.styles
        inner = CARD_WIDTH - 2 * CARD_PADDING
        center = ParagraphStyle("card_center", parent=st.cell, alignment=TA_CENTER)
        big = ParagraphStyle("card_code", parent=st.code, fontSize=24, leading=30)
        url = ParagraphStyle("card_url", parent=st.cell, fontSize=11, leading=14, alignment=TA_CENTER)
        label = ParagraphStyle("card_label", parent=st.label, alignment=TA_CENTER)
        steps = ParagraphStyle(
            "card_steps",
            parent=st.small,
            textColor=st.body.textColor,
            fontSize=8.5,
            leftIndent=10,
            bulletIndent=0,
            bulletFontSize=8.5,
        )
        content: list[Flowable] = [
            Paragraph(
                f"<b>{words.word(lang, 'card_title')}</b>", ParagraphStyle("t", parent=center, fontSize=13)
            ),
        ]
        if company_name:
            content.append(Paragraph(g.markup(company_name), center))
        content += [
            Spacer(1, 3 * mm),
            Paragraph(words.word(lang, "card_server"), label),
            Paragraph(g.markup(server_url), url),
            Spacer(1, 2 * mm),
            Paragraph(words.word(lang, "card_code"), label),
            Paragraph(g.markup(code), big),
            qr_code(enrolment_payload(server_url, code), QR_SIZE),
            Paragraph(words.word(lang, "card_qr"), label),
            Spacer(1, 3 * mm),
            *(Paragraph(words.word(lang, f"card_step{n}"), steps, bulletText=f"{n}.") for n in (1, 2, 3)),
        ]
        fitted = KeepInFrame(inner, CARD_HEIGHT - 2 * CARD_PADDING, content, mode="shrink", hAlign="CENTER")
        card = Table([[fitted]], colWidths=[CARD_WIDTH], rowHeights=[CARD_HEIGHT], hAlign="CENTER")
        card.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 0.9, RULE, 1, (4, 3)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                ]
            )
        )
        cut = ParagraphStyle("card_cut", parent=st.small, alignment=TA_RIGHT, textColor=MUTED)
        name = words.word(lang, "card_title") + (f" – {company_name}" if company_name else "")
        info = PageInfo(
            title=words.word(lang, "card_title"),
            subtitle=g.clean(company_name),
            company=g.clean(company_name),
            printed=today_text(lang, today),
            bookmark=name,
        )
        warning = replaced_warning(g, st, lang, writer.frame_width)
        story: list[Flowable] = [
            Paragraph(words.word(lang, "card_page_title"), st.title),
            Paragraph(words.word(lang, "card_page_hint"), st.body),
            *([Spacer(1, 3 * mm), warning] if warning is not None else []),
            Spacer(1, 8 * mm),
            Table(
                [[Paragraph(f"- - - {words.word(lang, 'card_cut')} - - -", cut)]],
                colWidths=[CARD_WIDTH],
                hAlign="CENTER",
                style=table_style(
                    [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
                ),
            ),
            card,
        ]
        writer.add(info, story)
        path = writer.finish()
    except BaseException:
        writer.discard()
        raise
    problems = (SheetProblem(name, "replaced_chars", g.replaced_text),) if g.replaced else ()
    return DocumentResult(path, writer.pages, writer.sheets, problems)
