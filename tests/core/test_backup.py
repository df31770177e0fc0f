from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.backup import backup_database, timestamped_backup_path
from desktop.core.db import Database
from desktop.core.errors import Cancelled, DatabaseOpenError
from desktop.core.services.companies import CompanyData, create_company


def test_backup_is_a_consistent_copy_of_a_live_database(db: Database, tmp_path: Path) -> None:
    create_company(db, CompanyData(name="山の製材所"))
    seen: list[tuple[int, int]] = []
    dest = backup_database(
        db.path, tmp_path / "out" / "copy.sqlite3", progress=lambda d, t: seen.append((d, t))
    )
    with sqlite3.connect(dest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM company").fetchall() == [("山の製材所",)]
    assert seen and seen[-1][0] == seen[-1][1]


def test_backup_never_overwrites(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "precious.sqlite3"
    dest.write_bytes(b"do not touch")
    with pytest.raises(DatabaseOpenError) as info:
        backup_database(db.path, dest)
    assert info.value.code == "exists"
    assert dest.read_bytes() == b"do not touch"


def test_cancelled_backup_leaves_nothing(db: Database, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        backup_database(db.path, tmp_path / "c.sqlite3", cancelled=lambda: True)
    assert list(tmp_path.glob("*c.sqlite3*")) == []


def test_timestamped_paths_are_fresh(tmp_path: Path) -> None:
    first = timestamped_backup_path(tmp_path / "m.sqlite3", "daily")
    first.parent.mkdir()
    first.write_bytes(b"")
    assert timestamped_backup_path(tmp_path / "m.sqlite3", "daily") != first
