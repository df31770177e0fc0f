"""Where things live: the default database file and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Machishigoto"
DB_ENV = "MACHISHIGOTO_DB"
DB_FILENAME = "machishigoto.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\Machishigoto`` on Windows)."""
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db`` first, then ``MACHISHIGOTO_DB``, then the default file."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / DB_FILENAME


def resource_path(*parts: str) -> Path:
    """A bundled resource, found the same way from source and from a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)
