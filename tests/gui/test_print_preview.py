"""The print preview on real task sheets: lazy pages, navigation, zoom, problems, Save as PDF, Print."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Database
from desktop.core.documents import DocumentResult, SheetProblem, assignment_ids_for, task_sheets
from desktop.gui import print_preview
from desktop.gui.print_preview import PreviewDialog, problem_text

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def sheets(gui_app: QApplication, db: Database, tmp_path: Path) -> DocumentResult:
    demo.load_small(db)
    ids = assignment_ids_for(db)
    result = task_sheets(db, tmp_path / "sheets.pdf", ids)
    assert result.sheets == len(ids) >= 5 and result.pages >= result.sheets
    return result


@pytest.fixture
def preview(sheets: DocumentResult, qtbot: QtBot) -> Iterator[PreviewDialog]:
    dialog = PreviewDialog(sheets, "作業指示書", "作業指示書.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: fits(dialog))
    yield dialog
    if shiboken6.isValid(dialog):
        dialog.close()


def fits(dialog: PreviewDialog) -> bool:
    """At fit width the page fills the viewport's width, less the grey margins."""
    available = dialog.page_area.viewport().width() - 2 * print_preview.PAGE_MARGIN
    return abs(dialog.page_label.pixmap().width() - available) <= 2


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf.get_page_size(i) for i in range(len(pdf))]
    finally:
        pdf.close()


def grey(path: Path, index: int, width: int = 60) -> QImage:
    """Page ``index`` of a PDF as a small grey thumbnail (rendered large, then averaged down), to
    compare two PDFs the way an eye would at arm's length."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        bitmap = page.render(scale=width * 10 / page.get_width(), grayscale=True)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8
        ).copy()
    finally:
        pdf.close()
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two grey images (0 = same, 255 = inverse), on their common size."""
    width, height = min(a.width(), b.width()), min(a.height(), b.height())
    total = sum(
        abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
        for y in range(height)
        for x in range(width)
    )
    return total / (width * height)


def ink(image: QImage) -> float:
    """Share of pixels that are not white."""
    dark = sum(
        image.pixelColor(x, y).value() < 200 for y in range(image.height()) for x in range(image.width())
    )
    return dark / (image.width() * image.height())


# --- showing and moving --------------------------------------------------------------------------------


def test_shows_the_page_count_and_renders_lazily(preview: PreviewDialog, sheets: DocumentResult) -> None:
    assert preview.page_count == sheets.pages == len(pdf_pages(sheets.path))
    assert preview.page_spin.text() == f"1 / {sheets.pages}"
    assert preview.current_page == 0
    assert f"{sheets.pages}" in preview.info_label.text() and f"{sheets.sheets}" in preview.info_label.text()
    pixmap = preview.page_label.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait page
    assert fits(preview)
    assert preview.cached_pages() in ([0], [0, 1])  # the shown page (and perhaps the next), nothing else
    # The demo has tasks without written steps: their sheets are named in the problems panel.
    assert preview.problems_panel.isVisible()
    assert preview.problems_list.count() == len(sheets.problems) > 0


def test_keys_and_the_spin_box_move_between_pages(preview: PreviewDialog, qtbot: QtBot) -> None:
    last = preview.page_count - 1
    qtbot.keyClick(preview.page_area, Qt.Key.Key_End)
    assert preview.current_page == last and preview.page_spin.value() == last + 1
    assert not preview.next_action.isEnabled() and preview.prev_action.isEnabled()
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Home)
    assert preview.current_page == 0 and not preview.prev_action.isEnabled()
    # PgDn reads down the page, then turns to the top of the next one.
    preview.resize(900, 520)
    qtbot.waitUntil(lambda: fits(preview))
    bar = preview.page_area.verticalScrollBar()
    assert bar.maximum() > 0  # at fit width an A4 page is taller than this window
    for _ in range(50):
        qtbot.keyClick(preview.page_area, Qt.Key.Key_PageDown)
        if preview.current_page == 1:
            break
        assert bar.value() > 0
    assert preview.current_page == 1 and bar.value() == 0
    # PgUp at the top of a page goes back to the bottom of the previous one.
    qtbot.keyClick(preview.page_area, Qt.Key.Key_PageUp)
    assert preview.current_page == 0 and bar.value() == bar.maximum()
    preview.page_spin.setFocus()
    preview.page_spin.lineEdit().selectAll()
    qtbot.keyClicks(preview.page_spin, "3")
    qtbot.keyClick(preview.page_spin, Qt.Key.Key_Return)  # goes to the page; neither prints nor closes
    assert preview.current_page == 2 and preview.isVisible()
    name = preview.page_label.accessibleName()
    assert "3" in name and str(preview.page_count) in name
    # Paging through the whole batch keeps only a few page images.
    for _ in range(preview.page_count):
        preview.go_to(preview.current_page + 1)
    assert preview.current_page == last
    assert len(preview.cached_pages()) <= preview.page_count
    assert 0 < preview.cached_bytes() <= print_preview.CACHE_BYTES


