"""``machishigoto report kpi``, ``backups`` and ``restore`` from the command line, in Japanese."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from desktop.cli import main
from desktop.core import backup
from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.session_lock import SessionLock
from tests.core.test_data_safety import _damage


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_kpi_writes_the_pdf_and_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(db_path), "demo-data")[0] == 0
    pdf, xlsx = tmp_path / "kpi.pdf", tmp_path / "kpi.xlsx"
    code, out, err = run(
        capsys, "--db", str(db_path), "report", "kpi", "--period", "2026-04..2027-03", "--out", str(pdf),
        "--xlsx", str(xlsx),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "KPI報告書" in out and str(xlsx) in out
    doc = pdfium.PdfDocument(str(pdf))
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert "経済的価値" in text and "社会的価値" in text
    assert "KPI" in openpyxl.load_workbook(xlsx).sheetnames


def test_report_kpi_refuses_a_bad_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "a.sqlite3"
    out_pdf = tmp_path / "kpi.pdf"
    code, _, err = run(
        capsys, "--db", str(db_path), "report", "kpi", "--period", "2026-13", "--out", str(out_pdf)
    )
    assert code == 2 and "期間は月単位" in err and not out_pdf.exists()


def test_backups_lists_and_restore_latest_puts_the_newest_good_one_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "data.sqlite3"
    db = open_database(db_path)
    for n in range(30):
        create_company(db, CompanyData(name=f"会社{n:02d}", note="メモ" * 200))
    db.close()
    code, out, _ = run(capsys, "--db", str(db_path), "backups")
    assert code == 0 and "まだバックアップはありません" in out
    backup.make_backup(db_path, "daily")
    code, out, _ = run(capsys, "--db", str(db_path), "backups")
    assert code == 0 and "毎日" in out and "MB" in out
    _damage(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "restore", "--latest")
    assert (code, err) == (0, "") and "バックアップに戻しました" in out
    db = open_database(db_path)
    assert len(list_companies(db)) == 30
    db.close()
    assert list(tmp_path.glob("data.sqlite3.damaged-*"))  # the damaged file is kept


def test_restore_refuses_while_a_window_has_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "data.sqlite3"
    open_database(db_path).close()
    made = backup.make_backup(db_path, "daily")
    lock = SessionLock.acquire(db_path)
    try:
        lock_file = lock.path.read_text(encoding="utf-8")
        lock.path.write_text(lock_file.replace(str(__import__("os").getpid()), "1"), encoding="utf-8")
        before = db_path.read_bytes()
        code, _, err = run(capsys, "--db", str(db_path), "restore", str(made))
        assert code == 2 and "使用中" in err
        assert db_path.read_bytes() == before
    finally:
        lock.release()
