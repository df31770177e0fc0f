"""Sync in the window: connect dialog, status bar states, conflicts page, against the real server."""

from __future__ import annotations

import ssl
import urllib.error
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.info import pending_changes
from desktop.core.services.tasks import TaskFields, create_task, get_task, update_task
from desktop.core.sync.credentials import SessionTokenStore
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.service import TransportFactory
from desktop.core.sync.transport import JSON, Response, TransportError
from desktop.gui import messages
from desktop.gui.connect_dialog import canonical_enrol_code
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.conflicts_page import KEPT, KEPT_BY, LOST, LOST_BY, REASON, STATE, WHAT
from desktop.gui.settings import Settings
from tests.sync.inprocess import InProcessTransport, PartnerServer, start_server

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PartnerServer]:
    partner_server = start_server(tmp_path / "server.sqlite3")
    yield partner_server
    partner_server.close()


@pytest.fixture
def make_window(
    gui_app: QApplication, settings: Settings, qtbot: QtBot, server: PartnerServer
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(
        db: Database, tokens: SessionTokenStore | None = None, transport: TransportFactory | None = None
    ) -> MainWindow:
        window = MainWindow(
            db,
            settings,
            tokens=tokens or SessionTokenStore(),
            transport_factory=transport or server.transport,
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.runner.shutdown()


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


def company_on_server(db: Database, server: PartnerServer) -> tuple[str, str]:
    """A company made in ``db`` and known to the server under the same id; (task id, company id)."""
    company = create_company(db, CompanyData(name="山里茶園"))
    task = create_task(db, company.id, TaskFields(name="請求書発行"))
    server.create_company(server.create_partner(), company.name, company.id)
    return task.id, company.id


def connect(window: MainWindow, server: PartnerServer, code: str, qtbot: QtBot) -> None:
    """Connect through the controller (as the dialog does) and wait for the first round."""
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000):
        window.sync.connect_server(
            server.url, code, "テスト用PC", lambda e: None, lambda exc: pytest.fail(str(exc))
        )


def sync(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000):
        window.sync.sync_now()


def test_connect_dialog_happy_path(
    make_window: WindowFactory, db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    _, company_id = company_on_server(db, server)
    window = make_window(db)
    assert window.connection_label.text() == "未接続"
    assert window.pages.currentWidget() is not window.conflicts_page
    dialog = window.open_connect()
    assert dialog.windowTitle() == "パートナーサーバーに接続"
    assert dialog.name_edit.text()  # the computer's host name
    dialog.url_edit.setText(" https://partner.test/ ")
    dialog.code_edit.setText(server.enrol_code(company_id).lower().replace("-", " "))
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000):
        assert dialog.connect_server() is not None
    assert server.urls_seen[0] == "https://partner.test"
    assert dialog.note_label.isVisible()
    assert "アプリを閉じるまでだけ保持されます" in dialog.note_label.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is not None
    assert window.connection_label.text().startswith("最終同期 ")
    qtbot.waitUntil(lambda: window.pending_label.text() == "送信待ちの変更 0 件")
    assert not window.conflicts_label.isVisible()


def test_connect_dialog_explains_a_used_code(
    make_window: WindowFactory, db: Database, other_db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    _, company_id = company_on_server(db, server)
    code = server.enrol_code(company_id)
    connect(make_window(other_db), server, code, qtbot)
    window = make_window(db)
    dialog = window.open_connect()
    dialog.url_edit.setText("http://example.jp")
    dialog.code_edit.setText("ABC")
    assert dialog.connect_server() is None  # refused before anything is sent
    assert "https://" in dialog.error_label.text() and "12" in dialog.error_label.text()
    dialog.url_edit.setText(server.url)
    dialog.code_edit.setText(code)
    with qtbot.waitSignal(window.ctx.runner.sig_idle, timeout=30_000):
        dialog.connect_server()
    assert dialog.error_label.text() == "この接続コードはすでに使われています。"
    assert dialog.connect_button.isEnabled()
    assert window.connection_label.text() == "未接続"


def test_sync_now_turns_not_connected_into_last_sync(
    make_window: WindowFactory, db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    _, company_id = company_on_server(db, server)
    tokens = SessionTokenStore()
    window = make_window(db, tokens)
    assert window.connection_label.text() == "未接続"
    assert not window.sync_action.isEnabled()
    window.sync.client.connect(server.url, server.enrol_code(company_id), "社長のPC")
    assert pending_changes(db) > 0
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000):
        window.sync.sync_now()
        assert window.connection_label.text() == "同期中…"
        window.sync.sync_now()  # asked again while a round runs: remembered, run right after
    assert window.sync.syncing  # the remembered request
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000) as second:
        pass
    assert second.args[0].pushed == 0
    assert window.connection_label.text().startswith("最終同期 ")
    assert window.sync_action.isEnabled() and window.sync_action.shortcut().toString() == "F5"
    assert pending_changes(db) == 0
    qtbot.waitUntil(lambda: window.pending_label.text() == "送信待ちの変更 0 件")


def test_two_databases_converge_and_a_conflict_is_reviewed(
    make_window: WindowFactory, db: Database, other_db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    task_id, company_id = company_on_server(db, server)
    a, b = make_window(db), make_window(other_db)
    connect(a, server, server.enrol_code(company_id), qtbot)
    connect(b, server, server.enrol_code(company_id), qtbot)
    assert get_task(other_db, task_id).fields.name == "請求書発行"
    assert b.company_combo.currentText() == "山里茶園"

    # Both edit the same task name without syncing; the later stamp wins, the other value is kept.
    fields = get_task(db, task_id).fields
    update_task(db, task_id, replace(fields, name="請求書発行（月末）"))
    update_task(other_db, task_id, replace(fields, name="請求書の発行"))
    sync(a, qtbot)
    sync(b, qtbot)
    sync(a, qtbot)
    winner = get_task(db, task_id).fields.name
    assert winner == get_task(other_db, task_id).fields.name
    loser = ({"請求書発行（月末）", "請求書の発行"} - {winner}).pop()
    for window in (a, b):
        assert window.conflicts_label.isVisible()
        assert "競合 1 件" in window.conflicts_label.text()

    page = a.conflicts_page
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=30_000):
        a.conflicts_label.linkActivated.emit("conflicts")
        page.reload()
    assert a.pages.currentWidget() is page and page.page_title() == "競合の確認"
    assert page.model.rowCount() == 1
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[WHAT] == f"業務「{winner}」の名前" and texts[REASON] == "同時に編集"
    assert texts[KEPT] == winner and texts[LOST] == loser
    assert "このパソコン" in texts[KEPT_BY] + texts[LOST_BY]
    page.table.selectRow(0)
    assert page.detail_label.isVisible() and loser in page.detail_label.text()
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(page.sig_conflict_resolved, timeout=30_000):
        page.restore_button.click()
    assert get_task(db, task_id).fields.name == loser

    sync(a, qtbot)
    sync(b, qtbot)
    assert get_task(db, task_id).fields.name == get_task(other_db, task_id).fields.name == loser
    for window in (a, b):
        assert window.sync.status.open_conflicts == 0 and not window.conflicts_label.isVisible()
    with qtbot.waitSignal(page.sig_rows_loaded, timeout=30_000):
        page.show_resolved.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.index(0, STATE).data() == "解決済み"


def test_offline_keeps_every_change(
    make_window: WindowFactory, db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    task_id, company_id = company_on_server(db, server)
    window = make_window(db)
    connect(window, server, server.enrol_code(company_id), qtbot)
    update_task(db, task_id, replace(get_task(db, task_id).fields, name="オフラインで編集"))
    waiting = pending_changes(db)
    assert waiting > 0
    server.online = False
    with qtbot.waitSignal(window.sync.sig_failed, timeout=30_000) as failed:
        window.sync.sync_now()
    assert failed.args == ["offline"]
    assert window.connection_label.text() == "オフライン"
    assert pending_changes(db) == waiting
    server.online = True
    with qtbot.waitSignal(window.sync.sig_synced, timeout=30_000):
        window.sync._reachability_changed(QNetworkInformation.Reachability.Online)  # the network is back
    assert pending_changes(db) == 0 and window.connection_label.text().startswith("最終同期")


def test_a_restart_without_a_credential_store_asks_to_connect_again(
    make_window: WindowFactory, db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    _, company_id = company_on_server(db, server)
    first = make_window(db)
    connect(first, server, server.enrol_code(company_id), qtbot)
    first.close()
    # A new window with an empty session store: the first round (started at once) finds no token.
    second = make_window(db, SessionTokenStore())
    with qtbot.waitSignal(second.sync.sig_failed, timeout=30_000) as failed:
        pass
    assert failed.args == ["no_token"]
    assert second.connection_label.text() == "同期停止: もう一度接続してください"
    assert "新しい接続コード" in second.connection_label.toolTip()


class SkewedClockTransport(InProcessTransport):
    """The first push is refused as if this PC's clock were 10 minutes ahead of the server's."""

    refused = False

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        if path.endswith("/sync/push") and not self.refused:
            self.refused = True
            return Response(409, {"error": "clock_skew", "server_time_ms": system_ms() - 600_000})
        return super().request(method, path, token, body, params)


def test_a_restamped_round_warns_about_the_clock(
    make_window: WindowFactory, db: Database, server: PartnerServer, qtbot: QtBot
) -> None:
    _, company_id = company_on_server(db, server)
    skewed = SkewedClockTransport(server.client, server)
    window = make_window(db, transport=lambda url: skewed)
    connect(window, server, server.enrol_code(company_id), qtbot)
    assert window.clock_label.isVisible()
    assert window.clock_label.text() == "パソコンの時計がずれています（約10分）"
    assert window.connection_label.text().startswith("最終同期")
    assert pending_changes(db) == 0  # work went on: everything was sent after re-stamping


def test_addresses_codes_and_certificate_failures_in_words(gui_app: QApplication) -> None:
    for good in ("https://partner.example.jp", "http://127.0.0.1:8765", "http://localhost:8765/"):
        assert messages.server_url_error(good) is None
    assert "localhost" in (messages.server_url_error("http://partner.example.jp") or "")
    assert "https://" in (messages.server_url_error("partner.example.jp") or "")
    assert canonical_enrol_code(" abcd efgh－ｊｋｌｍ ") == "ABCD-EFGH-JKLM"
    assert canonical_enrol_code("ABCD-EFGH") is None
    cause = urllib.error.URLError(ssl.SSLCertVerificationError(1, "certificate verify failed"))
    try:
        raise TransportError(str(cause)) from cause
    except TransportError as exc:
        assert "証明書を確認できなかった" in messages.offline_error(exc)
    offline = messages.offline_error(TransportError("connection refused"))
    assert offline == "サーバーに接続できません。ネットワークとURLを確認してください。"
    assert messages.sync_error("code_expired").startswith("この接続コードは有効期限が切れています")
