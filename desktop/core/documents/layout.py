"""What every document shares: A4 pages, styles, header and footer, and a PDF written sheet by sheet.

A PDF is made of *sheets* (one task sheet, the interview sheet, the connection card); a sheet may run
over several pages. Each sheet is laid out by platypus on one shared canvas that holds the sheet's
pages back until the sheet is complete, then draws the header and the footer with "n / N" (N = the
sheet's own pages) and writes them. A sheet that fails half-way is dropped without a trace, so the
caller can put a notice in its place and go on with the next one. The file is written beside the
target under a temporary name and moved over it only when complete.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from desktop.core.documents import words
from desktop.core.documents.fonts import REGULAR, FontSet, Glyphs, char_kind, describe, fonts

MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm  # the header sits inside it
MARGIN_BOTTOM = 18 * mm  # the footer sits inside it
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#eeeeee")
WARN_BORDER = colors.HexColor("#c0392b")
WARN_FILL = colors.HexColor("#fdecea")
MAX_LISTED_CHARS = 24  # replaced characters named in a sheet's warning; the rest are counted
CREATOR = "Machishigoto"


# --- styles ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    kicker: ParagraphStyle
    step: ParagraphStyle
    warning: ParagraphStyle
    code: ParagraphStyle


def make_styles(font_set: FontSet) -> Styles:
    """Paragraph styles; every one wraps Japanese (wordWrap 'CJK': no line starts with 。、」）)."""
    base = ParagraphStyle(
        "body",
        fontName=font_set.regular,
        fontSize=10,
        leading=15,
        textColor=INK,
        wordWrap="CJK",
        spaceAfter=3,
        bulletFontName=font_set.regular,
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=base,
        small=style("small", fontSize=8.5, leading=12, textColor=MUTED),
        label=style("label", fontSize=9, leading=12, textColor=MUTED, spaceAfter=0),
        cell=style("cell", fontSize=10, leading=13.5, spaceAfter=0),
        cell_center=style("cell_center", fontSize=9, leading=12, spaceAfter=0, alignment=TA_CENTER),
        heading=style(
            "heading",
            fontName=font_set.bold,
            fontSize=12,
            leading=16,
            spaceBefore=9,
            spaceAfter=4,
            borderPadding=(2, 4, 2, 4),
            leftIndent=4,
            rightIndent=4,
            backColor=SHADE,
            keepWithNext=1,
        ),
        title=style("title", fontName=font_set.bold, fontSize=18, leading=24, spaceAfter=2),
        kicker=style("kicker", fontName=font_set.bold, fontSize=10.5, leading=14, textColor=MUTED),
        step=style(
            "step",
            fontSize=10.5,
            leading=16,
            leftIndent=20,
            bulletIndent=2,
            bulletFontName=font_set.regular,
            bulletFontSize=14,
            spaceAfter=5,
        ),
        warning=style("warning", fontSize=9.5, leading=13.5, spaceAfter=0),
        code=style("code", fontName=font_set.bold, fontSize=20, leading=24, alignment=TA_CENTER),
    )


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells use the bundled font (reportlab's default is Helvetica,
    which would put a non-embedded font into the PDF)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


# --- common flowables --------------------------------------------------------------------------------


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code (reportlab's encoder, error correction M, a quiet zone of 4 modules) drawn as one
    filled path in module units: one operator per run of dark modules, no per-module floats."""

    def __init__(self, value: str, size: float, level: str = "M", border: int = 4) -> None:
        super().__init__()
        self.value = value
        self.size = size
        self.level = level
        self.border = border
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, self.level))
        qr.addData(self.value)
        qr.make()
        count = qr.getModuleCount()
        total = count + 2 * self.border
        ops: list[str] = []
        for r, row in enumerate(qr.modules):
            y = total - self.border - r - 1
            c = self.border
            for dark, run in itertools.groupby(row):
                length = sum(1 for _ in run)
                if dark:
                    ops.append(f"{c} {y} {length} 1 re")
                c += length
        canv = self.canv
        canv.saveState()
        canv.scale(self.size / total, self.size / total)
        canv.setFillColor(colors.black)
        canv.addLiteral("\n".join(ops) + "\nf")
        canv.restoreState()


