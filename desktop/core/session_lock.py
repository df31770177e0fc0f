"""One app window per database, and knowing when the last one did not close cleanly.

The window takes a lock file beside the database (``<name>.lock``, holding its process id) while it
runs and removes it when it closes. A second window on the same file is refused with a clear
message (two windows writing the same file would both believe they are the only device). A lock
file whose process is gone means the app was killed or the power went: the database is then
checked (SQLite ``quick_check``) before anything writes to it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import DatabaseOpenError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class SessionLock:
    """The lock of one window on one database; ``unclean`` tells the previous session crashed."""

    path: Path
    unclean: bool = False
    held: bool = False

    @classmethod
    def acquire(cls, db_path: Path) -> SessionLock:
        """Take the lock, or raise ``DatabaseOpenError("locked")`` when another running window of
        this PC holds it."""
        path = lock_path(db_path)
        unclean = False
        mine = {"pid": os.getpid(), "host": socket.gethostname()}
        for _ in range(2):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                try:
                    other = json.loads(path.read_text(encoding="utf-8") or "{}")
                except (OSError, ValueError):
                    other = {}
                same_host = other.get("host") == mine["host"]
                if same_host and _alive(int(other.get("pid", 0))) and other.get("pid") != mine["pid"]:
                    raise DatabaseOpenError("locked", db_path, "another Machishigoto window") from None
                if not same_host and other.get("host"):
                    # A lock from another PC (a database on a shared folder): never taken over.
                    raise DatabaseOpenError("locked", db_path, f"open on {other.get('host')}") from None
                unclean = True  # its window is gone without closing
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            except OSError as exc:
                raise DatabaseOpenError("read_only", db_path, str(exc)) from exc
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(mine, fh)
            return cls(path, unclean, True)
        raise DatabaseOpenError("locked", db_path, "lock file keeps coming back")

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.held = False
