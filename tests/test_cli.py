"""The headless commands: info, demo-data, backup; errors are sentences, never tracebacks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_data_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "demo-data")
    assert code == 0 and "1 companies" in out
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "info")
    assert code == 0
    assert f"Database: {Path(db).resolve()}" in out
    tasks = int(next(line for line in out.splitlines() if line.startswith("Tasks:")).split(":")[1])
    assert tasks >= 30
    waiting = int(out.rsplit(":", 1)[1])
    assert waiting > tasks  # every cell of every row is waiting to be sent
    # --if-empty leaves a database with companies alone.
    code, _, _ = run(capsys, "--db", db, "demo-data", "--if-empty")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM company").fetchone() == (1,)


def test_info_in_japanese_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "ja.sqlite3"), "info")
    assert code == 0
    assert "データベース" in out and "送信待ち" in out


def test_backup_command_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    dest = tmp_path / "backup.sqlite3"
    assert run(capsys, "--db", db, "demo-data")[0] == 0
    code, _, _ = run(capsys, "--db", db, "backup", str(dest))
    assert code == 0 and dest.exists()
    size = dest.stat().st_size
    code, _, err = run(capsys, "--db", db, "--lang", "en", "backup", str(dest))
    assert code == 2
    assert "already exists" in err and "Traceback" not in err
    assert dest.stat().st_size == size


def test_not_a_database_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not sqlite")
    code, _, err = run(capsys, "--db", str(path), "info")
    assert code == 2
    assert str(path) in err and "Traceback" not in err
    assert path.read_bytes() == b"PK\x03\x04 not sqlite"


def test_self_test_passes_from_source() -> None:
    """A process of its own, as a user runs it (the self-test makes its own QApplication)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True, timeout=90,
        cwd=Path(__file__).parents[1],
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout and "FAILED" not in done.stdout


def test_a_double_clicked_sync_file_is_recognised() -> None:
    from desktop.cli import _opened_bundle

    assert _opened_bundle([r"C:\Users\x\Desktop\owner.mshg"]) == Path(r"C:\Users\x\Desktop\owner.mshg")
    assert _opened_bundle(["sync", "import", "a.mshg"]) is None
    assert _opened_bundle(["info"]) is None
