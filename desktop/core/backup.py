"""Online backups with SQLite's backup API; an existing file is never overwritten."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
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
