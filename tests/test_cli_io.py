"""The headless import, export and export-template commands."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def task_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM task WHERE deleted = 0").fetchone()[0])


@pytest.fixture
def empty_company_db(tmp_path: Path) -> Path:
    path = tmp_path / "target.sqlite3"
    db = open_database(path)
    create_company(db, CompanyData(name="取り込み先"))
    db.close()
    return path


def test_export_then_import_with_yes(
    tmp_path: Path, empty_company_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "--db", source, "demo-data")[0] == 0
    exported = tmp_path / "tasks.xlsx"
    code, out, _ = run(capsys, "--db", source, "--lang", "en", "export", str(exported))
    assert code == 0 and "tasks written to" in out
    code, out, _ = run(
        capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(exported), "--yes"
    )
    assert code == 0, out
    assert "Imported" in out and task_count(empty_company_db) == task_count(Path(source))
    # The same file again: every row is a duplicate, so there is nothing to import.
    code, out, _ = run(
        capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(exported), "--yes"
    )
    assert code == 0 and "nothing to import" in out
    code, _, err = run(capsys, "--db", source, "--lang", "en", "export", str(exported))
    assert code == 2 and "already exists" in err


def test_a_file_with_errors_is_never_written(
    tmp_path: Path, empty_company_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("業務名,頻度,所要時間\n請求,たまに,30\n日報,週3回,abc\n", encoding="cp932")
    code, out, err = run(capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(sheet), "--yes")
    assert code == 2 and task_count(empty_company_db) == 0
    assert "Row 3, 「所要時間」" in out and "“abc” is not a duration" in out
    assert "Row 2, 「頻度」" in out  # the warning is printed too
    assert "Nothing was imported" in err and "Traceback" not in err


def test_import_asks_before_writing(
    tmp_path: Path,
    empty_company_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet = tmp_path / "ok.csv"
    sheet.write_text("業務名,頻度\n請求,月1回\n", encoding="utf-8-sig")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(sheet))
    assert code == 0 and "Nothing was imported" in out and task_count(empty_company_db) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("ｙ\n"))
    code, out, _ = run(capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(sheet))
    assert code == 0 and task_count(empty_company_db) == 1


def test_company_is_needed_when_there_are_several(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two.sqlite3"
    db = open_database(path)
    first = create_company(db, CompanyData(name="一社目"))
    create_company(db, CompanyData(name="二社目"))
    db.close()
    sheet = tmp_path / "ok.csv"
    sheet.write_text("業務名\n請求\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(path), "--lang", "en", "import", str(sheet), "--yes")
    assert code == 2 and first.id in err and "二社目" in err
    code, _, _ = run(capsys, "--db", str(path), "import", str(sheet), "--yes", "--company", "一社目")
    assert code == 0 and task_count(path) == 1
    code, _, err = run(
        capsys, "--db", str(path), "--lang", "en", "export", str(tmp_path / "x.txt"), "--company", first.id
    )
    assert code == 2 and ".xlsx or .csv" in err


def test_unreadable_files_and_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_company_db: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 nope")
    code, _, err = run(capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(broken))
    assert code == 2 and "damaged" in err and "Traceback" not in err
    template = tmp_path / "template.xlsx"
    code, out, _ = run(capsys, "--lang", "en", "export-template", str(template))
    assert code == 0 and template.exists() and "template" in out
    code, _, err = run(capsys, "--lang", "en", "export-template", str(template))
    assert code == 2 and "already exists" in err
    code, out, _ = run(
        capsys, "--db", str(empty_company_db), "--lang", "en", "import", str(template), "--yes"
    )
    assert code == 0 and "nothing to import" in out