def qr_code(value: str, size: float) -> Flowable:
    """A QR code of ``value``, ``size`` points square including its quiet zone."""
    return QrFlowable(value, size)


def replaced_warning(glyphs: Glyphs, styles: Styles, lang: str, width: float) -> Flowable | None:
    """The visible box naming the characters this sheet had to replace (None when there are none)."""
    chars = list(glyphs.replaced)
    if not chars:
        return None
    sep = words.word(lang, "list_sep")
    listed = [
        f"{describe(ch)}（{words.word(lang, 'char_' + char_kind(ch))}）"
        if lang == "ja"
        # English: "U+20BB7 (kanji)"
        else f"{describe(ch)} ({words.word(lang, 'char_' + char_kind(ch))})"
        for ch in chars[:MAX_LISTED_CHARS]
    ]
    if len(chars) > MAX_LISTED_CHARS:
        listed.append(words.word(lang, "replaced_more", n=len(chars) - MAX_LISTED_CHARS))
    title = Paragraph(f"<b>{words.word(lang, 'replaced_title')}</b>", styles.warning)
    body = Paragraph(
        words.word(lang, "replaced_body", count=len(chars), chars=sep.join(listed)), styles.warning
    )
    table = Table([[title], [body]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, WARN_BORDER),
                ("BACKGROUND", (0, 0), (-1, -1), WARN_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([table])


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """Thin ruled cells with a shaded header, for tables written in by hand."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 1, INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


# --- pages -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageInfo:
    """What a sheet's header and footer say; every text already cleaned by the sheet's Glyphs."""

    title: str  # header, left (bold)
    subtitle: str  # header, right
    company: str  # footer, left
    printed: str  # footer, right
    bookmark: str  # the PDF outline entry (not drawn: any character is fine)


@dataclass
class _Book:
    """The shared canvas's bookkeeping (one object, so restoring the canvas state keeps it)."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    snapshot: dict[str, Any] = field(default_factory=dict)
    pages: int = 0
    sheets: int = 0


class _SheetCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that holds a sheet's pages until the sheet is complete (to print "n / N"), or drops
    them when the sheet fails."""

    _code: list[str]  # reportlab's operators of the current page

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._book = _Book()

    def showPage(self) -> None:
        self._book.pending.append(dict(self.__dict__))
        self._startPage()

    def begin_sheet(self) -> None:
        self._book.pending.clear()
        self._book.snapshot = dict(self.__dict__)

    def abort_sheet(self) -> None:
        """Forget everything drawn since :meth:`begin_sheet`; the canvas is on a fresh page again."""
        self._book.pending.clear()
        self.__dict__.update(self._book.snapshot)
        self._codeStack: list[Any] = []
        self._restartAccumulators()
        self.init_graphics_state()
        self.state_stack: list[Any] = []

    def end_sheet(self, info: PageInfo, font_set: FontSet, lang: str) -> int:
        """Write the sheet's pages with their header and footer; returns how many there were."""
        pending = list(self._book.pending)
        self._book.pending.clear()
        total = len(pending)
        self._book.sheets += 1
        for number, state in enumerate(pending, 1):
            self.__dict__.update(state)
            if number == 1:
                key = f"sheet{self._book.sheets}"
                self.bookmarkPage(key)
                self.addOutlineEntry(info.bookmark, key, 0)
            body = self._code
            self._code = []
            _draw_frame(self, info, font_set, lang, number, total)
            self._code.extend(body)  # header and footer first: they read first in extracted text
            Canvas.showPage(self)
        self._book.pages += total
        return total


def _draw_frame(canv: Canvas, info: PageInfo, font_set: FontSet, lang: str, number: int, total: int) -> None:
    width, height = canv._pagesize
    right = width - MARGIN_X
    canv.saveState()
    canv.setFillColor(INK)
    head_y = height - MARGIN_TOP + 7 * mm
    canv.setFont(font_set.bold, 9.5)
    canv.drawString(MARGIN_X, head_y, _fit(info.title, font_set.bold, 9.5, (right - MARGIN_X) * 0.7))
    canv.setFont(font_set.regular, 9.5)
    canv.drawRightString(right, head_y, _fit(info.subtitle, font_set.regular, 9.5, (right - MARGIN_X) * 0.28))
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_X, head_y - 2.5 * mm, right, head_y - 2.5 * mm)
    foot_y = MARGIN_BOTTOM - 10 * mm
    canv.line(MARGIN_X, foot_y + 4.5 * mm, right, foot_y + 4.5 * mm)
    canv.setFont(font_set.regular, 8.5)
    canv.setFillColor(MUTED)
    canv.drawString(MARGIN_X, foot_y, _fit(info.company, font_set.regular, 8.5, (right - MARGIN_X) * 0.4))
    canv.drawRightString(right, foot_y, info.printed)
    canv.setFont(font_set.regular, 9.5)
    canv.setFillColor(INK)
    canv.drawCentredString(width / 2, foot_y, words.word(lang, "page", n=number, total=total))
    canv.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with … so that one line fits ``width`` (headers and footers never wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Lays out one sheet at a time on the shared canvas (page numbers restart with every sheet)."""

    def __init__(self, canvas: _SheetCanvas, pagesize: tuple[float, float]) -> None:
        super().__init__(
            None,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
        )
        self._shared = canvas
        self._doSave = 0
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            pagesize[0] - 2 * MARGIN_X,
            pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = None) -> _SheetCanvas:
        import reportlab.lib.sequencer

        self.seq = reportlab.lib.sequencer.Sequencer()
        return self._shared


class PdfWriter:
    """One PDF written sheet by sheet: :meth:`add` each sheet, then :meth:`finish` (or :meth:`discard`)."""

    def __init__(self, out: Path, *, title: str, lang: str, landscape_pages: bool = False) -> None:
        self.out = Path(out)
        self.lang = words.lang_of(lang)
        self.fonts = fonts()
        self.styles = make_styles(self.fonts)
        self.pagesize: tuple[float, float] = landscape(A4) if landscape_pages else A4
        self.frame_width = self.pagesize[0] - 2 * MARGIN_X
        self.frame_height = self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
        self._tmp = self.out.with_name(f".{self.out.name}.{uuid.uuid4().hex[:8]}.tmp")
        self.canvas = _SheetCanvas(
            str(self._tmp), pagesize=self.pagesize, pageCompression=1, initialFontName=self.fonts.regular
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator(CREATOR)
        self.canvas.setProducer(CREATOR)
        self.canvas.setSubject(title)
        self._doc = _Doc(self.canvas, self.pagesize)

    def glyphs(self) -> Glyphs:
        return Glyphs(self.fonts)

    def add(self, info: PageInfo, story: Sequence[Flowable]) -> int:
        """Lay out one sheet; returns its pages. On an exception nothing of the sheet stays."""
        self.canvas.begin_sheet()
        try:
            self._doc.build(list(story))
        except BaseException:
            self.canvas.abort_sheet()
            raise
        return self.canvas.end_sheet(info, self.fonts, self.lang)

    @property
    def pages(self) -> int:
        return self.canvas._book.pages

    @property
    def sheets(self) -> int:
        return self.canvas._book.sheets

    def finish(self, outline: bool = False) -> Path:
        """Write the file and move it over ``out`` (never a half-written ``out``)."""
        if outline:
            self.canvas.showOutline()
        try:
            self.canvas.save()
            os.replace(self._tmp, self.out)
        except BaseException:
            self.discard()
            raise
        return self.out

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._tmp.unlink()
