"""Printing from the app: jobs on the runner open the preview; cancel and errors; the card and connect
dialogs (a scanned connection card fills the connect dialog)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Database, open_database
from desktop.core.documents import DocumentResult, enrolment_payload, task_sheets
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.sync.engine import load_state
from desktop.gui import print_actions
from desktop.gui.card_dialog import CardDialog
from desktop.gui.connect_dialog import ConnectDialog, parse_enrol_payload
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.assignments_page import AssignmentsPage
from desktop.gui.pages.workers_page import WorkersPage
from desktop.gui.print_actions import PrintJob
from desktop.gui.print_preview import PreviewDialog
from desktop.gui.settings import Settings

SERVER = "https://partner.example.jp/sync"
PAYLOAD = "machishigoto://enrol?server=https%3A%2F%2Fpartner.example.jp%2Fsync&code=ABCD-EFGH-JK23"


@pytest.fixture
def farm(db: Database) -> str:
    demo.load_small(db)
    return list_companies(db)[0].id


@pytest.fixture
def messages_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of shown."""
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    return shown


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, farm: str, messages_shown: list[str]) -> AssignmentsPage:
    widget = AssignmentsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.sig_rows_loaded, timeout=5000):
        ctx.set_company(farm)
    return widget


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[PrintJob]]:
    """Every print job started, whoever started it; their previews are closed afterwards."""
    started: list[PrintJob] = []
    real_init = PrintJob.__init__

    def init(self: PrintJob, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(PrintJob, "__init__", init)
    yield started
    for job in started:
        if job.preview is not None and shiboken6.isValid(job.preview):
            job.preview.close()


def wait_preview(job: PrintJob, qtbot: QtBot) -> PreviewDialog:
    qtbot.waitUntil(lambda: job.preview is not None, timeout=30_000)
    assert job.preview is not None
    qtbot.waitExposed(job.preview)
    return job.preview


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def block_runner(ctx: AppContext) -> threading.Event:
    """Occupy the runner until the returned event is set (so the next job waits in the queue)."""
    release = threading.Event()
    ctx.runner.submit("block", lambda _job: release.wait(10))
    return release


# --- the assignments page ---------------------------------------------------------------------------


def test_ctrl_p_prints_every_current_row_shown_on_the_runner(
    page: AssignmentsPage, ctx: AppContext, jobs: list[PrintJob], qtbot: QtBot, messages_shown: list[str]
) -> None:
    current = [r for r in page.model.visible_rows() if r.status != "ended"]
    assert 0 < len(current) < page.model.total_count()  # the demo has an ended assignment
    assert page.print_action.isEnabled()
    page.table.setFocus()
    with qtbot.waitSignal(ctx.runner.sig_started, timeout=5000) as started:
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert started.args is not None and started.args[1] == QCoreApplication.translate(
        "PrintActions", "Making task sheets"
    )
    preview = wait_preview(jobs[-1], qtbot)
    assert preview.document.sheets == len(current)
    assert preview.page_count == preview.document.pages >= len(current)
    assert "有限会社 山里茶園" in preview.windowTitle()
    assert preview.isModal() or preview.windowModality() != Qt.WindowModality.NonModal
    folder = jobs[-1].folder
    assert preview.document.path.parent == folder and preview.document.path.exists()
    preview.close()
    assert not folder.exists()  # the temporary PDF goes with the preview
    assert messages_shown == []


def test_the_selected_rows_print_in_the_table_order(
    page: AssignmentsPage, jobs: list[PrintJob], qtbot: QtBot
) -> None:
    rows = page.model.visible_rows()
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(3, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert [r.id for r in page.rows_to_print()] == [rows[0].id, rows[3].id]
    job = page.print_sheets()
    assert job is not None
    preview = wait_preview(job, qtbot)
    assert preview.document.sheets == 2
    text = pdf_text(preview.document.path)
    assert text.index(rows[0].display_code) < text.index(rows[3].display_code)
    assert all(r.display_code not in text for r in rows if r.id not in (rows[0].id, rows[3].id))


def test_no_rows_no_print(page: AssignmentsPage) -> None:
    page.filter_edit.setText("存在しない業務名")
    assert page.model.visible_rows() == []
    assert not page.print_action.isEnabled() and page.print_sheets() is None


# --- cancel and errors --------------------------------------------------------------------------------


def test_cancel_while_queued_leaves_no_preview_and_no_message(
    ctx: AppContext, farm: str, qtbot: QtBot, messages_shown: list[str]
) -> None:
    release = block_runner(ctx)
    job = print_actions.print_company_sheets(ctx, farm, None)
    cancel_button = job.progress.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()  # the Cancel button of the progress window
    release.set()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10_000)
    assert job.cancel_requested and job.preview is None
    assert not job.folder.exists()
    assert messages_shown == []


def test_cancel_while_making_stops_the_batch(
    ctx: AppContext, farm: str, qtbot: QtBot, messages_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled from the status bar (the runner's cancel) after the first sheet: nothing is left."""
    reached: list[int] = []

    def slow_sheets(db: Database, out: Path, ids: list[str], **kwargs: Any) -> object:
        progress: Callable[[int, int], None] = kwargs["progress"]

        def report(done: int, total: int) -> None:
            progress(done, total)
            reached.append(done)
            if done >= 1:
                ctx.runner.cancel()

        return task_sheets(db, out, ids, progress=report, cancelled=kwargs["cancelled"])

    monkeypatch.setattr(print_actions, "task_sheets", slow_sheets)
    job = print_actions.print_company_sheets(ctx, farm, None)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=30_000)
    assert reached and max(reached) < 9  # it stopped early
    assert job.preview is None and not job.folder.exists()
    assert messages_shown == []


def test_a_failure_is_said_in_words(
    ctx: AppContext, farm: str, qtbot: QtBot, messages_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: Any, **_kwargs: Any) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(print_actions, "task_sheets", full_disk)
    job = print_actions.print_company_sheets(ctx, farm, None)
    qtbot.waitUntil(lambda: bool(messages_shown), timeout=10_000)
    assert "No space left on device" in messages_shown[0]
    assert job.preview is None and not job.folder.exists()
    assert "boom" in print_actions.error_text(RuntimeError("boom"))


def test_a_pdf_that_cannot_be_opened_is_said_in_words(
    ctx: AppContext, farm: str, qtbot: QtBot, messages_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_db: Database, out: Path, ids: list[str], **_kwargs: Any) -> DocumentResult:
        out.write_bytes(b"%PDF-1.4 not really")
        return DocumentResult(out, 1, len(ids), ())

    monkeypatch.setattr(print_actions, "task_sheets", broken)
    job = print_actions.print_company_sheets(ctx, farm, None)
    qtbot.waitUntil(lambda: bool(messages_shown), timeout=10_000)
    assert job.preview is None and not job.folder.exists()


def test_a_company_without_assignments_has_nothing_to_print(
    ctx: AppContext, db: Database, qtbot: QtBot, messages_shown: list[str]
) -> None:
    empty = create_company(db, CompanyData(name="空の会社"))
    job = print_actions.print_company_sheets(ctx, empty.id, None)
    qtbot.waitUntil(lambda: bool(messages_shown), timeout=10_000)
    assert job.preview is None and not job.folder.exists()
    assert messages_shown == [
        QCoreApplication.translate(
            "PrintActions", "This company has no current assignments, so there are no task sheets to print."
        )
    ]


# --- other documents ---------------------------------------------------------------------------------


def test_a_workers_sheets_from_the_workers_page(
    ctx: AppContext, farm: str, jobs: list[PrintJob], qtbot: QtBot, messages_shown: list[str]
) -> None:
    workers = WorkersPage(ctx)
    qtbot.addWidget(workers)
    qtbot.waitUntil(lambda: workers.model.total_count() > 0, timeout=5000)
    assert not workers.print_action.isEnabled()  # nobody selected
    model = workers.model
    row = next(n for n in range(model.rowCount()) if model.row_at(model.index(n, 0)).fields.name == "増田 綾")
    workers.table.selectRow(row)
    assert workers.print_action.isEnabled()
    workers.print_action.trigger()
    preview = wait_preview(jobs[-1], qtbot)
    assert preview.document.sheets == 2  # her two current assignments
    assert "増田 綾" in preview.windowTitle()
    assert "増田 綾" in pdf_text(preview.document.path)


def test_interview_sheets_blank_and_prefilled(
    ctx: AppContext, farm: str, jobs: list[PrintJob], qtbot: QtBot, messages_shown: list[str]
) -> None:
    filled = wait_preview(print_actions.print_interview(ctx, farm, True, None), qtbot)
    blank = wait_preview(print_actions.print_interview(ctx, None, False, None), qtbot)
    assert "山里茶園" in filled.windowTitle() and "山里茶園" not in blank.windowTitle()
    assert filled.page_count >= 1 and blank.page_count >= 1
    assert len(pdf_text(filled.document.path)) > len(pdf_text(blank.document.path))  # the areas and tasks
    assert messages_shown == []


def test_the_main_windows_print_menu(
    gui_app: QApplication,
    db: Database,
    settings: Settings,
    farm: str,
    jobs: list[PrintJob],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    try:
        assert window.ctx.company_id == farm
        assert window.print_company_action.isEnabled() and window.print_interview_action.isEnabled()
        window.print_company_action.trigger()
        preview = wait_preview(jobs[-1], qtbot)
        assert preview.document.sheets == 9
        preview.close()
    finally:
        window.ctx.runner.shutdown()
    empty_db = open_database(tmp_path / "empty.sqlite3")
    empty = MainWindow(empty_db, settings)
    qtbot.addWidget(empty)
    try:
        assert empty.ctx.company_id == ""
        assert not empty.print_company_action.isEnabled() and not empty.print_interview_action.isEnabled()
    finally:
        empty.ctx.runner.shutdown()
        empty_db.close()


# --- the connection card ------------------------------------------------------------------------------


def test_the_card_dialog_takes_the_server_of_this_pc_and_checks_the_fields(
    ctx: AppContext, db: Database, farm: str, jobs: list[PrintJob], qtbot: QtBot
) -> None:
    with db.write() as session:
        load_state(session).server_url = SERVER
    ctx.set_company(farm)
    dialog = print_actions.print_card(ctx, None)
    assert isinstance(dialog, CardDialog)
    qtbot.addWidget(dialog)
    assert dialog.url_edit.text() == SERVER
    assert dialog.company_combo.currentText() == "有限会社 山里茶園"
    dialog.code_edit.setText("abc")
    dialog.url_edit.setText("http://example.jp")
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.url_edit.property("invalid") and dialog.code_edit.property("invalid")
    assert not jobs
    dialog.url_edit.setText(SERVER + "/")
    dialog.code_edit.setText("ａｂｃｄ ｅｆｇｈ ｊｋ２３")  # typed with a Japanese input method
    dialog.accept()
    assert not dialog.isVisible()
    preview = wait_preview(jobs[-1], qtbot)
    text = pdf_text(preview.document.path)
    assert "ABCD-EFGH-JK23" in text
    assert "山里茶園" in text


def test_the_card_dialog_without_a_connection_or_companies(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = CardDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.url_edit.text() == ""
    assert not dialog.company_combo.isEnabled()
    dialog.url_edit.setText(SERVER)
    dialog.code_edit.setText("ABCD-EFGH-JK23")
    dialog.accept()
    assert dialog.result() == CardDialog.DialogCode.Accepted
    assert dialog.values().company_name == "" and dialog.values().server_url == SERVER


# --- a scanned card in the connect dialog -------------------------------------------------------------


class FakeController:
    """What the connect dialog asks of the sync controller."""

    tokens_persistent = True

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def connect_server(self, url: str, code: str, name: str, *_callbacks: object) -> int:
        self.calls.append((url, code, name))
        return 1


def test_parse_enrol_payload() -> None:
    assert parse_enrol_payload(PAYLOAD) == (SERVER, "ABCD-EFGH-JK23")
    assert parse_enrol_payload(f" {PAYLOAD}\r\n") == (SERVER, "ABCD-EFGH-JK23")
    assert parse_enrol_payload(enrolment_payload(SERVER, "abcd-efgh-jk23")) == (SERVER, "ABCD-EFGH-JK23")
    assert parse_enrol_payload("machishigoto://enrol?server=https://p.example.jp&code=abcdefghjk23") == (
        "https://p.example.jp",
        "ABCD-EFGH-JK23",
    )
    typed = "machishigoto://enrol?server=https%3A%2F%2Fp.jp&code=ABCDEFGHJK23"
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in typed)  # an IME was on
    assert parse_enrol_payload(full_width) == ("https://p.jp", "ABCD-EFGH-JK23")
    for text in (
        "",
        "ABCD-EFGH-JK23",
        PAYLOAD[:-2],  # still being typed
        "machishigoto://enrol?server=https%3A%2F%2Fp.jp",
        "machishigoto://enrol?code=ABCD-EFGH-JK23",
        "https://enrol?server=x&code=ABCD-EFGH-JK23",
        "machishigoto://other?server=x&code=ABCD-EFGH-JK23",
        PAYLOAD + "&code=WXYZ-WXYZ-WXYZ",
    ):
        assert parse_enrol_payload(text) is None, text


def test_a_scanned_card_fills_the_connect_dialog(gui_app: QApplication, qtbot: QtBot) -> None:
    controller = FakeController()
    dialog = ConnectDialog(controller)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code_edit.setFocus()
    qtbot.keyClicks(dialog.code_edit, PAYLOAD)  # a USB scanner types the QR code's text
    qtbot.waitUntil(lambda: dialog.url_edit.text() == SERVER, timeout=2000)
    assert dialog.code_edit.text() == "ABCD-EFGH-JK23"
    assert not controller.calls  # nothing is sent before the user (or the scanner's Enter) says so


def test_a_scanner_that_ends_with_enter_connects_at_once(gui_app: QApplication, qtbot: QtBot) -> None:
    controller = FakeController()
    dialog = ConnectDialog(controller)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url_edit, PAYLOAD)  # the cursor was in the first field
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    assert controller.calls and controller.calls[0][:2] == (SERVER, "ABCD-EFGH-JK23")
    assert dialog.url_edit.text() == SERVER