def test_zoom_in_out_and_back_to_fit_width(preview: PreviewDialog, qtbot: QtBot) -> None:
    fit = preview.zoom()
    width = preview.page_label.pixmap().width()
    assert preview.is_fit_width() and preview.fit_action.isChecked()
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert not preview.is_fit_width() and preview.zoom() > fit
    assert preview.page_label.pixmap().width() > width
    assert preview.zoom_label.text() == f"{round(preview.zoom() * 100)}%"
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < fit and preview.page_label.pixmap().width() < width
    for _ in range(30):
        preview.zoom_out()
    assert preview.zoom() == print_preview.ZOOM_STEPS[0]  # bounded
    qtbot.keyClick(preview.page_area, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.is_fit_width() and preview.page_label.pixmap().width() == width


def test_deleting_the_window_also_removes_the_temporary_folder(
    sheets: DocumentResult, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "made"
    folder.mkdir()
    moved = sheets.path.rename(folder / "document.pdf")
    owner = QDialog()
    dialog = PreviewDialog(replace(sheets, path=moved), "作業指示書", "a.pdf", owner, cleanup_dir=folder)
    dialog.show()
    owner.deleteLater()  # the window that opened the preview went away
    qtbot.waitUntil(lambda: not folder.exists(), timeout=2000)


def test_escape_closes_and_the_temporary_folder_goes(
    sheets: DocumentResult, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "made"
    folder.mkdir()
    moved = sheets.path.rename(folder / "document.pdf")
    dialog = PreviewDialog(replace(sheets, path=moved), "作業指示書", "a.pdf", cleanup_dir=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.page_area, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not folder.exists()


# --- problems -------------------------------------------------------------------------------------------


def test_problems_are_listed_in_words(sheets: DocumentResult, qtbot: QtBot) -> None:
    problems = (
        SheetProblem("請求書の発行 – 佐藤 花子 (FEK-XD03)", "replaced_chars", "𠮷"),
        SheetProblem("記帳 – 高橋 誠 (ABC-DE12)", "no_steps"),
        SheetProblem("記帳 – 高橋 誠 (ABC-DE12)", "no_contact"),
        SheetProblem("予約受付 – 森 (XYZ-0001)", "failed", "boom"),
    )
    dialog = PreviewDialog(replace(sheets, problems=problems), "作業指示書", "a.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems_panel.isVisible()
    items = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert len(items) == 4
    for item, problem in zip(items, problems, strict=True):
        assert item.startswith(problem.name) and problem_text(problem) in item
    texts = [problem_text(p) for p in problems]
    assert len(set(texts)) == 4  # each code has its own sentence
    assert "𠮷" in texts[0] and "boom" in texts[3]
    assert all(p.code not in t for p, t in zip(problems, texts, strict=True))  # words, not codes
    assert problem_text(SheetProblem("x", "new_code", "d")) == "new_code: d"  # an unknown code still shows


# --- save -----------------------------------------------------------------------------------------------


def test_save_as_pdf_writes_an_identical_file(
    preview: PreviewDialog, sheets: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(name: str) -> None:
        def fake(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
            asked.append(start)
            return name, "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))

    out = tmp_path / "saved" / "指示書.pdf"
    out.parent.mkdir()
    choose(str(out))
    assert preview.save_as() == out
    assert out.read_bytes() == sheets.path.read_bytes()
    assert asked[0].endswith("作業指示書.pdf")
    assert str(out) in preview.message_label.text()
    assert not list(out.parent.glob(".*part"))

    # A name typed without ".pdf" gets it; an existing file of that name is only replaced when confirmed.
    (out.parent / "copy.pdf").write_bytes(b"keep me")
    choose(str(out.parent / "copy"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert preview.save_as() is None
    assert (out.parent / "copy.pdf").read_bytes() == b"keep me"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert preview.save_as() == out.parent / "copy.pdf"
    assert (out.parent / "copy.pdf").read_bytes() == sheets.path.read_bytes()

    choose("")  # cancelled
    assert preview.save_as() is None

    # A folder that cannot be written is said in words, and nothing is left behind.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    choose(str(tmp_path / "missing" / "x.pdf"))
    assert preview.save_as() is None
    assert warned and "x.pdf" in warned[0]


# --- print ----------------------------------------------------------------------------------------------


def to_pdf(monkeypatch: pytest.MonkeyPatch, out: Path, first: int = 0, last: int = 0) -> None:
    """The printer dialog "accepts" with a PDF file as the printer (and a page range when given)."""

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)  # enough to compare; keeps the test quick
        if first:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        else:
            printer.setPrintRange(QPrinter.PrintRange.AllPages)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_print_paints_every_page_on_a4(
    preview: PreviewDialog, sheets: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"
    to_pdf(monkeypatch, out)
    assert preview.print_pages()
    sizes = pdf_pages(out)
    assert len(sizes) == sheets.pages
    for width, height in sizes:
        assert abs(width - A4_POINTS[0]) < 1.5 and abs(height - A4_POINTS[1]) < 1.5
    # What was printed looks like the document: same layout, with ink on it.
    for index in (0, sheets.pages - 1):
        printed, original = grey(out, index), grey(sheets.path, index)
        assert ink(printed) > 0.01
        assert difference(printed, original) < 4
    assert difference(grey(out, 0), grey(sheets.path, 1)) > 5  # the measure tells pages apart


def test_print_respects_the_page_range_and_cancel(
    preview: PreviewDialog, sheets: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "range.pdf"
    to_pdf(monkeypatch, out, 2, 3)
    assert preview.print_pages()
    assert len(pdf_pages(out)) == 2
    assert difference(grey(out, 0), grey(sheets.path, 1)) < 4  # page 2 came first
    assert difference(grey(out, 1), grey(sheets.path, 2)) < 4

    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value)
    assert not preview.print_pages()


def test_the_pages_chosen_in_the_printer_dialog(preview: PreviewDialog) -> None:
    printer = QPrinter()
    assert preview.pages_to_print(printer) == list(range(preview.page_count))
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    preview.go_to(2)
    assert preview.pages_to_print(printer) == [2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addRange(1, 1)
    ranges.addRange(3, 4)
    ranges.addRange(preview.page_count, preview.page_count + 5)  # past the end: ignored
    printer.setPageRanges(ranges)
    assert preview.pages_to_print(printer) == [0, 2, 3, preview.page_count - 1]


def test_copies_are_printed_collated(
    preview: PreviewDialog, sheets: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "copies.pdf"
    to_pdf(monkeypatch, out, 1, 2)
    preview.printer.setCopyCount(2)
    preview.printer.setCollateCopies(True)
    assert preview.print_pages()
    assert len(pdf_pages(out)) == 4
    order = [difference(grey(out, i), grey(sheets.path, i % 2)) for i in range(4)]
    assert max(order) < 4  # 1, 2, 1, 2


def test_print_bands_cover_the_page_exactly(
    preview: PreviewDialog, sheets: DocumentResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With tiny bands (many strips per page) the printed page still matches the original."""
    monkeypatch.setattr(print_preview, "BAND_PIXELS", 50_000)
    out = tmp_path / "bands.pdf"
    to_pdf(monkeypatch, out, 1, 1)
    assert preview.print_pages()
    assert len(pdf_pages(out)) == 1
    assert difference(grey(out, 0), grey(sheets.path, 0)) < 4
