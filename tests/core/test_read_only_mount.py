"""A database on a read-only folder (a write-protected USB stick, a CD, a share without write
permission), tested with a real read-only mount where this machine allows one (root on Linux, as
in CI): file permissions alone do not stop root, so a chmod test would prove nothing there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.db import open_database
from desktop.core.errors import DatabaseOpenError
from desktop.core.services.companies import CompanyData, create_company, list_companies


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True).returncode == 0


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path / "stick"`` with a database in it, then bind-mounted read-only over itself."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only mount needs root on Linux (the chmod test covers other users)")
    folder = tmp_path / "stick"
    folder.mkdir()
    db = open_database(folder / "shop.sqlite3")
    create_company(db, CompanyData(name="北浦水産加工"))
    db.close()
    for leftover in folder.glob("shop.sqlite3-*"):  # a clean close leaves no -wal/-shm behind
        leftover.unlink()
    if not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("this machine does not allow bind mounts")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(folder)):
            pytest.skip("this machine does not allow read-only remounts")
        yield folder
    finally:
        _run("umount", str(folder))


def test_an_existing_database_there_is_refused_in_words_and_untouched(read_only_folder: Path) -> None:
    path = read_only_folder / "shop.sqlite3"
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "read_only"
    assert path.read_bytes() == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["shop.sqlite3"]


def test_a_new_database_there_is_refused_in_words(read_only_folder: Path) -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(read_only_folder / "new.sqlite3")
    assert info.value.code == "read_only"
    assert not (read_only_folder / "new.sqlite3").exists()


def test_copied_to_a_writable_folder_it_opens_with_everything(read_only_folder: Path, tmp_path: Path) -> None:
    """What the message tells the user to do works, and nothing was lost."""
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(read_only_folder / "shop.sqlite3", copy)
    db = open_database(copy)
    assert [c.name for c in list_companies(db)] == ["北浦水産加工"]
    db.close()
