"""The preview of a generated PDF before it is printed or saved (印刷プレビュー).

Pages are rendered with pdfium one at a time, when they are shown (plus the next one while the app
is idle), into a small cache bounded in bytes, so a 500-page batch opens at once and never holds
more than a few page images. Printing paints each chosen page at the printer's resolution (capped),
in horizontal bands, so memory stays bounded even on a 1200 dpi device.
"""

from __future__ import annotations

import math
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import DocumentResult, SheetProblem
from desktop.gui.forms import ERROR_COLOR, shortcut_action

POINTS_PER_INCH = 72.0
SCREEN_DPI = 96.0  # Qt's logical pixels per inch
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGE_MARGIN = 16  # logical pixels of grey around the page
CACHE_BYTES = 64 * 1024 * 1024  # rendered page images kept for quick paging
PRINT_DPI_MAX = 600
BAND_PIXELS = 8 * 1024 * 1024  # pixels rendered at once while printing (32 MB as RGBX)

# pdfium is not thread-safe, not even across documents: every call goes through this lock.
PDFIUM_LOCK = threading.RLock()

_last_save_dir: Path | None = None

translate = QCoreApplication.translate


def problem_text(problem: SheetProblem) -> str:
    """What went wrong on one sheet, as a sentence."""
    detail = problem.detail
    if problem.code == "replaced_chars":
        text = translate("PreviewDialog", "Characters the font lacks were replaced: {chars}").format(
            chars=detail
        )
    elif problem.code == "no_steps":
        text = translate("PreviewDialog", "The task has no procedure steps to share: the checklist is empty.")
    elif problem.code == "no_contact" and detail:
        text = translate("PreviewDialog", "Contact details are missing: {what}").format(what=detail)
    elif problem.code == "no_contact":
        text = translate("PreviewDialog", "Contact details are missing: the contact line is blank.")
    elif problem.code == "failed":
        text = translate(
            "PreviewDialog", "This sheet could not be made ({error}); a notice page stands in its place."
        ).format(error=detail)
    else:
        text = f"{problem.code}: {detail}" if detail else problem.code
    return text


