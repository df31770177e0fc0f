"""Online backups with SQLite's backup API (an existing file is never overwritten), the automatic
backups kept in a bounded rotation, integrity checks, and restoring a backup."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.errors import Cancelled, DatabaseOpenError

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

PAGES_PER_STEP = 256


def backup_database(
    source: Path,
    dest: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Copy the live database ``source`` to the new file ``dest``, consistently, while in use.

    Raises :class:`DatabaseOpenError` with code ``exists`` when ``dest`` is already there, and
    :class:`Cancelled` (leaving nothing behind) when ``cancelled()`` turns true.
    """
    dest = Path(dest)
    if dest.exists():
        raise DatabaseOpenError("exists", dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.partial")

    def step(status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(total - remaining, total)

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        _publish(partial, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        src.close()
    return dest


def _publish(partial: Path, dest: Path) -> None:
    """Move the finished copy into place without ever replacing an existing file."""
    try:
        os.link(partial, dest)
    except FileExistsError:
        raise DatabaseOpenError("exists", dest) from None
    except OSError:
        # Filesystems without hard links (FAT on a USB stick): check, then rename.
        if dest.exists():
            raise DatabaseOpenError("exists", dest) from None
        partial.rename(dest)
        return
    partial.unlink()


def timestamped_backup_path(db_path: Path, reason: str) -> Path:
    """A fresh backup file name in the ``backups`` folder beside the database."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = db_path.parent / "backups"
    candidate = folder / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{db_path.stem}-{reason}-{stamp}-{n}.sqlite3"
    return candidate


# --- automatic backups, their rotation, and restoring one ----------------------------------------

# How many backups of each kind are kept (the oldest beyond that are removed). A backup the user
# asked for ("manual", or any file outside the backups folder) is never removed.
KEEP = {"daily": 7, "before-upgrade": 5, "before-import": 5, "before-restore": 5}
# "<stem>-<kind>[-<revision>]-<YYYYmmdd-HHMMSS>[-n].sqlite3", as timestamped_backup_path names them.
_NAME = r"^{stem}-(?P<kind>[a-z]+(?:-[a-z]+)*?)(?:-\d{{4}})?-(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?\.sqlite3$"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "before-upgrade", "before-import", "before-restore", "manual"
    created: datetime
    size: int


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    found: list[BackupInfo] = []
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return found
    pattern = re.compile(_NAME.format(stem=re.escape(db_path.stem)))
    for path in folder.glob(f"{db_path.stem}-*.sqlite3"):
        match = pattern.match(path.name)
        if match is None:
            continue
        kind = match["kind"] if match["kind"] in KEEP else "manual"
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            found.append(BackupInfo(path, kind, created, path.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def rotate(db_path: Path, kind: str) -> list[Path]:
    """Remove the oldest backups of ``kind`` beyond :data:`KEEP`; returns what was removed."""
    removed = []
    for old in [b for b in list_backups(db_path) if b.kind == kind][KEEP.get(kind, 10**9) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def make_backup(db_path: Path, kind: str, progress: Progress | None = None) -> Path:
    """A backup of ``kind`` in the backups folder, then the rotation of that kind."""
    made = backup_database(db_path, timestamped_backup_path(db_path, kind), progress)
    rotate(db_path, kind)
    return made


def daily_backup_if_due(
    db_path: Path, today: date | None = None, progress: Progress | None = None
) -> Path | None:
    """The day's first start makes a backup (None when today's exists already)."""
    today = today or date.today()
    if any(b.kind == "daily" and b.created.date() == today for b in list_backups(db_path)):
        return None
    return make_backup(db_path, "daily", progress)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's ``quick_check`` of the file, read-only: [] when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    return next((b for b in list_backups(db_path) if not integrity_problems(b.path)), None)


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (with its -wal and -shm) aside under a new name; never deleted."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    db_path.rename(target)
    return target


def restore_backup(db_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the (closed) database ``db_path``.

    The backup is checked first (a damaged one is refused with ``DatabaseOpenError("damaged")``).
    The current file is kept: backed up as "before-restore" when it is sound, set aside when it
    is damaged. Returns where the previous file went (None when there was none)."""
    problems = integrity_problems(backup)
    if problems:
        raise DatabaseOpenError("damaged", backup, "; ".join(problems[:3]))
    kept: Path | None = None
    if db_path.exists():
        kept = set_aside(db_path) if integrity_problems(db_path) else make_backup(db_path, "before-restore")
    partial = db_path.with_name(f".{db_path.name}.{uuid.uuid4().hex[:8]}.restoring")
    try:
        shutil.copyfile(backup, partial)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                db_path.with_name(db_path.name + suffix).unlink()
        os.replace(partial, db_path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return kept
