"""``machishigoto connect`` and ``machishigoto sync`` against the real server, in Japanese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.cli import main
from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.info import pending_changes
from desktop.core.services.tasks import TaskFields, create_task, list_tasks
from desktop.core.sync.credentials import SessionTokenStore
from desktop.core.sync.service import TransportFactory
from tests.sync.inprocess import OfflineTransport, PartnerServer


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: QApplication) -> None:
    """The commands make a QCoreApplication when none exists; a GUI test after them needs a
    QApplication, so the process gets the one pytest-qt makes."""


def run(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    tokens: SessionTokenStore,
    transport: TransportFactory,
) -> tuple[int, str, str]:
    code = main(argv, tokens=tokens, transport_factory=transport)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def company_code(db_path: Path, server_app: PartnerServer) -> str:
    """A database with a company and a task, the same company on the server, and a code for it."""
    db = open_database(db_path)
    try:
        company = create_company(db, CompanyData(name="山里茶園"))
        create_task(db, company.id, TaskFields(name="請求書発行"))
    finally:
        db.close()
    server_app.create_company(server_app.create_partner(), company.name, company.id)
    return server_app.enrol_code(company.id)


def test_connect_then_sync_in_one_process(
    db_path: Path, server_app: PartnerServer, company_code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tokens = SessionTokenStore()
    argv = [
        "--db",
        str(db_path),
        "connect",
        server_app.url,
        company_code,
        "--name",
        "社長のPC",
        "--then-sync",
    ]
    code, out, err = run(capsys, argv, tokens, server_app.transport)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "https://partner.test に接続しました（山里茶園）。"
    assert "コマンドの実行中だけ保持されます" in lines[1]
    assert lines[-1].startswith("同期しました: 送信 ") and lines[-1].endswith("、競合 0 件、送信待ち 0 件")

    # With the token still at hand (as in a credential store), a later sync works.
    code, out, _ = run(capsys, ["--db", str(db_path), "sync"], tokens, server_app.transport)
    assert code == 0 and out.strip() == "同期しました: 送信 0 件、受信 0 件、競合 0 件、送信待ち 0 件"


def test_sync_in_a_later_process_without_a_credential_store_asks_to_connect_again(
    db_path: Path, server_app: PartnerServer, company_code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db_path), "connect", server_app.url, company_code]
    code, _, _ = run(capsys, argv, SessionTokenStore(), server_app.transport)
    assert code == 0
    code, out, err = run(capsys, ["--db", str(db_path), "sync"], SessionTokenStore(), server_app.transport)
    assert code == 2 and out == ""
    assert "connect URL CODE --then-sync" in err and "新しい接続コード" in err
    db = open_database(db_path)
    try:
        assert pending_changes(db) > 0  # nothing was lost
    finally:
        db.close()


def test_a_second_database_receives_what_the_first_sent(
    db_path: Path,
    tmp_path: Path,
    server_app: PartnerServer,
    company_code: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = ["--db", str(db_path), "connect", server_app.url, company_code, "--then-sync"]
    assert run(capsys, first, SessionTokenStore(), server_app.transport)[0] == 0
    db = open_database(db_path)
    try:
        company_id = list_tasks(db)[0].company_id
    finally:
        db.close()
    other = tmp_path / "other.sqlite3"
    code = server_app.enrol_code(company_id)
    second = ["--db", str(other), "connect", server_app.url, code, "--then-sync"]
    status, out, _ = run(capsys, second, SessionTokenStore(), server_app.transport)
    assert status == 0 and "受信 0 件" not in out
    db = open_database(other)
    try:
        assert [t.fields.name for t in list_tasks(db)] == ["請求書発行"]
    finally:
        db.close()


def test_refusals_are_sentences_with_exit_status_2(
    db_path: Path, server_app: PartnerServer, company_code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    code, _, err = run(capsys, [*db, "sync"], SessionTokenStore(), server_app.transport)
    assert code == 2 and err.strip() == "このデータベースはまだパートナーサーバーに接続されていません。"
    code, _, err = run(
        capsys,
        [*db, "connect", "http://partner.example.jp", company_code],
        SessionTokenStore(),
        server_app.transport,
    )
    assert code == 2 and "http://" in err and server_app.urls_seen == []
    assert (
        run(
            capsys, [*db, "connect", server_app.url, company_code], SessionTokenStore(), server_app.transport
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, [*db, "connect", server_app.url, company_code], SessionTokenStore(), server_app.transport
    )
    assert code == 2 and err.strip() == "この接続コードはすでに使われています。"


def test_offline_exits_3_and_keeps_the_changes(
    db_path: Path, server_app: PartnerServer, company_code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tokens = SessionTokenStore()
    assert (
        run(
            capsys,
            ["--db", str(db_path), "connect", server_app.url, company_code],
            tokens,
            server_app.transport,
        )[0]
        == 0
    )
    code, out, err = run(capsys, ["--db", str(db_path), "sync"], tokens, lambda url: OfflineTransport())
    assert (code, out) == (3, "")
    assert err.strip() == "サーバーに接続できません。ネットワークとURLを確認してください。"
    db = open_database(db_path)
    try:
        assert pending_changes(db) > 0
    finally:
        db.close()
    code, out, _ = run(capsys, ["--db", str(db_path), "--lang", "en", "sync"], tokens, server_app.transport)
    assert code == 0 and out.startswith("Synced: ") and out.strip().endswith("0 waiting.")


def test_sync_bundle_on_a_usb_stick(
    db_path: Path,
    tmp_path: Path,
    server_app: PartnerServer,
    company_code: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two PCs of one company exchange their work with no network: export, carry, import, twice."""
    owner_tokens, laptop_tokens = SessionTokenStore(), SessionTokenStore()
    laptop_path = tmp_path / "laptop.sqlite3"
    db = open_database(db_path)
    company_id = list_tasks(db)[0].company_id
    db.close()
    second_code = server_app.enrol_code(company_id)
    assert run(capsys, ["--db", str(db_path), "connect", server_app.url, company_code], owner_tokens,
               server_app.transport)[0] == 0  # fmt: skip
    assert run(capsys, ["--db", str(laptop_path), "connect", server_app.url, second_code], laptop_tokens,
               server_app.transport)[0] == 0  # fmt: skip
    stick = tmp_path / "usb" / "owner.mshg"
    stick.parent.mkdir()
    code, out, _ = run(capsys, ["--db", str(db_path), "sync", "export", str(stick)], owner_tokens, offline)
    assert code == 0 and str(stick) in out
    code, out, _ = run(
        capsys, ["--db", str(laptop_path), "sync", "import", str(stick)], laptop_tokens, offline
    )
    assert code == 0 and "取り込み" in out
    laptop = open_database(laptop_path)
    try:
        assert [t.fields.name for t in list_tasks(laptop)] == ["請求書発行"]
    finally:
        laptop.close()
    # The same file again changes nothing; a damaged copy is refused in words.
    code, out, _ = run(
        capsys, ["--db", str(laptop_path), "sync", "import", str(stick)], laptop_tokens, offline
    )
    assert code == 0 and "0 件" in out
    damaged = tmp_path / "damaged.mshg"
    damaged.write_text(stick.read_text()[:-200])
    code, _, err = run(
        capsys, ["--db", str(laptop_path), "sync", "import", str(damaged)], laptop_tokens, offline
    )
    assert code == 2 and "変更していません" in err


def offline(url: str) -> OfflineTransport:
    return OfflineTransport()