class PdfPages:
    """A PDF opened with pdfium: page sizes and page images, each call under :data:`PDFIUM_LOCK`."""

    def __init__(self, path: Path) -> None:
        with PDFIUM_LOCK:
            self._pdf = pdfium.PdfDocument(str(path))
            self._closed = False
            self._sizes = [self._pdf.get_page_size(i) for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in points."""
        width, height = self._sizes[index]
        return float(width), float(height)

    def pixel_size(self, index: int, scale: float) -> tuple[int, int]:
        """The size in pixels pdfium gives page ``index`` at ``scale``."""
        width_pt, height_pt = self._sizes[index]
        return math.ceil(width_pt * scale), math.ceil(height_pt * scale)

    def render(self, index: int, scale: float, top: int = 0, bottom: int = 0) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, without its first ``top`` and last ``bottom``
        pixel rows (of :meth:`pixel_size`)."""
        # pdfium rounds a crop up to whole pixels: a quarter pixel less lands exactly on the row.
        crop_top, crop_bottom = (max(0.0, (px - 0.25) / scale) if px else 0.0 for px in (top, bottom))
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                bitmap = page.render(
                    scale=scale, crop=(0, crop_bottom, 0, crop_top), rev_byteorder=True, prefer_bgrx=True
                )
                try:
                    fmt = (
                        QImage.Format.Format_RGBX8888
                        if bitmap.n_channels == 4
                        else QImage.Format.Format_Grayscale8
                        if bitmap.n_channels == 1
                        else QImage.Format.Format_RGB888
                    )
                    # The image views the bitmap's buffer; copy() makes it own its pixels before the
                    # bitmap goes away.
                    view = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
                    image = view.copy()
                    del view
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        """Release the document (again: nothing)."""
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self._pdf.close()


class PreviewDialog(QDialog):
    """Shows a generated PDF page by page, with Save as PDF and Print."""

    def __init__(
        self,
        result: DocumentResult,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        cleanup_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = result
        self._suggested_name = suggested_name
        self._cleanup_dir = cleanup_dir
        self._pages = PdfPages(result.path)
        self._count = len(self._pages)
        self._page = 0
        self._fit = True
        self._zoom = 1.0
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._cache_bytes = 0
        self._printer: QPrinter | None = None
        self._closed = False

        self.setWindowTitle(self.tr("Preview — {title}").format(title=title))
        self.setSizeGripEnabled(True)
        self.finished.connect(lambda _code: self._release())
        # Also when the dialog is deleted without being closed (its window went away):
        pages, folder = self._pages, cleanup_dir
        self.destroyed.connect(lambda *_args: _discard(pages, folder))

        # --- page area
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.page_label)
        self.page_area.setWidgetResizable(False)  # sized by us, so the scroll range is right at once
        self.page_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_area.setBackgroundRole(self.palette().ColorRole.Dark)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_area.setAccessibleName(self.tr("Page"))
        self.page_area.viewport().installEventFilter(self)

        # --- problems panel
        self.problems_list = QListWidget()
        self.problems_list.setWordWrap(True)
        self.problems_list.setAlternatingRowColors(True)
        self.problems_list.setSpacing(2)
        self.problems_list.setAccessibleName(self.tr("Problems"))
        for problem in result.problems:
            item = QListWidgetItem(f"{problem.name}\n{problem_text(problem)}")
            item.setToolTip(problem_text(problem))
            self.problems_list.addItem(item)
        problems_title = QLabel(
            self.tr("%n sheet(s) with problems — printed anyway:", "", len(result.problems))
        )
        problems_title.setWordWrap(True)
        problems_title.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        problems_title.setBuddy(self.problems_list)
        self.problems_panel = QWidget()
        panel_layout = QVBoxLayout(self.problems_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(problems_title)
        panel_layout.addWidget(self.problems_list, 1)
        self.problems_panel.setVisible(bool(result.problems))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.page_area)
        splitter.addWidget(self.problems_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        if result.problems:
            splitter.setSizes([700, 300])

        # --- navigation and zoom
        self.prev_action = self._action(self.tr("◀ Previous"), self.tr("Previous page (PgUp)"), self.page_up)
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_action = self._action(self.tr("Next ▶"), self.tr("Next page (PgDn)"), self.page_down)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        first = self._action("", "", lambda: self.go_to(0))
        first.setShortcuts([QKeySequence(Qt.Key.Key_Home), QKeySequence("Ctrl+Home")])
        last = self._action("", "", lambda: self.go_to(self._count - 1))
        last.setShortcuts([QKeySequence(Qt.Key.Key_End), QKeySequence("Ctrl+End")])
        self.zoom_in_action = self._action(self.tr("Zoom in"), self.tr("Zoom in (Ctrl+=)"), self.zoom_in)
        self.zoom_in_action.setShortcuts(
            _distinct(
                QKeySequence("Ctrl+="),
                QKeySequence("Ctrl++"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
            )
        )
        self.zoom_out_action = self._action(self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.zoom_out_action.setShortcuts(
            _distinct(QKeySequence("Ctrl+-"), *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut))
        )
        self.fit_action = self._action(
            self.tr("&Fit width"), self.tr("Fit the page to the width (Ctrl+0)"), self.fit_width
        )
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setCheckable(True)

        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(self._count, 1))
        self.page_spin.setSuffix(f" / {self._count}")
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        page_label = QLabel(self.tr("P&age:"))
        page_label.setBuddy(self.page_spin)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label = QLabel(
            self.tr("{pages} pages, {sheets} sheets").format(pages=result.pages, sheets=result.sheets)
        )

        bar = QHBoxLayout()
        bar.addWidget(self._button(self.prev_action))
        bar.addWidget(page_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self._button(self.next_action))
        bar.addSpacing(16)
        bar.addWidget(self._button(self.zoom_out_action))
        bar.addWidget(self.zoom_label)
        bar.addWidget(self._button(self.zoom_in_action))
        bar.addWidget(self._button(self.fit_action))
        bar.addStretch(1)
        bar.addWidget(self.info_label)

        # --- save, print, close
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save a copy of this PDF (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print through the printer dialog (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(lambda: self.print_pages())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            # Enter in the page number box goes to that page; it must not print or close.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(40)
        self._render_timer.timeout.connect(self._show_page)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(150)
        self._prefetch_timer.timeout.connect(self._prefetch)

        self._size_to_screen()
        self.page_area.setFocus(Qt.FocusReason.OtherFocusReason)
        self._shown_once = False

    # --- building -----------------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        return shortcut_action(self, text, tip, slot, Qt.ShortcutContext.WindowShortcut)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _size_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 980, 1000
        if area is not None and area.width() > 0:
            width = min(width, int(area.width() * 0.9))
            height = min(height, int(area.height() * 0.9))
        self.resize(width, height)

    # --- state --------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self._count

    @property
    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self._page

    def zoom(self) -> float:
        """The zoom in effect (1.0 = the paper's size on a 96 dpi screen)."""
        if not self._fit or self._count == 0:
            return self._zoom
        width_pt, _ = self._pages.size(self._page)
        available = self.page_area.viewport().width() - 2 * PAGE_MARGIN
        fit = available / (width_pt / POINTS_PER_INCH * SCREEN_DPI)
        return float(max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], fit)))

    def is_fit_width(self) -> bool:
        return self._fit

    # --- navigation ---------------------------------------------------------------------------------

    def go_to(self, index: int, *, at_bottom: bool = False) -> None:
        """Show page ``index`` (clamped), scrolled to its top (or bottom)."""
        index = max(0, min(self._count - 1, index))
        if index != self._page:
            self._page = index
            self._show_page()
        bar = self.page_area.verticalScrollBar()
        bar.setValue(bar.maximum() if at_bottom else 0)

    def page_down(self) -> None:
        """Scroll down one screen; at the bottom of a page, go to the top of the next one."""
        bar = self.page_area.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
        elif self._page + 1 < self._count:
            self.go_to(self._page + 1)

    def page_up(self) -> None:
        """Scroll up one screen; at the top of a page, go to the bottom of the previous one."""
        bar = self.page_area.verticalScrollBar()
        if bar.value() > bar.minimum():
            bar.setValue(bar.value() - bar.pageStep())
        elif self._page > 0:
            self.go_to(self._page - 1, at_bottom=True)

    # --- zoom ---------------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        current = self.zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current * 1.05), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.zoom()
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current * 0.95), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._fit = True
        self._rezoomed()

    def _set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._zoom = zoom
        self._rezoomed()

    def _rezoomed(self) -> None:
        bar = self.page_area.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self._show_page()
        bar.setValue(round(ratio * bar.maximum()))

    # --- rendering ----------------------------------------------------------------------------------

    def _show_page(self) -> None:
        if self._closed or self._count == 0:
            return
        ratio = self.devicePixelRatioF()
        image = self._image(self._page, ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self._size_label()
        self.page_label.setAccessibleName(
            self.tr("Page {n} of {total}").format(n=self._page + 1, total=self._count)
        )
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(self._page + 1)
        self.page_spin.blockSignals(False)
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")
        self.fit_action.setChecked(self._fit)
        self.prev_action.setEnabled(self._page > 0)
        self.next_action.setEnabled(self._page + 1 < self._count)
        self._prefetch_timer.start()

    def _size_label(self) -> None:
        """The page plus its margins, at least as large as the viewport (so the page stays centred)."""
        pixmap = self.page_label.pixmap()
        ratio = pixmap.devicePixelRatio() or 1.0
        viewport = self.page_area.viewport().size()
        self.page_label.resize(
            max(round(pixmap.width() / ratio) + 2 * PAGE_MARGIN, viewport.width()),
            max(round(pixmap.height() / ratio) + 2 * PAGE_MARGIN, viewport.height()),
        )

    def _pixel_width(self, index: int, ratio: float) -> int:
        width_pt, _ = self._pages.size(index)
        return max(1, round(width_pt / POINTS_PER_INCH * SCREEN_DPI * self.zoom() * ratio))

    def _image(self, index: int, ratio: float) -> QImage:
        width = self._pixel_width(index, ratio)
        key = (index, width)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        width_pt, _ = self._pages.size(index)
        image = self._pages.render(index, width / width_pt)
        self._cache[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > CACHE_BYTES and len(self._cache) > 1:
            _key, old = self._cache.popitem(last=False)
            self._cache_bytes -= old.sizeInBytes()
        return image

    def cached_pages(self) -> list[int]:
        """Pages whose image is in memory (for tests: rendering is lazy and bounded)."""
        return sorted({index for index, _width in self._cache})

    def cached_bytes(self) -> int:
        """Memory held by rendered page images (kept under :data:`CACHE_BYTES`)."""
        return self._cache_bytes

    def _prefetch(self) -> None:
        """Render the next page while the app is idle, so paging on is instant."""
        if not self._closed and self._page + 1 < self._count:
            self._image(self._page + 1, self.devicePixelRatioF())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the first page is rendered at the size the window really has
            self._shown_once = True
            self._show_page()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown_once:
            self._size_label()
            if self._fit:
                self._render_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.page_area.viewport()
            and event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    # --- save ---------------------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where to save a copy of the PDF and copy it there; returns the path written."""
        global _last_save_dir
        folder = _last_save_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(folder / self._suggested_name), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        dest = Path(chosen)
        if dest.suffix.lower() != ".pdf":
            # The dialog confirmed the name as typed; the name we really write needs its own question.
            dest = dest.with_name(dest.name + ".pdf")
            if dest.exists() and not self._confirm_overwrite(dest):
                return None
        try:
            if dest.exists() and dest.resolve() == self.document.path.resolve():
                return dest
            _copy_file(self.document.path, dest)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved to {path}: {error}").format(
                    path=dest, error=exc.strerror or exc
                ),
            )
            return None
        _last_save_dir = dest.parent
        self.message_label.setText(self.tr("Saved: {path}").format(path=dest))
        return dest

    def _confirm_overwrite(self, dest: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Save as PDF"),
            self.tr("{name} already exists. Replace it?").format(name=dest.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- print --------------------------------------------------------------------------------------

    @property
    def printer(self) -> QPrinter:
        """The printer of this preview (kept, so a second print starts with the same choices)."""
        if self._printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            printer.setFullPage(True)  # the PDF has its own margins
            printer.setDocName(self.windowTitle())
            self._printer = printer
        return self._printer

    def print_pages(self) -> bool:
        """Open the printer dialog and print the chosen pages; True when every page was sent."""
        printer = self.printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self._count)
        for option in (
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
            QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
            QAbstractPrintDialog.PrintDialogOption.PrintToFile,
            QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
            QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize,
        ):
            dialog.setOption(option, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = self.pages_to_print(printer)
        if not pages:
            return False
        return self._paint(printer, pages)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The pages (from 0) the printer dialog chose: all, a range, or the one shown."""
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [self._page]
        if chosen == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                return [i for i in range(self._count) if ranges.contains(i + 1)]
            first, last = printer.fromPage(), printer.toPage()
            if first > 0:
                return list(range(first - 1, min(last or self._count, self._count)))
        return list(range(self._count))

    def _paint(self, printer: QPrinter, pages: list[int]) -> bool:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if printer.collateCopies():
            sequence = [p for _ in range(copies) for p in pages]
        else:
            sequence = [p for p in pages for _ in range(copies)]
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(sequence), self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        done = True
        try:
            for number, index in enumerate(sequence):
                if number:
                    printer.newPage()
                progress.setLabelText(
                    self.tr("Printing page {n} of {total}…").format(n=number + 1, total=len(sequence))
                )
                progress.setValue(number)
                if progress.wasCanceled():
                    printer.abort()
                    done = False
                    break
                self._paint_page(painter, printer, index)
        finally:
            if painter.isActive():
                painter.end()
            progress.setValue(len(sequence))
            progress.close()
        if done:
            self.message_label.setText(self.tr("%n page(s) sent to the printer.", "", len(sequence)))
        return done

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        """Page ``index`` fitted into the paper, rendered in bands at the printer's resolution."""
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        width_pt, height_pt = self._pages.size(index)
        fit = min(paper.width() / width_pt, paper.height() / height_pt)  # device pixels per point
        target = QRectF(0, 0, width_pt * fit, height_pt * fit)
        target.moveCenter(paper.center())
        scale = min(fit, PRINT_DPI_MAX / POINTS_PER_INCH)
        width_px, height_px = self._pages.pixel_size(index, scale)
        band = max(64, BAND_PIXELS // width_px)
        for top in range(0, height_px, band):
            rows = min(band, height_px - top)
            image = self._pages.render(index, scale, top=top, bottom=height_px - top - rows)
            rows = min(rows, image.height())
            dest = QRectF(
                target.left(),
                target.top() + top * target.height() / height_px,
                target.width(),
                rows * target.height() / height_px,
            )
            painter.drawImage(dest, image, QRectF(0, 0, image.width(), rows))

    # --- closing ------------------------------------------------------------------------------------

    def _release(self) -> None:
        """Close the PDF and remove the temporary folder it was generated in (if ours)."""
        if self._closed:
            return
        self._closed = True
        self._render_timer.stop()
        self._prefetch_timer.stop()
        self._cache.clear()
        self._cache_bytes = 0
        _discard(self._pages, self._cleanup_dir)


def _discard(pages: PdfPages, folder: Path | None) -> None:
    """Close the PDF and remove the temporary folder it was made in (when there is one)."""
    pages.close()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _distinct(*keys: QKeySequence) -> list[QKeySequence]:
    """The key sequences without repeats (a repeat makes Qt call the shortcut ambiguous)."""
    seen: dict[str, QKeySequence] = {}
    for key in keys:
        seen.setdefault(key.toString(), key)
    return list(seen.values())


def _copy_file(source: Path, dest: Path) -> None:
    """Copy through a temporary file beside ``dest``, so a failed copy never leaves half a PDF."""
    part = dest.with_name(f".{dest.name}.part")
    try:
        shutil.copyfile(source, part)
        os.replace(part, dest)
    except OSError:
        part.unlink(missing_ok=True)
        raise


def open_preview(
    result: DocumentResult,
    title: str,
    suggested_name: str,
    parent: QWidget | None,
    *,
    cleanup_dir: Path | None = None,
) -> PreviewDialog:
    """Open a window-modal preview that deletes itself (and ``cleanup_dir``) when closed."""
    if parent is not None and not shiboken6.isValid(parent):
        parent = None
    dialog = PreviewDialog(result, title, suggested_name, parent, cleanup_dir=cleanup_dir)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
