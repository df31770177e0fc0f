"""Data safety of the file on an owner's old PC: automatic backups in a bounded rotation, damage
found before anything writes, restoring a backup without losing the current file, and one window
per database (a crashed one noticed)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backup
from desktop.core.db import Database, open_database
from desktop.core.errors import DatabaseOpenError
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.session_lock import SessionLock, lock_path


def _company_names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [c.name for c in list_companies(db)]
    finally:
        db.close()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a write cut short by a power loss can."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096, size, 4096 * 3):
            fh.seek(offset)
            fh.write(b"\x00\xff" * 512)


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        for n in range(40):
            create_company(db, CompanyData(name=f"会社{n:02d}", note="メモ" * 200))
    finally:
        db.close()
    return db_path


def test_daily_backup_once_a_day_and_rotation_keeps_seven(filled: Path) -> None:
    first = backup.daily_backup_if_due(filled, date.today())
    assert first is not None and first.parent == backup.backups_folder(filled)
    assert backup.daily_backup_if_due(filled, date.today()) is None  # one a day
    # Eight older days of backups: only the newest seven dailies stay; other kinds are untouched.
    folder = backup.backups_folder(filled)
    for days in range(1, 9):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (folder / f"{filled.stem}-daily-{stamp}.sqlite3").write_bytes(first.read_bytes())
    manual = folder / f"{filled.stem}-manual-20200101-000000.sqlite3"
    manual.write_bytes(first.read_bytes())
    backup.rotate(filled, "daily")
    dailies = [b for b in backup.list_backups(filled) if b.kind == "daily"]
    assert len(dailies) == backup.KEEP["daily"] == 7
    assert dailies[0].path == first  # newest first
    assert manual.exists()


def test_import_and_upgrade_backups_are_listed_with_their_kind(filled: Path) -> None:
    made = backup.make_backup(filled, "before-import")
    upgrade = backup.timestamped_backup_path(filled, "before-upgrade-0003")
    backup.backup_database(filled, upgrade)
    kinds = {b.path: b.kind for b in backup.list_backups(filled)}
    assert kinds == {made: "before-import", upgrade: "before-upgrade"}
    assert all(b.size > 0 for b in backup.list_backups(filled))


def test_a_damaged_file_is_found_and_restoring_keeps_it_aside(filled: Path) -> None:
    good = backup.make_backup(filled, "daily")
    assert backup.integrity_problems(good) == []
    db = open_database(filled)
    create_company(db, CompanyData(name="バックアップ後の会社"))
    db.close()
    _damage(filled)
    assert backup.integrity_problems(filled)
    damaged_bytes = filled.read_bytes()
    newest = backup.newest_good_backup(filled)
    assert newest is not None and newest.path == good
    kept = backup.restore_backup(filled, newest.path)
    assert kept is not None and ".damaged-" in kept.name
    assert kept.read_bytes() == damaged_bytes  # the damaged file is kept, byte for byte
    names = _company_names(filled)
    assert len(names) == 40 and "バックアップ後の会社" not in names


def test_restoring_over_a_sound_file_backs_it_up_first(filled: Path) -> None:
    old = backup.make_backup(filled, "daily")
    db = open_database(filled)
    create_company(db, CompanyData(name="新しい会社"))
    db.close()
    kept = backup.restore_backup(filled, old)
    assert kept is not None and "before-restore" in kept.name
    assert "新しい会社" in _company_names(kept)
    assert "新しい会社" not in _company_names(filled)


def test_a_damaged_backup_is_never_restored(filled: Path) -> None:
    bad = backup.make_backup(filled, "daily")
    _damage(bad)
    before = filled.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        backup.restore_backup(filled, bad)
    assert info.value.code == "damaged"
    assert filled.read_bytes() == before
    assert backup.newest_good_backup(filled) is None


def test_a_second_window_on_the_same_file_is_refused(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from desktop.core.session_lock import SessionLock\n"
        "lock = SessionLock.acquire(Path(sys.argv[1]))\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseOpenError) as info:
            SessionLock.acquire(db_path)
        assert info.value.code == "locked"
    finally:
        other.kill()
        other.wait()
    # The other window was killed: its lock is stale, taken over, and the crash is reported.
    lock = SessionLock.acquire(db_path)
    assert lock.unclean
    lock.release()
    assert not lock_path(db_path).exists()
    clean = SessionLock.acquire(db_path)
    assert not clean.unclean
    clean.release()


def test_a_lock_from_another_pc_is_never_taken_over(db_path: Path) -> None:
    lock_path(db_path).write_text('{"pid": 1, "host": "another-pc"}', encoding="utf-8")
    with pytest.raises(DatabaseOpenError) as info:
        SessionLock.acquire(db_path)
    assert info.value.code == "locked" and "another-pc" in info.value.detail


def test_integrity_check_reads_without_writing(filled: Path) -> None:
    before = filled.read_bytes()
    assert backup.integrity_problems(filled) == []
    assert filled.read_bytes() == before
    wal = filled.with_name(filled.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's reader files only, nothing logged
    assert os.access(filled, os.W_OK)


def test_backup_of_a_database_in_use_is_consistent(db: Database, tmp_path: Path) -> None:
    create_company(db, CompanyData(name="使用中の会社"))
    made = backup.make_backup(db.path, "before-import")
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM company").fetchall() == [("使用中の会社",)]


def test_a_full_disk_refuses_the_write_in_words_and_keeps_everything_before(db_path: Path) -> None:
    from sqlalchemy import text

    from desktop.core.models import Company

    db = open_database(db_path)
    create_company(db, CompanyData(name="満杯の前の会社"))
    with db.read() as session:
        outbox_before = session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
    with pytest.raises(DatabaseOpenError) as info, db.write() as session:
        # The file may not grow any more: the next pages it needs are "a full disk".
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for n in range(200):
            session.add(Company(id=f"full-{n}", scope_id=f"full-{n}", name="大きな会社", note="あ" * 5000))
        session.flush()
    assert info.value.code == "disk_full"
    db.close()
    db = open_database(db_path)  # a fresh connection: the limit above was that connection's only
    try:
        assert [c.name for c in list_companies(db)] == ["満杯の前の会社"]
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == outbox_before
    finally:
        db.close()
